import { CorruptRecordError, InvalidRecordError, RecordListTooLargeError } from '../../errors/index.js';
import { BATCH_OVERHEAD, RecordBatch, validateBatch, type LogConfig } from '../../log/index.js';
import { producerBatch, type ProducerBatch } from './producer-state.js';

/*
 * How this works: what a leader checks before it stores anything a producer sent. A
 * producer's `records` are one or more RecordBatch v2 back to back; clients may be untrusted,
 * so every batch is split off by its length field and checked whole before any is written:
 * the layout, the size limits (maxMessageBytes → RECORD_TOO_LARGE, the segment size →
 * RECORD_LIST_TOO_LARGE), the CRC, the codec (validateBatch), that the records decode (every
 * record and header, decompressed when the batch is — a CRC only proves that the producer
 * computed it over these bytes), that a compacted log's records have keys, and the producer
 * fields. No transactions yet: transactional and control batches are refused. Any failure
 * refuses the whole partition's records, so a request is stored entirely or not at all.
 */

const LENGTH_AT = 8;
const LOG_OVERHEAD = 12;

export interface CheckedBatch extends ProducerBatch {
  bytes: Uint8Array;
}

/** Splits and checks a producer's records for a log with `config`; throws the first problem as a typed error. */
export function checkProducerRecords(records: Uint8Array, config: Readonly<LogConfig>): CheckedBatch[] {
  if (!(records instanceof Uint8Array)) throw new CorruptRecordError('records must be bytes');
  if (records.length === 0) throw new InvalidRecordError('The request holds no record batch');
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const out: CheckedBatch[] = [];
  for (let at = 0; at < records.length; ) {
    if (records.length - at < BATCH_OVERHEAD) {
      throw new CorruptRecordError(`${records.length - at} bytes at position ${at} are too few for a record batch`);
    }
    const size = LOG_OVERHEAD + view.getInt32(at + LENGTH_AT);
    if (size < BATCH_OVERHEAD || size > records.length - at) {
      throw new CorruptRecordError(`The batch at position ${at} says it is ${size} bytes; ${records.length - at} remain`);
    }
    out.push(checkBatch(records.subarray(at, at + size), config));
    at += size;
  }
  return out;
}

function checkBatch(bytes: Uint8Array, config: Readonly<LogConfig>): CheckedBatch {
  validateBatch(bytes, config.maxMessageBytes);
  if (bytes.length > config.segmentBytes) {
    throw new RecordListTooLargeError(`The batch is ${bytes.length} bytes, more than the segment size ${config.segmentBytes}`);
  }
  const batch = new RecordBatch(bytes);
  if (batch.isControl) throw new InvalidRecordError('Control batches are written by the broker, not by producers');
  if (batch.isTransactional) throw new InvalidRecordError('Transactions are not supported');
  const fields = producerBatch(bytes);
  if (fields.producerId >= 0 && (fields.producerEpoch < 0 || fields.baseSequence < 0)) {
    throw new InvalidRecordError(`An idempotent batch (producer ${fields.producerId}) needs an epoch and a sequence >= 0`);
  }
  const keyless = batch.checkRecords(config.cleanupPolicy !== 'delete');
  if (keyless >= 0) throw new InvalidRecordError(`A compacted topic accepts only records with a key (offset delta ${keyless})`);
  return { bytes, ...fields };
}
