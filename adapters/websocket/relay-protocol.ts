import { BadArgumentsError, MalformedFrameError } from '../../engine/errors/index.js';

/*
 * The relay protocol: what a node (a browser tab, or anything that cannot listen) and the hub
 * say over the node's one link to the hub. Each message is one frame on the link:
 *
 *   LISTEN    node → hub   req, name           take the name; REPLY says ok or ADDRESS_IN_USE
 *   UNLISTEN  node → hub   req, name           give it back; REPLY when done
 *   OPEN      node → hub   req, name           dial the node listening on name
 *   REPLY     hub → node   req, channel, why   answer to the above; `why` empty means ok,
 *                                             else "CODE message"; `channel` names the new
 *                                             connection on this link for OPEN
 *   INCOMING  hub → node   channel, name, from someone dials `name` here; answer ACCEPT or REFUSE
 *   ACCEPT    node → hub   channel
 *   REFUSE    node → hub   channel, why
 *   DATA      both         channel, payload    one frame of a relayed connection
 *   CREDIT    both         channel, bytes      the receiver consumed this many bytes (flow control)
 *   CLOSE     both         channel, why        the connection ends; `why` empty for a clean close
 *
 * Channel numbers are chosen by the hub, per link, so the two ends of one relayed connection
 * know it by different numbers; the hub rewrites the number as it forwards. Every integer is
 * a big-endian u32; names and reasons are UTF-8.
 *
 * Flow control is per connection and end to end: a sender counts the bytes (payload + 1) it
 * sent and that the receiver has not credited back; `send` returns false when that reaches the
 * high-water mark. The receiver credits what it delivered, in steps of a quarter of the mark.
 * So the hub holds at most a high-water mark of bytes per well-behaved connection, and a link
 * that overflows its own limit is dropped.
 */

export const enum Op {
  Listen = 1,
  Unlisten = 2,
  Open = 3,
  Reply = 4,
  Incoming = 5,
  Accept = 6,
  Refuse = 7,
  Data = 8,
  Credit = 9,
  Close = 10,
}

/** Bytes before the payload of a DATA message. */
export const DATA_HEADER_BYTES = 5;
/** How much larger a link's frame limit must be than the relayed connections' limit. */
export const RELAY_OVERHEAD_BYTES = 64;
const MAX_NAME_BYTES = 255;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `relay://name` or a bare name; names are 1 to 255 bytes of letters, digits and `-_.~:@`. */
export function parseRelayAddress(address: string): string {
  const name = address.startsWith('relay://') ? address.slice('relay://'.length) : address;
  if (!/^[A-Za-z0-9\-_.~:@]+$/.test(name) || encoder.encode(name).byteLength > MAX_NAME_BYTES) {
    throw new BadArgumentsError(`Not a relay address: '${address}' (expected relay://name)`);
  }
  return name;
}

export function formatRelayAddress(name: string): string {
  return `relay://${name}`;
}

export function message(op: Op, a: number, ...rest: Array<number | string | Uint8Array>): Uint8Array {
  const parts = rest.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const size = 5 + parts.reduce<number>((n, p) => n + (typeof p === 'number' ? 4 : p.byteLength), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = op;
  view.setUint32(1, a);
  let at = 5;
  for (const p of parts) {
    if (typeof p === 'number') {
      view.setUint32(at, p);
      at += 4;
    } else {
      out.set(p, at);
      at += p.byteLength;
    }
  }
  return out;
}

/** INCOMING carries two strings: the name dialled (length-prefixed) and who dials. */
export function incoming(channel: number, name: string, from: string): Uint8Array {
  const bytes = encoder.encode(name);
  return message(Op.Incoming, channel, Uint8Array.of(bytes.byteLength), bytes, from);
}

export interface Parsed {
  op: Op;
  /** The request id or the channel. */
  id: number;
  frame: Uint8Array;
}

export function parse(frame: Uint8Array): Parsed {
  if (frame.byteLength < 5) throw new MalformedFrameError('A relay message shorter than its header');
  const id = ((frame[1]! << 24) | (frame[2]! << 16) | (frame[3]! << 8) | frame[4]!) >>> 0;
  return { op: frame[0] as Op, id, frame };
}

export function u32At(frame: Uint8Array, at: number): number {
  if (frame.byteLength < at + 4) throw new MalformedFrameError('A relay message is too short');
  return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(at);
}

export function textFrom(frame: Uint8Array, at: number, end = frame.byteLength): string {
  if (end - at > 1024) throw new MalformedFrameError('A relay name or reason is too long');
  return decoder.decode(frame.subarray(at, end));
}

export function parseIncoming(frame: Uint8Array): { name: string; from: string } {
  const length = frame[5];
  if (length === undefined || frame.byteLength < 6 + length) throw new MalformedFrameError('A bad INCOMING message');
  return { name: textFrom(frame, 6, 6 + length), from: textFrom(frame, 6 + length) };
}

/** Rewrites the channel number of a DATA, CREDIT or CLOSE message in place. */
export function setChannel(frame: Uint8Array, channel: number): void {
  frame[1] = channel >>> 24;
  frame[2] = (channel >>> 16) & 0xff;
  frame[3] = (channel >>> 8) & 0xff;
  frame[4] = channel & 0xff;
}
