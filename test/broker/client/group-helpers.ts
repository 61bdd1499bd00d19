import type { ExecutionContext } from 'ava';
import { createBrokerClient, type Consumer, type ConsumerMessage, type ConsumerOptions } from '../../../engine/broker/client/index.js';
import { setup, str } from './helpers.js';

/*
 * Consumer groups against the fake cluster (fake-broker.ts, whose brokers serve the fake
 * coordinator of fake-groups/) over the memory network, on simulated time. Each consumer has
 * a client of its own on its own network node (so a test can crash it); `track` records what
 * each consumer processed; `owners` maps every partition to the consumers that own it.
 */

export const FAST = { sessionTimeout: 6000, heartbeatInterval: 500, rebalanceTimeout: 5000, maxWaitTimeInMs: 100 } as const;

export async function groupSetup(t: ExecutionContext, { partitions = 6, topic = 't' } = {}) {
  const env = await setup(t);
  const { clock, network, fake, settle } = env;
  fake.groups.settings = { sessionTimeoutMs: 6000, heartbeatIntervalMs: 500 };
  fake.createTopic(topic, partitions);
  const producer = env.client.producer();
  await settle(producer.connect());
  let nodes = 0;

  const consumer = (options: ConsumerOptions, node = `app-${++nodes}`): Consumer => {
    const client = createBrokerClient({
      brokers: ['broker-1'],
      transport: network.transport(node),
      clock,
      random: `${t.title}:${node}`,
      requestTimeoutMs: 5000,
      retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 1000 },
    });
    t.teardown(() => settle(client.close(), 600_000).catch(() => {}));
    return client.consumer({ ...FAST, ...options });
  };

  /** `n` records on each of `partitions` (or the given ones): key `p-i`, value `v<p>-<i>` from `from`. */
  const produce = async (n: number, which: number[] = Array.from({ length: partitions }, (_, p) => p), from = 0, name = topic) => {
    for (const p of which) {
      const messages = Array.from({ length: n }, (_, i) => ({ key: `${p}-${from + i}`, value: `v${p}-${from + i}`, partition: p }));
      await settle(producer.send({ topic: name, messages }));
    }
  };

  /** Starts `c` (connect, subscribe fromBeginning, run) recording each message it processes. */
  const start = async (c: Consumer, seen: ConsumerMessage[] = [], topics: Array<string | RegExp> = [topic]) => {
    await settle(c.connect());
    await settle(c.subscribe({ topics, fromBeginning: true }));
    await settle(c.run({ eachMessage: async ({ message }) => void seen.push(message) }));
    return seen;
  };

  /** Runs the clock until `condition` holds (at most `limitMs` of virtual time). */
  const until = (condition: () => boolean, limitMs = 60_000) => clock.runUntilTrue(condition, limitMs);

  return { ...env, producer, consumer, produce, start, until };
}

/** Which consumers own each partition of `topic` (index in `consumers`). */
export function owners(consumers: Consumer[], partitions: number, topic = 't'): number[][] {
  return Array.from({ length: partitions }, (_, p) => consumers.flatMap((c, i) => (c.assignment().some((tp) => tp.topic === topic && tp.partition === p) ? [i] : [])));
}

/** Every partition has exactly one owner among `consumers`. */
export const oneOwnerEach = (consumers: Consumer[], partitions: number, topic = 't') => owners(consumers, partitions, topic).every((o) => o.length === 1);

/** The distinct `key`s seen (as `p-i` strings). */
export const keys = (seen: ConsumerMessage[]) => new Set(seen.map((m) => str(m.key)!));
