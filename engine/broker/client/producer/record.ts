import { BadArgumentsError } from '../../../errors/index.js';
import { encodeHeaders } from '../../../log/batch-encoder.js';
import type { Message } from './types.js';

/*
 * A message checked and turned into what a batch stores, when `send` is called: a bad message
 * fails its own send at once, never a batch that other sends share. Headers are encoded here,
 * once; the batch is built from these later (buildBatch).
 */

export interface PreparedRecord {
  key: Uint8Array | null;
  value: Uint8Array | null;
  /** The header count and headers, as a record stores them. */
  headerSection: Uint8Array;
  timestamp: number;
  /** An upper bound of the record's bytes in a batch (before compression). */
  size: number;
}

/** A record's bytes besides key, value and headers, at most: length, attributes, timestamp and offset deltas, key and value lengths. */
const RECORD_OVERHEAD = 5 + 1 + 10 + 5 + 5 + 5;

const utf8 = new TextEncoder();

function toBytes(value: unknown, what: string): Uint8Array | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return utf8.encode(value);
  throw new BadArgumentsError(`${what} must be a Uint8Array, a string or null`);
}

export function prepareRecord(message: Message, now: number, where: string): PreparedRecord {
  if (typeof message !== 'object' || message === null) throw new BadArgumentsError(`${where} must be an object`);
  const key = toBytes(message.key, `${where}.key`);
  const value = toBytes(message.value, `${where}.value`);
  const timestamp = message.timestamp ?? now;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new BadArgumentsError(`${where}.timestamp must be a non-negative integer (ms)`);
  let headerSection: Uint8Array;
  try {
    headerSection = encodeHeaders(message.headers);
  } catch (error) {
    throw new BadArgumentsError(`${where}.headers: ${(error as Error).message}`);
  }
  const size = RECORD_OVERHEAD + (key?.length ?? 0) + (value?.length ?? 0) + headerSection.length;
  return { key, value, headerSection, timestamp, size };
}
