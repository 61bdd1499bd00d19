import { brokerSimulationSeeds } from './sim-helpers.js';

// Broker simulation seeds 1001..1070 on 5 brokers, each an ensemble voter.
brokerSimulationSeeds(1001, 70, { brokers: 5 });
