import type { ExecutionContext } from 'ava';
import type { Consumer, ConsumerOptions } from '../../../engine/broker/client/index.js';
import { str } from './helpers.js';

/*
 * Consumer-group scenarios, written against what a client can observe (assignments, the
 * messages processed, the consumer's events, offsets through admin), so that the same
 * scenario runs against the fake coordinator (group-rebalance.test.ts) and against real
 * brokers in the in-process cluster (test/broker/groups-end-to-end.test.ts).
 *
 * The checks: after each change every partition has exactly one owner; no produced record is
 * skipped (each key is processed by some member); every commit covers only offsets some
 * member had processed when the commit was answered, and carries a generation or member epoch.
 */

export interface GroupEnv {
  partitions: number;
  now(): number;
  settle<T>(promise: Promise<T>, limitMs?: number): Promise<T>;
  /** Runs time until `condition` holds (bounded). */
  until(condition: () => boolean, limitMs?: number): Promise<void>;
  /** Lets time pass. */
  advance(ms: number): Promise<void>;
  /** Resolves after `ms` of the clock (for handlers; it does not move the clock). */
  wait(ms: number): Promise<void>;
  /** A consumer of topic 't' with a client of its own on network node `node`. */
  consumer(options: ConsumerOptions, node?: string): Consumer;
  /** `n` records on each partition: key `p-i`, for i from `from`. */
  produce(n: number, from: number): Promise<void>;
  crash(node: string): void;
  /** The group's committed offset of partition `p` of 't' (-1: none). */
  committed(groupId: string, p: number): Promise<number>;
}

export interface Processed {
  member: number;
  key: string;
  partition: number;
  offset: number;
  at: number;
}

/** Members of one group, each recording what it processed and checking its commits. */
export class Members {
  readonly list: Consumer[] = [];
  readonly processed: Processed[] = [];
  readonly commitProblems: string[] = [];
  readonly #t: ExecutionContext;
  readonly #env: GroupEnv;
  readonly #options: ConsumerOptions;

  constructor(t: ExecutionContext, env: GroupEnv, options: ConsumerOptions) {
    this.#t = t;
    this.#env = env;
    this.#options = options;
  }

  /** Starts a member (slow: its handler takes `delayMs` per message), on node `node`. */
  async join(node?: string, extra: Partial<ConsumerOptions> = {}, delayMs = 0): Promise<Consumer> {
    const env = this.#env;
    const c = env.consumer({ ...this.#options, ...extra }, node);
    const index = this.list.length;
    c.on(c.events.COMMIT_OFFSETS, ({ payload }) => {
      if (payload.groupGenerationId < 0 || payload.memberId === '') this.commitProblems.push(`a commit without a generation: ${JSON.stringify(payload)}`);
      for (const { partitions } of payload.topics) {
        for (const { partition, offset } of partitions) {
          const done = new Set(this.processed.filter((p) => p.partition === partition).map((p) => p.offset));
          for (let o = 0; o < offset; o++) if (!done.has(o)) this.commitProblems.push(`commit of ${partition}@${offset} before ${o} was processed`);
        }
      }
    });
    await env.settle(c.connect());
    await env.settle(c.subscribe({ topics: ['t'], fromBeginning: true }));
    await env.settle(
      c.run({
        eachMessage: async ({ partition, message }) => {
          if (delayMs > 0) await env.wait(delayMs);
          this.processed.push({ member: index, key: str(message.key)!, partition, offset: message.offset, at: env.now() });
        },
      }),
    );
    this.list.push(c);
    return c;
  }

  /** Each partition's owners among `members` (default: all). */
  owners(members: Consumer[] = this.list): number[][] {
    return Array.from({ length: this.#env.partitions }, (_, p) => members.flatMap((c, i) => (c.assignment().some((tp) => tp.partition === p) ? [i] : [])));
  }

  oneOwnerEach(members: Consumer[] = this.list): boolean {
    return this.owners(members).every((o) => o.length === 1);
  }

  /** Every member in `members` owns between floor and ceil of its share. */
  balanced(members: Consumer[] = this.list): boolean {
    const share = this.#env.partitions / members.length;
    return members.every((c) => c.assignment().length >= Math.floor(share) && c.assignment().length <= Math.ceil(share));
  }

  keys(): Set<string> {
    return new Set(this.processed.map((p) => p.key));
  }

  /** No commit covered an unprocessed offset, none lacked a generation. */
  checkCommits(): void {
    this.#t.deepEqual(this.commitProblems, []);
  }
}

export interface ProtocolCase {
  name: string;
  options: Partial<ConsumerOptions>;
  incremental: boolean;
}

export const PROTOCOLS: ProtocolCase[] = [
  { name: 'consumer', options: { groupProtocol: 'consumer' }, incremental: true },
  { name: 'classic range', options: { groupProtocol: 'classic', partitionAssigners: ['range'] }, incremental: false },
  { name: 'classic roundrobin', options: { groupProtocol: 'classic', partitionAssigners: ['roundrobin'] }, incremental: false },
  { name: 'classic cooperative-sticky', options: { groupProtocol: 'classic', partitionAssigners: ['cooperative-sticky'] }, incremental: true },
];

/** 1 → 3 members joining, then leaving cleanly (records produced between changes). */
export async function joinAndLeave(t: ExecutionContext, env: GroupEnv, options: Partial<ConsumerOptions>): Promise<void> {
  const group = new Members(t, env, { groupId: 'g', ...options });
  const n = env.partitions;
  let batch = 0;
  const settled = async () => {
    await env.produce(2, 2 * batch++);
    await env.until(() => group.oneOwnerEach() && group.balanced() && group.keys().size === 2 * n * batch);
    t.true(group.oneOwnerEach(), JSON.stringify(group.owners()));
  };
  for (let i = 0; i < 3; i++) {
    await group.join();
    await settled();
  }
  const members = group.list;
  while (members.length > 1) {
    await env.settle(members.shift()!.disconnect());
    await settled();
  }
  t.is(members[0]!.assignment().length, n);
  group.checkCommits();
}

/** A member's node crashes: it is expired and the others take its partitions from the last commit. */
export async function crash(t: ExecutionContext, env: GroupEnv, options: Partial<ConsumerOptions>): Promise<void> {
  const group = new Members(t, env, { groupId: 'g', ...options });
  await env.produce(3, 0);
  for (let i = 0; i < 3; i++) await group.join(`member-node-${i}`);
  await env.until(() => group.oneOwnerEach() && group.balanced() && group.keys().size === 3 * env.partitions);
  const lost = group.list[2]!.assignment().map((tp) => tp.partition);
  env.crash('member-node-2');
  await env.produce(2, 3);
  const alive = group.list.slice(0, 2);
  await env.until(() => group.oneOwnerEach(alive) && group.balanced(alive) && group.keys().size === 5 * env.partitions, 180_000);
  t.true(lost.every((p) => alive.some((c) => c.assignment().some((tp) => tp.partition === p))));
  group.checkCommits();
}

/**
 * A third member joins while two work through a backlog slowly. Incremental protocols keep
 * consuming the partitions that do not move; an eager one gives everything up.
 */
export async function joinDuringWork(t: ExecutionContext, env: GroupEnv, options: Partial<ConsumerOptions>, incremental: boolean): Promise<void> {
  const group = new Members(t, env, { groupId: 'g', ...options });
  await env.produce(300, 0);
  const a = await group.join(undefined, {}, 20);
  const b = await group.join(undefined, {}, 20);
  await env.until(() => group.oneOwnerEach([a, b]) && group.balanced([a, b]));
  await env.advance(2000);
  const before = a.assignment().map((tp) => tp.partition);
  const joinedAt = env.now();
  const c = await group.join(undefined, {}, 20);
  let gap = false;
  await env.until(() => {
    if (before.some((p) => !a.assignment().some((tp) => tp.partition === p)) && a.assignment().length < before.length - 1) gap = true;
    return group.oneOwnerEach() && group.balanced() && c.assignment().length > 0;
  });
  // A rebalance may take only tens of milliseconds (the coordinator's notices): the work is
  // counted over at least 500 ms from the join, which the rebalance is part of.
  const settledAt = env.now();
  const until = Math.max(settledAt, joinedAt + 500);
  await env.until(() => env.now() >= until);
  const kept = a.assignment().map((tp) => tp.partition).filter((p) => before.includes(p));
  const during = group.processed.filter((m) => m.member === 0 && m.at > joinedAt && m.at < until && kept.includes(m.partition)).length;
  if (incremental) {
    t.false(gap, 'A never gave up the partitions it keeps');
    t.true(during >= 5, `A processed ${during} messages of its kept partitions from the join on (the rebalance took ${settledAt - joinedAt} ms)`);
  } else {
    t.true(gap, 'an eager member gives everything up');
  }
  group.checkCommits();
}

/** Three static members restarted one after the other: the others see no rebalance, each gets its partitions back. */
export async function rollingRestart(t: ExecutionContext, env: GroupEnv, options: Partial<ConsumerOptions>): Promise<void> {
  const group = new Members(t, env, { groupId: 'g', ...options });
  await env.produce(2, 0);
  for (let i = 0; i < 3; i++) await group.join(`static-${i}-0`, { groupInstanceId: `instance-${i}` });
  await env.until(() => group.oneOwnerEach() && group.balanced() && group.keys().size === 2 * env.partitions);
  const assigned = group.list.map((c) => c.assignment().map((tp) => tp.partition).sort());
  for (let i = 0; i < 3; i++) {
    const others = group.list.filter((_, j) => j !== i);
    const rebalancing: string[] = [];
    const off = others.map((c) => c.on(c.events.REBALANCING, (e) => rebalancing.push(e.payload.reason)));
    await env.settle(group.list[i]!.disconnect());
    const restarted = await group.join(`static-${i}-1`, { groupInstanceId: `instance-${i}` });
    group.list.splice(i, 1, group.list.pop()!);
    await env.until(() => group.oneOwnerEach() && restarted.assignment().length === assigned[i]!.length);
    await env.advance(2000);
    for (const stop of off) stop();
    t.deepEqual(restarted.assignment().map((tp) => tp.partition).sort(), assigned[i], `instance-${i} has its partitions back`);
    t.deepEqual(rebalancing, [], `the others saw no rebalance while instance-${i} restarted`);
    t.deepEqual(others.map((c) => c.assignment().map((tp) => tp.partition).sort()), assigned.filter((_, j) => j !== i));
  }
  await env.produce(1, 2);
  await env.until(() => group.keys().size === 3 * env.partitions);
  group.checkCommits();
}

/** Two groups on one topic: each reads everything and keeps its own offsets. */
export async function twoGroups(t: ExecutionContext, env: GroupEnv): Promise<void> {
  const a = new Members(t, env, { groupId: 'a' });
  const b = new Members(t, env, { groupId: 'b', groupProtocol: 'classic' });
  await env.produce(2, 0);
  await a.join();
  await a.join();
  await b.join();
  const n = env.partitions;
  await env.until(() => a.keys().size === 2 * n && b.keys().size === 2 * n && a.oneOwnerEach() && a.balanced() && b.oneOwnerEach());
  await env.settle(b.list[0]!.disconnect());
  await env.produce(1, 2);
  await env.until(() => a.keys().size === 3 * n);
  await env.advance(1000);
  t.is(b.keys().size, 2 * n);
  t.is(await env.committed('b', 0), 2, 'group b’s offsets stay where b left them');
  await env.until(() => a.list.every((c) => c.assignment().length === n / 2));
  a.checkCommits();
}
