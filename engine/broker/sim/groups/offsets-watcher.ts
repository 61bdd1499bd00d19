import type { Random } from '../../../time/random.js';
import type { Transport } from '../../../../transports/transport.js';
import { Cluster } from '../../client/cluster.js';
import { GroupCoordinator } from '../../client/consumer/coordinator.js';
import { clusterGroupCalls } from '../../client/consumer/group-calls.js';
import type { SimBrokerCluster } from '../cluster.js';
import { watcherClient } from '../watcher-client.js';
import type { GroupChecker } from './checker.js';
import { TOPIC } from './plan.js';

/*
 * How this works. An outside client's view of the groups' committed offsets: every few tens
 * of ms it asks each group's coordinator (found with FindCoordinator, found again when it
 * moved) for the committed offset of every partition of the topic (OffsetFetch, as an admin
 * does), and tells the checker what it was told and when it asked. Its last answers also say
 * when every group has committed to the end of the log.
 */

export interface OffsetsWatcherOptions {
  cluster: SimBrokerCluster;
  transport: Transport;
  checker: GroupChecker;
  random: Random;
  groupIds: readonly string[];
  partitions: number;
}

export class OffsetsWatcher {
  readonly #o: OffsetsWatcherOptions;
  readonly #client: Cluster;
  readonly #coordinators: Map<string, GroupCoordinator>;
  #stopped = false;
  answers = 0;

  constructor(options: OffsetsWatcherOptions) {
    this.#o = options;
    this.#client = watcherClient(options.cluster, options.transport, options.random);
    const calls = clusterGroupCalls(this.#client);
    this.#coordinators = new Map(options.groupIds.map((g) => [g, new GroupCoordinator(calls, g, this.#client.retryContext)]));
  }

  stop(): void {
    this.#stopped = true;
  }

  async run(): Promise<void> {
    const { cluster, random } = this.#o;
    while (!this.#stopped) {
      await new Promise<void>((resolve) => cluster.clock.setTimer(30 + random.int(60), resolve));
      await Promise.all(this.#o.groupIds.map((g) => this.#fetch(g).catch(() => {})));
    }
    this.#client.close();
  }

  async #fetch(groupId: string): Promise<void> {
    const { cluster, checker, partitions } = this.#o;
    const coordinator = this.#coordinators.get(groupId)!;
    const askedAt = cluster.elapsed();
    const request = {
      groups: [{ groupId, memberId: null, memberEpoch: -1, topics: [{ name: TOPIC, partitionIndexes: Array.from({ length: partitions }, (_, p) => p) }] }],
      requireStable: true,
    };
    const answer = await coordinator.send('offsetFetch', request, { timeoutMs: 500 });
    const group = answer.groups[0];
    if (!group) return;
    coordinator.check(group.errorCode);
    const at = cluster.elapsed();
    this.answers++;
    for (const t of group.topics) {
      for (const p of t.partitions) {
        if (t.name !== TOPIC || p.errorCode !== 0) continue;
        cluster.note(`offsets-watcher ${groupId} ${TOPIC}-${p.partitionIndex} committed ${p.committedOffset}`);
        checker.offsets.fetched(groupId, p.partitionIndex, p.committedOffset, askedAt, at);
      }
    }
  }
}
