import type { Storage } from '../storage/index.js';
import type { Clock } from '../time/index.js';
import type { LogConfig } from './config.js';

/*
 * What PartitionLog's methods take and return, and the logger it reports to (silentLogger
 * unless given one). engine/log/index.ts exports these through partition-log.ts.
 */

export interface LogLogger {
  warn(message: string, details?: { [key: string]: unknown }): void;
  info?(message: string, details?: { [key: string]: unknown }): void;
}

export const silentLogger: LogLogger = Object.freeze({ warn() {}, info() {} });

export interface PartitionLogOptions extends Partial<LogConfig> {
  storage: Storage;
  /** The area (sublevel path) this log owns, e.g. ['log', 'orders', '0']. */
  path: string | readonly string[];
  clock?: Clock;
  logger?: LogLogger;
  /**
   * Retention deletes only segments wholly below this offset; the broker passes its high
   * watermark so that nothing a follower still needs is deleted. Default: the log end.
   */
  deleteBoundary?: () => number;
  /**
   * Keep up to this many bytes of the newest batches in memory, so that reads at the log's
   * end (followers, tailing consumers) need no storage read (tail-cache.ts). Default 0: none.
   */
  tailCacheBytes?: number;
}

export interface AppendOptions {
  /** The leader's epoch, written into the batch (outside the CRC) and into the epoch cache. */
  leaderEpoch?: number;
}

export interface AppendResult {
  baseOffset: number;
  lastOffset: number;
  /** The log's time stamped on the batch under LogAppendTime, else -1. */
  logAppendTime: number;
  logStartOffset: number;
}

export interface ReadOptions {
  /** Stop adding batches past this many bytes; the first batch is returned whole regardless. Default 1 MiB. */
  maxBytes?: number;
  /** Return only batches that end below this offset (the broker's high watermark). Default: the log end. */
  maxOffset?: number;
}

export interface TimestampOffset {
  offset: number;
  timestamp: number;
}

export interface RetentionResult {
  deletedSegments: number;
  deletedBytes: number;
  logStartOffset: number;
}

export interface CompactionResult {
  /** Batches rewritten or removed. */
  cleanedBatches: number;
  removedRecords: number;
  bytesBefore: number;
  bytesAfter: number;
}
