/*
 * engine/broker/api: the broker's API (types.ts) and its RPC encoding (broker.proto, codec.ts),
 * the consumer groups' API (group-types.ts; groups.proto, group-codec.ts): serveBrokerApi and
 * serveGroupApi on the broker's side, BrokerApiClient (both) on a caller's.
 */
export * from './types.js';
export * from './group-types.js';
export { BROKER_API_NAMES, BROKER_CODECS, type ApiCodec, type MessageCodec, type RequestOf, type ResponseOf } from './codec.js';
export { GROUP_API_NAMES, GROUP_CODECS, type GroupApiCodec, type GroupRequestOf, type GroupResponseOf } from './group-codec.js';
export { serveBrokerApi, serveGroupApi } from './server.js';
export { BrokerApiClient } from './client.js';
