import type { TestFn } from 'ava';
import type { Keeper } from '../../engine/coordination/client.js';
import { CreateMode, EventType, type WatchedEvent } from '../../engine/coordination/types.js';
import type { ConformanceOptions } from '../options.js';
import { engineGroup } from './check.js';
import { EngineCluster } from './cluster.js';
import type { Pace } from './pace.js';

/** When `path` is deleted, as a watch set now through `keeper` tells (on the world's clock). */
async function deletionOf(keeper: Keeper, path: string, pace: Pace): Promise<{ at: number | null }> {
  const deletion: { at: number | null } = { at: null };
  const watcher = (event: WatchedEvent) => {
    if (event.type === EventType.NodeDeleted && event.path === path) deletion.at = pace.now();
  };
  const stat = await pace.settle(keeper.exists(path, watcher), `a watch on ${path}`);
  if (!stat) throw new Error(`${path} does not exist to be watched`);
  return deletion;
}

/**
 * Sessions and their ephemeral znodes over the adapter: a client that vanishes (its
 * connections dropped, its session never closed) keeps them for its session timeout and loses
 * them after it, and a watcher on another member hears of it; a clean close removes them at
 * once; a session outlives the member it was connected to. A client vanishes by closing its
 * transport, which every adapter can do.
 */
export function ephemeralExpiryGroup(test: TestFn, options: ConformanceOptions): void {
  const check = engineGroup(test, options, 'ephemeral expiry');

  check('a vanished client\'s ephemeral goes after its session timeout, not before, and a watcher on another member is notified', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3 });
    await cluster.ready();
    const owner = await cluster.keeper(['1'], { sessionTimeoutMs: cluster.pace.ms(1000) });
    const watcher = await cluster.keeper(['2']);
    await cluster.pace.settle(owner.keeper.create('/vanishing', 'here', CreateMode.EPHEMERAL), 'the ephemeral');
    const deletion = await deletionOf(watcher.keeper, '/vanishing', cluster.pace);
    const timeout = owner.keeper.sessionTimeout;
    // The member heard from the client at most a ping interval (a third of the timeout) before it vanished.
    const earliest = timeout - Math.floor(timeout / 3);
    const vanishedAt = cluster.pace.now();
    await owner.transport.close();
    await cluster.pace.until(() => deletion.at !== null || watcher.keeper.state === 'expired', 'the vanished client\'s ephemeral to be deleted, as a watcher on another member hears');
    t.not(watcher.keeper.state, 'expired', 'the watcher\'s session expired though it was connected all along');
    const after = deletion.at! - vanishedAt;
    t.true(after >= earliest, `the ephemeral went ${after.toFixed(0)} ms after its client vanished: before its ${timeout} ms session could have timed out (at the earliest ${earliest} ms)`);
    t.true(after <= 2 * timeout, `the ephemeral went ${after.toFixed(0)} ms after its client vanished, more than twice its ${timeout} ms session timeout`);
    t.is(await cluster.pace.settle(watcher.keeper.exists('/vanishing'), 'a read'), null, 'the ephemeral is gone');
  });

  check('a clean close removes the session\'s ephemerals at once, and a watcher on another member is notified', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3 });
    await cluster.ready();
    const owner = await cluster.keeper(['1'], { sessionTimeoutMs: cluster.pace.ms(2000) });
    const watcher = await cluster.keeper(['2']);
    await cluster.pace.settle(owner.keeper.create('/closing', 'here', CreateMode.EPHEMERAL), 'the ephemeral');
    const deletion = await deletionOf(watcher.keeper, '/closing', cluster.pace);
    const closedAt = cluster.pace.now();
    await cluster.pace.settle(owner.keeper.close(), 'the clean close');
    await cluster.pace.until(() => deletion.at !== null, 'the watcher to hear of the deletion');
    const after = deletion.at! - closedAt;
    const bound = owner.keeper.sessionTimeout / 3;
    t.true(after < bound, `the ephemeral went ${after.toFixed(0)} ms after a clean close, not at once (the bound is a third of the session timeout, ${bound.toFixed(0)} ms)`);
  });

  check('a session survives the loss of the member it was connected to: its ephemeral stays and it goes on writing', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3 });
    await cluster.ready();
    const { keeper } = await cluster.keeper(cluster.ids, { sessionTimeoutMs: cluster.pace.ms(2000) });
    const states: string[] = [];
    keeper.on('state', (state) => states.push(state));
    await cluster.pace.settle(keeper.create('/surviving', 'here', CreateMode.EPHEMERAL), 'the ephemeral');
    const session = keeper.sessionId;
    const lost = cluster.at(keeper.server)!;
    await cluster.stop(lost.id);
    await cluster.pace.until(() => keeper.state === 'connected' && keeper.server !== lost.address, 'the session to move to another member');
    await cluster.pace.settle(keeper.create('/written-after', 'x'), 'a write after the move');
    t.false(states.includes('expired'), `the session did not expire (states: ${states.join(', ')})`);
    t.is(keeper.sessionId, session, 'the same session');
    const other = await cluster.keeper(cluster.ids.filter((id) => id !== lost.id));
    const stat = await cluster.pace.settle(other.keeper.exists('/surviving'), 'a read from another client');
    t.is(stat?.ephemeralOwner, session, 'the ephemeral is there, still the session\'s');
  });
}
