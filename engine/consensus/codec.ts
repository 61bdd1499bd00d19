import { MalformedFrameError, StorageError } from '../errors/index.js';
import { logkeeper } from './generated/raft.js';
import type {
  ConfChange,
  ConfState,
  Entry,
  HardState,
  Message,
  Snapshot,
  SnapshotMeta,
} from './types.js';
import { encodeMessage as encodeProto } from '../../transports/encode.js';

/*
 * Bytes for the Raft values, through the static protobuf code generated from raft.proto.
 * uint64 fields decode as Long objects; indexes and terms stay below 2^53, so they become
 * plain numbers here and the core never sees a Long.
 */

const pb = logkeeper.raft;
type Long = { toNumber(): number };
type U64 = number | Long;

function num(v: U64 | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

const EMPTY = new Uint8Array(0);

// ---- entries ----

function entryFields(e: Entry): logkeeper.raft.Entry.$Properties {
  return { term: e.term, index: e.index, type: e.type as number, data: e.data };
}

function entryFrom(p: logkeeper.raft.Entry.$Properties): Entry {
  return { term: num(p.term), index: num(p.index), type: (p.type ?? 0) as number, data: p.data ?? EMPTY };
}

export function encodeEntry(e: Entry): Uint8Array {
  return pb.Entry.encode(entryFields(e)).finish();
}

export function decodeEntry(bytes: Uint8Array): Entry {
  try {
    return entryFrom(pb.Entry.decode(bytes));
  } catch (err) {
    throw new StorageError(`Undecodable log entry: ${(err as Error).message}`, { cause: err });
  }
}

/** Consecutive entries as one stored value. */
export function encodeEntryBatch(entries: Entry[]): Uint8Array {
  return encodeProto(pb.EntryBatch.encode, { entries: entries.map(entryFields) });
}

export function decodeEntryBatch(bytes: Uint8Array): Entry[] {
  try {
    return pb.EntryBatch.decode(bytes).entries.map(entryFrom);
  } catch (err) {
    throw new StorageError(`Undecodable log entries: ${(err as Error).message}`, { cause: err });
  }
}

// ---- membership ----

function confFields(c: ConfState): logkeeper.raft.ConfState.$Properties {
  return { voters: c.voters.map((m) => ({ id: m.id, address: m.address })), learners: c.learners.map((m) => ({ id: m.id, address: m.address })) };
}

function confFrom(p: logkeeper.raft.ConfState.$Properties | null | undefined): ConfState {
  const list = (ms: logkeeper.raft.Member.$Properties[] | null | undefined) => (ms ?? []).map((m) => ({ id: m.id ?? '', address: m.address ?? '' }));
  return { voters: list(p?.voters), learners: list(p?.learners) };
}

export function encodeConfChange(cc: ConfChange): Uint8Array {
  return pb.ConfChange.encode({ type: cc.type as number, id: cc.id, address: cc.address }).finish();
}

export function decodeConfChange(bytes: Uint8Array): ConfChange {
  const p = pb.ConfChange.decode(bytes);
  return { type: p.type as number, id: p.id, address: p.address };
}

// ---- snapshots and hard state ----

function snapshotFields(s: Snapshot): logkeeper.raft.Snapshot.$Properties {
  return { meta: { index: s.meta.index, term: s.meta.term, conf: confFields(s.meta.conf) }, data: s.data };
}

function snapshotFrom(p: logkeeper.raft.Snapshot.$Properties): Snapshot {
  const meta: SnapshotMeta = { index: num(p.meta?.index), term: num(p.meta?.term), conf: confFrom(p.meta?.conf) };
  return { meta, data: p.data ?? EMPTY };
}

export function encodeSnapshot(s: Snapshot): Uint8Array {
  return pb.Snapshot.encode(snapshotFields(s)).finish();
}

export function decodeSnapshot(bytes: Uint8Array): Snapshot {
  try {
    return snapshotFrom(pb.Snapshot.decode(bytes));
  } catch (err) {
    throw new StorageError(`Undecodable snapshot: ${(err as Error).message}`, { cause: err });
  }
}

export function encodeHardState(h: HardState): Uint8Array {
  return encodeProto(pb.HardState.encode, { term: h.term, vote: h.vote, commit: h.commit });
}

export function decodeHardState(bytes: Uint8Array): HardState {
  try {
    const p = pb.HardState.decode(bytes);
    return { term: num(p.term), vote: p.vote, commit: num(p.commit) };
  } catch (err) {
    throw new StorageError(`Undecodable hard state: ${(err as Error).message}`, { cause: err });
  }
}

// ---- messages and frames ----

function messageFields(m: Message): logkeeper.raft.Message.$Properties {
  const f: logkeeper.raft.Message.$Properties = { type: m.type as number, to: m.to, from: m.from, term: m.term };
  // Zero fields are left out: most messages use a few of them.
  if (m.logTerm) f.logTerm = m.logTerm;
  if (m.index) f.index = m.index;
  if (m.entries.length > 0) f.entries = m.entries.map(entryFields);
  if (m.commit) f.commit = m.commit;
  if (m.reject) f.reject = true;
  if (m.rejectHint) f.rejectHint = m.rejectHint;
  if (m.snapshot) f.snapshot = snapshotFields(m.snapshot);
  if (m.context.byteLength > 0) f.context = m.context;
  if (m.seq) f.seq = m.seq;
  if (m.force) f.force = true;
  return f;
}

function messageFrom(p: logkeeper.raft.Message): Message {
  return {
    type: p.type as number,
    to: p.to,
    from: p.from,
    term: num(p.term),
    logTerm: num(p.logTerm),
    index: num(p.index),
    entries: p.entries.map(entryFrom),
    commit: num(p.commit),
    reject: p.reject,
    rejectHint: num(p.rejectHint),
    snapshot: p.snapshot ? snapshotFrom(p.snapshot) : null,
    context: p.context ?? EMPTY,
    seq: num(p.seq),
    force: p.force,
  };
}

export function encodeMessage(m: Message): Uint8Array {
  return encodeProto(pb.Message.encode, messageFields(m));
}

export function decodeMessage(bytes: Uint8Array): Message {
  return messageFrom(pb.Message.decode(bytes));
}

/** The messages of one Ready for one peer, as one peer-link payload. */
export function encodeMessages(messages: Message[]): Uint8Array {
  return encodeProto(pb.MessageBatch.encode, { messages: messages.map(messageFields) });
}

export function decodeMessages(bytes: Uint8Array): Message[] {
  try {
    return pb.MessageBatch.decode(bytes).messages.map((m) => messageFrom(m as logkeeper.raft.Message));
  } catch (err) {
    throw new MalformedFrameError(`Undecodable Raft messages: ${(err as Error).message}`, { cause: err });
  }
}
