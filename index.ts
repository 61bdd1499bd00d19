/**
 * logkeeper: a ZooKeeper-style coordination service and a Kafka-style partitioned log,
 * embeddable in Node and browser tabs, over pluggable transports.
 */
export * from './engine/errors/index.js';
export * from './engine/time/index.js';
export * from './engine/storage/index.js';
export * from './engine/rpc/index.js';
export * from './transports/index.js';
export * from './engine/consensus/index.js';
export * from './engine/coordination/index.js';
export * from './engine/coordination/recipes/index.js';
export * from './engine/log/index.js';
export * from './engine/server/index.js';
export * from './engine/broker/index.js';
