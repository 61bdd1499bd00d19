import { createInterface } from 'node:readline';
import { silentLogger } from '../../adapters/shared/logger.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { percentile } from './report.js';
import { LatencyConsumer, type Window } from './latency-consumer.js';

/*
 * The end-to-end measurement's consumer in a process of its own (bench/lib/broker-latency.ts
 * starts it for TCP deployments): given the brokers, topic and partition count as JSON in
 * argv[2], it starts at the end of every partition, prints "ready", and polls; the window
 * (JSON) arrives on stdin once the producer is done, and it prints the latencies' p50, p99
 * and count as one line of JSON.
 */

const o = JSON.parse(process.argv[2]!) as { brokers: string[]; topic: string; partitions: number };
const transport = new TcpTransport({ logger: silentLogger });
const client = createBrokerClient({ brokers: o.brokers, transport, clientId: 'bench-latency-consumer', retry: { retries: 100, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
const consumer = new LatencyConsumer(client.partitionConsumer({ autoOffsetReset: 'latest' }), o.topic, o.partitions);
await consumer.start();
let window: Window | undefined;
createInterface({ input: process.stdin }).once('line', (line) => (window = JSON.parse(line) as Window));
console.log('ready');
const latencies = await consumer.run(() => window);
console.log(JSON.stringify({ p50: percentile(latencies, 50), p99: percentile(latencies, 99), samples: latencies.length }));
await client.close();
await transport.close();
process.exit(0);
