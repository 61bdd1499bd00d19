export { MasterElection, MasterTracker, Fence, type MasterTerm, type MasterElectionOptions, type MasterElectionEvents, type MasterTrackerEvents } from './master.js';
export { LeaderElection, type LeaderElectionEvents } from './leader-election.js';
export { Lock, ReadWriteLock, type AcquireOptions } from './lock.js';
export { ServiceRegistry, type Instance } from './registry.js';
export { ConfigStore, type ConfigStoreEvents } from './config-store.js';
export { Barrier, DoubleBarrier } from './barrier.js';
export { SharedCounter } from './counter.js';
export { ensurePath, sequenceOf, bySequence } from './common.js';
