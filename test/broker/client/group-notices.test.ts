import test, { type ExecutionContext } from 'ava';
import { createBrokerClient, type Consumer, type ConsumerOptions } from '../../../engine/broker/client/index.js';
import { GROUP_NOTICE } from '../../../engine/broker/api/group-notice.js';
import { decodeEnvelope, EnvelopeKind } from '../../../transports/envelope.js';
import type { Connection, Transport } from '../../../transports/transport.js';
import { brokerCluster } from '../harness.js';
import { oneOwnerEach } from './group-helpers.js';

/*
 * The coordinator's "heartbeat now" notices end to end (groups/notify.ts, and the consumer's
 * `heartbeatNow`): with heartbeat intervals of 30 s, a join rebalances in far less because
 * the members act on the notices; a member whose notices are lost (a transport that drops
 * them) still gets there, at its heartbeat interval — a notice is only a hint.
 */

const INTERVAL_MS = 30_000;
/** Far below the heartbeat interval: only notices make a rebalance this quick. */
const QUICK_MS = 5_000;

/** `target` with `overrides`; its other members are its own (bound to it: they may use private fields). */
function patched<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(t, key) {
      if (key in overrides) return overrides[key as keyof T];
      const value = Reflect.get(t, key, t) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

/** `transport` with the group notices coming to the client dropped. */
function deaf(transport: Transport): Transport {
  const connect = transport.connect.bind(transport);
  return patched(transport, {
    async connect(address, options) {
      const connection = await connect(address, options);
      const onFrame = connection.onFrame.bind(connection);
      return patched<Connection>(connection, {
        onFrame(handler) {
          onFrame((frame) => {
            try {
              const e = decodeEnvelope(frame);
              if (e.kind === EnvelopeKind.NOTICE && e.method === GROUP_NOTICE) return;
            } catch {
              // not one whole envelope: not a notice
            }
            handler(frame);
          });
        },
      });
    },
  });
}

async function cluster(t: ExecutionContext) {
  const c = await brokerCluster(t, {
    broker: { offsetsTopicPartitions: 1, groupConsumerHeartbeatIntervalMs: INTERVAL_MS, groupConsumerSessionTimeoutMs: 4 * INTERVAL_MS, groupInitialRebalanceDelayMs: 0, groupMinSessionTimeoutMs: 1000 },
  });
  await c.ready();
  const brokers = c.ids.map((id) => `mem://${id}`);
  const client = (node: string, hearsNotices: boolean) => {
    const transport = c.network.transport(node);
    const made = createBrokerClient({ brokers, transport: hearsNotices ? transport : deaf(transport), clock: c.clock, random: `${t.title}:${node}`, requestTimeoutMs: 5000, retry: { retries: 5, initialRetryTimeMs: 50, maxRetryTimeMs: 1000 } });
    t.teardown(() => c.settle(made.close(), 600_000).catch(() => {}));
    return made;
  };
  const admin = client('tools', true).admin();
  await c.settle(admin.connect());
  await c.settle(admin.createTopics({ topics: [{ topic: 't', numPartitions: 6, replicationFactor: 3 }] }));
  let nodes = 0;
  const member = async (options: ConsumerOptions, hearsNotices: boolean): Promise<Consumer> => {
    const consumer = client(`app-${++nodes}`, hearsNotices).consumer({ sessionTimeout: 4 * INTERVAL_MS, heartbeatInterval: INTERVAL_MS, rebalanceTimeout: 2 * INTERVAL_MS, maxWaitTimeInMs: 100, ...options });
    await c.settle(consumer.connect());
    await c.settle(consumer.subscribe({ topics: ['t'] }));
    await c.settle(consumer.run({ eachMessage: async () => {} }));
    return consumer;
  };
  const balanced = (members: Consumer[]) => oneOwnerEach(members, 6) && members.every((m) => m.assignment().length === 6 / members.length);
  return { c, member, balanced };
}

const CASES: Array<[string, ConsumerOptions]> = [
  ['consumer', { groupId: 'g', groupProtocol: 'consumer' }],
  ['classic cooperative-sticky', { groupId: 'g', groupProtocol: 'classic', partitionAssigners: ['cooperative-sticky'] }],
];

for (const [name, options] of CASES) {
  test(`${name}: a join rebalances on the coordinator's notices, well within one heartbeat interval`, async (t) => {
    const { c, member, balanced } = await cluster(t);
    const a = await member(options, true);
    await c.clock.runUntilTrue(() => balanced([a]), 4 * INTERVAL_MS);
    await c.clock.advance(1000);
    const b = await member(options, true);
    await c.clock.runUntilTrue(() => balanced([a, b]), QUICK_MS);
    t.pass();
  });

  test(`${name}: a member whose notices are lost still rebalances, at its heartbeat interval`, async (t) => {
    const { c, member, balanced } = await cluster(t);
    const a = await member(options, false);
    await c.clock.runUntilTrue(() => balanced([a]), 4 * INTERVAL_MS);
    await c.clock.advance(1000);
    const b = await member(options, false);
    await t.throwsAsync(c.clock.runUntilTrue(() => balanced([a, b]), QUICK_MS), undefined, 'without its notices, a waits for its interval');
    await c.clock.runUntilTrue(() => balanced([a, b]), 4 * INTERVAL_MS);
  });
}
