import { CoordinatorNotAvailableError, errorFromKafkaCode, toLogkeeperError, type ErrorCode, type LogkeeperError } from '../../../errors/index.js';
import type { RequestOptions } from '../../../rpc/index.js';
import { COORDINATOR_GROUP, type GroupApiName } from '../../api/group-types.js';
import { withRetries, type RetryContext } from '../retry.js';
import type { GroupRequestOf, GroupResponseOf } from '../../api/group-codec.js';
import type { GroupCalls } from './group-calls.js';

/*
 * How this works. A group's requests go to its coordinator, a broker found with
 * FindCoordinator (asked of any broker). Its id is kept until an answer or a failure says it
 * moved (MOVED_CODES: NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, or the connection to it
 * failing); the next request then finds it again. COORDINATOR_LOAD_IN_PROGRESS (it is still
 * reading the group's state) is retriable and asked again of the same broker. `retry` runs an
 * operation with the client's back-off; the memberships run their own loops, without a bound.
 */

/** Errors after which the coordinator is looked up again. */
const MOVED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_COORDINATOR',
  'COORDINATOR_NOT_AVAILABLE',
  'BROKER_NOT_AVAILABLE',
  'CONNECTION_LOSS',
  'CONNECTION_REFUSED',
  'CONNECT_TIMEOUT',
  'OPERATION_TIMEOUT',
]);

export class GroupCoordinator {
  readonly #groupId: string;
  readonly #calls: GroupCalls;
  readonly #retryContext: RetryContext;
  #nodeId: number | null = null;
  #finding: Promise<number> | null = null;

  constructor(calls: GroupCalls, groupId: string, retryContext: RetryContext) {
    this.#calls = calls;
    this.#groupId = groupId;
    this.#retryContext = retryContext;
  }

  /** Forgets the coordinator: the next request looks it up. */
  markUnknown(): void {
    this.#nodeId = null;
  }

  /** The coordinator's id, looked up if unknown (one FindCoordinator for concurrent callers); its errors are thrown. */
  find(signal?: AbortSignal): Promise<number> {
    if (this.#nodeId !== null) return Promise.resolve(this.#nodeId);
    this.#finding ??= this.#lookUp(signal).finally(() => {
      this.#finding = null;
    });
    return this.#finding;
  }

  /** Calls `api` at the coordinator. A failure to reach it forgets it; the answer's error codes are the caller's (see `check`). */
  async send<K extends GroupApiName>(api: K, request: GroupRequestOf<K>, options: RequestOptions = {}): Promise<GroupResponseOf<K>> {
    const nodeId = await this.find(options.signal);
    try {
      return await this.#calls.at(nodeId, api, request, options);
    } catch (error) {
      throw this.#seen(toLogkeeperError(error));
    }
  }

  /** Throws the typed error of `errorCode` (none for 0), forgetting the coordinator if the code says it moved. */
  check(errorCode: number, message?: string): void {
    const error = errorFromKafkaCode(errorCode, message);
    if (error) throw this.#seen(error);
  }

  /** Runs `operation` with the client's retries (retriable errors, the coordinator looked up again when it moved). */
  retry<T>(operation: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return withRetries(this.#retryContext, operation, { signal });
  }

  async #lookUp(signal?: AbortSignal): Promise<number> {
    const answer = await this.#calls.any('findCoordinator', { keyType: COORDINATOR_GROUP, keys: [this.#groupId] }, { signal });
    const found = answer.coordinators.find((c) => c.key === this.#groupId) ?? answer.coordinators[0];
    if (!found) throw new CoordinatorNotAvailableError(`FindCoordinator gave no coordinator for group '${this.#groupId}'`);
    const error = errorFromKafkaCode(found.errorCode, found.errorMessage ?? `FindCoordinator of group '${this.#groupId}'`);
    if (error) throw error;
    this.#nodeId = found.nodeId;
    return found.nodeId;
  }

  #seen(error: LogkeeperError): LogkeeperError {
    if (MOVED_CODES.has(error.code)) this.markUnknown();
    return error;
  }
}
