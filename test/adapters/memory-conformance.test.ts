import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { MemoryNetwork, MemoryTransport } from '../../adapters/memory/index.js';

// The memory adapter on the real clock: instant links, and links with latency and jitter
// (jitter must never reorder frames on one connection).
for (const [name, link] of [
  ['memory', {}],
  ['memory (2 ms latency, 3 ms jitter)', { latencyMs: 2, jitterMs: 3 }],
] as const) {
  conformance(test, {
    name,
    supports: new MemoryNetwork().transport().supports,
    factory: () => {
      const network = new MemoryNetwork({ link, random: 1 });
      let next = 0;
      return {
        transport: (): MemoryTransport => network.transport(),
        listenAddress: () => `node-${++next}`,
        unusedAddress: () => 'nobody-listens-here',
      };
    },
  });
}
