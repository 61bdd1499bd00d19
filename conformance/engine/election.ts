import type { TestFn } from 'ava';
import { Fence, MasterElection, MasterTracker } from '../../engine/coordination/recipes/index.js';
import { fixturePart } from '../helpers.js';
import type { ConformanceOptions } from '../options.js';
import { engineGroup } from './check.js';
import { EngineCluster } from './cluster.js';

/** The leaders each member saw, by term: Raft allows at most one leader a term. */
function leadersByTerm(cluster: EngineCluster): Map<number, Set<string>> {
  const seen = new Map<number, Set<string>>();
  for (const slot of cluster.live) {
    slot.coordination!.onLeaderChange(({ leader, term }) => {
      if (leader) seen.set(term, new Set([...(seen.get(term) ?? []), leader.id]));
    });
  }
  return seen;
}

function twoInATerm(seen: Map<number, Set<string>>): string[] {
  return [...seen].filter(([, ids]) => ids.size > 1).map(([term, ids]) => `term ${term}: ${[...ids].join(' and ')}`);
}

/**
 * Election over the adapter: Raft's leader and the brokers' controller, re-election when the
 * leader stops, a minority cut off by a partition (with `faults`), and the design notes'
 * master-election recipe with its fencing token.
 */
export function electionGroup(test: TestFn, options: ConformanceOptions): void {
  const check = engineGroup(test, options, 'election');

  for (const members of [3, 5]) {
    check(`${members} members elect exactly one Raft leader, known to all, and one controller`, [], async (t) => {
      const cluster = await EngineCluster.start(t, options, { members, brokers: true });
      const seen = leadersByTerm(cluster);
      await cluster.ready();
      t.is(cluster.leaders().length, 1, 'one Raft leader');
      t.is(cluster.controllers().length, 1, 'one active controller');
      const terms = new Set(cluster.live.map((s) => s.coordination!.node.term));
      t.is(terms.size, 1, `every member is in the leader's term (got terms ${[...terms].join(', ')})`);
      t.deepEqual(twoInATerm(seen), [], 'no term had two leaders');
    });
  }

  check('stopping the Raft leader yields a new one within 10 election timeouts, and one controller among the rest', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3, brokers: true });
    const seen = leadersByTerm(cluster);
    await cluster.ready();
    const old = cluster.leaders()[0]!;
    const oldTerm = old.coordination!.node.term;
    const stoppedAt = cluster.pace.now();
    await cluster.stop(old.id);
    await cluster.pace.until(() => cluster.leaders().length === 1, 'a new Raft leader among the others');
    const took = cluster.pace.now() - stoppedAt;
    const bound = cluster.pace.ms(10 * 250);
    t.true(took <= bound, `a new leader ${took.toFixed(0)} ms after the leader stopped; the bound is ${bound} ms`);
    const next = cluster.leaders()[0]!;
    t.true(next.coordination!.node.term > oldTerm, 'in a later term');
    await cluster.ready('the others to agree on the new leader, under one controller');
    t.false(cluster.controllers().some((s) => s.id === old.id), 'the controller is a live broker');
    t.deepEqual(twoInATerm(seen), [], 'no term had two leaders');
  });

  check('a minority side neither elects a leader nor commits a write, and the majority side carries on', ['faults'], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3 });
    const faults = fixturePart(cluster.world.fixture.faults, 'faults', 'faults');
    const seen = leadersByTerm(cluster);
    await cluster.ready();
    const cut = cluster.leaders()[0]!;
    const majority = cluster.ids.filter((id) => id !== cut.id);
    const lonely = await cluster.keeper([cut.id]);
    const many = await cluster.keeper(majority);
    const termAtCut = cut.coordination!.node.term;
    faults.partition([cut.transport, lonely.transport], [...majority.map((id) => cluster.slot(id).transport), many.transport]);

    // The minority side is watched for ten election timeouts: it keeps trying to write, and every write must fail.
    const span = cluster.pace.ms(10 * 500);
    const end = cluster.pace.now() + span;
    const committed: string[] = [];
    for (let n = 0; cluster.pace.now() < end && committed.length === 0; n++) {
      const path = `/written-by-the-minority-${n}`;
      const failed = await cluster.pace.failure(lonely.keeper.create(path, 'x', { timeoutMs: cluster.pace.ms(1000) }), 'a write on the minority side to end');
      if (!failed) committed.push(path);
      await cluster.pace.pause(cluster.pace.ms(100));
    }
    t.deepEqual(committed, [], 'no write on the minority side succeeds');
    const minorityLeader = [...seen].filter(([term, ids]) => term > termAtCut && ids.has(cut.id)).map(([term]) => `term ${term}`);
    t.deepEqual(minorityLeader, [], `the minority member led no later term, over ${span} ms`);
    t.false(cut.coordination!.isLeader, 'the old leader, cut off from the majority, stepped down');
    await cluster.pace.until(() => majority.some((id) => cluster.slot(id).coordination!.isLeader), 'a leader on the majority side');
    await cluster.pace.settle(many.keeper.create('/written-by-the-majority', 'y'), 'a write on the majority side');

    faults.heal();
    await cluster.ready('the members to agree on one leader after heal');
    const after = await cluster.keeper([cut.id]);
    await cluster.pace.settle(after.keeper.sync('/'), 'a sync through the healed member');
    const children = await cluster.pace.settle(after.keeper.getChildren('/'), 'a read');
    t.deepEqual(children.filter((name) => name.startsWith('written-by-the-minority')), [], 'no write of the minority side was committed');
    t.not(await cluster.pace.settle(after.keeper.exists('/written-by-the-majority'), 'a read'), null, 'the majority\'s write reached the healed member');
    t.deepEqual(twoInATerm(seen), [], 'no term had two leaders');
  });

  check('the master-election recipe hands /master to exactly one candidate; a successor follows a vanished master, whose token a fence refuses', [], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3 });
    await cluster.ready();
    const candidates = await Promise.all(cluster.ids.map(async (id) => {
      const { keeper, transport } = await cluster.keeper([id]);
      const election = new MasterElection(keeper, { address: `candidate-${id}` });
      void election.start();
      return { election, transport };
    }));
    const tracker = new MasterTracker((await cluster.keeper()).keeper);
    await cluster.pace.settle(tracker.start(), 'the tracker to start');
    const masters = () => candidates.filter((c) => c.election.isMaster);
    await cluster.pace.until(() => masters().length > 0 && tracker.current !== null, 'a master, seen by the tracker');
    t.is(masters().length, 1, 'exactly one candidate is master');
    const first = masters()[0]!;
    t.is(tracker.current?.address, first.election.address, 'the tracker follows the master');
    const fence = new Fence();
    const oldToken = first.election.term!.token;
    t.true(fence.admit(oldToken), 'the master\'s token is admitted');

    await first.transport.close();
    const successors = () => masters().filter((c) => c !== first);
    await cluster.pace.until(() => successors().some((c) => c.election.address === tracker.current?.address), 'a successor after the master vanished, seen by the tracker');
    const next = successors();
    t.is(next.length, 1, 'exactly one successor');
    const newToken = next[0]!.election.term!.token;
    t.true(newToken > oldToken, `the successor's token ${newToken} is above the old ${oldToken}`);
    t.true(fence.admit(newToken), 'the successor\'s token is admitted');
    t.false(fence.admit(oldToken), 'the old master\'s token is refused');
    t.is(tracker.current?.address, next[0]!.election.address, 'the tracker follows the successor');
  });
}
