import { simulationSeeds } from './sim-helpers.js';

// Simulation seeds 1..125 (500 over sim-1..4, split so ava runs them on both cores).
simulationSeeds(1, 125);
