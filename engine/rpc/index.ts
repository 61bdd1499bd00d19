export { RpcPeer, type RpcPeerOptions, type RequestOptions, type StreamOptions } from './peer.js';
export { Router, type RequestHandler, type StreamHandler, type NoticeHandler, type RequestContext, type NoticeContext } from './router.js';
export { ClientStream } from './client-stream.js';
export type { ServerStream } from './server-stream.js';
export { Messenger, type MessengerOptions } from './messenger.js';
export { Connector, type ConnectorOptions, type ConnectorEvents, type Link } from './connector.js';
