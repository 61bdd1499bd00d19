import { BadArgumentsError } from '../errors/index.js';
import { encodeConfChange } from './codec.js';
import { ConfChangeType, EntryType, type Entry, type Peer } from './types.js';

/**
 * The log a new cluster starts from (as etcd does): one committed entry per initial voter,
 * adding it, at term 1. Every initial member computes the same entries from the same peer
 * list, and a member that joins later replays them like any other configuration change.
 */
export function bootstrapEntries(peers: readonly Peer[]): Entry[] {
  if (!Array.isArray(peers) || peers.length === 0) throw new BadArgumentsError('A new cluster needs at least one peer');
  const seen = new Set<string>();
  for (const p of peers) {
    if (typeof p?.id !== 'string' || p.id.length === 0) throw new BadArgumentsError('Every peer needs a non-empty id');
    if (typeof p.address !== 'string' || p.address.length === 0) throw new BadArgumentsError(`Peer ${p.id} needs an address`);
    if (seen.has(p.id)) throw new BadArgumentsError(`Peer ${p.id} is listed twice`);
    seen.add(p.id);
  }
  const sorted = [...peers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((p, i) => ({
    index: i + 1,
    term: 1,
    type: EntryType.ConfChange,
    data: encodeConfChange({ type: ConfChangeType.AddVoter, id: p.id, address: p.address }),
  }));
}
