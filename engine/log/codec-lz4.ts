import type { CompressionCodec } from './compression.js';

/*
 * lz4 (Kafka's compression id 3) in the LZ4 frame format, as Kafka's producers write it for
 * record batch v2 (independent 64 KiB blocks, no checksums), through lz4-napi: lz4_flex behind
 * N-API, an optional dependency with prebuilt binaries. Where it is missing (a browser, whose
 * bundlers map it to nothing, or a platform without a binary) no lz4 codec is installed and
 * lz4 batches get UNSUPPORTED_COMPRESSION, unless the app registers a codec of its own.
 */

interface Lz4Binding {
  compressFrameSync(data: Uint8Array): Uint8Array;
  decompressFrameSync(data: Uint8Array): Uint8Array;
}

const binding: Lz4Binding | undefined = await import('lz4-napi').then(
  (m) => m as unknown as Lz4Binding,
  () => undefined,
);

export const lz4Codec: CompressionCodec | undefined =
  binding === undefined || typeof binding.compressFrameSync !== 'function'
    ? undefined
    : {
        name: 'lz4',
        compress(data) {
          return binding.compressFrameSync(data);
        },
        decompress(data, maxLength) {
          // LZ4 expands at most about 255 times, so a batch within maxMessageBytes stays
          // bounded while it inflates; the limit is checked on the result.
          const out = binding.decompressFrameSync(data);
          if (out.length > maxLength) throw new RangeError(`lz4 data inflates past ${maxLength} bytes`);
          return out;
        },
      };
