import { errorFromKafkaCode, toLogkeeperError } from '../../errors/index.js';
import type { Random } from '../../time/random.js';
import type { Transport } from '../../../transports/transport.js';
import { CONSUMER_REPLICA_ID, LATEST_TIMESTAMP, NO_EPOCH } from '../api/types.js';
import { Cluster, needsRefresh } from '../client/cluster.js';
import type { BrokerChecker } from './checker.js';
import type { SimBrokerCluster } from './cluster.js';
import { watcherClient } from './watcher-client.js';

/*
 * How this works. A consumer's view of the high watermark: every few tens of ms this client
 * asks every partition's leader (as its metadata names it, with the leader epoch it knows, as
 * Kafka's clients do since KIP-320) for the latest offset (ListOffsets LATEST) or fetches at
 * the highest high watermark it was told so far (a consumer fetch, which reports the HW), and
 * tells the checker what it was told. A leader that does not lead at that epoch refuses;
 * the client then refreshes its metadata.
 */

export interface HwWatcherOptions {
  cluster: SimBrokerCluster;
  transport: Transport;
  checker: BrokerChecker;
  random: Random;
  name: string;
  topic: string;
  partitions: number;
  /** Clock time at which it stops. */
  until: () => number;
}

export class HwWatcher {
  readonly #o: HwWatcherOptions;
  readonly #client: Cluster;
  readonly #seen = new Map<number, number>();
  answers = 0;

  constructor(options: HwWatcherOptions) {
    this.#o = options;
    this.#client = watcherClient(options.cluster, options.transport, options.random);
  }

  async run(): Promise<void> {
    const { cluster, random, topic } = this.#o;
    while (cluster.clock.now() < this.#o.until()) {
      await this.#sleep(20 + random.int(60));
      try {
        await this.#client.ensureTopics([topic]);
      } catch {
        continue;
      }
      await Promise.all(Array.from({ length: this.#o.partitions }, (_, p) =>
        (random.chance(0.5) ? this.#listOffsets(p) : this.#fetch(p)).catch((error: unknown) => {
          if (needsRefresh(toLogkeeperError(error))) this.#client.markStale();
        }),
      ));
    }
    this.#client.close();
  }

  #leader(partition: number): { leader: number; epoch: number } | undefined {
    const metadata = this.#client.metadata;
    const leader = metadata.leaderOf(this.#o.topic, partition);
    if (leader < 0) {
      this.#client.markStale();
      return undefined;
    }
    return { leader, epoch: metadata.partition(this.#o.topic, partition)?.leaderEpoch ?? NO_EPOCH };
  }

  async #listOffsets(partition: number): Promise<void> {
    const to = this.#leader(partition);
    if (!to) return;
    const answer = await this.#client.call(to.leader, 'listOffsets', {
      replicaId: CONSUMER_REPLICA_ID,
      isolationLevel: 0,
      topics: [{ name: this.#o.topic, partitions: [{ partition, currentLeaderEpoch: to.epoch, timestamp: LATEST_TIMESTAMP }] }],
    });
    const p = answer.topics[0]?.partitions[0];
    if (!p) return;
    if (p.errorCode !== 0) return this.#refused(p.errorCode);
    this.#saw(partition, p.offset, `ListOffsets LATEST from broker ${to.leader} at leader epoch ${to.epoch}`);
  }

  async #fetch(partition: number): Promise<void> {
    const to = this.#leader(partition);
    if (!to) return;
    const offset = this.#seen.get(partition) ?? 0;
    const answer = await this.#client.call(to.leader, 'fetch', {
      replicaId: CONSUMER_REPLICA_ID,
      maxWaitMs: 0,
      minBytes: 0,
      maxBytes: 1,
      isolationLevel: 0,
      topics: [{ name: this.#o.topic, partitions: [{ partition, currentLeaderEpoch: to.epoch, fetchOffset: offset, logStartOffset: -1, partitionMaxBytes: 1 }] }],
    });
    const p = answer.topics[0]?.partitions[0];
    if (!p) return;
    const how = `a fetch at ${offset} from broker ${to.leader} at leader epoch ${to.epoch}`;
    if (errorFromKafkaCode(p.errorCode)?.code === 'OFFSET_OUT_OF_RANGE') return this.#o.checker.clientLost(this.#o.name, partition, offset, how);
    if (p.errorCode !== 0) return this.#refused(p.errorCode);
    this.#saw(partition, p.highWatermark, how);
  }

  #saw(partition: number, hw: number, how: string): void {
    this.answers++;
    this.#o.cluster.note(`${this.#o.name} ${this.#o.topic}-${partition} hw ${hw}`);
    this.#o.checker.clientSaw(this.#o.name, partition, hw, how);
    if (hw > (this.#seen.get(partition) ?? 0)) this.#seen.set(partition, hw);
  }

  #refused(code: number): void {
    const error = errorFromKafkaCode(code);
    if (error && needsRefresh(error)) this.#client.markStale();
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.#o.cluster.clock.setTimer(ms, resolve));
  }
}
