import { BadArgumentsError } from '../../errors/index.js';
import type { Keeper } from '../client.js';
import { parentOf } from '../path.js';
import { codeOf, ensurePath, fromUtf8, utf8 } from './common.js';

/*
 * A shared counter: a znode holding a decimal number, changed only by versioned
 * compare-and-set (setData with the version read), retried on BAD_VERSION. Every increment
 * counts exactly once however many clients race.
 */
export class SharedCounter {
  readonly keeper: Keeper;
  readonly path: string;
  readonly initial: number;

  constructor(keeper: Keeper, path: string, initial = 0) {
    this.keeper = keeper;
    this.path = path;
    this.initial = initial;
  }

  /** The value and the version to pass to `trySet`. */
  async read(): Promise<{ value: number; version: number }> {
    for (;;) {
      try {
        const { data, stat } = await this.keeper.getData(this.path);
        const value = Number(fromUtf8(data));
        if (!Number.isSafeInteger(value)) throw new BadArgumentsError(`${this.path} does not hold a counter`);
        return { value, version: stat.version };
      } catch (error) {
        if (codeOf(error) !== 'NO_NODE') throw error;
        await ensurePath(this.keeper, parentOf(this.path));
        await this.keeper.create(this.path, utf8(String(this.initial))).catch((e) => {
          if (codeOf(e) !== 'NODE_EXISTS') throw e;
        });
      }
    }
  }

  async get(): Promise<number> {
    return (await this.read()).value;
  }

  /** Sets `value` if the counter is still at `version`; false if someone changed it first. */
  async trySet(value: number, version: number): Promise<boolean> {
    if (!Number.isSafeInteger(value)) throw new BadArgumentsError('A counter holds a safe integer');
    try {
      await this.keeper.setData(this.path, utf8(String(value)), version);
      return true;
    } catch (error) {
      if (codeOf(error) === 'BAD_VERSION') return false;
      throw error;
    }
  }

  /** Adds `delta` atomically; resolves with the new value. */
  async add(delta = 1): Promise<number> {
    for (;;) {
      const { value, version } = await this.read();
      if (await this.trySet(value + delta, version)) return value + delta;
    }
  }
}
