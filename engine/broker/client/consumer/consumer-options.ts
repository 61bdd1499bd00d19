import { BadArgumentsError } from '../../../errors/index.js';
import { integerOption, resolveRetry, type ClientContext, type RetryOptions } from '../options.js';
import { resolveAssignors, type Assignor } from './assignors/index.js';
import type { ConsumerOptions } from './consumer-types.js';
import type { OffsetReset } from './partition-consumer.js';

/*
 * The group consumer's options checked, with their defaults: kafkajs's where kafkajs has the
 * option (sessionTimeout 30 s, rebalanceTimeout 60 s, heartbeatInterval 3 s), Kafka's
 * otherwise (fetch wait 500 ms, the 'consumer' protocol of KIP-848 as of Kafka 4).
 */

export interface ResolvedConsumerOptions {
  groupId: string;
  groupProtocol: 'consumer' | 'classic';
  groupInstanceId: string | null;
  assignors: Assignor[];
  serverAssignor: string | null;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  heartbeatIntervalMs: number;
  autoOffsetReset: OffsetReset;
  maxWaitMs: number;
  minBytes: number | undefined;
  maxBytes: number | undefined;
  maxBytesPerPartition: number | undefined;
  retry: RetryOptions;
}

export function resolveConsumerOptions(context: ClientContext, options: ConsumerOptions): ResolvedConsumerOptions {
  if (typeof options !== 'object' || options === null) throw new BadArgumentsError('consumer needs options with a groupId');
  const { groupId, groupInstanceId, groupRemoteAssignor } = options;
  if (typeof groupId !== 'string' || groupId.length === 0) throw new BadArgumentsError('groupId must be a non-empty string');
  const groupProtocol = options.groupProtocol ?? 'consumer';
  if (groupProtocol !== 'consumer' && groupProtocol !== 'classic') throw new BadArgumentsError("groupProtocol must be 'consumer' or 'classic'");
  if (groupInstanceId !== undefined && (typeof groupInstanceId !== 'string' || groupInstanceId.length === 0)) throw new BadArgumentsError('groupInstanceId must be a non-empty string');
  if (groupRemoteAssignor !== undefined && (typeof groupRemoteAssignor !== 'string' || groupRemoteAssignor.length === 0)) throw new BadArgumentsError('groupRemoteAssignor must be a non-empty string');
  const autoOffsetReset = options.autoOffsetReset ?? 'latest';
  if (autoOffsetReset !== 'earliest' && autoOffsetReset !== 'latest' && autoOffsetReset !== 'none') throw new BadArgumentsError("autoOffsetReset must be 'earliest', 'latest' or 'none'");
  const sessionTimeoutMs = integerOption('sessionTimeout', options.sessionTimeout, 30_000, 1, 0x7fffffff);
  const heartbeatIntervalMs = integerOption('heartbeatInterval', options.heartbeatInterval, 3_000, 1, 0x7fffffff);
  if (heartbeatIntervalMs >= sessionTimeoutMs) throw new BadArgumentsError('heartbeatInterval must be shorter than sessionTimeout');
  return {
    groupId,
    groupProtocol,
    groupInstanceId: groupInstanceId ?? null,
    assignors: resolveAssignors(options.partitionAssigners ?? ['cooperative-sticky']),
    serverAssignor: groupRemoteAssignor ?? null,
    sessionTimeoutMs,
    rebalanceTimeoutMs: integerOption('rebalanceTimeout', options.rebalanceTimeout, 60_000, 1, 0x7fffffff),
    heartbeatIntervalMs,
    autoOffsetReset,
    maxWaitMs: integerOption('maxWaitTimeInMs', options.maxWaitTimeInMs, 500, 0, 0x7fffffff),
    minBytes: options.minBytes,
    maxBytes: options.maxBytes,
    maxBytesPerPartition: options.maxBytesPerPartition,
    retry: resolveRetry(options.retry, context.retry),
  };
}
