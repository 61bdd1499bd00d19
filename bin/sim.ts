/*
 * npm run sim -- [options]          the consensus simulation (engine/consensus/sim): bin/sim-consensus.ts
 * npm run sim -- broker [options]   the broker's whole-cluster simulation (engine/broker/sim): bin/sim-broker.ts
 */
if (process.argv[2] === 'broker') await import('./sim-broker.js');
else await import('./sim-consensus.js');
