import { errorFromCode, isErrorCode, LogkeeperError, ConnectionLossError } from '../../engine/errors/index.js';

/*
 * When an adapter closes a link because of an error (a failed authentication, a frame over
 * the limit, garbage bytes), it tells the peer why, so that the peer's onClose gets the same
 * typed error instead of a bare "connection lost". The reason travels as UTF-8 text
 * "CODE message", at most MAX_REASON_BYTES long.
 */

export const MAX_REASON_BYTES = 120; // fits a WebSocket close reason (123 bytes)

export function encodeReason(error: Error): Uint8Array {
  const code = error instanceof LogkeeperError ? error.code : 'CONNECTION_LOSS';
  const bytes = new TextEncoder().encode(`${code} ${error.message}`);
  if (bytes.byteLength <= MAX_REASON_BYTES) return bytes;
  // Cut on a character boundary: drop UTF-8 continuation bytes at the cut.
  let end = MAX_REASON_BYTES;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** The typed error the peer sent; anything unreadable becomes a CONNECTION_LOSS that quotes it. */
export function decodeReason(bytes: Uint8Array | string, fallbackMessage = 'The peer closed the connection'): LogkeeperError {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, MAX_REASON_BYTES));
  const space = text.indexOf(' ');
  const code = space < 0 ? text : text.slice(0, space);
  const message = space < 0 ? fallbackMessage : text.slice(space + 1);
  if (!isErrorCode(code)) return new ConnectionLossError(text.length > 0 ? `${fallbackMessage}: ${text}` : fallbackMessage);
  return errorFromCode(code, `Peer: ${message}`);
}
