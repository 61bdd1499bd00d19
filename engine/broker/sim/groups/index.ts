export { simulateGroups, describePlan, type GroupSimulationOptions, type GroupSimulationResult } from './simulate.js';
export { describeGroupFailure } from './report.js';
export { GROUP_INVARIANTS, type GroupInvariant } from './failures.js';
export { drawPlan, type GroupProtocolFamily, type GroupRunPlan } from './plan.js';
export { GROUP_FAULT_KINDS, type GroupFaultKind } from './group-nemesis.js';
