import type { ForeignProtocol } from '../../transports/byte-stream.js';

/*
 * Whose is a new connection? The TCP adapter's own clients begin with their HELLO control
 * frame: a 4-byte big-endian length below 256, the type byte 0x01 (HANDSHAKE) and the
 * handshake's magic "LKH" (adapters/shared/auth.ts):
 *
 *   00 00 00 LL  01 4C 4B 48  ...
 *
 * No foreign protocol served beside it can begin so: a Kafka request is a length and then
 * an int16 API key and int16 version, which these bytes would make 332 (0x014C) and 19272
 * ("KH"), far beyond any Kafka defines; a ZooKeeper ConnectRequest is a length and then an
 * int32 protocol version of 0, not 0x014C4B48; a ZooKeeper four-letter command ("ruok",
 * "srvr" …) and a TLS ClientHello (0x16 0x03) do not begin with a zero byte. So the first 8
 * bytes decide for the adapter's own prelude, and the first byte that differs from it rules it out.
 */

const OWN_PRELUDE = [0x00, 0x00, 0x00, -1, 0x01, 0x4c, 0x4b, 0x48]; // -1: any length byte
const OWN_PRELUDE_BYTES = OWN_PRELUDE.length;

/**
 * How many first bytes the foreign protocols get to decide in. When none is sure by then,
 * the connection is the adapter's own, whose handshake refuses what is not its prelude.
 */
export const MAX_SNIFF_BYTES = 64;

/** Whether `prefix` begins the adapter's own prelude: true, false, or undefined while too few bytes arrived. */
export function isOwnPrelude(prefix: Uint8Array): boolean | undefined {
  const n = Math.min(prefix.byteLength, OWN_PRELUDE_BYTES);
  for (let i = 0; i < n; i++) {
    const expected = OWN_PRELUDE[i]!;
    if (expected >= 0 && prefix[i] !== expected) return false;
  }
  return n === OWN_PRELUDE_BYTES ? true : undefined;
}

/**
 * Who takes a connection whose first bytes are `prefix`: 'own', one of `foreign` (the first,
 * in order, that is sure), or undefined while more bytes are needed. The adapter's own prelude
 * comes first; a foreign protocol is asked only about bytes that cannot be it. A matcher that
 * throws counts as "not mine" and is reported.
 */
export function whoseBytes(
  prefix: Uint8Array,
  foreign: readonly ForeignProtocol[],
  onMatcherError: (protocol: ForeignProtocol, error: unknown) => void,
): ForeignProtocol | 'own' | undefined {
  if (foreign.length === 0) return 'own';
  const own = isOwnPrelude(prefix);
  if (own === true) return 'own';
  if (own === undefined) return undefined;
  let undecided = false;
  for (const protocol of foreign) {
    let verdict: boolean | undefined;
    try {
      verdict = protocol.matches(prefix);
    } catch (error) {
      onMatcherError(protocol, error);
      verdict = false;
    }
    if (verdict === true) return protocol;
    if (verdict === undefined) undecided = true;
  }
  return undecided && prefix.byteLength < MAX_SNIFF_BYTES ? undefined : 'own';
}
