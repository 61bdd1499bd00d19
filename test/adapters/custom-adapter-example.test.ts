import test from 'ava';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { conformance } from '../../conformance/index.js';
import { closeOf, hasCode, nextFrames, within } from '../../conformance/helpers.js';
import adapter from '../../examples/custom-adapter/conformance.js';
import { PortTransport } from '../../examples/custom-adapter/port-transport.js';
import { Switchboard } from '../../examples/custom-adapter/switchboard.js';

// The worked example of docs/adapters.md, an adapter over worker_threads MessagePorts written
// from scratch against the package's exports, passes the whole suite (it declares
// persistence), and works across threads, which the suite, in one thread, does not show.
conformance(test, adapter);

test('a transport in a worker thread is reached through the switchboard, and the worker\'s end is a loss to its peers', async (t) => {
  const switchboard = new Switchboard();
  t.teardown(() => switchboard.close());
  const control = switchboard.port();
  // A worker takes no loader from its parent: it loads the TypeScript through tsx itself.
  const entry = new URL('./helpers/port-echo-worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, {
    eval: true,
    workerData: { switchboard: control },
    transferList: [control],
  });
  t.teardown(() => worker.terminate());
  const [address] = (await within(once(worker, 'message'), 10_000, 'the worker to listen')) as [string];
  const transport = new PortTransport({ switchboard: switchboard.port() });
  t.teardown(() => transport.close());
  const connection = await within(transport.connect(address), 10_000, 'a connection to the worker');
  t.is(connection.remoteAddress, 'port://echo');
  const echo = nextFrames(connection, 1);
  connection.send(Uint8Array.of(1, 2, 3));
  t.deepEqual([...(await within(echo, 10_000, 'the echo'))[0]!], [1, 2, 3], 'a frame crosses threads and comes back');

  const lost = closeOf(connection);
  await worker.terminate();
  t.true(hasCode(await within(lost, 10_000, 'the connection to close'), 'CONNECTION_LOSS'), 'the worker ended without closing: a loss');
  const refused = await transport.connect(address).then(() => null, (error: unknown) => error);
  t.true(hasCode(refused, 'CONNECTION_REFUSED'), 'its name is free once its control port closed');
});
