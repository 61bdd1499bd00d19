import test, { type ExecutionContext } from 'ava';
import { kafkaCodeOf, type ErrorCode } from '../../../engine/errors/index.js';
import { Random } from '../../../engine/time/index.js';
import { ClassicClient, subscription } from './classic-client.js';
import { fixture, settled } from './helpers.js';

/*
 * The classic protocol's state machine, driven request by request on simulated time.
 */

const code = (c: ErrorCode) => kafkaCodeOf(c);

async function describe(f: Awaited<ReturnType<typeof fixture>>, groupId = 'g') {
  return (await f.settle(f.api.describeGroups({ groups: [groupId] }))).groups[0]!;
}

/** A group of `n` dynamic members, joined and synced (the first is the leader). */
async function stableGroup(f: Awaited<ReturnType<typeof fixture>>, n: number, partitions = 6) {
  const clients = Array.from({ length: n }, () => new ClassicClient(f.api));
  for (const c of clients) await f.settle(c.join());
  await f.settle(Promise.all(clients.map((c) => c.join())));
  await f.settle(Promise.all(clients.map((c) => c.sync(partitions))));
  return clients;
}

test('a first member: MEMBER_ID_REQUIRED, then it leads generation 1; its SyncGroup returns its assignment; the group is Stable', async (t) => {
  const f = await fixture();
  f.topics.add('t', 6);
  const a = new ClassicClient(f.api);
  const first = await f.settle(a.join());
  t.is(first.errorCode, code('MEMBER_ID_REQUIRED'));
  t.regex(a.memberId, /^consumer-/);
  const joined = await f.settle(a.join());
  t.like(joined, { errorCode: 0, generationId: 1, leader: a.memberId, memberId: a.memberId, protocolType: 'consumer', protocolName: 'range', skipAssignment: false });
  t.deepEqual(joined.members.map((m) => m.memberId), [a.memberId]);
  t.is(await f.settle(a.sync()), 0);
  t.deepEqual(a.assignment, [0, 1, 2, 3, 4, 5]);
  t.is(await f.settle(a.heartbeat()), 0);
  const d = await describe(f);
  t.like(d, { errorCode: 0, groupState: 'Stable', protocolType: 'consumer', protocolData: 'range' });
  t.deepEqual(d.members.map((m) => m.memberId), [a.memberId]);
});

test('a second member makes the group rebalance: heartbeats say REBALANCE_IN_PROGRESS, both rejoin, the leader alone gets the members, each syncs its part', async (t) => {
  const f = await fixture();
  const [a] = await stableGroup(f, 1);
  const b = new ClassicClient(f.api);
  await f.settle(b.join());
  const bJoin = b.join();
  t.false(await settled(f.clock, bJoin), 'the newcomer waits for the others to rejoin');
  t.is((await describe(f)).groupState, 'PreparingRebalance');
  t.is(await f.settle(a!.heartbeat()), code('REBALANCE_IN_PROGRESS'));
  const [ja, jb] = await f.settle(Promise.all([a!.join(), bJoin]));
  t.like(ja, { generationId: 2, leader: a!.memberId });
  t.like(jb, { generationId: 2, leader: a!.memberId });
  t.deepEqual(ja.members.map((m) => m.memberId).sort(), [a!.memberId, b.memberId].sort());
  t.deepEqual(jb.members, []);
  const bSync = b.sync();
  t.false(await settled(f.clock, bSync), 'a follower waits for the leader\'s assignment');
  t.is((await describe(f)).groupState, 'CompletingRebalance');
  t.deepEqual(await f.settle(Promise.all([a!.sync(), bSync])), [0, 0]);
  t.deepEqual([...a!.assignment, ...b.assignment].sort(), [0, 1, 2, 3, 4, 5]);
  t.is(a!.assignment.length, 3);
});

test('the join phase is bounded by the rebalance timeout: a member that does not rejoin is removed, the others go on', async (t) => {
  const f = await fixture();
  const [a, b] = await stableGroup(f, 2);
  const c = new ClassicClient(f.api);
  await f.settle(c.join());
  const joins = Promise.all([a!.join(), c.join()]);
  const started = f.clock.now();
  const [ja] = await f.settle(joins);
  t.is(f.clock.now() - started, 5000, 'after the rebalance timeout');
  t.deepEqual(ja.members.map((m) => m.memberId).sort(), [a!.memberId, c.memberId].sort());
  t.is(await f.settle(b!.heartbeat()), code('UNKNOWN_MEMBER_ID'));
});

test('session expiry: a member without heartbeats for its session timeout is removed and the group rebalances without it', async (t) => {
  const f = await fixture();
  const [a, b] = await stableGroup(f, 2);
  const started = f.clock.now();
  let answer = 0;
  while (answer === 0) {
    await f.clock.advance(2000);
    answer = await f.settle(a!.heartbeat());
  }
  t.is(answer, code('REBALANCE_IN_PROGRESS'));
  t.true(f.clock.now() - started >= 10_000 && f.clock.now() - started <= 12_000, `after the session timeout (${f.clock.now() - started} ms)`);
  const rejoined = await f.settle(a!.join());
  t.like(rejoined, { errorCode: 0, generationId: 2 });
  t.deepEqual(rejoined.members.map((m) => m.memberId), [a!.memberId]);
  t.is(await f.settle(b!.heartbeat()), code('UNKNOWN_MEMBER_ID'));
});

test('static membership: a restarted member gets a new id, the same generation and its partitions back, with no rebalance; its old id is fenced', async (t) => {
  const f = await fixture();
  f.topics.add('t', 6);
  const s1 = new ClassicClient(f.api, { instanceId: 'i-1' });
  const s2 = new ClassicClient(f.api, { instanceId: 'i-2' });
  const [j1] = await f.settle(Promise.all([s1.join(), s2.join()]));
  t.is(j1.errorCode, 0, 'static members need no member id round');
  await f.settle(Promise.all([s1.sync(), s2.sync()]));
  const before = { generation: s2.generation, assignment: s2.assignment };
  // i-2 restarts within its session timeout.
  const restarted = new ClassicClient(f.api, { instanceId: 'i-2' });
  const back = await f.settle(restarted.join());
  t.like(back, { errorCode: 0, generationId: before.generation, skipAssignment: false });
  t.not(restarted.memberId, s2.memberId);
  t.is(await f.settle(restarted.sync()), 0);
  t.deepEqual(restarted.assignment, before.assignment, 'its partitions back');
  t.is((await describe(f)).groupState, 'Stable');
  t.is(await f.settle(s1.heartbeat()), 0, 'the others see no rebalance');
  t.is(await f.settle(s2.heartbeat()), code('FENCED_INSTANCE_ID'));
  t.is(await f.settle(s2.commit(0, 1)), code('FENCED_INSTANCE_ID'));
  // The leader restarting is told to skip the assignment (KIP-814), with the members listed.
  const leader = [s1, s2].find((c) => c.isLeader)!;
  const leaderAgain = new ClassicClient(f.api, { instanceId: leader.o.instanceId });
  const answer = await f.settle(leaderAgain.join());
  t.like(answer, { errorCode: 0, skipAssignment: true, generationId: before.generation, leader: leaderAgain.memberId });
  t.is(answer.members.length, 2);
});

test('a static member back with another subscription keeps its place, with no rebalance, as in Kafka (the group selects the same protocol)', async (t) => {
  const f = await fixture();
  const s1 = new ClassicClient(f.api, { instanceId: 'i-1' });
  const s2 = new ClassicClient(f.api, { instanceId: 'i-2' });
  await f.settle(Promise.all([s1.join(), s2.join()]));
  await f.settle(Promise.all([s1.sync(), s2.sync()]));
  const before = s2.assignment;
  // Restarted with more topics: its subscription bytes differ, the protocol the group selects does not.
  const more = new ClassicClient(f.api, { instanceId: 'i-2', topics: ['t', 'u'] });
  const back = await f.settle(more.join());
  t.is(back.generationId, 1, 'no new generation: the leader learns of the subscription at the next rebalance');
  t.is(await f.settle(more.sync()), 0);
  t.deepEqual(more.assignment, before, 'its partitions back');
  t.is(await f.settle(s1.heartbeat()), 0, 'the others see no rebalance');
});

test('requests of an old generation or of an unknown member are refused: ILLEGAL_GENERATION, UNKNOWN_MEMBER_ID', async (t) => {
  const f = await fixture();
  const [a] = await stableGroup(f, 1);
  const stale = new ClassicClient(f.api);
  Object.assign(stale, { memberId: a!.memberId, generation: a!.generation });
  const b = new ClassicClient(f.api);
  await f.settle(b.join());
  await f.settle(Promise.all([a!.join(), b.join()]));
  t.is(a!.generation, 2);
  t.is(await f.settle(stale.heartbeat()), code('ILLEGAL_GENERATION'));
  t.is(await f.settle(stale.commit(0, 5)), code('ILLEGAL_GENERATION'));
  t.is(await f.settle(stale.sync()), code('ILLEGAL_GENERATION'));
  const unknown = new ClassicClient(f.api);
  Object.assign(unknown, { memberId: 'consumer-nobody', generation: 2 });
  t.is(await f.settle(unknown.heartbeat()), code('UNKNOWN_MEMBER_ID'));
  t.is(await f.settle(unknown.commit(0, 5)), code('UNKNOWN_MEMBER_ID'));
  t.is((await f.settle(unknown.join())).errorCode, code('UNKNOWN_MEMBER_ID'));
  t.is(await f.settle(new ClassicClient(f.api, { groupId: 'nothing' }).heartbeat()), code('UNKNOWN_MEMBER_ID'));
  // Commits while the generation's assignment is handed out wait for the next: REBALANCE_IN_PROGRESS.
  t.is(await f.settle(a!.commit(0, 5)), code('REBALANCE_IN_PROGRESS'));
  // Stable again: the old generation still gets nothing.
  await f.settle(Promise.all([a!.sync(), b.sync()]));
  t.is(await f.settle(stale.sync()), code('ILLEGAL_GENERATION'));
  t.deepEqual(stale.assignment, []);
  t.is(await f.settle(stale.commit(0, 5)), code('ILLEGAL_GENERATION'));
});

test('LeaveGroup: by member id or by instance id alone, each answered on its own; the last leaving empties the group, persisted', async (t) => {
  const f = await fixture();
  const s = new ClassicClient(f.api, { instanceId: 'i-1' });
  const d = new ClassicClient(f.api);
  await f.settle(d.join());
  await f.settle(Promise.all([s.join(), d.join()]));
  await f.settle(Promise.all([s.sync(), d.sync()]));
  const answer = await f.settle(
    f.api.leaveGroup({
      groupId: 'g',
      members: [
        { memberId: d.memberId, groupInstanceId: null, reason: 'closing' },
        { memberId: '', groupInstanceId: 'i-1', reason: null },
        { memberId: 'consumer-nobody', groupInstanceId: null, reason: null },
      ],
    }),
  );
  t.deepEqual(answer.members.map((m) => m.errorCode), [0, 0, code('UNKNOWN_MEMBER_ID')]);
  const described = await describe(f);
  t.like(described, { groupState: 'Empty', members: [] });
  const empty = f.log.records(0).at(-1)!;
  t.is(new DataView(empty.key.buffer, empty.key.byteOffset).getInt16(0), 2, 'the empty group was written (GroupMetadata)');
  t.is((await f.settle(f.api.leaveGroup({ groupId: 'missing', members: [] }))).errorCode, code('UNKNOWN_MEMBER_ID'));
});

test("JoinGroup's checks: the session timeout's bounds, the group id, a protocol shared with the group", async (t) => {
  const f = await fixture({ groupMinSessionTimeoutMs: 6000, groupMaxSessionTimeoutMs: 60_000 });
  t.is((await f.settle(new ClassicClient(f.api, { sessionTimeoutMs: 5999 }).join())).errorCode, code('INVALID_SESSION_TIMEOUT'));
  t.is((await f.settle(new ClassicClient(f.api, { sessionTimeoutMs: 60_001 }).join())).errorCode, code('INVALID_SESSION_TIMEOUT'));
  t.is((await f.settle(new ClassicClient(f.api, { groupId: '' }).join())).errorCode, code('INVALID_GROUP_ID'));
  t.is((await f.settle(new ClassicClient(f.api, { protocols: [] }).join())).errorCode, code('INCONSISTENT_GROUP_PROTOCOL'));
  const a = new ClassicClient(f.api, { instanceId: 'a', protocols: [{ name: 'range', metadata: subscription(['t']) }] });
  await f.settle(a.join());
  const other = new ClassicClient(f.api, { instanceId: 'b', protocols: [{ name: 'roundrobin', metadata: subscription(['t']) }] });
  t.is((await f.settle(other.join())).errorCode, code('INCONSISTENT_GROUP_PROTOCOL'));
});

test('the protocol is chosen by the members\' votes among those all of them support', async (t) => {
  const f = await fixture();
  const meta = subscription(['t']);
  const clients = [
    new ClassicClient(f.api, { instanceId: 'a', protocols: [{ name: 'cooperative-sticky', metadata: meta }, { name: 'range', metadata: meta }] }),
    new ClassicClient(f.api, { instanceId: 'b', protocols: [{ name: 'range', metadata: meta }, { name: 'cooperative-sticky', metadata: meta }] }),
    new ClassicClient(f.api, { instanceId: 'c', protocols: [{ name: 'cooperative-sticky', metadata: meta }, { name: 'range', metadata: meta }, { name: 'roundrobin', metadata: meta }] }),
  ];
  const answers = await f.settle(Promise.all(clients.map((c) => c.join())));
  t.deepEqual([...new Set(answers.map((a) => a.protocolName))], ['cooperative-sticky']);
});

test('the initial rebalance delay waits for more members while they keep coming, within the rebalance timeout', async (t) => {
  const f = await fixture({ groupInitialRebalanceDelayMs: 3000 });
  const a = new ClassicClient(f.api, { instanceId: 'a', rebalanceTimeoutMs: 8000 });
  const b = new ClassicClient(f.api, { instanceId: 'b', rebalanceTimeoutMs: 8000 });
  const started = f.clock.now();
  const ja = a.join();
  await f.clock.advance(2000);
  const jb = b.join();
  t.false(await settled(f.clock, ja));
  const [x, y] = await f.settle(Promise.all([ja, jb]));
  t.is(x.generationId, 1);
  t.is(y.generationId, 1, 'one generation for both');
  t.is(f.clock.now() - started, 6000, 'the delay ran twice: a newcomer extended it');
});

test('a member that does not send SyncGroup within the rebalance timeout is removed, and the group rebalances', async (t) => {
  const f = await fixture();
  const [a, b] = await stableGroup(f, 2);
  const c = new ClassicClient(f.api);
  await f.settle(c.join());
  await f.settle(Promise.all([a!.join(), b!.join(), c.join()]));
  await f.settle(Promise.all([a!.sync(), b!.sync()]));
  await f.clock.advance(5000);
  t.is((await describe(f)).groupState, 'PreparingRebalance');
  t.is(await f.settle(c.heartbeat()), code('UNKNOWN_MEMBER_ID'));
});

/** Two members with 6 s sessions in generation 1: the follower's SyncGroup has waited 5 s for the leader's. */
async function followerWaiting5s(t: ExecutionContext) {
  const f = await fixture();
  const timeouts = { sessionTimeoutMs: 6000, rebalanceTimeoutMs: 6000 };
  const a = new ClassicClient(f.api, timeouts);
  const b = new ClassicClient(f.api, timeouts);
  await f.settle(Promise.all([a.join(), b.join()]));
  await f.settle(Promise.all([a.join(), b.join()]));
  t.is(a.leader, a.memberId);
  const bSync = b.sync();
  t.false(await settled(f.clock, bSync), 'the follower waits for the leader');
  await f.clock.advance(5000);
  return { f, a, b, bSync, timeouts };
}

test("a member's session starts again when its SyncGroup is answered: one that waited most of a session for the leader's assignment is not expired right after hearing it", async (t) => {
  const { f, a, b, bSync } = await followerWaiting5s(t);
  t.deepEqual(await f.settle(Promise.all([a.sync(), bSync])), [0, 0], 'the leader assigns 5 s into the follower\'s 6 s session');
  await f.clock.advance(2000);
  t.is(await f.settle(b.heartbeat()), 0, 'its first heartbeat, 2 s after its answer, finds it a member');
  const d = await describe(f);
  t.is(d.groupState, 'Stable');
  t.deepEqual(d.members.map((m) => m.memberId).sort(), [a.memberId, b.memberId].sort());
});

test("a member's session starts again when a new rebalance refuses its waiting SyncGroup: it has a whole session to rejoin in", async (t) => {
  const { f, a, b, bSync, timeouts } = await followerWaiting5s(t);
  const c = new ClassicClient(f.api, timeouts);
  await f.settle(c.join());
  const cJoin = c.join();
  t.is(await f.settle(bSync), code('REBALANCE_IN_PROGRESS'), 'a newcomer 5 s into the follower\'s session starts a rebalance');
  await f.clock.advance(2000);
  const d = await describe(f);
  t.true(d.members.some((m) => m.memberId === b.memberId), 'the follower is still a member 7 s after its SyncGroup, 2 s after the refusal');
  const [jb] = await f.settle(Promise.all([b.join(), a.join(), cJoin]));
  t.like(jb, { errorCode: 0, generationId: 2 });
});

test('within one generation no partition has two owners: classic members joining, leaving, crashing and restarting at random', async (t) => {
  const P = 6;
  for (let seed = 1; seed <= 3; seed++) {
    const f = await fixture();
    const random = new Random(`classic-fleet:${seed}`);
    const sleep = (ms: number) => new Promise<void>((resolve) => f.clock.setTimer(ms, resolve));
    /**
     * Every assignment handed out, by generation, to a member — a static member's instance id
     * (its restarted incarnation takes its place and its partitions, the old one fenced).
     */
    const handedOut = new Map<number, Array<{ memberId: string; partitions: number[] }>>();
    const stopped = new Set<ClassicClient>();
    const actor = async (client: ClassicClient) => {
      const reset = () => Object.assign(client, { memberId: '', generation: -1 });
      while (!stopped.has(client)) {
        const joined = await client.join();
        if (joined.errorCode === code('MEMBER_ID_REQUIRED')) continue;
        if (joined.errorCode !== 0) {
          if (joined.errorCode !== code('REBALANCE_IN_PROGRESS')) reset();
          await sleep(100);
          continue;
        }
        const synced = await client.sync(P);
        if (synced === 0) {
          const list = handedOut.get(client.generation) ?? [];
          list.push({ memberId: client.o.instanceId ?? client.memberId, partitions: client.assignment });
          handedOut.set(client.generation, list);
        } else {
          if (synced !== code('REBALANCE_IN_PROGRESS')) reset();
          continue;
        }
        for (;;) {
          await sleep(500 + random.int(1000));
          if (stopped.has(client)) return;
          const beat = await client.heartbeat();
          if (beat === 0) continue;
          if (beat !== code('REBALANCE_IN_PROGRESS')) reset();
          break;
        }
      }
    };
    const start = (instanceId: string | null) => {
      const client = new ClassicClient(f.api, { instanceId, sessionTimeoutMs: 3000, rebalanceTimeoutMs: 2000 });
      void actor(client);
      return client;
    };
    const live = [start(null), start('s-1'), start(null)];
    for (let event = 0; event < 25; event++) {
      await f.clock.advance(random.between(200, 2000));
      const roll = random.next();
      if (roll < 0.3 || live.length < 2) live.push(start(random.chance(0.4) ? `s-${random.int(3)}` : null));
      else {
        const victim = live.splice(random.int(live.length), 1)[0]!;
        stopped.add(victim);
        if (roll < 0.55) void victim.leave();
        else if (roll < 0.75 && victim.o.instanceId) live.push(start(victim.o.instanceId));
        // else: it crashed, its session will end
      }
    }
    for (const c of live) stopped.add(c);
    await f.clock.advance(10_000);
    t.true(handedOut.size > 3, `seed ${seed}: ${handedOut.size} generations`);
    for (const [generation, given] of handedOut) {
      const owners = new Map<number, string>();
      for (const { memberId, partitions } of given) {
        for (const p of partitions) {
          const other = owners.get(p);
          t.true(other === undefined || other === memberId, `seed ${seed}, generation ${generation}: partition ${p} given to ${other} and ${memberId}`);
          owners.set(p, memberId);
        }
      }
    }
  }
});
