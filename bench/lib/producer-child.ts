import { createInterface } from 'node:readline';
import { silentLogger } from '../../adapters/shared/logger.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { produceLoop, producerOptions, type ProduceSettings } from './broker-producers.js';

/*
 * One producer in a process of its own (bench/lib/broker-producers.ts starts these): given
 * the brokers and the settings as JSON in argv[2], it connects, prints "ready", waits for
 * "go" on stdin, runs produceLoop and prints its result as one line of JSON.
 */

const o = JSON.parse(process.argv[2]!) as ProduceSettings & { brokers: string[]; clientId: string };
const transport = new TcpTransport({ logger: silentLogger });
const client = createBrokerClient({ brokers: o.brokers, transport, clientId: o.clientId, retry: { retries: 100, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
const producer = client.producer(producerOptions(o.acks));
await producer.connect();
console.log('ready');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
const result = await produceLoop(producer, o);
console.log(JSON.stringify(result));
await client.close();
await transport.close();
process.exit(0);
