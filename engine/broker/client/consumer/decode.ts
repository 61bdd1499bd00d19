import { RecordBatch } from '../../../log/record-batch.js';

/*
 * Stored batches, as a fetch returns them, into messages (kafkajs's shape): each batch's layout
 * and CRC are checked (CORRUPT_RECORD otherwise), records before the fetch position are
 * skipped (a batch may begin before it), control batches (transaction markers) give no
 * messages. Keys, values and header values are views into the fetched bytes.
 */

/** Header values by key; a key that occurs more than once has an array, in order (as kafkajs). */
export type MessageHeaders = Record<string, Uint8Array | null | Array<Uint8Array | null>>;

export interface ConsumerMessage {
  topic: string;
  partition: number;
  offset: number;
  key: Uint8Array | null;
  value: Uint8Array | null;
  headers: MessageHeaders;
  /** Milliseconds since the epoch: the producer's time, or the broker's under LogAppendTime. */
  timestamp: number;
}

export interface Decoded {
  messages: ConsumerMessage[];
  /** Where the next fetch starts: past the last batch returned, or `from` when none was. */
  nextOffset: number;
}

export function decodeBatches(topic: string, partition: number, stored: readonly Uint8Array[], from: number): Decoded {
  const messages: ConsumerMessage[] = [];
  let nextOffset = from;
  for (const bytes of stored) {
    const batch = new RecordBatch(bytes);
    batch.ensureValid();
    if (batch.nextOffset <= nextOffset) continue;
    if (!batch.isControl) {
      for (const r of batch.records()) {
        if (r.offset < from) continue;
        messages.push({ topic, partition, offset: r.offset, key: r.key, value: r.value, headers: headersOf(r.headers), timestamp: r.timestamp });
      }
    }
    nextOffset = batch.nextOffset;
  }
  return { messages, nextOffset };
}

function headersOf(headers: ReadonlyArray<{ key: string; value: Uint8Array | null }>): MessageHeaders {
  const out: MessageHeaders = {};
  for (const { key, value } of headers) {
    const known = Object.prototype.hasOwnProperty.call(out, key) ? out[key] : undefined;
    const merged = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
    // defineProperty: a header named __proto__ is a header, not the object's prototype
    Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
