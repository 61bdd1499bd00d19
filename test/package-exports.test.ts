import test from 'ava';
import { readFileSync } from 'node:fs';

// The published entry points (package.json "exports", built into dist/ by `npm test` and
// `npm ci`) load, and offer what the docs say they offer.

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};

const expected: Record<string, string[]> = {
  logkeeper: [
    'LogkeeperError', 'RpcPeer', 'Router', 'SimulatedClock', 'RealClock', 'Random', 'Storage', 'FrameParser',
    'AbstractTransport', 'defineSupports', 'RaftNode', 'Keeper', 'KeeperServer', 'MasterElection', 'Lock', 'PartitionLog',
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
