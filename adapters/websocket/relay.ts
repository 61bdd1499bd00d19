import { DEFAULT_MAX_FRAME_BYTES } from '../../transports/framing.js';
import type { Transport } from '../../transports/transport.js';
import { RelayHub as BaseRelayHub, type RelayHubOptions as BaseRelayHubOptions } from './relay-hub.js';
import { RelayTransport as BaseRelayTransport, type RelayTransportOptions } from './relay-client.js';
import { RELAY_OVERHEAD_BYTES } from './relay-protocol.js';
import { WebSocketTransport, type WebSocketTransportOptions } from './transport.js';

/*
 * The relay with Node defaults: links are WebSockets (`ws`), configured from the same options
 * (secret, TLS, timings). Pass `transport` / `link` to carry links over anything else — the
 * relay only needs Connections, so a hub can also take links over TCP.
 */

export interface RelayHubOptions extends BaseRelayHubOptions, WebSocketTransportOptions {
  /** Carries the links; default a WebSocketTransport with these options. */
  transport?: Transport;
}

/** Forwards frames between nodes that cannot listen themselves (browser tabs), by node name. */
export class RelayHub extends BaseRelayHub {
  constructor(options: RelayHubOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    super(options.transport ?? new WebSocketTransport({ ...options, maxFrameBytes: max + RELAY_OVERHEAD_BYTES }), options);
  }
}

export interface NodeRelayTransportOptions extends Omit<RelayTransportOptions, 'link'>, Omit<WebSocketTransportOptions, 'maxFrameBytes' | 'highWaterMark' | 'maxBufferedBytes' | 'connectTimeoutMs'> {
  link?: Transport;
}

/** A node that listens and dials by name through a RelayHub, from Node. */
export class RelayTransport extends BaseRelayTransport {
  constructor(options: NodeRelayTransportOptions) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    // The relay's own window and limits are per relayed connection; the link keeps its defaults.
    const { highWaterMark, maxBufferedBytes, connectTimeoutMs, ...linkOptions } = options;
    super({ ...options, link: options.link ?? new WebSocketTransport({ ...linkOptions, maxFrameBytes: max + RELAY_OVERHEAD_BYTES }) });
  }
}
