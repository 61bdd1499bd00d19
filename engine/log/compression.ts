import snappy from 'snappyjs';
import { CorruptRecordError, UnsupportedCompressionError } from '../errors/index.js';
import { gzipCodec } from './codec-gzip.js';
import { lz4Codec } from './codec-lz4.js';
import { readInt32 } from './bytes.js';
import { concatKey } from '../storage/index.js';

/*
 * Compression codecs by Kafka's attribute id (the low 3 bits of a batch's attributes):
 * 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd. A codec compresses the records section of a batch
 * as a whole. gzip (node:zlib, or fflate where there is none) and snappy (snappyjs, pure JS)
 * are built in, and lz4 in Node
 * where the optional lz4-napi loads (codec-lz4.ts); zstd (no maintained package fits: Node 20
 * has no zstd in zlib) and lz4 elsewhere can be plugged in with registerCodec.
 */

export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';

export const COMPRESSION_IDS: Readonly<Record<CompressionName, number>> = Object.freeze({
  none: 0,
  gzip: 1,
  snappy: 2,
  lz4: 3,
  zstd: 4,
});

const NAMES: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

export interface CompressionCodec {
  readonly name: string;
  compress(data: Uint8Array): Uint8Array;
  /** Must throw if the output would exceed `maxLength` bytes (a decompression bomb). */
  decompress(data: Uint8Array, maxLength: number): Uint8Array;
}

/** The largest records section a reader will inflate a batch to. */
export const MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;

// xerial snappy-java's stream framing, which Java producers write: a magic header, then
// blocks each prefixed by its 4-byte big-endian length. librdkafka and kafkajs write a bare
// snappy block. Readers must take both; we write the bare block, as they do.
const XERIAL_MAGIC = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00];
const XERIAL_HEADER_BYTES = 16;

function isXerial(data: Uint8Array): boolean {
  if (data.length < XERIAL_HEADER_BYTES) return false;
  for (let i = 0; i < XERIAL_MAGIC.length; i++) if (data[i] !== XERIAL_MAGIC[i]) return false;
  return true;
}

export const snappyCodec: CompressionCodec = {
  name: 'snappy',
  compress(data) {
    return snappy.compress(data);
  },
  decompress(data, maxLength) {
    if (!isXerial(data)) return snappy.uncompress(data, maxLength);
    const parts: Uint8Array[] = [];
    let total = 0;
    let at = XERIAL_HEADER_BYTES;
    while (at < data.length) {
      if (at + 4 > data.length) throw new CorruptRecordError('Truncated xerial snappy block header');
      const length = readInt32(data, at);
      at += 4;
      if (length < 0 || at + length > data.length) throw new CorruptRecordError('Truncated xerial snappy block');
      const part = snappy.uncompress(data.subarray(at, at + length), maxLength - total);
      parts.push(part);
      total += part.length;
      at += length;
    }
    return concatKey(...parts);
  },
};

const codecs = new Map<number, CompressionCodec>([
  [COMPRESSION_IDS.gzip, gzipCodec],
  [COMPRESSION_IDS.snappy, snappyCodec],
]);
if (lz4Codec) codecs.set(COMPRESSION_IDS.lz4, lz4Codec);

/** Installs (or replaces) the codec for a Kafka compression id, e.g. lz4 or zstd from a package. */
export function registerCodec(compression: CompressionName, codec: CompressionCodec): void {
  if (compression === 'none') throw new UnsupportedCompressionError("The 'none' codec cannot be replaced");
  const id = COMPRESSION_IDS[compression];
  if (id === undefined) throw new UnsupportedCompressionError(`Unknown compression '${String(compression)}'`);
  codecs.set(id, codec);
}

export function compressionName(id: number): CompressionName | undefined {
  return NAMES[id];
}

/** Whether batches with this attribute id can be written and read by this build. */
export function isCompressionSupported(id: number): boolean {
  return id === 0 || codecs.has(id);
}

/** The codec for an attribute id; throws UnsupportedCompressionError if none is installed. */
export function codecFor(id: number): CompressionCodec {
  const codec = codecs.get(id);
  if (!codec) {
    const name = compressionName(id);
    throw new UnsupportedCompressionError(
      name ? `No codec is installed for ${name} compression (see registerCodec)` : `Unknown compression id ${id}`,
    );
  }
  return codec;
}

export function compressionId(name: CompressionName): number {
  const id = COMPRESSION_IDS[name];
  if (id === undefined) throw new UnsupportedCompressionError(`Unknown compression '${String(name)}'`);
  return id;
}
