import test from 'ava';
import fc from 'fast-check';
import { MemoryNetwork } from '../../../adapters/memory/index.js';
import { BROKER_API_NAMES } from '../../../engine/broker/api/codec.js';
import { GROUP_API_NAMES, GROUP_CODECS } from '../../../engine/broker/api/group-codec.js';
import { GROUP_API_MESSAGES } from '../../../engine/broker/api/group-messages.js';
import { logkeeper } from '../../../engine/broker/api/generated/groups.js';
import { BrokerApiClient, brokerMethod, serveBrokerApi, serveGroupApi, type BrokerApi, type GroupApi, type GroupApiName } from '../../../engine/broker/api/index.js';
import { RebalanceInProgressError } from '../../../engine/errors/index.js';
import { Router, RpcPeer } from '../../../engine/rpc/index.js';
import { SimulatedClock } from '../../../engine/time/index.js';
import { arbitraryOf, plain } from './arbitrary.js';
import { GROUP_SAMPLES } from './group-samples.js';
import { SAMPLES } from './samples.js';

const pb = logkeeper.groups;
const sides = ['request', 'response'] as const;
type Codec = { encode(v: unknown): Uint8Array; decode(b: Uint8Array): unknown };
const codecOf = (api: GroupApiName, side: (typeof sides)[number]) => GROUP_CODECS[api][side] as unknown as Codec;

test('every group API has a request and a response codec, in the order of GroupApi, and no name is a BrokerApi one', (t) => {
  t.deepEqual(GROUP_API_NAMES, Object.keys(GROUP_SAMPLES));
  t.deepEqual(Object.keys(GROUP_CODECS), Object.keys(GROUP_API_MESSAGES));
  t.deepEqual(GROUP_API_NAMES.filter((name) => (BROKER_API_NAMES as readonly string[]).includes(name)), []);
});

for (const api of GROUP_API_NAMES) {
  for (const side of sides) {
    test(`${api} ${side}: the written-out sample survives encode and decode exactly`, (t) => {
      const codec = codecOf(api, side);
      const sample = GROUP_SAMPLES[api][side];
      t.deepEqual(plain(codec.decode(codec.encode(sample))), plain(sample));
    });

    test(`${api} ${side}: generated values of every field round-trip`, (t) => {
      const codec = codecOf(api, side);
      fc.assert(
        fc.property(arbitraryOf(GROUP_API_MESSAGES[api][side]), (value) => {
          t.deepEqual(plain(codec.decode(codec.encode(value))), plain(value));
        }),
        { numRuns: 60 },
      );
    });
  }
}

test('nulls and empties stay apart: "unchanged" (null) vs none ([]) in a heartbeat, every offset (null) vs none ([])', (t) => {
  const { consumerGroupHeartbeat, offsetFetch } = GROUP_CODECS;
  const base = GROUP_SAMPLES.consumerGroupHeartbeat.request;
  const unchanged = consumerGroupHeartbeat.request.decode(consumerGroupHeartbeat.request.encode({ ...base, memberEpoch: 3, subscribedTopicNames: null, topicPartitions: null, serverAssignor: null }));
  t.like(unchanged, { subscribedTopicNames: null, topicPartitions: null, serverAssignor: null });
  const none = consumerGroupHeartbeat.request.decode(consumerGroupHeartbeat.request.encode({ ...base, subscribedTopicNames: [], topicPartitions: [] }));
  t.deepEqual([none.subscribedTopicNames, none.topicPartitions], [[], []]);
  const answer = consumerGroupHeartbeat.response;
  t.is(answer.decode(answer.encode({ ...GROUP_SAMPLES.consumerGroupHeartbeat.response, assignment: null })).assignment, null);
  t.deepEqual(answer.decode(answer.encode({ ...GROUP_SAMPLES.consumerGroupHeartbeat.response, assignment: { topicPartitions: [] } })).assignment, { topicPartitions: [] });
  const groups = offsetFetch.request.decode(offsetFetch.request.encode(GROUP_SAMPLES.offsetFetch.request)).groups;
  t.deepEqual(groups.map((g) => g.topics?.length ?? null), [null, 2, 0]);
  t.deepEqual(groups.map((g) => g.memberId), [null, 'm-1', '']);
});

test('bytes that hold no Kafka value are MALFORMED_FRAME: a fractional offset, an over-long group id', (t) => {
  const { offsetCommit, joinGroup } = GROUP_CODECS;
  const fractional = pb.OffsetCommitRequest.encode({ groupId: 'g', topics: [{ name: 'x', partitions: [{ committedOffset: 1.5 }] }] }).finish();
  t.throws(() => offsetCommit.request.decode(fractional), { code: 'MALFORMED_FRAME', message: /committedOffset/ } as never);
  t.throws(() => joinGroup.request.decode(pb.JoinGroupRequest.encode({ groupId: 'g'.repeat(40_000) }).finish()), { code: 'MALFORMED_FRAME' } as never);
  t.throws(() => joinGroup.request.encode({ ...GROUP_SAMPLES.joinGroup.request, sessionTimeoutMs: 1.5 }), { code: 'BAD_ARGUMENTS', message: /sessionTimeoutMs/ } as never);
});

test('garbage bytes decode as some group message or fail with MALFORMED_FRAME, never anything else', (t) => {
  const codecs = GROUP_API_NAMES.flatMap((api) => sides.map((side) => codecOf(api, side)));
  const valid = GROUP_API_NAMES.flatMap((api) => sides.map((side) => codecOf(api, side).encode(GROUP_SAMPLES[api][side])));
  const outcomes = new Set<string>();
  const decodeAll = (bytes: Uint8Array) => {
    for (const codec of codecs) {
      try {
        codec.decode(bytes);
        outcomes.add('decoded');
      } catch (error) {
        const code = (error as { code?: string }).code;
        outcomes.add(code ?? 'untyped');
        if (code !== 'MALFORMED_FRAME') throw error;
      }
    }
  };
  fc.assert(fc.property(fc.uint8Array({ maxLength: 96 }), decodeAll), { numRuns: 200 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: valid.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat(), (which, flips, cut) => {
      const bytes = Uint8Array.from(valid[which]!);
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      decodeAll(bytes);
      decodeAll(bytes.subarray(0, cut % (bytes.length + 1)));
    }),
    { numRuns: 200 },
  );
  t.true(outcomes.has('MALFORMED_FRAME'));
  t.deepEqual([...outcomes].filter((o) => o !== 'decoded' && o !== 'MALFORMED_FRAME'), []);
});

/** A server of both APIs on one router, answering samples, and a client of it. */
async function connectBoth(groups: Partial<GroupApi> = {}) {
  const calls: Array<[string, unknown]> = [];
  const answer = (table: Record<string, { response: unknown }>) => (name: string) => async (request: unknown) => {
    calls.push([name, request]);
    return table[name]!.response;
  };
  const router = new Router();
  serveBrokerApi(router, Object.fromEntries(BROKER_API_NAMES.map((n) => [n, answer(SAMPLES)(n)])) as unknown as BrokerApi);
  serveGroupApi(router, { ...Object.fromEntries(GROUP_API_NAMES.map((n) => [n, answer(GROUP_SAMPLES)(n)])), ...groups } as unknown as GroupApi);
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  await network.transport('broker').listen('broker', (c) => new RpcPeer(c, { clock, router }));
  const settle = <T>(p: Promise<T>) => clock.runUntilSettled(p, 60_000);
  const peer = new RpcPeer(await settle(network.transport('client').connect('broker')), { clock });
  return { client: new BrokerApiClient(peer), peer, settle, calls };
}

test('every group API goes over RPC as broker.<name> beside the BrokerApi, on one router and one client', async (t) => {
  const { client, settle, calls } = await connectBoth();
  for (const name of GROUP_API_NAMES) {
    const answer = await settle(client.call(name, GROUP_SAMPLES[name].request as never));
    t.deepEqual(plain(answer), plain(GROUP_SAMPLES[name].response), name);
    t.deepEqual(plain(calls.at(-1)), plain([name, GROUP_SAMPLES[name].request]), name);
  }
  t.deepEqual(plain(await settle(client.call('describeCluster', {}))), plain(SAMPLES.describeCluster.response));
});

test("a group API's typed error reaches the caller as its class; garbage is MALFORMED_FRAME and the API is not called", async (t) => {
  const { client, peer, settle, calls } = await connectBoth({
    heartbeat: async () => {
      throw new RebalanceInProgressError('rebalancing');
    },
  });
  const error = await settle(client.call('heartbeat', GROUP_SAMPLES.heartbeat.request)).catch((e: unknown) => e);
  t.true(error instanceof RebalanceInProgressError);
  for (const name of GROUP_API_NAMES) {
    const failed = await settle(peer.request(brokerMethod(name), Uint8Array.of(0x0f), { timeoutMs: 1000 })).catch((e: { code: string }) => e.code);
    t.is(failed, 'MALFORMED_FRAME', name);
  }
  t.is(calls.length, 0);
});
