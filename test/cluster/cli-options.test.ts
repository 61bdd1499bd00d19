import test from 'ava';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { WebSocketTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { within } from '../../conformance/helpers.js';
import { testCertificates } from '../adapters/helpers/tls.js';
import { freePorts, startMember, tempDir } from './processes.js';

/*
 * `logkeeper start`'s options, each on a one-member ensemble (it elects itself): a config
 * file with mutual TLS and a secret file; the WebSocket transport in memory; a bad command
 * line. Every member is stopped with SIGTERM and must exit 0.
 */

const LEADING = /^\[logkeeper (\S+)\] leader: this member /;
const certs = testCertificates();

test('--config: mutual TLS and a secret file; strangers, wrong secrets and plain TCP are refused', async (t) => {
  const dir = tempDir(t);
  const [port] = await freePorts(1);
  const node = certs.mutual('node');
  writeFileSync(join(dir, 'node.key'), node.key as string);
  writeFileSync(join(dir, 'node.crt'), node.cert as string);
  writeFileSync(join(dir, 'ca.crt'), certs.ca);
  writeFileSync(join(dir, 'secret.txt'), 'file secret\n');
  writeFileSync(join(dir, 'member.json'), JSON.stringify({
    id: 'a',
    peers: { a: `tls://127.0.0.1:${port}` },
    data: 'data-a',
    secretFile: 'secret.txt',
    tls: { key: 'node.key', cert: 'node.crt', ca: 'ca.crt', mutual: true },
    tickMs: 500,
  }));
  const member = startMember(t, ['--config', join(dir, 'member.json')]);
  const started = (await member.line(/ started: /, 30_000, 'the member to start')).input!;
  for (const part of [`listen=tls://127.0.0.1:${port}`, `data=${join(dir, 'data-a')}`, 'storage=classic-level', 'auth=secret', 'tls=mutual']) t.true(started.includes(part), `${part} in ${started}`);
  await member.line(LEADING, 15_000, 'the member to lead');

  const address = `tls://127.0.0.1:${port}`;
  const transport = new TcpTransport({ tls: node, secret: 'file secret', logger: silentLogger });
  t.teardown(() => transport.close());
  const keeper = await Keeper.connect({ transport, servers: [address], sessionTimeoutMs: 30_000, timeoutMs: 15_000 });
  t.teardown(() => keeper.close({ timeoutMs: 1000 }));
  await keeper.create('/tls', 'yes', CreateMode.EPHEMERAL);
  t.is(new TextDecoder().decode((await keeper.getData('/tls')).data), 'yes');
  t.is(keeper.sessionTimeout, 10_000, 'bounded by 20 ticks of 500 ms');

  const refused = async (options: ConstructorParameters<typeof TcpTransport>[0], to = address) => {
    const other = new TcpTransport({ logger: silentLogger, connectTimeoutMs: 5000, ...options });
    try {
      const error = await other.connect(to).then(() => null, (e: { code?: string }) => e);
      return error?.code ?? 'CONNECTED';
    } finally {
      await other.close();
    }
  };
  // TLS 1.3 refuses a client certificate after the client's side of the handshake: either code.
  t.true(['AUTHENTICATION_FAILED', 'CONNECTION_LOSS'].includes(await refused({ tls: certs.mutual('stranger'), secret: 'file secret' })), 'a certificate the CA did not sign');
  t.is(await refused({ tls: node, secret: 'wrong' }), 'AUTHENTICATION_FAILED', 'the wrong secret');
  t.not(await refused({ secret: 'file secret' }, `tcp://127.0.0.1:${port}`), 'CONNECTED', 'plain TCP');
  await keeper.close();

  member.kill('SIGTERM');
  t.deepEqual(await within(member.exited, 15_000, 'the member to stop'), { code: 0, signal: null }, member.errors.join('\n'));
  t.true(member.lines.includes('[logkeeper a] stopped'));
});

test('--transport websocket in memory: clients reach the member on its ws:// address', async (t) => {
  const [port] = await freePorts(1);
  const address = `ws://127.0.0.1:${port}/logkeeper`;
  const member = startMember(t, ['--id', 'w', '--peers', `w=${address}`, '--transport', 'websocket']);
  const started = (await member.line(/ started: /, 30_000, 'the member to start')).input!;
  for (const part of ['transport=websocket', 'storage=memory-level', 'data=-', 'auth=none', 'tls=off']) t.true(started.includes(part), `${part} in ${started}`);
  await member.line(LEADING, 15_000, 'the member to lead');
  const transport = new WebSocketTransport({ logger: silentLogger });
  t.teardown(() => transport.close());
  const keeper = await Keeper.connect({ transport, servers: [address], timeoutMs: 15_000 });
  t.teardown(() => keeper.close({ timeoutMs: 1000 }));
  await keeper.create('/ws', 'over websocket');
  t.true((await keeper.getChildren('/')).includes('ws'));
  await keeper.close();
  member.kill('SIGTERM');
  t.deepEqual(await within(member.exited, 15_000, 'the member to stop'), { code: 0, signal: null }, member.errors.join('\n'));
});

test('a bad command line exits 2 and says why', async (t) => {
  const member = startMember(t, ['--id', '4', '--peers', '1=tcp://127.0.0.1:1,2=tcp://127.0.0.1:2']);
  t.deepEqual(await within(member.exited, 30_000, 'the process to exit'), { code: 2, signal: null });
  t.true(member.errors.some((line) => line.includes('--peers must include this member (4)')), member.errors.join('\n'));
});
