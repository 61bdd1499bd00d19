import test from 'ava';
import fc from 'fast-check';
import { MemoryNetwork } from '../../../adapters/memory/index.js';
import { SimulatedClock } from '../../../engine/time/index.js';
import { RpcPeer, Router } from '../../../engine/rpc/index.js';
import { NotControllerError } from '../../../engine/errors/index.js';
import { BROKER_API_NAMES, BrokerApiClient, brokerMethod, serveBrokerApi, type BrokerApi, type BrokerApiName } from '../../../engine/broker/api/index.js';
import { plain } from './arbitrary.js';
import { SAMPLES } from './samples.js';

/** A broker serving `api` (or a raw router) and a client's RpcPeer to it, on simulated time. */
async function connect(router: Router) {
  const clock = new SimulatedClock();
  const network = new MemoryNetwork({ clock, link: { latencyMs: 1 } });
  await network.transport('broker').listen('broker', (c) => new RpcPeer(c, { clock, router }));
  const settle = <T>(p: Promise<T>) => clock.runUntilSettled(p, 60_000);
  const peer = new RpcPeer(await settle(network.transport('client').connect('broker')), { clock });
  return { peer, client: new BrokerApiClient(peer), settle };
}

/** An API that answers every call with its sample answer and remembers the requests. */
function sampleApi(calls: Array<[BrokerApiName, unknown]>): BrokerApi {
  return Object.fromEntries(
    BROKER_API_NAMES.map((name) => [
      name,
      async (request: unknown) => {
        calls.push([name, request]);
        return SAMPLES[name].response;
      },
    ]),
  ) as unknown as BrokerApi;
}

test('every API goes over RPC as broker.<name>: the server decodes, calls, encodes; the client gets the answer', async (t) => {
  const calls: Array<[BrokerApiName, unknown]> = [];
  const router = new Router();
  serveBrokerApi(router, sampleApi(calls));
  for (const name of BROKER_API_NAMES) t.truthy(router.requestHandler(brokerMethod(name)), name);
  const { client, settle } = await connect(router);
  for (const name of BROKER_API_NAMES) {
    const answer = await settle(client.call(name, SAMPLES[name].request as never));
    t.deepEqual(plain(answer), plain(SAMPLES[name].response), name);
    t.deepEqual(plain(calls.at(-1)), plain([name, SAMPLES[name].request]), name);
  }
});

test("an API's typed error reaches the caller as the same class", async (t) => {
  const router = new Router();
  serveBrokerApi(router, {
    ...sampleApi([]),
    createTopics: async () => {
      throw new NotControllerError('broker 2 is the controller');
    },
  });
  const { client, settle } = await connect(router);
  const error = await settle(client.call('createTopics', SAMPLES.createTopics.request)).catch((e: unknown) => e);
  t.true(error instanceof NotControllerError);
  t.like(error, { code: 'NOT_CONTROLLER', retriable: true, message: 'broker 2 is the controller' });
});

test('garbage to every broker method is MALFORMED_FRAME, the API is not called, and the server serves on', async (t) => {
  const calls: Array<[BrokerApiName, unknown]> = [];
  const router = new Router();
  serveBrokerApi(router, sampleApi(calls));
  const { peer, client, settle } = await connect(router);
  const codes = new Set<string>();
  // Payloads that cannot be a message of any API: a field tag of wire type 7, a length past the end.
  const broken = [Uint8Array.of(0x0f), Uint8Array.of(0x0a, 0x05, 0x01), Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)];
  for (const name of BROKER_API_NAMES) {
    for (const bytes of broken) {
      const error = await settle(peer.request(brokerMethod(name), bytes, { timeoutMs: 1000 })).catch((e: unknown) => e);
      codes.add((error as { code: string }).code);
    }
  }
  t.deepEqual([...codes], ['MALFORMED_FRAME']);
  t.is(calls.length, 0);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...BROKER_API_NAMES), fc.uint8Array({ maxLength: 64 }), async (name, bytes) => {
      await settle(peer.request(brokerMethod(name), bytes, { timeoutMs: 1000 })).catch((e: { code: string }) => codes.add(e.code));
    }),
    { numRuns: 150 },
  );
  t.deepEqual([...codes], ['MALFORMED_FRAME'], 'what did not decode was refused; the rest was served');
  t.deepEqual(plain(await settle(client.call('describeCluster', {}))), plain(SAMPLES.describeCluster.response));
});

test('an answer that is not the message is MALFORMED_FRAME at the caller; a request that is not one is BAD_ARGUMENTS before sending', async (t) => {
  const router = new Router().handle(brokerMethod('metadata'), () => Uint8Array.of(0x0a, 0x7f));
  const { client, settle } = await connect(router);
  await t.throwsAsync(settle(client.call('metadata', { topics: null, allowAutoTopicCreation: false })), { code: 'MALFORMED_FRAME' });
  await t.throwsAsync(settle(client.call('metadata', { topics: [7 as never], allowAutoTopicCreation: false })), { code: 'BAD_ARGUMENTS', message: /topics\[0\]/ });
  t.is(client.peer.inFlight, 0);
});
