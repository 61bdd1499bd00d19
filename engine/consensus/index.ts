export { RaftNode, type RaftNodeOptions, type ProposeOptions, type Proposed, type NodeStatus, type LeaderInfo } from './node.js';
export type { StateMachine, AppliedEntry } from './state-machine.js';
export { Raft, type RaftOptions, type ProposeOutcome } from './raft.js';
export { RaftLog } from './log.js';
export { Progress, ProgressState, Inflights } from './progress.js';
export { LevelRaftStore, type RaftStore, type RaftSave, type PersistedState } from './store.js';
export { bootstrapEntries } from './bootstrap.js';
export * from './types.js';
export * as codec from './codec.js';
