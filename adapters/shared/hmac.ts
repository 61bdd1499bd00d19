import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/*
 * HMAC-SHA256 for where WebCrypto's `crypto.subtle` is missing: a browser page served over
 * plain http from a host other than localhost is not a "secure context", and has
 * `crypto.getRandomValues` but no `crypto.subtle`. The hashing comes from @noble/hashes, an
 * audited library with no dependencies that runs in Node and browsers alike.
 */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(sha256, key, data);
}
