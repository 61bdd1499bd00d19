import { BadArgumentsError, InvalidStateError, type ErrorCode, type LogkeeperError } from '../../../errors/index.js';
import { LATEST_TIMESTAMP } from '../../api/types.js';
import { topicPartitionKey } from '../../metadata/types.js';
import { decodeGroupNotice, GROUP_NOTICE } from '../../api/group-notice.js';
import { Cluster } from '../cluster.js';
import { listOffsets } from '../offsets.js';
import { integerOption, type ClientContext } from '../options.js';
import { AssignedPartitions } from './assigned.js';
import { AutoCommit } from './auto-commit.js';
import { ClassicMembership } from './classic-membership.js';
import { OffsetCommitter } from './committer.js';
import { ConsumerMembership } from './consumer-membership.js';
import { resolveConsumerOptions, type ResolvedConsumerOptions } from './consumer-options.js';
import type { ConsumerOptions, MessagesOptions, PartitionLag, RunOptions, SubscribeOptions, TopicPartitionOffset, TopicSelection } from './consumer-types.js';
import { GroupCoordinator } from './coordinator.js';
import type { ConsumerMessage } from './decode.js';
import { ConsumerEventEmitter, ConsumerEvents, offsetsByTopic, type ConsumerEvent, type ConsumerEventName } from './events.js';
import { clusterGroupCalls } from './group-calls.js';
import { Handoff } from './handoff.js';
import { byTopic, type CommitIdentity, type Membership, type MembershipListener } from './membership.js';
import { PartitionConsumer, type TopicPartition } from './partition-consumer.js';
import { Runner } from './runner.js';
import { Subscription } from './subscription.js';

/*
 * How this works. A Consumer is a member of a consumer group (kafkajs's Consumer). The pieces,
 * each in its own file:
 *   membership   classic-membership.ts or consumer-membership.ts (KIP-848): joins, heartbeats,
 *                decides what this member owns, and waits for revocations to finish;
 *   assigned.ts  the partitions owned: starting (committed offset being read), active, paused,
 *                what was processed and committed; it drives the fetcher (a PartitionConsumer);
 *   runner.ts    the run loop: poll, hand batches to eachMessage / eachBatch, auto-commit;
 *   committer.ts OffsetCommit and OffsetFetch at the coordinator (coordinator.ts finds it).
 * `run` starts the membership and the run loop; `messages()` is the same run loop whose
 * handler hands each message to an async iterator (handoff.ts); `stop` ends the loop, commits
 * what was processed and leaves the group; `disconnect` also closes the connections.
 */

type State = 'new' | 'connected' | 'disconnected';

export class Consumer {
  /** kafkajs's `consumer.events`: the names `on` takes. */
  readonly events = ConsumerEvents;
  readonly groupId: string;
  readonly #context: ClientContext;
  readonly #o: ResolvedConsumerOptions;
  readonly #cluster: Cluster;
  readonly #fetcher: PartitionConsumer;
  readonly #coordinator: GroupCoordinator;
  readonly #subscription: Subscription;
  readonly #committer: OffsetCommitter;
  readonly #assigned: AssignedPartitions;
  readonly #emitter: ConsumerEventEmitter;
  #state: State = 'new';
  #membership: Membership | null = null;
  #runner: Runner | null = null;
  #handoff: Handoff<ConsumerMessage> | null = null;
  #autoCommit: AutoCommit;
  #stopping: Promise<void> | null = null;
  #rebalanceAt = 0;

  constructor(context: ClientContext, options: ConsumerOptions) {
    this.#context = context;
    this.#o = resolveConsumerOptions(context, options);
    this.groupId = this.#o.groupId;
    const { clock, random } = context;
    this.#emitter = new ConsumerEventEmitter(clock);
    this.#cluster = new Cluster(context, { retry: this.#o.retry });
    const { autoOffsetReset, maxWaitMs, minBytes, maxBytes, maxBytesPerPartition } = this.#o;
    this.#fetcher = new PartitionConsumer(context, { autoOffsetReset, maxWaitMs, minBytes, maxBytes, maxBytesPerPartition }, this.#cluster);
    this.#coordinator = new GroupCoordinator(clusterGroupCalls(this.#cluster), this.groupId, this.#cluster.retryContext);
    this.#subscription = new Subscription(this.#cluster);
    this.#cluster.router.handleNotice(GROUP_NOTICE, (payload) => {
      const notice = decodeGroupNotice(payload);
      if (notice.groupId === this.groupId) this.#membership?.heartbeatNow(notice.memberId);
    });
    this.#committer = new OffsetCommitter({
      groupId: this.groupId,
      groupProtocol: this.#o.groupProtocol,
      coordinator: this.#coordinator,
      identity: () => this.#identity(),
      losses: () => this.#assigned.losses,
      requestTimeoutMs: context.requestTimeoutMs,
      committed: (offsets, identity) => {
        this.#assigned.committed(offsets);
        this.#emitter.emitEvent('consumer.commit_offsets', { groupId: this.groupId, memberId: identity.memberId, groupGenerationId: identity.generationIdOrMemberEpoch, topics: offsetsByTopic(offsets) });
      },
    });
    this.#assigned = new AssignedPartitions({
      fetcher: this.#fetcher,
      committer: this.#committer,
      resetOf: (topic) => this.#subscription.resetOf(topic, autoOffsetReset),
      commitOnRevoke: () => this.#autoCommit.enabled,
      crash: (error) => this.#crash(error),
      clock,
      random: random.fork('consumer'),
      retry: this.#o.retry,
    });
    this.#autoCommit = new AutoCommit({}, clock);
  }

  /** Reaches the cluster (loads its metadata). */
  async connect(): Promise<void> {
    if (this.#state === 'connected') return;
    if (this.#state === 'disconnected') throw new InvalidStateError('The consumer was disconnected; create a new one');
    await this.#cluster.retry(() => this.#cluster.refreshMetadata());
    this.#state = 'connected';
    this.#emitter.emitEvent('consumer.connect', {});
  }

  /** Adds topics (names or patterns) to the subscription; before `run`. */
  async subscribe({ topics, fromBeginning = false }: SubscribeOptions): Promise<void> {
    this.#checkConnected();
    if (this.#runner) throw new InvalidStateError('Subscribe before run (the consumer is running)');
    if (typeof fromBeginning !== 'boolean') throw new BadArgumentsError('fromBeginning must be a boolean');
    this.#subscription.add(topics, fromBeginning);
  }

  /** Joins the group and starts the run loop; resolves once started. */
  async run(options: RunOptions = {}): Promise<void> {
    this.#checkConnected();
    if (this.#runner || this.#stopping) throw new InvalidStateError('The consumer is already running');
    if (this.#subscription.empty) throw new InvalidStateError('Subscribe to topics before run');
    const { eachMessage, eachBatch, eachBatchAutoResolve = true } = options;
    if ((typeof eachMessage === 'function') === (typeof eachBatch === 'function')) throw new BadArgumentsError('run needs one of eachMessage or eachBatch');
    if (typeof eachBatchAutoResolve !== 'boolean') throw new BadArgumentsError('eachBatchAutoResolve must be a boolean');
    const concurrency = integerOption('partitionsConsumedConcurrently', options.partitionsConsumedConcurrently, 1, 1, 0x7fffffff);
    this.#autoCommit = new AutoCommit(options, this.#context.clock);
    this.#membership = this.#newMembership();
    this.#runner = new Runner({
      handlers: { eachMessage, eachBatch, eachBatchAutoResolve },
      concurrency,
      assigned: this.#assigned,
      autoCommit: this.#autoCommit,
      commitProcessed: () => this.#commitProcessed(),
      events: this.#emitter,
      crash: (error) => this.#crash(error),
      clock: this.#context.clock,
      random: this.#context.random.fork('runner'),
      retry: this.#o.retry,
    });
    this.#membership.start();
    this.#runner.start();
  }

  /**
   * The messages of the subscribed topics, as the group assigns them, one at a time: runs the
   * consumer until the loop ends (`break`, `signal`), then stops it (commits, leaves the group).
   * A message counts as processed when the next one is asked for.
   */
  async *messages(options: MessagesOptions = {}): AsyncGenerator<ConsumerMessage, void, undefined> {
    const handoff = new Handoff<ConsumerMessage>();
    const { autoCommit, autoCommitInterval, autoCommitThreshold, signal } = options;
    await this.run({ eachMessage: ({ message }) => handoff.offer(message), autoCommit, autoCommitInterval, autoCommitThreshold });
    this.#handoff = handoff;
    try {
      for (;;) {
        const message = await handoff.take(signal);
        if (message === null) return;
        yield message;
      }
    } finally {
      handoff.end();
      await this.stop();
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<ConsumerMessage, void, undefined> {
    return this.messages();
  }

  /** Ends the run loop after the messages being processed, commits what was processed and leaves the group. */
  stop(): Promise<void> {
    if (!this.#runner && !this.#membership) return this.#stopping ?? Promise.resolve();
    this.#stopping ??= this.#stopNow().finally(() => {
      this.#stopping = null;
    });
    return this.#stopping;
  }

  /** Stops, then closes the connections. */
  async disconnect(): Promise<void> {
    if (this.#state === 'disconnected') return;
    await this.stop();
    this.#state = 'disconnected';
    this.#assigned.close();
    await this.#fetcher.close();
    this.#emitter.emitEvent('consumer.disconnect', {});
  }

  /** Stops fetching these topics (or some of their partitions) until `resume`; they stay assigned. */
  pause(selection: TopicSelection[]): void {
    this.#assigned.pause(checkSelection(selection, 'pause'));
  }

  resume(selection: TopicSelection[]): void {
    this.#assigned.resume(checkSelection(selection, 'resume'));
  }

  paused(): TopicSelection[] {
    return this.#assigned.paused();
  }

  /** Moves a partition's position (an unassigned one starts there if it is assigned later instead of at its committed offset). */
  seek({ topic, partition, offset }: TopicPartitionOffset): void {
    if (typeof topic !== 'string' || topic.length === 0 || !Number.isInteger(partition) || partition < 0) throw new BadArgumentsError('seek needs { topic, partition, offset }');
    if (!Number.isSafeInteger(offset) || offset < 0) throw new BadArgumentsError(`An offset must be a non-negative integer, got ${String(offset)}`);
    this.#assigned.seek({ topic, partition, offset });
  }

  /** Commits these offsets (each the next one to read) with the member's current generation or epoch. */
  async commitOffsets(offsets: TopicPartitionOffset[]): Promise<void> {
    this.#checkConnected();
    if (!Array.isArray(offsets)) throw new BadArgumentsError('commitOffsets needs [{ topic, partition, offset }]');
    for (const o of offsets) {
      if (typeof o?.topic !== 'string' || !Number.isInteger(o.partition) || o.partition < 0 || !Number.isSafeInteger(o.offset) || o.offset < 0) {
        throw new BadArgumentsError('commitOffsets needs [{ topic, partition, offset }] with non-negative integers');
      }
    }
    await this.#committer.commit(offsets.map(({ topic, partition, offset }) => ({ topic, partition, offset })));
  }

  /** The partitions this member owns now. */
  assignment(): TopicPartition[] {
    return this.#assigned.owned.filter((e) => e.state !== 'stopped').map(({ topic, partition }) => ({ topic, partition }));
  }

  /** Per owned partition: the next offset to read, the high watermark, and the lag between them. */
  async lag(): Promise<PartitionLag[]> {
    this.#checkConnected();
    const positions = this.#assigned.positions();
    const high = await listOffsets(this.#cluster, positions.map(({ topic, partition }) => ({ topic, partition, timestamp: LATEST_TIMESTAMP })));
    return positions.map(({ topic, partition, offset }) => {
      const h = high.get(topicPartitionKey(topic, partition))!.offset;
      return { topic, partition, offset, high: h, lag: offset === null ? null : Math.max(0, h - offset) };
    });
  }

  /** Listens to an event (`consumer.events`); returns the function that stops listening. */
  on<K extends ConsumerEventName>(event: K, listener: (event: ConsumerEvent<K>) => void): () => void {
    if (!(Object.values(ConsumerEvents) as string[]).includes(event)) throw new BadArgumentsError(`Unknown consumer event '${String(event)}'`);
    if (typeof listener !== 'function') throw new BadArgumentsError('A listener must be a function');
    this.#emitter.on(event, listener as never);
    return () => this.#emitter.off(event, listener as never);
  }

  #checkConnected(): void {
    if (this.#state !== 'connected') throw new InvalidStateError(this.#state === 'new' ? 'The consumer is not connected: call connect() first' : 'The consumer is disconnected');
  }

  #identity(): CommitIdentity {
    return this.#membership?.identity() ?? { generationIdOrMemberEpoch: -1, memberId: '', groupInstanceId: this.#o.groupInstanceId };
  }

  async #stopNow(): Promise<void> {
    const runner = this.#runner;
    const membership = this.#membership;
    this.#handoff?.end();
    await runner?.stop();
    await membership?.leave();
    this.#runner = null;
    this.#membership = null;
    this.#handoff = null;
    this.#emitter.emitEvent('consumer.stop', {});
  }

  #crash(error: LogkeeperError): void {
    if (!this.#runner && !this.#membership) return;
    this.#emitter.emitEvent('consumer.crash', { error, groupId: this.groupId, restart: false });
    this.#handoff?.end(error);
    void this.stop();
  }

  async #commitProcessed(): Promise<void> {
    const counted = this.#autoCommit.committing();
    try {
      await this.#committer.commit(this.#assigned.uncommitted());
    } catch (error) {
      this.#autoCommit.failed(counted);
      const code = (error as LogkeeperError).code;
      if (REJOIN_CODES.has(code)) this.#membership?.rejoin(`a commit was refused: ${code}`);
      throw error;
    }
  }

  #newMembership(): Membership {
    const { clock } = this.#context;
    const listener: MembershipListener = {
      revoke: (partitions) => this.#assigned.revoke(partitions),
      lose: (partitions) => this.#assigned.lose(partitions),
      assign: (partitions) => this.#assigned.assign(partitions),
      joined: (info) => {
        const memberAssignment = Object.fromEntries(byTopic(info.assignment).map((t) => [t.topic, t.partitions]));
        this.#emitter.emitEvent('consumer.group_join', {
          groupId: this.groupId,
          groupProtocol: info.groupProtocol,
          memberId: info.memberId,
          generationId: info.generationId,
          leaderId: info.leaderId,
          isLeader: info.isLeader,
          assignor: info.assignor,
          memberAssignment,
          duration: clock.now() - this.#rebalanceAt,
        });
      },
      rebalancing: (reason) => {
        this.#rebalanceAt = clock.now();
        this.#emitter.emitEvent('consumer.rebalancing', { groupId: this.groupId, memberId: this.#identity().memberId, reason });
      },
      heartbeat: () => {
        const { memberId, generationIdOrMemberEpoch } = this.#identity();
        this.#emitter.emitEvent('consumer.heartbeat', { groupId: this.groupId, memberId, groupGenerationId: generationIdOrMemberEpoch });
      },
      crash: (error) => this.#crash(error),
    };
    const common = {
      groupId: this.groupId,
      groupInstanceId: this.#o.groupInstanceId,
      rebalanceTimeoutMs: this.#o.rebalanceTimeoutMs,
      requestTimeoutMs: this.#context.requestTimeoutMs,
      coordinator: this.#coordinator,
      topics: this.#subscription,
      listener,
      clock,
      random: this.#context.random.fork('membership'),
      retry: this.#o.retry,
    };
    if (this.#o.groupProtocol === 'classic') {
      return new ClassicMembership({ ...common, sessionTimeoutMs: this.#o.sessionTimeoutMs, heartbeatIntervalMs: this.#o.heartbeatIntervalMs, assignors: this.#o.assignors });
    }
    return new ConsumerMembership({ ...common, serverAssignor: this.#o.serverAssignor });
  }
}

/** Commit refusals after which the member should rejoin at once rather than at its next heartbeat. */
const REJOIN_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['REBALANCE_IN_PROGRESS']);

function checkSelection(selection: TopicSelection[], what: string): TopicSelection[] {
  if (!Array.isArray(selection)) throw new BadArgumentsError(`${what} needs [{ topic, partitions? }]`);
  for (const s of selection) {
    if (typeof s?.topic !== 'string' || s.topic.length === 0) throw new BadArgumentsError(`${what} needs [{ topic, partitions? }]`);
    if (s.partitions !== undefined && (!Array.isArray(s.partitions) || s.partitions.some((p) => !Number.isInteger(p) || p < 0))) {
      throw new BadArgumentsError(`${what}: partitions must be non-negative integers`);
    }
  }
  return selection;
}
