import * as http from 'node:http';
import * as https from 'node:https';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { AbstractListener, AbstractTransport, type TransportOptions } from '../../transports/abstract-transport.js';
import { defineSupports } from '../../transports/supports.js';
import type { Connection, Listener } from '../../transports/transport.js';
import { AddressInUseError, BadArgumentsError, ConnectionLossError, toLogkeeperError } from '../../engine/errors/index.js';
import { boundedAttempt } from '../shared/attempt.js';
import { dialError, type TlsOptions } from '../shared/node.js';
import { resolveLinkOptions, type LinkOptions, type ResolvedLinkOptions } from '../shared/options.js';
import { formatWsAddress, parseWsAddress, type WsAddress } from './address.js';
import { WsConnection } from './connection.js';
import { clientHandshake, serverHandshake } from './handshake.js';
import { NodeSocket } from './node-socket.js';
import { QueueSink } from './socket.js';
import { LogThrottle } from '../shared/log-throttle.js';

/** TLS for `wss://`, as node:tls takes it: the same options serve listening and dialling. */
export type WebSocketTlsOptions = TlsOptions;

export interface WebSocketTransportOptions extends TransportOptions, LinkOptions {
  /** TLS for `wss://` addresses (listening needs key and cert). */
  tls?: WebSocketTlsOptions;
  /** permessage-deflate; default off (it costs CPU and memory per connection, and frames are often compressed already). */
  perMessageDeflate?: boolean;
}

const SUPPORTS = defineSupports({ tls: true, auth: true, persistence: true });

/**
 * Frames over WebSocket in Node: a `ws` server to listen, a `ws` client to dial (a browser
 * tab uses adapters/websocket/browser.ts instead). One binary message is one frame.
 */
export class WebSocketTransport extends AbstractTransport {
  readonly supports = SUPPORTS;
  readonly #options: ResolvedLinkOptions;
  readonly #tls: WebSocketTlsOptions | null;
  readonly #perMessageDeflate: boolean;
  readonly #throttle: LogThrottle;

  constructor(options: WebSocketTransportOptions = {}) {
    super(options);
    this.#options = resolveLinkOptions(options, this.maxFrameBytes);
    this.#tls = options.tls ?? null;
    this.#perMessageDeflate = options.perMessageDeflate ?? false;
    this.#throttle = new LogThrottle(this.#options.logger, this.#options.clock);
  }

  /** Reports what the log throttle still counts. */
  protected override async _closed(): Promise<void> {
    this.#throttle.close();
  }

  #parse(address: string): WsAddress {
    const parsed = parseWsAddress(address);
    if (parsed.secure && this.#tls === null) throw new BadArgumentsError(`${address} asks for TLS and the transport has no tls options`);
    return parsed;
  }

  protected override async _listen(address: string, accept: (connection: Connection) => void): Promise<Listener> {
    const target = this.#parse(address);
    const server = target.secure ? https.createServer({ ...this.#tls }) : http.createServer();
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: this.#perMessageDeflate, maxPayload: this.maxFrameBytes });
    const handshaking = new Set<WebSocket>();
    let listener: WsListener | undefined;
    server.on('request', (_request, response) => {
      response.writeHead(426, { 'content-type': 'text/plain' }).end('This address speaks WebSocket\n');
    });
    server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => {});
      const path = new URL(request.url ?? '/', 'ws://x').pathname;
      if (!listener || listener.closed || path !== target.path) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      const local = listener.address;
      wss.handleUpgrade(request, socket, head, (ws) => {
        const remote = formatWsAddress({ secure: target.secure, host: request.socket.remoteAddress ?? '?', port: request.socket.remotePort ?? 0, path: '/' });
        handshaking.add(ws);
        void this.#admit(ws, local, request.socket.remoteAddress ?? '?', remote, accept).finally(() => handshaking.delete(ws));
      });
    });
    if (target.secure) {
      server.on('tlsClientError', (error: Error, socket: { remoteAddress?: string }) => {
        this.#throttle.warn(socket.remoteAddress ?? '?', 'A TLS handshake with a WebSocket client failed', { message: error.message });
      });
    }
    const bound = await new Promise<WsAddress>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') reject(new AddressInUseError(`Something already listens on ${formatWsAddress(target)}`, { cause: error }));
        else reject(new BadArgumentsError(`Cannot listen on ${formatWsAddress(target)}: ${error.message}`, { cause: error }));
      });
      server.listen({ host: target.host, port: target.port }, () => {
        server.removeAllListeners('error');
        server.on('error', () => {});
        const info = server.address() as import('node:net').AddressInfo;
        resolve({ ...target, host: info.address, port: info.port });
      });
    });
    listener = new WsListener(formatWsAddress(bound), server, wss, handshaking);
    return listener;
  }

  async #admit(ws: WebSocket, local: string, host: string, remote: string, accept: (connection: Connection) => void): Promise<void> {
    const { key, clock, logger, handshakeTimeoutMs, link } = this.#options;
    const queue = new QueueSink();
    const socket = new NodeSocket(ws, queue, true);
    const timer = clock.setTimer(handshakeTimeoutMs, () => {
      this.#throttle.warn(host, 'A WebSocket client did not finish the handshake in time', { remoteAddress: remote, timeoutMs: handshakeTimeoutMs });
      ws.terminate();
    });
    try {
      await serverHandshake(socket, queue, key, remote);
      clock.cancel(timer);
      if (queue.ended) throw new ConnectionLossError('The client left during the handshake');
      const connection = new WsConnection(socket, { ...link, localAddress: local, remoteAddress: remote });
      queue.handOver(socket, connection);
      accept(connection);
    } catch (caught) {
      clock.cancel(timer);
      const error = toLogkeeperError(caught);
      if (error.code === 'AUTHENTICATION_FAILED') this.#throttle.warn(host, `Refused a WebSocket client that failed authentication: ${error.message}`, { remoteAddress: remote });
      else logger.debug?.('A WebSocket client failed the handshake', { remoteAddress: remote, code: error.code, message: error.message });
      setTimeout(() => ws.terminate(), 1000).unref();
    }
  }

  protected override _connect(address: string, signal: AbortSignal | undefined): Promise<Connection> {
    const target = this.#parse(address);
    const canonical = formatWsAddress(target);
    const { key, clock, connectTimeoutMs, link } = this.#options;
    const ws = new WebSocket(canonical, {
      ...(target.secure ? this.#tls : {}),
      perMessageDeflate: this.#perMessageDeflate,
      maxPayload: this.maxFrameBytes,
      handshakeTimeout: connectTimeoutMs,
    });
    const queue = new QueueSink();
    const socket = new NodeSocket(ws, queue, false);
    return boundedAttempt<Connection>({ clock, timeoutMs: connectTimeoutMs, signal, address: canonical, abandon: () => ws.terminate() }, (attempt) => {
      const onError = (error: Error) => attempt.finish(dialError(error, canonical));
      ws.on('error', onError);
      ws.once('open', async () => {
        try {
          await clientHandshake(socket, queue, key, canonical);
          if (attempt.settled) return;
          ws.off('error', onError);
          const raw = (ws as unknown as { _socket?: { localAddress?: string; localPort?: number } })._socket;
          const local = formatWsAddress({ secure: target.secure, host: raw?.localAddress ?? '?', port: raw?.localPort ?? 0, path: '/' });
          const connection = new WsConnection(socket, { ...link, localAddress: local, remoteAddress: canonical });
          attempt.finish(null, connection);
          queue.handOver(socket, connection);
        } catch (caught) {
          attempt.finish(dialError(caught, canonical));
        }
      });
    });
  }
}

class WsListener extends AbstractListener {
  readonly #server: http.Server;
  readonly #wss: WebSocketServer;
  readonly #handshaking: Set<WebSocket>;

  constructor(address: string, server: http.Server, wss: WebSocketServer, handshaking: Set<WebSocket>) {
    super(address);
    this.#server = server;
    this.#wss = wss;
    this.#handshaking = handshaking;
  }

  protected override async _close(): Promise<void> {
    // Stop accepting; the connections already accepted stay open.
    this.#server.close();
    for (const ws of this.#handshaking) ws.terminate();
    this.#handshaking.clear();
    this.#wss.close();
  }
}
