import { gunzipSync as portableGunzip, gzipSync as portableGzip } from 'fflate';
import type { CompressionCodec } from './compression.js';

/*
 * gzip: node:zlib in Node; fflate (pure JS) where there is no node:zlib, as in a browser tab,
 * whose bundlers map it to nothing (package.json `browser`). Both write and read the one
 * gzip member Kafka's producers write.
 */

interface Zlib {
  gzipSync(data: Uint8Array, options: { level: number }): Uint8Array;
  gunzipSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
}

const zlib: Zlib | undefined = await import('node:zlib').then(
  (m) => (typeof m.gzipSync === 'function' ? (m as unknown as Zlib) : undefined),
  () => undefined,
);

/** Kafka's default gzip level is the library default. */
const LEVEL = 6;

/** gzip in plain JavaScript, for every platform. */
export const portableGzipCodec: CompressionCodec = {
  name: 'gzip',
  compress: (data) => portableGzip(data, { level: LEVEL }),
  decompress(data, maxLength) {
    // fflate inflates into a buffer of the size the gzip trailer states (mod 2^32), and stops
    // there: checked against the bound first, so a lying trailer cannot make it allocate
    // more. (Data longer than stated comes out cut, and then fails to decode.)
    if (data.length < 18) throw new RangeError('gzip data too short');
    const size = (data[data.length - 4]! | (data[data.length - 3]! << 8) | (data[data.length - 2]! << 16) | (data[data.length - 1]! << 24)) >>> 0;
    if (size > maxLength) throw new RangeError(`gzip data inflates past ${maxLength} bytes`);
    return portableGunzip(data, { out: new Uint8Array(size) });
  },
};

export const gzipCodec: CompressionCodec = zlib
  ? {
      name: 'gzip',
      compress: (data) => zlib.gzipSync(data, { level: LEVEL }),
      decompress: (data, maxLength) => zlib.gunzipSync(data, { maxOutputLength: maxLength }),
    }
  : portableGzipCodec;
