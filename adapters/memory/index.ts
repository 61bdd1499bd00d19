export { MemoryNetwork, type MemoryNetworkOptions, type TraceEvent, type TraceEventType } from './network.js';
export { MemoryTransport, type MemoryTransportOptions } from './transport.js';
export type { LinkModel } from './link.js';
