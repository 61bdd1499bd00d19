import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { memoryFixture } from './helpers/fixtures.js';

// The memory adapter: instant links, and links with latency and jitter (jitter must never
// reorder frames on one connection). It declares faults, persistence, simulatedTime and browser.
for (const [name, link] of [
  ['memory', {}],
  ['memory (2 ms latency, 3 ms jitter)', { latencyMs: 2, jitterMs: 3 }],
] as const) {
  conformance(test, { name, supports: new MemoryNetwork().transport().supports, factory: memoryFixture(link) });
}
