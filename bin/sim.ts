/*
 * npm run sim -- [options]          the consensus simulation (engine/consensus/sim): bin/sim-consensus.ts
 * npm run sim -- broker [options]   the broker's whole-cluster simulation (engine/broker/sim): bin/sim-broker.ts
 * npm run sim -- groups [options]   consumer groups on that simulated cluster (engine/broker/sim/groups): bin/sim-groups.ts
 */
if (process.argv[2] === 'broker') await import('./sim-broker.js');
else if (process.argv[2] === 'groups') await import('./sim-groups.js');
else await import('./sim-consensus.js');
