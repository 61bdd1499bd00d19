import test from 'ava';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The published entry points (package.json "exports", built into dist/ by `npm test` and
// `npm ci`) load, and offer what the docs say they offer.

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  exports: Record<string, unknown>;
  bin: Record<string, string>;
};
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const expected: Record<string, string[]> = {
  logkeeper: [
    'LogkeeperError', 'RpcPeer', 'Router', 'SimulatedClock', 'RealClock', 'Random', 'Storage', 'FrameParser',
    'AbstractTransport', 'defineSupports', 'RaftNode', 'Keeper', 'KeeperServer', 'MasterElection', 'Lock', 'PartitionLog',
    'BrokerService', 'createBrokerClient', 'murmur2', 'partitionForKey', 'UnknownTopicOrPartitionError', 'kafkaCodeOf',
  ],
  'logkeeper/adapters/memory': ['MemoryNetwork', 'MemoryTransport'],
  'logkeeper/adapters/tcp': ['TcpTransport'],
  'logkeeper/adapters/websocket': ['WebSocketTransport', 'RelayHub', 'RelayTransport'],
  'logkeeper/conformance': ['conformance', 'tcpWiretap', 'tcpRawConnect'],
};

test('every export of the package resolves to built code with what the docs promise', async (t) => {
  const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
  t.deepEqual(subpaths.map((s) => (s === '.' ? 'logkeeper' : `logkeeper/${s.slice(2)}`)).sort(), Object.keys(expected).sort());
  for (const [specifier, names] of Object.entries(expected)) {
    const mod = (await import(specifier)) as Record<string, unknown>;
    for (const name of names) t.truthy(mod[name], `${specifier} exports ${name}`);
  }
});

test('logkeeper --version prints package.json\'s version, built and from the sources', (t) => {
  const run = (...args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }).trim();
  t.is(run(pkg.bin.logkeeper!, '--version'), pkg.version);
  t.is(run('--import', 'tsx', 'bin/logkeeper.ts', '--version'), pkg.version);
  t.is(run(pkg.bin.logkeeper!, '-V'), pkg.version);
});

// dist/ is built by `npm test` before ava starts, so this reads that build (it must not
// rebuild dist/ itself: the other tests load it meanwhile).
test('the commands in package.json\'s "bin" are executable after the build, and run as they are', (t) => {
  for (const [name, file] of Object.entries(pkg.bin)) {
    t.notThrows(() => accessSync(join(ROOT, file), constants.X_OK), `${file} (${name}) has its run bit`);
  }
  // Run directly, as npx runs it: through its #! line, with no node in front.
  t.is(execFileSync(join(ROOT, pkg.bin.logkeeper!), ['--version'], { encoding: 'utf8' }).trim(), pkg.version);
});
