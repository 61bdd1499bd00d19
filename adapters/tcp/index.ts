/**
 * logkeeper/adapters/tcp: frames over TCP (and TLS) for nodes on separate hosts.
 *
 * ```ts
 * const transport = new TcpTransport({ secret: process.env.CLUSTER_SECRET });
 * const listener = await transport.listen('tcp://0.0.0.0:7001', (connection) => { ... });
 * const connection = await transport.connect('tcp://10.0.0.2:7001');
 * ```
 */
export { TcpTransport, type TcpTransportOptions, type TcpTlsOptions } from './transport.js';
export type { TlsOptions } from '../shared/node.js';
export { TcpConnection } from './connection.js';
export { parseTcpAddress, formatTcpAddress, type TcpAddress } from './address.js';
export type { Logger } from '../shared/logger.js';
export type { Secret } from '../shared/auth.js';
export type { LinkOptions } from '../shared/options.js';
