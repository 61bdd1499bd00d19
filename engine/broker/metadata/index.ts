export * from './types.js';
export { BrokerSession, type BrokerSessionOptions, type BrokerSessionEvents } from './session.js';
export { BrokerRegistrar, ensureClusterId, type BrokerRegistrarOptions, type BrokerRegistrarEvents } from './registration.js';
export { MetadataCache, type MetadataCacheOptions, type MetadataCacheEvents } from './cache.js';
export { metadataResponse, describeClusterResponse } from './responses.js';
export * from './layout.js';
export { randomId, ZERO_ID } from './random-id.js';
