import { groupSimulationSeeds } from './sim-groups-helpers.js';

// Group simulation seeds 1..50, the classic protocol (JoinGroup/SyncGroup) (sim-groups-classic-a..d: 200 seeds).
groupSimulationSeeds('classic', 1, 50);
