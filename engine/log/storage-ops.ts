import { LogkeeperError, StorageError } from '../errors/index.js';
import type { Area } from '../storage/index.js';

/*
 * How the log writes to its area outside group commits (truncation, retention, roll,
 * compaction, open and close): a list of operations applied as one atomic batch. And how a
 * storage failure reaches the caller: as a StorageError saying what the log was doing.
 */

export type Op = { type: 'put'; key: Uint8Array; value: Uint8Array } | { type: 'del'; key: Uint8Array };

/** Applies `ops` as one atomic batch (nothing when empty); `sync` waits for the disk. */
export async function writeOps(area: Area, ops: Op[], sync: boolean): Promise<void> {
  if (ops.length === 0) return;
  try {
    // `sync` is classic-level's option (memory-level ignores it); abstract-level forwards it.
    await area.batch(ops as never, { sync } as never);
  } catch (err) {
    throw storageError(err, 'Writing to the log failed');
  }
}

/** A storage failure as a StorageError (errors of the library's own pass through). */
export function storageError(err: unknown, what: string): LogkeeperError {
  if (err instanceof LogkeeperError) return err;
  return new StorageError(`${what}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
}
