import { Admin } from './admin/admin.js';
import type { AdminOptions } from './admin/types.js';
import { Consumer } from './consumer/consumer.js';
import type { ConsumerOptions } from './consumer/consumer-types.js';
import { PartitionConsumer, type PartitionConsumerOptions } from './consumer/partition-consumer.js';
import { resolveClientOptions, type BrokerClientOptions, type ClientContext } from './options.js';
import { Producer } from './producer/producer.js';
import type { ProducerOptions } from './producer/types.js';

/**
 * The entry to logkeeper's Kafka-style clients (kafkajs's `new Kafka(...)`): producers, group
 * consumers, partition consumers and admin clients that share these options. Each client has
 * its own connections and metadata (as in kafkajs); `close` ends them all.
 */
export interface BrokerClient {
  readonly clientId: string;
  producer(options?: ProducerOptions): Producer;
  /** A member of consumer group `groupId` (kafkajs's consumer). */
  consumer(options: ConsumerOptions): Consumer;
  /** A consumer of partitions it is told to read (no consumer group). */
  partitionConsumer(options?: PartitionConsumerOptions): PartitionConsumer;
  admin(options?: AdminOptions): Admin;
  /** Disconnects every producer (delivering what they hold), consumer and admin client made here. */
  close(): Promise<void>;
}

export function createBrokerClient(options: BrokerClientOptions): BrokerClient {
  const context: ClientContext = resolveClientOptions(options);
  const made = new Set<{ close(): Promise<void> }>();
  const track = <T>(client: T, close: () => Promise<void>): T => {
    made.add({ close });
    return client;
  };
  return {
    clientId: context.clientId,
    producer: (o) => {
      const producer = new Producer(context, o);
      return track(producer, () => producer.disconnect());
    },
    consumer: (o) => {
      const consumer = new Consumer(context, o);
      return track(consumer, () => consumer.disconnect());
    },
    partitionConsumer: (o) => {
      const consumer = new PartitionConsumer(context, o);
      return track(consumer, () => consumer.close());
    },
    admin: (o) => {
      const admin = new Admin(context, o);
      return track(admin, () => admin.disconnect());
    },
    async close() {
      const all = [...made];
      made.clear();
      await Promise.all(all.map((c) => c.close()));
    },
  };
}
