import {
  BrokerNotAvailableError,
  ConnectionClosedError,
  errorFromKafkaCode,
  UnknownTopicOrPartitionError,
  type ErrorCode,
  type LogkeeperError,
} from '../../errors/index.js';
import { Router, type RequestOptions } from '../../rpc/index.js';
import type { RequestOf, ResponseOf } from '../api/codec.js';
import type { GroupRequestOf, GroupResponseOf } from '../api/group-codec.js';
import type { GroupApiName } from '../api/group-types.js';
import type { BrokerApiName } from '../api/types.js';
import { BrokerConnections } from './connections.js';
import { MetadataCache } from './metadata.js';
import type { ClientContext, RetryOptions } from './options.js';
import { withRetries, type RetryContext } from './retry.js';

/*
 * How this works. A Cluster is one client's view of the brokers: connections (one per broker,
 * on demand), a metadata cache, and routing. Metadata is asked of any broker that answers
 * (those it knows first, then the bootstrap list) for the topics this client has shown
 * interest in; refreshes are single-flight, so many failures at once cost one request. A
 * refresh happens when a topic is unknown, when the metadata is older than metadataMaxAgeMs,
 * and after errors that mean the client's picture is wrong (REFRESH_CODES: a moved leader, a
 * lost connection, a fenced epoch). `retry` runs an operation with the client's back-off and
 * refreshes between attempts when the error calls for it; what is not retriable, or still
 * failing after the retries, reaches the caller as the typed error.
 */

/** Errors after which the client's metadata is suspect. */
export const REFRESH_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_LEADER_OR_FOLLOWER',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'NOT_CONTROLLER',
  'BROKER_NOT_AVAILABLE',
  'REPLICA_NOT_AVAILABLE',
  'CONNECTION_LOSS',
  'CONNECTION_REFUSED',
  'CONNECT_TIMEOUT',
  'OPERATION_TIMEOUT',
]);

/** Errors of reaching a broker at all (another broker may do). */
const UNREACHABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['CONNECTION_LOSS', 'CONNECTION_REFUSED', 'CONNECT_TIMEOUT', 'OPERATION_TIMEOUT']);

export const needsRefresh = (error: LogkeeperError): boolean => REFRESH_CODES.has(error.code);

export interface ClusterOptions {
  /** Sent with metadata requests (the broker decides). Default false. */
  allowAutoTopicCreation?: boolean;
  /** Overrides the client's retry options. */
  retry?: RetryOptions;
}

export class Cluster {
  readonly context: ClientContext;
  readonly metadata = new MetadataCache();
  readonly retryContext: RetryContext;
  /** What this client answers on its broker connections: notices the brokers push (a group coordinator's, consumer.ts). */
  readonly router = new Router();
  readonly #connections: BrokerConnections;
  readonly #allowAutoTopicCreation: boolean;
  readonly #interest = new Set<string>();
  #interestVersion = 0;
  #refresh: { version: number; promise: Promise<void> } | null = null;
  #stale = false;
  #closed = false;

  constructor(context: ClientContext, options: ClusterOptions = {}) {
    this.context = context;
    this.retryContext = { clock: context.clock, random: context.random, retry: options.retry ?? context.retry };
    this.#allowAutoTopicCreation = options.allowAutoTopicCreation ?? false;
    this.#connections = new BrokerConnections({ transport: context.transport, clock: context.clock, requestTimeoutMs: context.requestTimeoutMs, router: this.router });
  }

  /** Whether the metadata should be refreshed before it is used. */
  get stale(): boolean {
    return this.#stale || this.context.clock.now() - this.metadata.updatedAt > this.context.metadataMaxAgeMs;
  }

  /** Marks the metadata suspect: the next `ensureTopics` refreshes it. */
  markStale(): void {
    this.#stale = true;
  }

  /** Asks for fresh metadata of the topics of interest (`topics` join them). Concurrent calls share one request. */
  refreshMetadata(topics: readonly string[] = []): Promise<void> {
    for (const topic of topics) {
      if (!this.#interest.has(topic)) {
        this.#interest.add(topic);
        this.#interestVersion++;
      }
    }
    const version = this.#interestVersion;
    const current = this.#refresh;
    if (current && current.version >= version) return current.promise;
    const promise = (current ? current.promise.catch(() => {}) : Promise.resolve()).then(() => this.#fetchMetadata());
    const entry = { version, promise };
    this.#refresh = entry;
    promise.then(
      () => this.#refreshed(entry),
      () => this.#refreshed(entry),
    );
    return promise;
  }

  /**
   * Metadata of `topics`, refreshed first if one is unknown or the metadata is stale. A topic
   * in a retriable error (UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE: it may be being
   * created) is asked again with back-off; what remains is thrown.
   */
  ensureTopics(topics: readonly string[], signal?: AbortSignal): Promise<void> {
    return this.retry(async () => {
      if (this.stale || topics.some((t) => this.metadata.topic(t)?.errorCode !== 0)) await this.refreshMetadata(topics);
      for (const name of topics) {
        const topic = this.metadata.topic(name);
        if (!topic) throw new UnknownTopicOrPartitionError(`No metadata for topic '${name}'`);
        const error = errorFromKafkaCode(topic.errorCode, `Topic '${name}': Kafka error ${topic.errorCode}`);
        if (error) {
          if (error.retriable) this.markStale();
          throw error;
        }
      }
    }, signal);
  }

  /** Calls `api` (BrokerApi's or GroupApi's) on broker `nodeId` (from the metadata); BROKER_NOT_AVAILABLE when it is not known. */
  call<K extends BrokerApiName>(nodeId: number, api: K, request: RequestOf<K>, options?: RequestOptions): Promise<ResponseOf<K>>;
  call<K extends GroupApiName>(nodeId: number, api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>>;
  async call(nodeId: number, api: BrokerApiName | GroupApiName, request: unknown, options: RequestOptions = {}): Promise<unknown> {
    const broker = this.metadata.broker(nodeId);
    if (!broker) throw new BrokerNotAvailableError(`Broker ${nodeId} is not in the metadata`);
    return this.#callAt(broker.address, api, request, options);
  }

  /** Calls `api` on whichever broker answers: the known ones in a random order, then the bootstrap list. */
  callAny<K extends BrokerApiName>(api: K, request: RequestOf<K>, options?: RequestOptions): Promise<ResponseOf<K>>;
  callAny<K extends GroupApiName>(api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>>;
  async callAny(api: BrokerApiName | GroupApiName, request: unknown, options: RequestOptions = {}): Promise<unknown> {
    const known = this.context.random.shuffle(this.metadata.brokers.map((b) => b.address));
    const bootstrap = this.context.random.shuffle(this.context.brokers.filter((a) => !known.includes(a)));
    let last: LogkeeperError | undefined;
    for (const address of [...known, ...bootstrap]) {
      try {
        return await this.#callAt(address, api, request, options);
      } catch (error) {
        last = error as LogkeeperError;
        if (!UNREACHABLE_CODES.has(last.code) || options.signal?.aborted) throw last;
      }
    }
    throw last!;
  }

  /** Calls `api` on the controller the metadata names (refreshing it first if it names none). */
  async callController<K extends BrokerApiName>(api: K, request: RequestOf<K>, options: RequestOptions = {}): Promise<ResponseOf<K>> {
    if (this.stale || !this.metadata.broker(this.metadata.controllerId)) await this.refreshMetadata();
    return this.call(this.metadata.controllerId, api, request, options);
  }

  /** Runs `operation` with the client's retries, refreshing the metadata between attempts when the error calls for it. */
  retry<T>(operation: (attempt: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return withRetries(this.retryContext, operation, {
      signal,
      beforeRetry: (error) => {
        if (needsRefresh(error)) {
          this.markStale();
          return this.refreshMetadata();
        }
      },
    });
  }

  close(): void {
    this.#closed = true;
    this.#connections.close();
  }

  async #callAt(address: string, api: BrokerApiName | GroupApiName, request: unknown, options: RequestOptions): Promise<unknown> {
    if (this.#closed) throw new ConnectionClosedError('The client is closed');
    const client = await this.#connections.get(address);
    // The overloads of BrokerApiClient.call take one API family at a time; `api` may be of either.
    return (client.call as (api: string, request: unknown, options: RequestOptions) => Promise<unknown>)(api, request, options);
  }

  async #fetchMetadata(): Promise<void> {
    // Cleared before asking, so that an error seen while the answer is on its way marks it again.
    this.#stale = false;
    try {
      const topics = [...this.#interest];
      const response = await this.callAny('metadata', { topics, allowAutoTopicCreation: this.#allowAutoTopicCreation });
      this.metadata.update(response, this.context.clock.now());
    } catch (error) {
      this.#stale = true;
      throw error;
    }
  }

  #refreshed(entry: { version: number; promise: Promise<void> }): void {
    if (this.#refresh === entry) this.#refresh = null;
  }
}
