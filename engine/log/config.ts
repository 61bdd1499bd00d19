import { BadArgumentsError } from '../errors/index.js';
import type { TimestampType } from './record-batch.js';

/*
 * A partition log's settings, named and defaulted after Kafka's topic configs
 * (segment.bytes, segment.ms, retention.ms, ...). -1 means "no limit" where Kafka says so.
 */

export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';
export type FsyncPolicy = 'always' | 'interval' | 'never';

export interface LogConfig {
  /** Roll to a new segment when the active one would grow past this. Default 64 MiB. */
  segmentBytes: number;
  /** Roll when the active segment's first append is this old. Default 7 days. */
  segmentMs: number;
  /** Delete closed segments whose newest timestamp is older than this; -1 keeps forever. Default 7 days. */
  retentionMs: number;
  /** Delete the oldest closed segments while the log is over this size; -1 = no limit. Default -1. */
  retentionBytes: number;
  /** 'delete' (retention), 'compact' (keep the latest record per key) or both. Default 'delete'. */
  cleanupPolicy: CleanupPolicy;
  /** How long a compacted log keeps tombstones after their first cleaning. Default 1 day. */
  deleteRetentionMs: number;
  /** The cleaner runs when this share of the closed bytes has not been cleaned yet. Default 0.5. */
  minCleanableDirtyRatio: number;
  /** The largest batch accepted, in bytes. Default 1048588 (Kafka's message.max.bytes). */
  maxMessageBytes: number;
  /** Bytes between two time index entries. Default 4096. */
  indexIntervalBytes: number;
  /** 'always': every acknowledged append is synced; 'interval': synced every flushIntervalMs; 'never': left to the OS. */
  fsync: FsyncPolicy;
  /** For fsync 'interval'. Default 1000. */
  flushIntervalMs: number;
  /** How often retention, time-based roll and compaction run on the clock; 0 turns the timer off. Default 5 min. */
  retentionCheckIntervalMs: number;
  /** 'LogAppendTime' stamps each batch with the log's clock on append (and recomputes its CRC). */
  timestampType: TimestampType;
}

export const DEFAULT_CONFIG: Readonly<LogConfig> = Object.freeze({
  segmentBytes: 64 * 1024 * 1024,
  segmentMs: 7 * 24 * 3600 * 1000,
  retentionMs: 7 * 24 * 3600 * 1000,
  retentionBytes: -1,
  cleanupPolicy: 'delete',
  deleteRetentionMs: 24 * 3600 * 1000,
  minCleanableDirtyRatio: 0.5,
  maxMessageBytes: 1048588,
  indexIntervalBytes: 4096,
  fsync: 'interval',
  flushIntervalMs: 1000,
  retentionCheckIntervalMs: 5 * 60 * 1000,
  timestampType: 'CreateTime',
});

const positive = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
const nonNegative = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const limit = (v: unknown): boolean => v === -1 || nonNegative(v);

const CHECKS: { [K in keyof LogConfig]: [(v: unknown) => boolean, string] } = {
  segmentBytes: [(v) => positive(v) && (v as number) >= 1024, 'an integer >= 1024'],
  segmentMs: [positive, 'a positive integer'],
  retentionMs: [limit, '-1 or a non-negative integer'],
  retentionBytes: [limit, '-1 or a non-negative integer'],
  cleanupPolicy: [(v) => v === 'delete' || v === 'compact' || v === 'compact,delete', "'delete', 'compact' or 'compact,delete'"],
  deleteRetentionMs: [nonNegative, 'a non-negative integer'],
  minCleanableDirtyRatio: [(v) => typeof v === 'number' && v >= 0 && v <= 1, 'a number from 0 to 1'],
  maxMessageBytes: [(v) => positive(v) && (v as number) >= 61, 'an integer >= 61'],
  indexIntervalBytes: [positive, 'a positive integer'],
  fsync: [(v) => v === 'always' || v === 'interval' || v === 'never', "'always', 'interval' or 'never'"],
  flushIntervalMs: [positive, 'a positive integer'],
  retentionCheckIntervalMs: [nonNegative, 'a non-negative integer'],
  timestampType: [(v) => v === 'CreateTime' || v === 'LogAppendTime', "'CreateTime' or 'LogAppendTime'"],
};

/** Merges `changes` over `base`, refusing unknown keys and bad values with BadArgumentsError. */
export function resolveConfig(base: Readonly<LogConfig>, changes: Partial<LogConfig> | undefined): LogConfig {
  const out = { ...base };
  for (const [key, value] of Object.entries(changes ?? {})) {
    if (value === undefined) continue;
    const check = CHECKS[key as keyof LogConfig];
    if (!check) throw new BadArgumentsError(`Unknown log setting '${key}'`);
    if (!check[0](value)) throw new BadArgumentsError(`${key} must be ${check[1]}, got ${JSON.stringify(value)}`);
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

export const compacts = (c: LogConfig): boolean => c.cleanupPolicy !== 'delete';
export const deletes = (c: LogConfig): boolean => c.cleanupPolicy !== 'compact';
