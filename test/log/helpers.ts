import type { ExecutionContext } from 'ava';
import { Storage } from '../../engine/storage/index.js';
import { SimulatedClock } from '../../engine/time/index.js';
import { PartitionLog, encodeRecordBatch, type PartitionLogOptions, type LogLogger, type RecordInput, type RecordBatch } from '../../engine/log/index.js';

export interface Logged {
  level: 'warn' | 'info';
  message: string;
  details: { [key: string]: unknown } | undefined;
}

export function memoryLogger(): LogLogger & { entries: Logged[] } {
  const entries: Logged[] = [];
  return {
    entries,
    warn: (message, details) => entries.push({ level: 'warn', message, details }),
    info: (message, details) => entries.push({ level: 'info', message, details }),
  };
}

export type TestLogOptions = Omit<PartitionLogOptions, 'storage' | 'path'> & { storage?: Storage; path?: string[] };

/** A log on memory-level and a simulated clock, closed when the test ends. */
export async function createLog(t: ExecutionContext, options: TestLogOptions = {}) {
  const storage = options.storage ?? (await Storage.open());
  const clock = (options.clock as SimulatedClock | undefined) ?? new SimulatedClock(1_700_000_000_000);
  const logger = memoryLogger();
  const log = await PartitionLog.open({ retentionCheckIntervalMs: 0, logger, ...options, storage, clock, path: options.path ?? ['log', 't', '0'] });
  t.teardown(async () => {
    await log.close().catch(() => undefined);
    if (!options.storage) await storage.close();
  });
  return { log, storage, clock, logger };
}

const text = new TextDecoder();

export function str(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : text.decode(bytes);
}

/** A batch of `count` records with values "<prefix>-<i>". */
export function batchOf(count: number, timestamp: number, prefix = 'v', extra: Partial<RecordInput> = {}): Uint8Array {
  const records: RecordInput[] = [];
  for (let i = 0; i < count; i++) records.push({ key: `k${i}`, value: `${prefix}-${i}`, ...extra });
  return encodeRecordBatch(records, { timestamp });
}

/** Every record of some batches from `from` on, as [offset, value]. */
export function flatten(batches: RecordBatch[], from = 0): Array<[number, string | null]> {
  const out: Array<[number, string | null]> = [];
  for (const b of batches) for (const r of b.records()) if (r.offset >= from) out.push([r.offset, str(r.value)]);
  return out;
}

export interface WriteSpy {
  /** Every write that reached the database, in order, with its sync flag. */
  writes: Array<{ sync: boolean }>;
  /** Indexes (in `writes`) of the writes that fail with `error` instead of reaching the database. */
  fail: Set<number>;
  error: Error;
  /** While set, writes wait for it (then fail or go on) before they reach the database, to hold one in flight. */
  gate: Promise<void> | undefined;
}

/**
 * Watches every write to the storage's database, whether an array batch (a sublevel's batch
 * ends up there) or a chained batch (the log's group commit), and can hold or fail writes.
 */
export function watchWrites(storage: Storage): WriteSpy {
  const spy: WriteSpy = { writes: [], fail: new Set(), error: new Error('disk full'), gate: undefined };
  type Chained = { write(options?: { sync?: boolean }): Promise<void>; close(): Promise<void> };
  const db = storage.db as unknown as { batch(...args: unknown[]): unknown };
  const original = db.batch.bind(db);
  const attempt = (options: { sync?: boolean } | undefined, write: () => Promise<void>, abandon: () => void): Promise<void> => {
    const index = spy.writes.push({ sync: options?.sync === true }) - 1;
    const go = (): Promise<void> => {
      if (!spy.fail.has(index)) return write();
      abandon();
      return Promise.reject(spy.error);
    };
    return spy.gate ? spy.gate.then(go) : go();
  };
  db.batch = (...args: unknown[]) => {
    if (args.length === 0) {
      const chained = original() as Chained;
      const write = chained.write.bind(chained);
      chained.write = (options) => attempt(options, () => write(options), () => void chained.close());
      return chained;
    }
    const options = args[1] as { sync?: boolean } | undefined;
    return attempt(options, () => original(...args) as Promise<void>, () => undefined);
  };
  return spy;
}

/** Holds the storage's writes until the returned function is called. */
export function holdWrites(spy: WriteSpy): () => void {
  let release!: () => void;
  spy.gate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    spy.gate = undefined;
    release();
  };
}

/** Lets pending I/O callbacks and microtasks run. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A log (on memory-level unless `options` give a storage) with `initial` appended, its
 * database watched, and then `first` appended and its write held in flight until `release()`.
 */
export async function logWithWriteHeld(t: ExecutionContext, initial: Uint8Array | undefined, first: Uint8Array, options: TestLogOptions = {}) {
  const { log, storage } = await createLog(t, options);
  if (initial) await log.append(initial);
  const spy = watchWrites(storage);
  const release = holdWrites(spy);
  const held = log.append(first);
  await tick();
  t.is(spy.writes.length, 1, 'the first append is in flight');
  return { log, spy, release, held };
}
