export { SimCluster, type SimClusterOptions, type SimMember } from './cluster.js';
export { Checker, CheckedStateMachine, InvariantError, chain } from './checker.js';
export { simulate, describeFailure, CounterStateMachine, type SimulationOptions, type SimulationResult } from './simulate.js';
export { FaultyTransport, NO_FRAME_FAULTS, type FrameFaults, type FaultControl } from './faulty-transport.js';
export { DelayedStore } from './delayed-store.js';
export { PausableClock } from './pausable-clock.js';
