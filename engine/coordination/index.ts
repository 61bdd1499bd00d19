export * from './types.js';
export { Keeper, Transaction, type KeeperOptions, type KeeperEvents, type KeeperStateName, type CallOptions, type CreateOptions, type WatchArg, type MultiError } from './client.js';
export { KeeperServer, type KeeperServerOptions } from './server.js';
export { CoordinationStateMachine, type StateMachineOptions, type ApplyResult, type TxnResult } from './state-machine.js';
export { validatePath, pathProblem, MAX_PATH_BYTES, parentOf, nameOf, joinPath, sequenceSuffix } from './path.js';
export { startRaftKeeper, type RaftKeeper, type RaftKeeperOptions } from './raft-keeper.js';
export { CoordinationService, type CoordinationOptions, type HandOverReport } from './service.js';
