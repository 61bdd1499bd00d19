import { createBrokerClient } from '../../engine/broker/client/index.js';
import { benchClient, recordsIn, type BrokerDeployment } from './broker-deployment.js';

/*
 * Consumer throughput: one PartitionConsumer (default settings: fetches of up to 1 MiB per
 * partition) reads every partition of the topic from its start, as a consumer catching up
 * does, until it has read all that the producers left there or `ms` has passed. It decodes
 * every record into a message (kafkajs's shape), as an application would get them.
 */

export async function consumeRate(deployment: BrokerDeployment, topic: string, partitions: number, ms: number): Promise<number> {
  const client = benchClient(deployment, createBrokerClient, 'bench-consumer');
  try {
    const admin = client.admin();
    await admin.connect();
    const available = await recordsIn(admin, topic);
    const consumer = client.partitionConsumer({ autoOffsetReset: 'earliest' });
    consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: 'earliest' as const })));
    // The first poll finds the leaders and the log starts; the clock starts after it.
    const first = (await consumer.poll({ maxWaitMs: 100 })).length;
    const start = performance.now();
    let counted = 0;
    while (first + counted < available && performance.now() - start < ms) counted += (await consumer.poll({ maxWaitMs: 100 })).length;
    return counted / ((performance.now() - start) / 1000);
  } finally {
    await client.close();
  }
}
