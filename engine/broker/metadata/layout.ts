import { InternalError, type LogkeeperErrorOptions } from '../../errors/index.js';
import { isId } from './random-id.js';
import type { BrokerRegistration, PartitionState, TopicAssignment, TopicConfigOverrides } from './types.js';

/*
 * The JSON of each metadata znode (the layout is in types.ts): one codec per znode, whose
 * `decode` checks every field it relies on. A znode someone wrote badly (by hand, or a
 * newer version) is a MalformedZnodeError naming the path: the reader logs it and keeps
 * what it had, instead of a broker crashing on a TypeError later. Fields a later version
 * may add are ignored; a different `version` is refused.
 */

/** A metadata znode whose data is not what its layout says. */
export class MalformedZnodeError extends InternalError {
  readonly path: string;

  constructor(path: string, problem: string, options: LogkeeperErrorOptions = {}) {
    super(`Malformed znode ${path}: ${problem}`, { ...options, details: { path } });
    this.path = path;
  }
}

export interface ZnodeCodec<T> {
  encode(value: T): Uint8Array;
  /** The value, or MalformedZnodeError (`path` is for the message). */
  decode(data: Uint8Array, path: string): T;
}

export interface ClusterIdZnode {
  version: 1;
  id: string;
}

export interface ControllerZnode {
  version: 1;
  brokerId: number;
}

export interface ProducerIdBlock {
  version: 1;
  brokerId: number;
  /** The first and last id of the block (both inclusive). */
  blockStart: number;
  blockEnd: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

type Json = Record<string, unknown>;

/** Parses `data` as a JSON object of version 1, or throws MalformedZnodeError. */
function object(data: Uint8Array, path: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(data));
  } catch (error) {
    throw new MalformedZnodeError(path, 'not JSON', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedZnodeError(path, 'not a JSON object');
  if ((value as Json).version !== 1) throw new MalformedZnodeError(path, `unknown version ${JSON.stringify((value as Json).version)}`);
  return value as Json;
}

const INT32_MAX = 0x7fffffff;

function integer(o: Json, key: string, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) throw new MalformedZnodeError(path, `${key} must be an integer from ${min} to ${max}`);
  return v;
}

function brokerIds(v: unknown, what: string, path: string, allowEmpty: boolean): number[] {
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0)) throw new MalformedZnodeError(path, `${what} must be a ${allowEmpty ? '' : 'non-empty '}list of broker ids`);
  for (const id of v) if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id > INT32_MAX) throw new MalformedZnodeError(path, `${what} holds a bad broker id`);
  if (new Set(v).size !== v.length) throw new MalformedZnodeError(path, `${what} repeats a broker id`);
  return [...(v as number[])];
}

function strings(v: unknown, what: string, path: string): Record<string, string> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new MalformedZnodeError(path, `${what} must be an object`);
  const out: Record<string, string> = {};
  for (const [k, s] of Object.entries(v)) {
    if (typeof s !== 'string') throw new MalformedZnodeError(path, `${what}.${k} must be a string`);
    out[k] = s;
  }
  return out;
}

const json = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

export const clusterIdCodec: ZnodeCodec<ClusterIdZnode> = {
  encode: (v) => json({ version: 1, id: v.id }),
  decode(data, path) {
    const o = object(data, path);
    if (!isId(o.id)) throw new MalformedZnodeError(path, 'id must be 22 characters of base64url');
    return { version: 1, id: o.id };
  },
};

export const brokerCodec: ZnodeCodec<BrokerRegistration> = {
  encode: (v) => json({ version: 1, id: v.id, address: v.address, rack: v.rack, listeners: v.listeners, timestamp: v.timestamp }),
  decode(data, path) {
    const o = object(data, path);
    const id = integer(o, 'id', path, 0, INT32_MAX);
    if (typeof o.address !== 'string' || o.address.length === 0) throw new MalformedZnodeError(path, 'address must be a non-empty string');
    if (o.rack !== null && typeof o.rack !== 'string') throw new MalformedZnodeError(path, 'rack must be a string or null');
    const listeners = strings(o.listeners ?? {}, 'listeners', path);
    const timestamp = o.timestamp;
    if (typeof timestamp !== 'number' || !Number.isFinite(timestamp) || timestamp < 0) throw new MalformedZnodeError(path, 'timestamp must be a time in ms');
    return { version: 1, id, address: o.address, rack: o.rack, listeners, timestamp };
  },
};

export const topicCodec: ZnodeCodec<TopicAssignment> = {
  encode: (v) => json({ version: 1, id: v.id, partitions: v.partitions }),
  decode(data, path) {
    const o = object(data, path);
    if (!isId(o.id)) throw new MalformedZnodeError(path, 'id must be 22 characters of base64url');
    const raw = o.partitions;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new MalformedZnodeError(path, 'partitions must be an object');
    const keys = Object.keys(raw);
    if (keys.length === 0) throw new MalformedZnodeError(path, 'a topic has at least one partition');
    const partitions: Record<string, number[]> = {};
    for (let p = 0; p < keys.length; p++) {
      const replicas = (raw as Json)[String(p)];
      if (replicas === undefined) throw new MalformedZnodeError(path, `partitions must be numbered 0 to ${keys.length - 1}`);
      partitions[String(p)] = brokerIds(replicas, `partition ${p}'s replicas`, path, false);
    }
    return { version: 1, id: o.id, partitions };
  },
};

export const partitionStateCodec: ZnodeCodec<PartitionState> = {
  encode: (v) => json({ version: 1, leader: v.leader, leaderEpoch: v.leaderEpoch, isr: v.isr, controllerEpoch: v.controllerEpoch, leaderBrokerEpoch: v.leaderBrokerEpoch }),
  decode(data, path) {
    const o = object(data, path);
    const leader = integer(o, 'leader', path, -1, INT32_MAX);
    const leaderEpoch = integer(o, 'leaderEpoch', path, 0, INT32_MAX);
    const isr = brokerIds(o.isr, 'isr', path, true);
    const controllerEpoch = integer(o, 'controllerEpoch', path, 0, INT32_MAX);
    // Absent from states written before it existed: unknown, so the leader is elected again.
    const leaderBrokerEpoch = o.leaderBrokerEpoch === undefined ? -1 : integer(o, 'leaderBrokerEpoch', path, -1);
    return { version: 1, leader, leaderEpoch, isr, controllerEpoch, leaderBrokerEpoch };
  },
};

export const topicConfigCodec: ZnodeCodec<TopicConfigOverrides> = {
  encode: (v) => json({ version: 1, config: v.config }),
  decode(data, path) {
    const o = object(data, path);
    return { version: 1, config: strings(o.config, 'config', path) };
  },
};

export const controllerCodec: ZnodeCodec<ControllerZnode> = {
  encode: (v) => json({ version: 1, brokerId: v.brokerId }),
  decode(data, path) {
    const o = object(data, path);
    return { version: 1, brokerId: integer(o, 'brokerId', path, 0, INT32_MAX) };
  },
};

/**
 * /controller_epoch holds the bare number (`5`), as Kafka's does; a JSON string of digits
 * (`"5"`) is read too.
 */
export const controllerEpochCodec: ZnodeCodec<number> = {
  encode: (epoch) => json(epoch),
  decode(data, path) {
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(data));
    } catch (error) {
      throw new MalformedZnodeError(path, 'not JSON', { cause: error });
    }
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > INT32_MAX) throw new MalformedZnodeError(path, 'the epoch must be a non-negative int32');
    return n;
  },
};

export const producerIdBlockCodec: ZnodeCodec<ProducerIdBlock> = {
  encode: (v) => json({ version: 1, brokerId: v.brokerId, blockStart: v.blockStart, blockEnd: v.blockEnd }),
  decode(data, path) {
    const o = object(data, path);
    const brokerId = integer(o, 'brokerId', path, 0, INT32_MAX);
    const blockStart = integer(o, 'blockStart', path, 0);
    const blockEnd = integer(o, 'blockEnd', path, blockStart);
    return { version: 1, brokerId, blockStart, blockEnd };
  },
};

/** The replica lists of an assignment, by partition index. */
export const replicasOf = (assignment: TopicAssignment): number[][] =>
  Object.keys(assignment.partitions).map((_, p) => assignment.partitions[String(p)]!);

/** An assignment's `partitions` from replica lists by partition index. */
export const partitionsRecord = (replicas: readonly number[][]): Record<string, number[]> =>
  Object.fromEntries(replicas.map((r, p) => [String(p), [...r]]));
