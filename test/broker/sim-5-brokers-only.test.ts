import { brokerSimulationSeeds } from './sim-helpers.js';

// Broker simulation seeds 2001..2050 on 5 brokers, 3 of them ensemble voters and 2 brokers only.
brokerSimulationSeeds(2001, 50, { brokers: 5, voters: 3 });
