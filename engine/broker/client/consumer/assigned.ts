import { OffsetOutOfRangeError, toLogkeeperError, type LogkeeperError } from '../../../errors/index.js';
import type { Clock } from '../../../time/clock.js';
import type { Random } from '../../../time/random.js';
import type { RetryOptions } from '../options.js';
import { backoffMs, sleep } from '../retry.js';
import type { OffsetCommitter } from './committer.js';
import type { TopicPartitionOffset, TopicSelection } from './consumer-types.js';
import type { ConsumerMessage } from './decode.js';
import { keyOf } from './membership.js';
import type { OffsetReset, OffsetSpec, PartitionConsumer, TopicPartition } from './partition-consumer.js';

/*
 * How this works. The partitions the group gave this consumer, and what the consumer knows of
 * each: whether it is starting (its committed offset being read), active or stopped, paused,
 * the offset past the last message processed (what a commit may cover) and the last one
 * committed. The fetcher (a PartitionConsumer) reads the active, unpaused ones; before each
 * poll its assignment is brought in line, a partition taken out keeping its position for
 * when it comes back.
 *
 * Fetched messages are handed out as batches tagged with the partition's `token`, which every
 * pause, seek, revocation and loss bumps: a batch whose token is old is stale, and processing
 * stops at the next message. The fetcher's position had already moved past the whole batch,
 * so unless a seek set a new one, it is moved back to the first message not processed: a
 * message is never skipped. Any such change also interrupts a poll under way, so that
 * revocation and new partitions do not wait for the fetch's maxWait.
 *
 * A revocation stops the partitions, waits for the batch being processed of each to end,
 * commits what was processed (with auto-commit), and only then lets the membership go on.
 */

export interface OwnedPartition extends TopicPartition {
  readonly key: string;
  state: 'starting' | 'active' | 'stopped';
  /** Past the last message processed; null before any. */
  processed: number | null;
  /** The last offset committed (or found committed at the start); null when none. */
  committed: number | null;
  token: number;
  seeks: number;
  /** Where the fetcher resumes it when it (re)enters the fetcher's assignment. */
  resumeAt: OffsetSpec | null;
  inFetcher: boolean;
  /** The processing of its current batch. */
  busy: Promise<void> | null;
}

export interface FetchedBatch {
  entry: OwnedPartition;
  token: number;
  seeks: number;
  messages: ConsumerMessage[];
  highWatermark: number;
}

export interface AssignedOptions {
  fetcher: PartitionConsumer;
  committer: OffsetCommitter;
  /** Where a partition without a committed offset starts. */
  resetOf(topic: string): OffsetReset;
  /** Whether revocations commit what was processed (auto-commit). */
  commitOnRevoke(): boolean;
  /** After a commit or a failure to start partitions that will not pass. */
  crash(error: LogkeeperError): void;
  clock: Clock;
  random: Random;
  retry: RetryOptions;
}

export class AssignedPartitions {
  readonly #o: AssignedOptions;
  readonly #owned = new Map<string, OwnedPartition>();
  readonly #pendingSeeks = new Map<string, number>();
  readonly #pausedTopics = new Set<string>();
  readonly #pausedPartitions = new Set<string>();
  readonly #closing = new AbortController();
  #interrupt = new AbortController();
  #starting: Promise<void> | null = null;
  #startAgain = false;
  #losses = 0;

  constructor(options: AssignedOptions) {
    this.#o = options;
  }

  // ---- what the membership tells ----

  assign(partitions: readonly TopicPartition[]): void {
    for (const { topic, partition } of partitions) {
      const key = keyOf({ topic, partition });
      if (this.#owned.has(key)) continue;
      this.#owned.set(key, { topic, partition, key, state: 'starting', processed: null, committed: null, token: 0, seeks: 0, resumeAt: null, inFetcher: false, busy: null });
    }
    if (partitions.length > 0) this.#start();
  }

  async revoke(partitions: readonly TopicPartition[]): Promise<void> {
    const stopped = await this.#stop(partitions);
    if (this.#o.commitOnRevoke()) {
      try {
        await this.#o.committer.commit(uncommittedOf(stopped));
      } catch {
        // The group has moved on (or cannot be reached): the next owner reads from the last commit, nothing is skipped.
      }
    }
    for (const e of stopped) if (this.#owned.get(e.key) === e) this.#owned.delete(e.key);
  }

  /** Bumped whenever partitions are lost (see `lose`): a commit begun before may not be made after. */
  get losses(): number {
    return this.#losses;
  }

  async lose(partitions: readonly TopicPartition[]): Promise<void> {
    this.#losses++;
    const stopped = await this.#stop(partitions);
    for (const e of stopped) if (this.#owned.get(e.key) === e) this.#owned.delete(e.key);
  }

  async #stop(partitions: readonly TopicPartition[]): Promise<OwnedPartition[]> {
    const stopped: OwnedPartition[] = [];
    for (const tp of partitions) {
      const e = this.#owned.get(keyOf(tp));
      if (!e) continue;
      e.state = 'stopped';
      e.token++;
      this.#pendingSeeks.delete(e.key);
      stopped.push(e);
    }
    this.interrupt();
    await Promise.all(stopped.map((e) => e.busy));
    return stopped;
  }

  // ---- what the run loop uses ----

  /** The owned partitions, in no particular order. */
  get owned(): OwnedPartition[] {
    return [...this.#owned.values()];
  }

  /** Ends a poll under way (it returns nothing): the next one sees the change. */
  interrupt(): void {
    this.#interrupt.abort();
  }

  /** One fetch from the active, unpaused partitions, as batches by partition (stale ones dropped). */
  async poll(signal: AbortSignal): Promise<FetchedBatch[]> {
    const { fetcher } = this.#o;
    this.#syncFetcher();
    this.#interrupt = new AbortController();
    const asked = new Map(this.owned.filter((e) => e.inFetcher).map((e) => [e.key, { token: e.token, seeks: e.seeks }]));
    let messages: ConsumerMessage[];
    try {
      messages = await fetcher.poll({ signal: AbortSignal.any([signal, this.#interrupt.signal, this.#closing.signal]) });
    } catch (error) {
      if (toLogkeeperError(error).code === 'ABORTED') return [];
      throw error;
    }
    const byKey = new Map<string, ConsumerMessage[]>();
    for (const m of messages) {
      const key = keyOf(m);
      const list = byKey.get(key);
      if (list) list.push(m);
      else byKey.set(key, [m]);
    }
    const batches: FetchedBatch[] = [];
    for (const [key, list] of byKey) {
      const entry = this.#owned.get(key);
      const before = asked.get(key);
      if (!entry || !before || entry.state !== 'active') continue;
      if (entry.token !== before.token) {
        if (entry.seeks === before.seeks) this.#setPosition(entry, list[0]!.offset);
        continue;
      }
      batches.push({ entry, token: entry.token, seeks: entry.seeks, messages: list, highWatermark: fetcher.highWatermark(entry) ?? -1 });
    }
    return batches;
  }

  /** Whether a batch may still be processed. */
  isCurrent(batch: FetchedBatch): boolean {
    return this.#owned.get(batch.entry.key) === batch.entry && batch.entry.state === 'active' && batch.entry.token === batch.token;
  }

  /** A batch stopped before `offset`: read from there again (unless the partition left or a seek moved it). */
  rewind(batch: FetchedBatch, offset: number): void {
    const { entry } = batch;
    if (this.#owned.get(entry.key) !== entry || entry.state !== 'active' || entry.seeks !== batch.seeks) return;
    this.#setPosition(entry, offset);
  }

  /** Processed offsets not committed yet (of the active partitions). */
  uncommitted(): TopicPartitionOffset[] {
    return uncommittedOf(this.owned.filter((e) => e.state === 'active'));
  }

  /** Records a successful commit. */
  committed(offsets: readonly TopicPartitionOffset[]): void {
    for (const o of offsets) {
      const e = this.#owned.get(keyOf(o));
      if (e) e.committed = o.offset;
    }
  }

  // ---- what the user asks ----

  pause(selection: readonly TopicSelection[]): void {
    for (const { topic, partitions } of selection) {
      if (partitions === undefined) this.#pausedTopics.add(topic);
      else for (const p of partitions) this.#pausedPartitions.add(keyOf({ topic, partition: p }));
    }
    for (const e of this.#owned.values()) if (this.isPaused(e)) e.token++;
    this.interrupt();
  }

  resume(selection: readonly TopicSelection[]): void {
    for (const { topic, partitions } of selection) {
      if (partitions === undefined) {
        this.#pausedTopics.delete(topic);
        for (const key of [...this.#pausedPartitions]) if (key.startsWith(`${topic}\u0000`)) this.#pausedPartitions.delete(key);
      } else {
        for (const p of partitions) this.#pausedPartitions.delete(keyOf({ topic, partition: p }));
      }
    }
    this.interrupt();
  }

  isPaused(tp: TopicPartition): boolean {
    return this.#pausedTopics.has(tp.topic) || this.#pausedPartitions.has(keyOf(tp));
  }

  /** The paused topics and partitions, as given to `pause`. */
  paused(): TopicSelection[] {
    const out: TopicSelection[] = [...this.#pausedTopics].map((topic) => ({ topic }));
    const partitions = new Map<string, number[]>();
    for (const key of this.#pausedPartitions) {
      const at = key.lastIndexOf('\u0000');
      const topic = key.slice(0, at);
      if (!this.#pausedTopics.has(topic)) partitions.set(topic, [...(partitions.get(topic) ?? []), Number(key.slice(at + 1))]);
    }
    return [...out, ...[...partitions].map(([topic, ps]) => ({ topic, partitions: ps.sort((a, b) => a - b) }))];
  }

  /** Moves the partition's position; one not yet started (or not yet assigned) starts there instead of its committed offset. */
  seek({ topic, partition, offset }: TopicPartitionOffset): void {
    const e = this.#owned.get(keyOf({ topic, partition }));
    if (!e || e.state === 'starting') {
      this.#pendingSeeks.set(keyOf({ topic, partition }), offset);
      return;
    }
    if (e.state !== 'active') return;
    e.seeks++;
    e.token++;
    this.#setPosition(e, offset);
    this.interrupt();
  }

  /** The next offset to read of each owned partition (null while unknown). */
  positions(): Array<TopicPartition & { offset: number | null }> {
    return this.owned.map((e) => ({
      topic: e.topic,
      partition: e.partition,
      offset: e.inFetcher ? this.#o.fetcher.position(e) : typeof e.resumeAt === 'number' ? e.resumeAt : null,
    }));
  }

  close(): void {
    this.#closing.abort();
  }

  // ---- inside ----

  #setPosition(e: OwnedPartition, offset: number): void {
    if (e.inFetcher) this.#o.fetcher.seek({ topic: e.topic, partition: e.partition, offset });
    else e.resumeAt = offset;
  }

  #syncFetcher(): void {
    const { fetcher } = this.#o;
    const wanted = this.owned.filter((e) => e.state === 'active' && !this.isPaused(e));
    const wantedKeys = new Set(wanted.map((e) => e.key));
    for (const e of this.#owned.values()) {
      if (e.inFetcher && !wantedKeys.has(e.key)) {
        e.resumeAt = fetcher.position(e) ?? e.resumeAt;
        e.inFetcher = false;
      }
    }
    fetcher.assign(wanted.map((e) => (e.inFetcher || e.resumeAt === null ? { topic: e.topic, partition: e.partition } : { topic: e.topic, partition: e.partition, offset: e.resumeAt })));
    for (const e of wanted) {
      e.inFetcher = true;
      e.resumeAt = null;
    }
  }

  /** Reads the committed offsets of starting partitions (again and again while it fails retriably). */
  #start(): void {
    if (this.#starting) {
      this.#startAgain = true;
      return;
    }
    this.#starting = this.#startAll().finally(() => {
      this.#starting = null;
      if (this.#startAgain) {
        this.#startAgain = false;
        this.#start();
      }
    });
  }

  async #startAll(): Promise<void> {
    const signal = this.#closing.signal;
    for (let failures = 0; !signal.aborted; ) {
      const pending = this.owned.filter((e) => e.state === 'starting');
      if (pending.length === 0) return;
      let committed: Map<string, number>;
      try {
        committed = await this.#o.committer.committed(pending, signal);
      } catch (error) {
        const e = toLogkeeperError(error);
        if (signal.aborted) return;
        if (!e.retriable) return this.#o.crash(e);
        await sleep(this.#o.clock, backoffMs(this.#o.retry, failures++, this.#o.random), signal).catch(() => {});
        continue;
      }
      for (const e of pending) {
        if (this.#owned.get(e.key) !== e || e.state !== 'starting') continue;
        const c = committed.get(e.key) ?? -1;
        const reset = this.#o.resetOf(e.topic);
        const sought = this.#pendingSeeks.get(e.key);
        this.#pendingSeeks.delete(e.key);
        if (sought === undefined && c < 0 && reset === 'none') {
          return this.#o.crash(new OffsetOutOfRangeError(`${e.topic}-${e.partition} has no committed offset and autoOffsetReset is 'none'`));
        }
        e.committed = c >= 0 ? c : null;
        e.resumeAt = sought ?? (c >= 0 ? c : (reset as 'earliest' | 'latest'));
        e.state = 'active';
      }
      this.interrupt();
    }
  }
}

function uncommittedOf(entries: readonly OwnedPartition[]): TopicPartitionOffset[] {
  return entries.filter((e) => e.processed !== null && e.processed !== e.committed).map((e) => ({ topic: e.topic, partition: e.partition, offset: e.processed! }));
}
