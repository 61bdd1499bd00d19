import { groupSimulationSeeds } from './sim-groups-helpers.js';

// Group simulation seeds 151..200, the classic protocol (JoinGroup/SyncGroup) (sim-groups-classic-a..d: 200 seeds).
groupSimulationSeeds('classic', 151, 50);
