import { logkeeper } from './generated/coordination.js';
import { MalformedFrameError } from '../errors/index.js';
import type { OpResult, Stat } from './types.js';

/*
 * The protobuf messages of coordination.proto (static code), and the conversions between
 * them and the plain values the API uses. Stat has the same field names on both sides.
 */

export const pb = logkeeper.coordination;
export const OperationType = pb.Operation.Type;
export const ReadKind = pb.Read.Kind;

/** Decodes a message from the wire; bytes that are not one become MALFORMED_FRAME, nothing else. */
export function decodeWire<T>(type: { decode(bytes: Uint8Array): T; name: string }, bytes: Uint8Array): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    throw new MalformedFrameError(`Undecodable ${type.name}: ${(error as Error)?.message ?? error}`, { cause: error });
  }
}

export function statFrom(s: logkeeper.coordination.IStat | null | undefined): Stat {
  return {
    czxid: s?.czxid ?? 0,
    mzxid: s?.mzxid ?? 0,
    pzxid: s?.pzxid ?? 0,
    ctime: s?.ctime ?? 0,
    mtime: s?.mtime ?? 0,
    version: s?.version ?? 0,
    cversion: s?.cversion ?? 0,
    aversion: s?.aversion ?? 0,
    ephemeralOwner: s?.ephemeralOwner ?? 0,
    dataLength: s?.dataLength ?? 0,
    numChildren: s?.numChildren ?? 0,
  };
}

const TYPE_NAMES = ['create', 'delete', 'setData', 'check'] as const;

export function opResultToWire(r: OpResult): logkeeper.coordination.IOpResult {
  switch (r.type) {
    case 'create':
      return { type: OperationType.CREATE, path: r.path, stat: r.stat };
    case 'delete':
      return { type: OperationType.DELETE };
    case 'setData':
      return { type: OperationType.SET_DATA, stat: r.stat };
    case 'check':
      return { type: OperationType.CHECK };
    default:
      return { error: r.code };
  }
}

export function opResultFromWire(r: logkeeper.coordination.IOpResult): OpResult {
  if (r.error) return { type: 'error', code: r.error };
  switch (TYPE_NAMES[r.type ?? 0]) {
    case 'create':
      return { type: 'create', path: r.path ?? '', stat: statFrom(r.stat) };
    case 'delete':
      return { type: 'delete' };
    case 'setData':
      return { type: 'setData', stat: statFrom(r.stat) };
    default:
      return { type: 'check' };
  }
}
