import { codeOf } from '../../coordination/recipes/common.js';
import { Op } from '../../coordination/types.js';
import { OperationTimeoutError } from '../../errors/index.js';
import { partitionStateCodec } from '../metadata/layout.js';
import { PATHS, type PartitionView } from '../metadata/types.js';
import type { ControllerFence } from './fence.js';
import { decideLeadership, type LeadershipDecision } from './leadership.js';

/*
 * Applies the leadership rule (leadership.ts) to one partition: the new state is written
 * behind the fence with the state znode's version the decision was made on. Partition
 * leaders write their ISR changes to the same znode, so a BAD_VERSION means the state moved
 * under us: read it again, decide again, write again (a few times; past that the caller
 * tries later). A partition whose znode is gone was deleted: nothing to do.
 */

const ATTEMPTS = 5;

export interface SettleOptions {
  fence: ControllerFence;
  /** The live brokers and their epochs, by id. */
  brokers: ReadonlyMap<number, number>;
  uncleanAllowed(topic: string): boolean;
  /** After an unclean election is written. */
  onUnclean(partition: PartitionView, decision: LeadershipDecision): void;
}

/** Brings `view`'s state in line with the live brokers; resolves once written (or nothing was needed). */
export async function settlePartition(options: SettleOptions, view: PartitionView): Promise<void> {
  const { fence, brokers } = options;
  const path = PATHS.partitionState(view.topic, view.partition);
  let p = view;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const decision = decideLeadership(p, brokers, options.uncleanAllowed(p.topic), fence.epoch);
    if (!decision) return;
    try {
      await fence.write([Op.setData(path, partitionStateCodec.encode(decision.state), p.zkVersion)]);
      if (decision.unclean) options.onUnclean(p, decision);
      return;
    } catch (error) {
      const code = codeOf(error);
      if (code === 'NO_NODE') return;
      if (code !== 'BAD_VERSION') throw error;
    }
    try {
      const { data, stat } = await fence.keeper.getData(path);
      p = { ...p, ...partitionStateCodec.decode(data, path), zkVersion: stat.version, mzxid: stat.mzxid };
    } catch (error) {
      if (codeOf(error) === 'NO_NODE') return;
      throw error;
    }
  }
  throw new OperationTimeoutError(`The state of ${view.topic}-${view.partition} kept changing under the controller`, { retriable: true });
}
