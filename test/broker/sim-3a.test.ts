import { brokerSimulationSeeds } from './sim-helpers.js';

// Broker simulation seeds 1..65 on 3 brokers, each an ensemble voter (sim-3a, 3b, 5, 5-brokers-only: 250 seeds).
brokerSimulationSeeds(1, 65, { brokers: 3 });
