import type { LogConfig } from '../../log/config.js';
import type { Random } from '../../time/random.js';
import type { BrokerConfig } from '../config.js';
import type { ClusterView } from '../metadata/types.js';
import type { ControllerFence } from './fence.js';

/** What the controller's admin operations work with: its term's fence and the cluster as the cache sees it. */
export interface AdminContext {
  /** The term's right to write; `fence.keeper` reads. */
  fence: ControllerFence;
  view: ClusterView;
  config: BrokerConfig;
  /** Placement and topic ids. */
  random: Random;
  /** The partition log's defaults (what a topic config without an override comes to). */
  logDefaults: Readonly<LogConfig>;
}

/** The registered brokers, sorted by id. */
export const liveBrokers = (view: ClusterView): number[] => [...view.brokers.keys()].sort((a, b) => a - b);
