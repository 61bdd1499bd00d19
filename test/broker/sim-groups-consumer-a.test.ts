import { groupSimulationSeeds } from './sim-groups-helpers.js';

// Group simulation seeds 1..50, KIP-848's protocol (sim-groups-consumer-a..d: 200 seeds).
groupSimulationSeeds('consumer', 1, 50);
