import { simulationSeeds } from './sim-helpers.js';

// Simulation seeds 251..375 (500 over sim-1..4, split so ava runs them on both cores).
simulationSeeds(251, 125);
