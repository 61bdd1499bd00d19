import test from 'ava';
import { LogThrottle } from '../../adapters/shared/log-throttle.js';
import { SimulatedClock } from '../../engine/time/simulated-clock.js';
import { WebSocket } from 'ws';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { WebSocketTransport } from '../../adapters/websocket/index.js';
import { spyLogger, within } from './helpers/world.js';
import { dial, socketClosed } from './helpers/raw-tcp.js';

function setup(options: { intervalMs?: number; maxHosts?: number } = {}) {
  const clock = new SimulatedClock();
  const logger = spyLogger();
  return { clock, logger, throttle: new LogThrottle(logger, clock, { intervalMs: 1000, ...options }) };
}

test('a refusal repeated ten times a second logs once, then once per interval with the count suppressed since', async (t) => {
  const { clock, logger, throttle } = setup();
  for (let i = 0; i < 30; i++) {
    throttle.warn('10.0.0.7', 'Refused a client', { remoteAddress: `tcp://10.0.0.7:${4000 + i}` });
    await clock.advance(100);
  }
  // 3 s of refusals: the first at once, a count at the end of each of the 3 intervals.
  await clock.advance(1000);
  t.is(logger.warnings.length, 4);
  t.is(logger.warnings[0]!.message, 'Refused a client');
  t.is(logger.warnings[0]!.fields?.remoteHost, '10.0.0.7');
  t.regex(logger.warnings[1]!.message, /^Refused a client \(9 more from 10\.0\.0\.7 since the last report\)$/);
  t.is(logger.warnings[1]!.fields?.suppressed, 9);
  const total = logger.warnings.reduce((n, w) => n + 1 + Number(w.fields?.suppressed ?? 0), 0) - (logger.warnings.length - 1);
  t.is(total, 30, 'every refusal is either logged or counted');
  await clock.advance(10_000);
  t.is(logger.warnings.length, 4, 'nothing more once they stop');
  t.is(clock.pending, 0, 'and no timer left behind');
});

test('a warning after close is logged at once and leaves no timer to hold the process open', (t) => {
  const { clock, logger, throttle } = setup();
  throttle.warn('a', 'Refused');
  throttle.close();
  throttle.warn('a', 'A TLS handshake with a client failed');
  throttle.warn('a', 'A TLS handshake with a client failed');
  t.deepEqual(logger.warnings.map((w) => w.message), ['Refused', 'A TLS handshake with a client failed', 'A TLS handshake with a client failed']);
  t.is(clock.pending, 0);
});

test('hosts and messages are throttled apart; hosts beyond the bound are counted together', async (t) => {
  const { clock, logger, throttle } = setup({ maxHosts: 2 });
  throttle.warn('a', 'Refused');
  throttle.warn('a', 'Did not finish the handshake');
  throttle.warn('a', 'Refused');
  t.deepEqual(logger.warnings.map((w) => w.message), ['Refused', 'Did not finish the handshake'], 'one line per message and host');
  for (const host of ['c', 'd', 'e']) throttle.warn(host, 'Refused');
  t.is(logger.warnings.length, 3, 'hosts past the bound share one entry');
  t.is(logger.warnings[2]!.fields?.remoteHost, '*');
  await clock.advance(1000);
  t.true(logger.warnings.some((w) => /^Refused \(2 more from other hosts/.test(w.message)));
  t.true(logger.warnings.some((w) => /^Refused \(1 more from a /.test(w.message)));
});

test('close reports the counts still pending and leaves no timer', async (t) => {
  const { clock, logger, throttle } = setup();
  for (let i = 0; i < 5; i++) throttle.warn('h', 'Refused');
  throttle.close();
  t.is(logger.warnings.length, 2);
  t.is(logger.warnings[1]!.fields?.suppressed, 4);
  t.is(clock.pending, 0);
});

test('300 TCP sockets and 100 WebSockets that never finish the handshake: each listener logs one line, and the count when it closes', async (t) => {
  const tcpLogger = spyLogger();
  const tcp = new TcpTransport({ handshakeTimeoutMs: 200, logger: tcpLogger });
  const tcpListener = await tcp.listen('tcp://127.0.0.1:0', () => t.fail('nothing is accepted'));
  const sockets = await Promise.all(Array.from({ length: 300 }, () => dial(tcpListener.address)));
  for (const socket of sockets) socket.on('error', () => {});
  await within(Promise.all(sockets.map(socketClosed)), 10_000, 'the listener to drop every silent socket');

  const wsLogger = spyLogger();
  const ws = new WebSocketTransport({ handshakeTimeoutMs: 200, logger: wsLogger });
  const wsListener = await ws.listen('ws://127.0.0.1:0/lk', () => t.fail('nothing is accepted'));
  const clients = Array.from({ length: 100 }, () => new WebSocket(wsListener.address));
  await within(Promise.all(clients.map((c) => new Promise((resolve) => {
    c.on('error', () => {});
    c.on('close', resolve);
  }))), 10_000, 'the listener to drop every silent WebSocket');

  t.deepEqual(tcpLogger.warnings.map((w) => w.message), ['A TCP client did not finish the handshake in time']);
  t.deepEqual(wsLogger.warnings.map((w) => w.message), ['A WebSocket client did not finish the handshake in time']);
  await tcp.close();
  await ws.close();
  t.regex(tcpLogger.warnings[1]?.message ?? '', /\(299 more from 127\.0\.0\.1 since the last report\)/);
  t.regex(wsLogger.warnings[1]?.message ?? '', /\(99 more from 127\.0\.0\.1 since the last report\)/);
});

test('one message from many hosts names the first few, then counts the rest together once an interval', async (t) => {
  const { clock, logger, throttle } = setup();
  for (let i = 0; i < 250; i++) throttle.warn(`10.0.${i >> 8}.${i & 0xff}`, 'Did not finish the handshake');
  t.is(logger.warnings.length, 6, 'five hosts by name, then one line for the others');
  t.deepEqual(logger.warnings.map((w) => w.fields?.remoteHost), ['10.0.0.0', '10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '*']);
  throttle.warn('10.9.9.9', 'Refused');
  t.is(logger.warnings.at(-1)!.fields?.remoteHost, '10.9.9.9', 'another message names its hosts apart');
  await clock.advance(1000);
  t.is(logger.warnings.length, 8);
  t.regex(logger.warnings[7]!.message, /^Did not finish the handshake \(244 more from other hosts since the last report\)$/);
  // Once the named hosts' entries expire, new hosts are named again.
  await clock.advance(1000);
  throttle.warn('10.1.0.1', 'Did not finish the handshake');
  t.is(logger.warnings.at(-1)!.fields?.remoteHost, '10.1.0.1');
});
