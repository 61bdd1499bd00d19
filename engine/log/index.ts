/*
 * engine/log: the segmented partition log. A topic partition is one PartitionLog over an
 * area of a Storage; its values are Kafka RecordBatch v2 bytes. See docs/log.md.
 */
export {
  PartitionLog,
  silentLogger,
  type PartitionLogOptions,
  type AppendOptions,
  type AppendResult,
  type ReadOptions,
  type TimestampOffset,
  type RetentionResult,
  type CompactionResult,
  type LogLogger,
} from './partition-log.js';
export { DEFAULT_CONFIG, type LogConfig, type CleanupPolicy, type FsyncPolicy } from './config.js';
export type { Segment } from './layout.js';
export { EpochCache, UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET, type EpochEntry } from './epoch-cache.js';
export {
  RecordBatch,
  validateBatch,
  validateStoredBatch,
  computeCrc,
  decodeHeaders,
  BATCH_OVERHEAD,
  NO_TIMESTAMP,
  NO_PARTITION_LEADER_EPOCH,
  type LogRecord,
  type Header,
  type RawRecord,
  type TimestampType,
  type BatchSummary,
} from './record-batch.js';
export {
  encodeRecordBatch,
  buildBatch,
  type RecordInput,
  type HeaderInput,
  type EncodeOptions,
  type BytesInput,
} from './batch-encoder.js';
export {
  registerCodec,
  isCompressionSupported,
  COMPRESSION_IDS,
  type CompressionCodec,
  type CompressionName,
} from './compression.js';
export { crc32c } from './crc32c.js';
