import type { TestFn } from 'ava';
import { featureGroup } from './group.js';
import { World, closeOf } from './helpers.js';
import type { ConformanceOptions } from './options.js';

/**
 * `persistence`: a node can restart at the same address and find the peers it had, so that a
 * member's address in a configuration stays true across restarts. The restarted node is the
 * fixture's `restart(old)` (by default a new transport).
 */
export function persistenceGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'persistence');

  check('a node restarts at its address: its peers reach it there, and it reaches them', async (t) => {
    const w = await World.create(t, options);
    const node = await w.transport();
    const peer = await w.transport();
    const before = await w.echoListener(node);
    const peers = await w.echoListener(peer);
    const link = await w.within(peer.connect(before.address), 'the peer to dial the node');
    t.true(await w.echoes(link, 1), 'the node answers before the restart');
    const lost = closeOf(link);
    await node.close();
    await w.within(lost, 'the peer to see the node go');

    const restarted = await w.restart(node);
    const after = await w.echoListener(restarted, before.address);
    t.is(after.address, before.address, 'it listens at the address it had');
    const relink = await w.within(peer.connect(before.address), 'the peer to dial the restarted node at its old address');
    t.true(await w.echoes(relink, 2), 'the restarted node answers there');
    const out = await w.within(restarted.connect(peers.address), 'the restarted node to dial its peer');
    t.true(await w.echoes(out, 3), 'it reaches the peer it had');
  });
}
