/**
 * logkeeper/adapters/websocket (Node): frames over WebSocket with `ws`, and the relay that
 * lets browser tabs be full nodes. In a browser, import adapters/websocket/browser.js, which
 * uses the tab's own WebSocket and nothing from Node.
 */
export { WebSocketTransport, type WebSocketTransportOptions, type WebSocketTlsOptions } from './transport.js';
export { WsConnection } from './connection.js';
export { parseWsAddress, formatWsAddress, type WsAddress } from './address.js';
export type { Logger } from '../shared/logger.js';
export type { Secret } from '../shared/auth.js';
export type { LinkOptions } from '../shared/options.js';
export { RelayHub, RelayTransport, type RelayHubOptions, type NodeRelayTransportOptions } from './relay.js';
export { parseRelayAddress, formatRelayAddress } from './relay-protocol.js';
export { BrowserWebSocketTransport, type BrowserWebSocketTransportOptions } from './browser.js';
