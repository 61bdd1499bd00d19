export { Controller, type ControllerOptions, type ControllerEvents, type UncleanElection } from './controller.js';
export { ProducerIdManager, type ProducerIdManagerOptions } from './producer-ids.js';
export { ControllerFence, bumpControllerEpoch } from './fence.js';
export { describeConfigs } from './configs.js';
export { placeReplicas } from './placement.js';
export { decideLeadership, type LeadershipDecision } from './leadership.js';
