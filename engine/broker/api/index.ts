/*
 * engine/broker/api: the broker's API (types.ts) and its RPC encoding (broker.proto, codec.ts):
 * serveBrokerApi on the broker's side, BrokerApiClient on a caller's.
 */
export * from './types.js';
export { BROKER_API_NAMES, BROKER_CODECS, type ApiCodec, type MessageCodec, type RequestOf, type ResponseOf } from './codec.js';
export { serveBrokerApi } from './server.js';
export { BrokerApiClient } from './client.js';
