import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { PortTransport } from '../../../examples/custom-adapter/port-transport.js';

// A PortTransport in a worker thread of its own: it echoes every frame at `port://echo` and
// posts that address to its parent (test/adapters/custom-adapter-example.test.ts).
const transport = new PortTransport({ switchboard: (workerData as { switchboard: MessagePort }).switchboard, name: 'worker' });
const listener = await transport.listen('port://echo', (connection) => connection.onFrame((frame) => connection.send(frame)));
parentPort!.postMessage(listener.address);
