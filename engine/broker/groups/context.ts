import type { GroupConfig } from './config.js';
import type { Op } from './runtime/op.js';
import type { GroupState } from './state.js';
import type { TopicsView } from './topics.js';

/** What a group operation works on: its Op, the broker's settings, its shard's state, the cluster's topics. */
export interface GroupContext {
  readonly op: Op;
  readonly config: GroupConfig;
  readonly state: GroupState;
  readonly topics: TopicsView;
}
