import test from 'ava';
import { ConfigError, parsePeerList, resolveSettings, type StartFlags } from '../../bin/config.js';

/* `logkeeper start`'s settings: flags over the config file over the environment and defaults. */

const files: Record<string, string> = {
  '/etc/lk/member.json': JSON.stringify({
    id: 2,
    peers: { 1: 'tcp://10.0.0.1:7001', 2: 'tcp://10.0.0.2:7001', 3: 'tcp://10.0.0.3:7001' },
    listen: 'tcp://0.0.0.0:7001',
    data: 'data',
    secretFile: 'secret',
    tls: { key: 'tls/key.pem', cert: 'tls/cert.pem', ca: 'tls/ca.pem', mutual: true },
    tickMs: 1000,
  }),
  '/etc/lk/secret': 's3cret\n',
  '/etc/lk/tls/key.pem': 'KEY',
  '/etc/lk/tls/cert.pem': 'CERT',
  '/etc/lk/tls/ca.pem': 'CA',
  '/home/me/other-secret': 'from the command line',
};
const context = {
  cwd: '/home/me',
  env: {},
  readFile: (path: string) => {
    if (!(path in files)) throw new Error(`ENOENT ${path}`);
    return files[path]!;
  },
};
const resolve = (flags: StartFlags, env: Record<string, string> = {}) => resolveSettings(flags, { ...context, env });
const peers = '1=tcp://127.0.0.1:7001,2=tcp://127.0.0.1:7002,3=tcp://127.0.0.1:7003';

test('the command line alone: listen defaults to this member’s address, memory storage, tcp from the scheme', (t) => {
  const s = resolve({ id: '2', peers });
  t.is(s.address, 'tcp://127.0.0.1:7002');
  t.is(s.listen, 'tcp://127.0.0.1:7002');
  t.deepEqual(s.peers.map((p) => p.id), ['1', '2', '3']);
  t.is(s.data, null);
  t.is(s.transport, 'tcp');
  t.is(s.secret, null);
  t.is(s.tls, null);
  t.deepEqual([s.tickMs, s.raftTickMs, s.electionTicks, s.cluster], [2000, 100, 10, 'logkeeper']);
  t.is(resolve({ id: '1', peers, data: 'd' }).data, '/home/me/d', 'relative to the working directory');
});

test('a config file: paths relative to the file, flags override it, the secret from its file', (t) => {
  const s = resolve({ config: '/etc/lk/member.json' });
  t.is(s.id, '2');
  t.is(s.address, 'tcp://10.0.0.2:7001');
  t.is(s.listen, 'tcp://0.0.0.0:7001');
  t.is(s.data, '/etc/lk/data');
  t.is(s.secret, 's3cret');
  t.deepEqual(s.tls, { key: 'KEY', cert: 'CERT', ca: 'CA', requestCert: true });
  t.is(s.tickMs, 1000);
  const o = resolve({ config: '/etc/lk/member.json', data: 'here', secretFile: 'other-secret', tick: 500, listen: 'tcp://10.0.0.2:7001' });
  t.is(o.data, '/home/me/here');
  t.is(o.secret, 'from the command line');
  t.is(o.tickMs, 500);
  t.is(o.listen, 'tcp://10.0.0.2:7001');
  t.is(resolve({ config: '/etc/lk/member.json' }, { LOGKEEPER_SECRET: 'env' }).secret, 'env', 'the environment over the file');
  t.is(resolve({ config: '/etc/lk/member.json', secret: 'flag' }, { LOGKEEPER_SECRET: 'env' }).secret, 'flag', 'the command line over the environment');
});

test('websocket is chosen from ws:// addresses; mixing schemes needs --transport and then fails', (t) => {
  t.is(resolve({ id: 'a', peers: 'a=ws://127.0.0.1:7001/lk,b=wss://h:443/lk' }).transport, 'websocket');
  t.throws(() => resolve({ id: 'a', peers: 'a=ws://127.0.0.1:7001/lk,b=tcp://h:1' }), { instanceOf: ConfigError, message: /mix/ });
  t.throws(() => resolve({ id: 'a', peers: 'a=ws://127.0.0.1:7001/lk', transport: 'tcp' }), { instanceOf: ConfigError });
  t.throws(() => resolve({ id: 'a', peers: 'a=tcp://h:1', transport: 'udp' }), { instanceOf: ConfigError, message: /tcp or websocket/ });
});

test('mistakes are named', (t) => {
  t.throws(() => resolve({ peers }), { message: /--id is required/ });
  t.throws(() => resolve({ id: '1' }), { message: /--peers is required/ });
  t.throws(() => resolve({ id: '4', peers }), { message: /must include this member \(4\)/ });
  t.throws(() => resolve({ id: '1', peers: '1=tcp://a:1,1=tcp://b:1' }), { message: /listed twice/ });
  t.throws(() => parsePeerList('1tcp://a:1'), { message: /id=address/ });
  t.throws(() => resolve({ id: '1', peers, tlsKey: 'k' }), { message: /both --tls-key and --tls-cert/ });
  t.throws(() => resolve({ id: '1', peers, secretFile: 'missing' }), { message: /Cannot read the secret file/ });
  t.throws(() => resolve({ config: 'nope.json' }), { message: /Cannot read the config file/ });
  t.throws(() => resolve({ id: '1', peers, secret: '' }), { message: /secret is empty/ });
  t.throws(() => resolve({ id: '1', peers, tick: 0 }), { message: /tickMs must be a positive integer/ });
});

test('broker.groups in the config file sets the group coordinator; unknown keys and values out of range are named', (t) => {
  const withGroups = (groups: unknown) => resolveSettings({ config: 'lk.json' }, { cwd: '/etc', env: {}, readFile: () => JSON.stringify({ id: 1, peers: { 1: 'tcp://127.0.0.1:7001' }, broker: { groups } }) });
  t.deepEqual(withGroups({ groupConsumerHeartbeatIntervalMs: 250, groupInitialRebalanceDelayMs: 0 }).broker!.groups, { groupConsumerHeartbeatIntervalMs: 250, groupInitialRebalanceDelayMs: 0 });
  t.deepEqual(withGroups(undefined).broker!.groups, {});
  t.throws(() => withGroups({ heartbeat: 1 }), { instanceOf: ConfigError, message: /unknown setting\(s\) heartbeat/ });
  t.throws(() => withGroups({ groupConsumerHeartbeatIntervalMs: 0 }), { instanceOf: ConfigError, message: /groupConsumerHeartbeatIntervalMs must be an integer/ });
  t.throws(() => withGroups([]), { instanceOf: ConfigError, message: /must be an object/ });
});

test('roles: a numeric member is an ensemble voter and a broker of the same id; a broker only needs an address and the ensemble', (t) => {
  const both = resolve({ id: '2', peers });
  t.deepEqual(both.roles, ['broker', 'member']);
  t.is(both.broker!.id, 2);
  t.deepEqual(both.broker!.ensemble, ['tcp://127.0.0.1:7001', 'tcp://127.0.0.1:7002', 'tcp://127.0.0.1:7003'], 'the peers are its ensemble');
  t.deepEqual([both.broker!.sessionTimeoutMs, both.broker!.autoCreateTopics, both.broker!.defaultPartitions, both.broker!.defaultReplicationFactor, both.broker!.replicaLagTimeMs, both.broker!.replicaSocketTimeoutMs], [6000, false, 1, 1, 30_000, 30_000]);
  t.deepEqual(resolve({ id: 'a', peers: 'a=tcp://127.0.0.1:7001' }).roles, ['member'], 'a member id that is no number: no broker unless given an id');
  t.is(resolve({ id: 'a', peers: 'a=tcp://127.0.0.1:7001', brokerId: 7 }).broker!.id, 7);
  const only = resolve({ id: '9', roles: 'broker', address: 'tcp://127.0.0.1:7009', ensemble: 'tcp://127.0.0.1:7001,tcp://127.0.0.1:7002', sessionTimeout: 3000, autoCreateTopics: true });
  t.deepEqual(only.roles, ['broker']);
  t.is(only.address, 'tcp://127.0.0.1:7009');
  t.deepEqual(only.broker!.ensemble, ['tcp://127.0.0.1:7001', 'tcp://127.0.0.1:7002']);
  t.is(only.broker!.sessionTimeoutMs, 3000);
  t.is(resolve({ id: '2', peers, replicaSocketTimeout: 5000 }).broker!.replicaSocketTimeoutMs, 5000, '--replica-socket-timeout');
  const fromFile = resolveSettings({ config: 'lk.json' }, { cwd: '/etc', env: {}, readFile: () => JSON.stringify({ id: 1, peers: { 1: 'tcp://127.0.0.1:7001' }, broker: { replicaSocketTimeoutMs: 7000 } }) });
  t.is(fromFile.broker!.replicaSocketTimeoutMs, 7000, 'broker.replicaSocketTimeoutMs in the config file');
  t.true(only.broker!.autoCreateTopics);
  t.is(resolve({ id: '2', peers, roles: 'member' }).broker, null);
  const refused = (flags: StartFlags) => t.throws(() => resolve(flags), { instanceOf: ConfigError });
  refused({ id: '9', roles: 'broker', ensemble: 'tcp://127.0.0.1:7001' });
  refused({ id: '9', roles: 'broker', address: 'tcp://127.0.0.1:7009' });
  refused({ id: '2', peers, roles: 'broker' });
  refused({ id: '2', peers, roles: 'gardener' });
  refused({ id: 'x', peers: 'x=tcp://127.0.0.1:7001', roles: 'broker,member' });
});
