import { brokerSimulationSeeds } from './sim-helpers.js';

// Broker simulation seeds 66..130 on 3 brokers, each an ensemble voter.
brokerSimulationSeeds(66, 65, { brokers: 3 });
