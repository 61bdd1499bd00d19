import test from 'ava';
import { TcpTransport } from '../../adapters/tcp/index.js';
import type { Logger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member } from '../../engine/server/index.js';
import { within } from '../../conformance/helpers.js';
import { dial, handshakenSocket, socketClosed } from '../adapters/helpers/raw-tcp.js';
import { freePorts } from './processes.js';

/*
 * A member over TCP, in this process with a logger the test reads, meets hundreds of
 * connections that do nothing — silent before the handshake, silent after it, closed at
 * once — each from a host of its own (Linux's loopback is all of 127/8), and Keeper sessions
 * that open, idle and go. What it logs stays a few lines, not one a connection.
 */

const HOSTS = 250;
const hostAddress = (i: number) => `127.0.${1 + (i >> 8)}.${1 + (i & 0xff)}`;

function countingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, warn: (message) => warnings.push(message) };
}

test(`${HOSTS * 3} idle, silent or at once closed TCP connections from ${HOSTS} hosts, and idle sessions, log a few lines, not one each`, async (t) => {
  const [port] = await freePorts(1);
  const address = `tcp://127.0.0.1:${port}`;
  const logger = countingLogger();
  const transport = new TcpTransport({ logger, handshakeTimeoutMs: 300 });
  const coordination = new CoordinationService({ peers: [{ id: 'a', address }], raft: { tickMs: 20 }, server: { tickMs: 200 } });
  const member = await Member.start({ id: 'a', address, transport, services: [coordination], firstFrameTimeoutMs: 300 });
  t.teardown(async () => {
    await member.close();
    await transport.close();
  });

  const clients = new TcpTransport({ logger: countingLogger() });
  t.teardown(() => clients.close());
  const keepers = await Promise.all(Array.from({ length: 20 }, () => Keeper.connect({ transport: clients, servers: [address], timeoutMs: 10_000 })));
  const before = logger.warnings.length;

  const silent = await Promise.all(Array.from({ length: HOSTS }, (_, i) => dial(address, hostAddress(i))));
  const handshaken = await Promise.all(Array.from({ length: HOSTS }, (_, i) => handshakenSocket(address, { localAddress: hostAddress(i) })));
  const closedAtOnce = await Promise.all(Array.from({ length: HOSTS }, (_, i) => dial(address, hostAddress(i))));
  for (const socket of [...silent, ...handshaken, ...closedAtOnce]) socket.on('error', () => {});
  // Read what the member answers (its GOAWAY), or the socket never sees the end.
  for (const socket of closedAtOnce) socket.end().resume();
  // The member drops the silent ones itself: before the handshake and before a first frame.
  await within(Promise.all([...silent, ...handshaken, ...closedAtOnce].map(socketClosed)), 20_000, 'the member to drop every idle socket');
  await Promise.all(keepers.map((k) => k.close({ timeoutMs: 2000 })));

  const during = logger.warnings.slice(before);
  t.true(during.length <= 8, `a few lines (${during.length}):\n${during.join('\n')}`);
  // What it does log names a few hosts and counts the others.
  await transport.close();
  const all = logger.warnings.slice(before);
  t.true(all.length <= 10, `a few lines once the counts are reported (${all.length}):\n${all.join('\n')}`);
  t.true(all.some((line) => /\(\d+ more from other hosts since the last report\)/.test(line)), all.join('\n'));
});
