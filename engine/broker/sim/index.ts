export { simulateBrokers, type BrokerSimulationOptions, type BrokerSimulationResult } from './simulate.js';
export { describeBrokerFailure } from './report.js';
export { BrokerChecker, INVARIANTS, type Invariant } from './checker.js';
export { SimBrokerCluster, type SimBrokerClusterOptions, type SimNode } from './cluster.js';
export { ConnectionBreaker } from './breaking-transport.js';
export { ProcessClock } from './process-clock.js';
