import { groupSimulationSeeds } from './sim-groups-helpers.js';

// Group simulation seeds 101..150, KIP-848's protocol (sim-groups-consumer-a..d: 200 seeds).
groupSimulationSeeds('consumer', 101, 50);
