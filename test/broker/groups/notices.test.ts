import test from 'ava';
import { kafkaCodeOf } from '../../../engine/errors/index.js';
import type { GroupApi } from '../../../engine/broker/api/group-types.js';
import type { GroupHandlers } from '../../../engine/broker/groups/handlers.js';
import type { NoticeChannel } from '../../../engine/broker/groups/notify.js';
import { ClassicClient } from './classic-client.js';
import { ConsumerClient } from './consumer-client.js';
import { fixture } from './helpers.js';

/*
 * "Heartbeat now" notices (groups/notify.ts): a member whose requests name a channel is told
 * there when its next heartbeat would be answered differently — and only then, once, after
 * the writes are committed. A member without a channel (a Kafka client) hears nothing.
 */

/** A member's channel: the notices it was sent, with when. */
class Inbox implements NoticeChannel {
  readonly got: Array<{ groupId: string; memberId: string; at: number }> = [];
  constructor(readonly now: () => number) {}
  send(groupId: string, memberId: string): void {
    this.got.push({ groupId, memberId, at: this.now() });
  }
  take(): number {
    const n = this.got.length;
    this.got.length = 0;
    return n;
  }
}

/** `api` as a member reached on `inbox` sees it: its group requests name the channel. */
function through(api: GroupApi, inbox: Inbox): GroupApi {
  const h = api as GroupHandlers;
  return Object.assign(Object.create(api) as GroupApi, {
    consumerGroupHeartbeat: (r: Parameters<GroupApi['consumerGroupHeartbeat']>[0]) => h.consumerGroupHeartbeat(r, inbox),
    heartbeat: (r: Parameters<GroupApi['heartbeat']>[0]) => h.heartbeat(r, inbox),
    joinGroup: (r: Parameters<GroupApi['joinGroup']>[0]) => h.joinGroup(r, inbox),
    syncGroup: (r: Parameters<GroupApi['syncGroup']>[0]) => h.syncGroup(r, inbox),
  });
}

test('KIP-848: a join tells the owner to revoke, the revocation tells the newcomer its partitions are free', async (t) => {
  const f = await fixture();
  f.topics.add('t', 4);
  const now = () => f.clock.now();
  const [ia, ib] = [new Inbox(now), new Inbox(now)];
  const a = new ConsumerClient(through(f.api, ia), { instantRevoke: false });
  const b = new ConsumerClient(through(f.api, ib), { instantRevoke: false });
  await f.settle(a.heartbeat());
  t.is(ia.take(), 0, 'a alone: nothing to tell it');
  await f.settle(b.heartbeat());
  t.is(b.count(), 0, 'b waits for a');
  t.deepEqual(ia.got.map((n) => n.memberId), [a.memberId], 'a is told: the new target takes partitions from it');
  t.is(ib.take(), 0, 'b heard its answer');
  ia.take();
  await f.settle(a.heartbeat()); // told to revoke two
  t.is(ib.take(), 0, 'nothing is free yet');
  await f.settle(b.heartbeat());
  t.is(ia.take() + ib.take(), 0, 'nothing new: nobody is told again');
  a.revoke();
  await f.settle(a.heartbeat()); // a acknowledges: two partitions are free
  t.deepEqual(ib.got.map((n) => n.memberId), [b.memberId], 'b is told its partitions are free');
  t.is(ia.take(), 0);
  ib.take();
  await f.settle(b.heartbeat());
  t.is(b.count(), 2);
  await f.settle(Promise.all([a.heartbeat(), b.heartbeat()]));
  t.is(ia.take() + ib.take(), 0, 'a settled group tells nobody anything');
});

test('KIP-848: a member is told of a step once, however often the group changes around it before it heartbeats', async (t) => {
  const f = await fixture();
  f.topics.add('t', 6);
  const now = () => f.clock.now();
  const [ia, ib] = [new Inbox(now), new Inbox(now)];
  const a = new ConsumerClient(through(f.api, ia));
  const b = new ConsumerClient(through(f.api, ib));
  await f.settle(a.heartbeat());
  await f.settle(b.heartbeat());
  await f.settle(a.heartbeat());
  await f.settle(a.heartbeat());
  await f.settle(b.heartbeat());
  t.is(a.count() + b.count(), 6);
  ia.take();
  ib.take();
  const c = new ConsumerClient(f.api);
  await f.settle(c.heartbeat()); // a and b must each give c a partition
  t.is(ia.take(), 1);
  t.is(ib.take(), 1);
  await f.settle(a.heartbeat()); // a is asked to revoke, revokes (instantly), and says so: group records change
  await f.settle(a.heartbeat());
  t.is(ib.take(), 0, 'b owes the same revocation as before: not told again');
});

test('KIP-848: a notice leaves once the write it tells of is committed', async (t) => {
  const f = await fixture();
  f.topics.add('t', 4);
  const ia = new Inbox(() => f.clock.now());
  const a = new ConsumerClient(through(f.api, ia));
  await f.settle(a.heartbeat());
  f.log.commitDelayMs = 50;
  const start = f.clock.now();
  await f.settle(new ConsumerClient(f.api).heartbeat());
  t.is(ia.got.length, 1);
  t.true(ia.got[0]!.at >= start + 50, `sent at +${ia.got[0]!.at - start} ms`);
});

test('KIP-848: when a member\'s session expires, the others are told at once (the session timer fires on time)', async (t) => {
  const f = await fixture({ groupConsumerSessionTimeoutMs: 3000 });
  f.topics.add('t', 4);
  const ia = new Inbox(() => f.clock.now());
  const a = new ConsumerClient(through(f.api, ia));
  const b = new ConsumerClient(f.api);
  for (let i = 0; i < 3; i++) await f.settle(Promise.all([a.heartbeat(), b.heartbeat()]));
  t.is(a.count(), 2);
  ia.take();
  const lastB = f.clock.now();
  // a keeps heartbeating; b stops.
  for (let elapsed = 0; elapsed < 2500; elapsed += 500) {
    await f.clock.advance(500);
    await f.settle(a.heartbeat());
  }
  t.is(ia.take(), 0, 'b still counts');
  await f.clock.advance(lastB + 3000 - f.clock.now() + 5); // just past b's session (and the 1 ms write)
  t.is(ia.got.length, 1, 'a is told the moment b is removed');
  t.true(ia.got[0]!.at - lastB <= 3000 + 5, `told ${ia.got[0]!.at - lastB} ms after b's last heartbeat`);
  await f.settle(a.heartbeat());
  t.is(a.count(), 4);
});

test('classic: a rebalance tells the members that have not rejoined yet, once per rebalance', async (t) => {
  const f = await fixture();
  f.topics.add('t', 6);
  const now = () => f.clock.now();
  const [ia, ib] = [new Inbox(now), new Inbox(now)];
  const a = new ClassicClient(through(f.api, ia));
  const b = new ClassicClient(through(f.api, ib));
  await f.settle(a.join()); // MEMBER_ID_REQUIRED
  await f.settle(a.join());
  await f.settle(a.sync());
  t.is(await f.settle(a.heartbeat()), 0);
  ia.take();
  await f.settle(b.join()); // MEMBER_ID_REQUIRED
  const bJoin = b.join(); // the group rebalances: a must rejoin
  await f.clock.advance(5);
  t.deepEqual(ia.got.map((n) => n.memberId), [a.memberId], 'a is told');
  t.is(ib.take(), 0, 'b is joining: nothing to tell it');
  ia.take();
  t.is(await f.settle(a.heartbeat()), kafkaCodeOf('REBALANCE_IN_PROGRESS'));
  t.is(ia.take(), 0, 'told once per rebalance');
  await f.settle(Promise.all([a.join(), bJoin]));
  await f.settle(Promise.all([a.sync(), b.sync()]));
  t.is(ia.take() + ib.take(), 0);
});

test('a member whose requests name no channel (a Kafka client) is told nothing, and learns at its heartbeats as in Kafka', async (t) => {
  const f = await fixture();
  f.topics.add('t', 4);
  const ib = new Inbox(() => f.clock.now());
  const a = new ConsumerClient(f.api);
  const b = new ConsumerClient(through(f.api, ib));
  await f.settle(a.heartbeat());
  await f.settle(b.heartbeat());
  t.is(ib.take(), 0, 'a is owed a notice but has no channel; b heard its answer');
  await f.settle(a.heartbeat()); // a learns of its revocation at its heartbeat, and revokes
  t.is(ib.take(), 0, 'a has not said it revoked yet');
  await f.settle(a.heartbeat()); // and says so at its next
  t.is(ib.take(), 1, 'b has a channel: told its partitions are free');
  await f.settle(b.heartbeat());
  await f.settle(a.heartbeat());
  t.is(a.count() + b.count(), 4);
});
