import type { Keeper, MultiError } from '../../coordination/client.js';
import { codeOf } from '../../coordination/recipes/common.js';
import { Op, type OpResult } from '../../coordination/types.js';
import { StaleControllerEpochError } from '../../errors/index.js';
import { controllerEpochCodec } from '../metadata/layout.js';
import { PATHS } from '../metadata/types.js';

/*
 * The controller's fencing, as Kafka's controller did it in ZooKeeper. Each new controller
 * bumps /controller_epoch with a versioned write and remembers the znode version it left.
 * Every later write of its term is a multi that begins with a `check` of that version: once
 * a successor has bumped the epoch, the check fails, the whole multi is refused and the
 * write ends in STALE_CONTROLLER_EPOCH, so a controller that lost its office without
 * noticing (a long pause, a partition, an old session's work still queued) changes nothing.
 */

/** One controller term's right to write. */
export class ControllerFence {
  readonly keeper: Keeper;
  readonly epoch: number;
  /** The version of /controller_epoch this term's writes expect. */
  readonly epochZkVersion: number;
  readonly #onStale: (error: StaleControllerEpochError) => void;

  constructor(keeper: Keeper, epoch: number, epochZkVersion: number, onStale: (error: StaleControllerEpochError) => void = () => {}) {
    this.keeper = keeper;
    this.epoch = epoch;
    this.epochZkVersion = epochZkVersion;
    this.#onStale = onStale;
  }

  /**
   * Applies `ops` atomically if this term is still the current one. Resolves with their
   * results; a failing operation rejects as the multi does (its `failedIndex` counts `ops`);
   * a newer epoch rejects with STALE_CONTROLLER_EPOCH.
   */
  async write(ops: Op[]): Promise<OpResult[]> {
    try {
      const results = await this.keeper.multi([Op.check(PATHS.controllerEpoch, this.epochZkVersion), ...ops]);
      return results.slice(1);
    } catch (error) {
      const multi = error as MultiError;
      if (multi.failedIndex === 0) {
        const stale = new StaleControllerEpochError(
          `Controller epoch ${this.epoch} is stale: /controller_epoch is no longer at version ${this.epochZkVersion} (${codeOf(error)})`,
          { cause: error },
        );
        this.#onStale(stale);
        throw stale;
      }
      if (Array.isArray(multi.results)) {
        multi.results = multi.results.slice(1);
        multi.failedIndex -= 1;
      }
      throw error;
    }
  }
}

/**
 * Makes this controller's term: bumps /controller_epoch (creating it at 1) with a versioned
 * write, retried if another write got there first. Resolves with the fence of the new epoch.
 */
export async function bumpControllerEpoch(keeper: Keeper, onStale?: (error: StaleControllerEpochError) => void): Promise<ControllerFence> {
  for (;;) {
    let current: { epoch: number; version: number } | null = null;
    try {
      const { data, stat } = await keeper.getData(PATHS.controllerEpoch);
      current = { epoch: controllerEpochCodec.decode(data, PATHS.controllerEpoch), version: stat.version };
    } catch (error) {
      if (codeOf(error) !== 'NO_NODE') throw error;
    }
    const epoch = (current?.epoch ?? 0) + 1;
    try {
      if (current) {
        const stat = await keeper.setData(PATHS.controllerEpoch, controllerEpochCodec.encode(epoch), current.version);
        return new ControllerFence(keeper, epoch, stat.version, onStale);
      }
      const { stat } = await keeper.create2(PATHS.controllerEpoch, controllerEpochCodec.encode(epoch));
      return new ControllerFence(keeper, epoch, stat.version, onStale);
    } catch (error) {
      const code = codeOf(error);
      if (code !== 'BAD_VERSION' && code !== 'NODE_EXISTS') throw error;
    }
  }
}
