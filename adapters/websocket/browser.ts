import { AbstractTransport, type TransportOptions } from '../../transports/abstract-transport.js';
import { DEFAULT_MAX_FRAME_BYTES } from '../../transports/framing.js';
import { defineSupports } from '../../transports/supports.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import { BadArgumentsError, ConnectionRefusedError } from '../../engine/errors/index.js';
import { boundedAttempt } from '../shared/attempt.js';
import { resolveLinkOptions, type LinkOptions, type ResolvedLinkOptions } from '../shared/options.js';
import { formatWsAddress, parseWsAddress } from './address.js';
import { WsConnection } from './connection.js';
import { clientHandshake } from './handshake.js';
import { RELAY_OVERHEAD_BYTES } from './relay-protocol.js';
import { RelayTransport as BaseRelayTransport, type RelayTransportOptions } from './relay-client.js';
import { BrowserSocket, QueueSink, type BrowserWebSocketLike } from './socket.js';

/*
 * logkeeper/adapters/websocket in a browser tab. It imports nothing from Node (a test bundles
 * it with esbuild for the browser platform and fails on any Node built-in). A tab cannot
 * listen, so BrowserWebSocketTransport only dials; to be a full node (listen under a name,
 * be dialled by other nodes) a tab uses RelayTransport through a RelayHub.
 */

export type WebSocketConstructor = new (url: string) => BrowserWebSocketLike;

export interface BrowserWebSocketTransportOptions extends TransportOptions, LinkOptions {
  /** The WebSocket class; default the global one. */
  WebSocket?: WebSocketConstructor;
}

const SUPPORTS = defineSupports({ browser: true, tls: true, auth: true });

export class BrowserWebSocketTransport extends AbstractTransport {
  readonly supports = SUPPORTS;
  readonly #options: ResolvedLinkOptions;
  readonly #WebSocket: WebSocketConstructor;

  constructor(options: BrowserWebSocketTransportOptions = {}) {
    super(options);
    this.#options = resolveLinkOptions(options, this.maxFrameBytes);
    const ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (typeof ctor !== 'function') throw new BadArgumentsError('No WebSocket class: pass options.WebSocket');
    this.#WebSocket = ctor;
  }

  protected override _listen(address: string): Promise<Listener> {
    return Promise.reject(new BadArgumentsError(`A browser tab cannot listen on ${address}: use RelayTransport through a RelayHub`));
  }

  protected override _connect(address: string, signal: AbortSignal | undefined): Promise<Connection> {
    const canonical = formatWsAddress(parseWsAddress(address));
    const { key, clock, connectTimeoutMs, link } = this.#options;
    const raw = new this.#WebSocket(canonical);
    const queue = new QueueSink();
    const socket = new BrowserSocket(raw, queue);
    return boundedAttempt<Connection>({ clock, timeoutMs: connectTimeoutMs, signal, address: canonical, abandon: () => socket.terminate() }, (attempt) => {
      // A browser says nothing about why a socket failed to open: a close before open is a refusal.
      void queue.changed().then(() => {
        if (queue.ended && raw.readyState !== 1) attempt.finish(new ConnectionRefusedError(`Could not open a WebSocket to ${canonical} (${queue.ended.code})`));
      });
      raw.onopen = async () => {
        try {
          await clientHandshake(socket, queue, key, canonical);
          if (attempt.settled) return;
          const connection = new WsConnection(socket, { ...link, localAddress: 'ws://browser/', remoteAddress: canonical });
          attempt.finish(null, connection);
          queue.handOver(socket, connection);
        } catch (caught) {
          attempt.finish(caught as Error);
        }
      };
    });
  }
}

export interface BrowserRelayTransportOptions extends Omit<RelayTransportOptions, 'link'>, Omit<BrowserWebSocketTransportOptions, 'maxFrameBytes'> {
  /** The link to the hub; default a BrowserWebSocketTransport with the same secret and timings. */
  link?: Transport;
}

/** A tab as a full node: listens and dials by name through a RelayHub. */
export class RelayTransport extends BaseRelayTransport {
  constructor(options: BrowserRelayTransportOptions) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    // The relay's own window and limits are per relayed connection; the link keeps its defaults.
    const { highWaterMark, maxBufferedBytes, connectTimeoutMs, ...linkOptions } = options;
    super({ ...options, link: options.link ?? new BrowserWebSocketTransport({ ...linkOptions, maxFrameBytes: max + RELAY_OVERHEAD_BYTES }) });
  }
}

export { BrowserWebSocketTransport as WebSocketTransport };
export { parseWsAddress, formatWsAddress, type WsAddress } from './address.js';
export { parseRelayAddress, formatRelayAddress } from './relay-protocol.js';
export type { Logger } from '../shared/logger.js';
export type { Secret } from '../shared/auth.js';
