import type { Admin } from '../../engine/broker/client/admin/admin.js';
import type { BrokerClient } from '../../engine/broker/client/index.js';
import type { BrokerClientOptions } from '../../engine/broker/client/options.js';
import { Random } from '../../engine/time/random.js';

/*
 * What the broker benchmark's workloads need of a running cluster, whichever way it runs
 * (bench/lib/broker-processes.ts: `logkeeper start` processes over TCP; broker-in-process.ts:
 * members in this process over the memory adapter), and the workload's constants.
 */

/** 100-byte record values, no keys: the records (and Kafka's benchmark's). */
export const RECORD_BYTES = 100;

/**
 * `count` different record values of random capital letters, as Kafka's ProducerPerformance
 * fills its payload, but not all the same: LevelDB compresses each 4 KiB block of its tables
 * (snappy), and records repeating one value would cost its compactions next to nothing.
 */
export function recordValues(count: number): Uint8Array[] {
  const random = new Random('broker-bench-values');
  return Array.from({ length: count }, () => Uint8Array.from({ length: RECORD_BYTES }, () => 65 + random.int(26)));
}

export interface BrokerDeployment {
  /** e.g. "TCP, 3 brokers, rf=3, acks=all". */
  name: string;
  brokers: number;
  /** The options every client of this cluster starts from (bootstrap list, transport, clock). */
  clientOptions(): BrokerClientOptions;
  /** Whether clients may run in other processes (the cluster is reachable over TCP). */
  remote: boolean;
  stop(): Promise<void>;
}

/** Creates `topic` with `partitions` partitions replicated `replicationFactor` times, and waits for its leaders. */
export async function createTopic(admin: Admin, topic: string, partitions: number, replicationFactor: number, replicaAssignment?: Array<{ partition: number; replicas: number[] }>): Promise<void> {
  await admin.createTopics({
    topics: [{ topic, numPartitions: replicaAssignment ? undefined : partitions, replicationFactor: replicaAssignment ? undefined : replicationFactor, replicaAssignment }],
    waitForLeaders: true,
    timeout: 30_000,
  });
}

/** The sum over the topic's partitions of their high watermarks: the records a consumer may read. */
export async function recordsIn(admin: Admin, topic: string): Promise<number> {
  const offsets = await admin.fetchTopicOffsets(topic);
  return offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
}

/** A client of the deployment with the bench's settings; closed by the caller. */
export function benchClient(deployment: BrokerDeployment, createBrokerClient: (o: BrokerClientOptions) => BrokerClient, clientId: string): BrokerClient {
  return createBrokerClient({ ...deployment.clientOptions(), clientId, retry: { retries: 100, initialRetryTimeMs: 50, maxRetryTimeMs: 500 } });
}
