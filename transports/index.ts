export type { Transport, Listener, Connection, ConnectOptions } from './transport.js';
export type { ByteStream, ForeignProtocol, ListenOptions } from './byte-stream.js';
export { AbstractTransport, AbstractListener, type TransportOptions } from './abstract-transport.js';
export { AbstractConnection, type ConnectionInit } from './abstract-connection.js';
export { SUPPORT_KEYS, defineSupports, type Supports, type SupportKey } from './supports.js';
export { FrameBudget } from './frame-budget.js';
export { FrameParser, type FrameParserOptions, frameHeader, encodeFrame, FRAME_HEADER_BYTES, DEFAULT_MAX_FRAME_BYTES } from './framing.js';
export { Envelope, EnvelopeKind, encodeEnvelope, decodeEnvelope, type EnvelopeFields } from './envelope.js';
