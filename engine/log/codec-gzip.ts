import { gunzipSync, gzipSync, constants } from 'node:zlib';
import type { CompressionCodec } from './compression.js';

/*
 * gzip through node:zlib. This is the only file of engine/log that imports a Node built-in,
 * so a browser bundle can alias it to a pure-JS gzip without touching anything else.
 */
export const gzipCodec: CompressionCodec = {
  name: 'gzip',
  compress(data) {
    // Kafka's default gzip level is the library default (6); speed matters more here.
    return gzipSync(data, { level: constants.Z_DEFAULT_COMPRESSION });
  },
  decompress(data, maxLength) {
    return gunzipSync(data, { maxOutputLength: maxLength });
  },
};
