import * as net from 'node:net';
import * as tls from 'node:tls';
import { AbstractListener, AbstractTransport, type TransportOptions } from '../../transports/abstract-transport.js';
import { defineSupports } from '../../transports/supports.js';
import type { Connection, Listener } from '../../transports/transport.js';
import { AddressInUseError, AuthenticationFailedError, BadArgumentsError, MalformedFrameError, toLogkeeperError } from '../../engine/errors/index.js';
import type { Clock } from '../../engine/time/clock.js';
import { boundedAttempt } from '../shared/attempt.js';
import { dialError, type TlsOptions } from '../shared/node.js';
import { ClientHandshake, ServerHandshake, type SecretKey } from '../shared/auth.js';
import { decodeReason, encodeReason } from '../shared/close-reason.js';
import type { Logger } from '../shared/logger.js';
import { LogThrottle } from '../shared/log-throttle.js';
import { FrameBudget } from '../../transports/frame-budget.js';
import type { ForeignProtocol } from '../../transports/byte-stream.js';
import { TcpByteStream } from './byte-stream.js';
import { resolveLinkOptions, type LinkOptions, type LinkSettings } from '../shared/options.js';
import { formatTcpAddress, parseTcpAddress, type TcpAddress } from './address.js';
import { TcpConnection } from './connection.js';
import { controlFrame, dataFrames, FrameType, PreludeReader, type PreludeFrame } from './wire.js';

export type TcpTlsOptions = TlsOptions;

export interface TcpTransportOptions extends TransportOptions, LinkOptions {
  /** TLS for `tls://` addresses, and for bare `host:port` ones. */
  tls?: TcpTlsOptions;
  /**
   * The bytes of unfinished incoming frames that all connections of this transport may hold
   * together; a connection that would take more is closed with OVERLOADED. Default 128 MiB, or
   * 4 × maxFrameBytes if that is more.
   */
  maxPartialFrameBytes?: number;
  /** The largest first frame an accepted connection may send (a hello, a connect request); default 256 KiB. */
  maxFirstFrameBytes?: number;
}

const SUPPORTS = defineSupports({ tls: true, auth: true, persistence: true, foreignProtocols: true });
const DEFAULT_PARTIAL_FRAME_BYTES = 128 * 1024 * 1024;
const DEFAULT_FIRST_FRAME_BYTES = 256 * 1024;

/**
 * Frames over TCP (optionally TLS), for nodes on separate hosts. See docs/adapters.md for the
 * address format and the wire format.
 */
export class TcpTransport extends AbstractTransport {
  readonly supports = SUPPORTS;
  readonly #key: SecretKey | null;
  readonly #tls: TcpTlsOptions | null;
  readonly #connectTimeoutMs: number;
  readonly #handshakeTimeoutMs: number;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #connectionInit: LinkSettings & { budget: FrameBudget };
  readonly #maxFirstFrameBytes: number;
  readonly #budget: FrameBudget;
  readonly #throttle: LogThrottle;
  readonly #streams = new Set<TcpByteStream>();

  constructor(options: TcpTransportOptions = {}) {
    super(options);
    if (this.maxFrameBytes > 0xfffffffe) throw new BadArgumentsError('maxFrameBytes of the TCP transport must be below 2^32-1');
    const partial = options.maxPartialFrameBytes ?? Math.max(DEFAULT_PARTIAL_FRAME_BYTES, 4 * this.maxFrameBytes);
    if (!Number.isSafeInteger(partial) || partial < 1) throw new BadArgumentsError('maxPartialFrameBytes must be an integer >= 1');
    const first = options.maxFirstFrameBytes ?? DEFAULT_FIRST_FRAME_BYTES;
    if (!Number.isSafeInteger(first) || first < 1) throw new BadArgumentsError('maxFirstFrameBytes must be an integer >= 1');
    this.#budget = new FrameBudget(partial);
    this.#maxFirstFrameBytes = first;
    const resolved = resolveLinkOptions(options, this.maxFrameBytes);
    this.#key = resolved.key;
    this.#tls = options.tls ?? null;
    this.#connectTimeoutMs = resolved.connectTimeoutMs;
    this.#handshakeTimeoutMs = resolved.handshakeTimeoutMs;
    this.#logger = resolved.logger;
    this.#clock = resolved.clock;
    this.#connectionInit = { ...resolved.link, budget: this.#budget };
    this.#throttle = new LogThrottle(resolved.logger, resolved.clock);
  }

  /** Bytes held now in unfinished incoming frames, by all connections of this transport. */
  get partialFrameBytes(): number {
    return this.#budget.used;
  }

  /** Closes the streams handed to foreign protocols too, and reports what the log throttle still counts. */
  protected override async _closed(): Promise<void> {
    for (const stream of [...this.#streams]) stream.close();
    this.#throttle.close();
  }

  #parse(address: string): TcpAddress {
    const parsed = parseTcpAddress(address, this.#tls !== null);
    if (parsed.tls && this.#tls === null) throw new BadArgumentsError(`${address} asks for TLS and the transport has no tls options`);
    return parsed;
  }

  protected override _listen(address: string, accept: (connection: Connection) => void, foreign: readonly ForeignProtocol[]): Promise<Listener> {
    const target = this.#parse(address);
    let listener: TcpListener | undefined;
    const handshaking = new Set<net.Socket>();
    // With foreign protocols a peer's end does not end our side at once: a protocol may still answer what it sent.
    const server = createServer(target, this.#tls, this.#handshakeTimeoutMs, this.#throttle, foreign.length > 0, (socket) => {
      if (!listener || listener.closed) return void socket.destroy();
      handshaking.add(socket);
      void this.#admit(socket, listener, accept, foreign);
    });
    return bind(server, target).then((bound) => (listener = new TcpListener(server, bound, target.tls, handshaking)));
  }

  /**
   * The accepting side: whose the first bytes are, then the handshake; the connection reaches
   * `accept` only once it is over. All of it within `handshakeTimeoutMs`.
   */
  async #admit(socket: net.Socket, listener: TcpListener, accept: (connection: Connection) => void, foreign: readonly ForeignProtocol[]): Promise<void> {
    socket.setNoDelay(true);
    const reader = new PreludeReader(socket);
    const host = socket.remoteAddress ?? '?';
    const remoteAddress = formatTcpAddress({ host, port: socket.remotePort ?? 0, tls: listener.tls });
    const timer = this.#clock.setTimer(this.#handshakeTimeoutMs, () => {
      this.#throttle.warn(host, 'A TCP client did not finish the handshake in time', { remoteAddress, timeoutMs: this.#handshakeTimeoutMs });
      socket.destroy();
    });
    try {
      if (foreign.length > 0) {
        const protocol = await reader.sniff(foreign, (p, error) => {
          this.#logger.warn('A foreign protocol\'s matcher threw; its answer counts as no', { protocol: p.name, message: (error as Error)?.message });
        });
        if (protocol) {
          this.#clock.cancel(timer);
          listener.handshakeDone(socket);
          this.#handOver(socket, listener, remoteAddress, protocol, reader.detach());
          return;
        }
        socket.allowHalfOpen = false;
      }
      const handshake = new ServerHandshake(this.#key);
      const hello = expectHandshake(await reader.next());
      socket.write(controlFrame(FrameType.Handshake, await handshake.challenge(hello)));
      if (handshake.refusesClient) throw handshake.refusal();
      if (handshake.needsResponse) {
        const response = await reader.next();
        if (response.type === FrameType.GoAway) throw handshake.clientRefused(decodeReason(response.body, 'The client gave up'));
        if (response.type !== FrameType.Handshake) throw new AuthenticationFailedError('The client sent frames before it answered the challenge');
        await handshake.verify(response.body);
      }
      this.#clock.cancel(timer);
      if (socket.destroyed || listener.closed) {
        reader.detach();
        socket.destroy();
        return;
      }
      const leftover = reader.detach();
      listener.handshakeDone(socket);
      accept(new TcpConnection(socket, { ...this.#connectionInit, maxFirstFrameBytes: this.#maxFirstFrameBytes, localAddress: listener.address, remoteAddress }, leftover));
    } catch (caught) {
      this.#clock.cancel(timer);
      listener.handshakeDone(socket);
      const error = toLogkeeperError(caught);
      if (error.code === 'AUTHENTICATION_FAILED') this.#throttle.warn(host, `Refused a TCP client that failed authentication: ${error.message}`, { remoteAddress });
      else this.#logger.debug?.('A TCP client failed the handshake', { remoteAddress, code: error.code, message: error.message });
      reader.detach();
      if (!socket.destroyed) {
        socket.on('error', () => {});
        socket.end(controlFrame(FrameType.GoAway, encodeReason(error)));
        this.#clock.setTimer(1000, () => socket.destroy());
      }
    }
  }

  /** Gives a socket whose first bytes a foreign protocol claimed to that protocol, as a ByteStream. */
  #handOver(socket: net.Socket, listener: TcpListener, remoteAddress: string, protocol: ForeignProtocol, first: Uint8Array): void {
    const { highWaterMark, maxBufferedBytes, idleTimeoutMs, clock } = this.#connectionInit;
    const stream = new TcpByteStream(socket, { localAddress: listener.address, remoteAddress, highWaterMark, maxBufferedBytes, lingerMs: idleTimeoutMs, clock }, first);
    this.#streams.add(stream);
    stream.onClose(() => this.#streams.delete(stream));
    if (this.closed) {
      stream.close();
      return;
    }
    try {
      protocol.accept(stream);
    } catch (error) {
      this.#logger.warn('A foreign protocol failed to take a connection over', { protocol: protocol.name, remoteAddress, message: (error as Error)?.message });
      stream.close();
    }
  }

  /** The early frames of a connect go with the HELLO (no secret) or the RESPONSE (a secret). */
  protected override get _sendsEarlyFrames(): boolean {
    return true;
  }

  protected override _connect(address: string, signal: AbortSignal | undefined, early: readonly Uint8Array[]): Promise<Connection> {
    const target = this.#parse(address);
    const canonical = formatTcpAddress(target);
    const socket = target.tls
      ? tls.connect({ ...this.#tls, host: target.host, port: target.port, servername: this.#tls?.servername ?? (net.isIP(target.host) ? undefined : target.host) })
      : net.connect({ host: target.host, port: target.port });
    const abandon = () => {
      socket.on('error', () => {});
      socket.destroy();
    };
    return boundedAttempt<Connection>({ clock: this.#clock, timeoutMs: this.#connectTimeoutMs, signal, address: canonical, abandon }, (attempt) => {
      const onError = (error: Error) => attempt.finish(dialError(error, canonical));
      socket.on('error', onError);
      socket.setNoDelay(true);
      const reader = new PreludeReader(socket);
      socket.once(target.tls ? 'secureConnect' : 'connect', async () => {
        try {
          const handshake = new ClientHandshake(this.#key);
          const hello = controlFrame(FrameType.Handshake, handshake.hello());
          // Without a secret to prove, the first frames need not wait for the challenge: a
          // server that accepts reads them right after the HELLO, one that refuses never does.
          const sendEarlyNow = this.#key === null && early.length > 0;
          socket.write(sendEarlyNow ? Buffer.concat([hello, dataFrames(early)]) : hello);
          const challenge = await reader.next();
          if (challenge.type === FrameType.GoAway) throw decodeReason(challenge.body, 'The server refused the connection');
          const response = await handshake.answer(expectHandshake(challenge));
          if (attempt.settled) return;
          if (response) {
            const frame = controlFrame(FrameType.Handshake, response);
            socket.write(early.length > 0 ? Buffer.concat([frame, dataFrames(early)]) : frame);
          } else if (!sendEarlyNow && early.length > 0) socket.write(dataFrames(early));
          const leftover = reader.detach();
          socket.off('error', onError);
          const local = formatTcpAddress({ host: socket.localAddress ?? '?', port: socket.localPort ?? 0, tls: target.tls });
          attempt.finish(null, new TcpConnection(socket, { ...this.#connectionInit, localAddress: local, remoteAddress: canonical }, leftover));
        } catch (caught) {
          const error = dialError(caught, canonical);
          // Tell the server why, so that its log shows the failed authentication too.
          if (error.code === 'AUTHENTICATION_FAILED' && !socket.destroyed && !attempt.settled) socket.write(controlFrame(FrameType.GoAway, encodeReason(error)));
          attempt.finish(error);
        }
      });
    });
  }
}

function expectHandshake(frame: PreludeFrame): Uint8Array {
  if (frame.type !== FrameType.Handshake) throw new MalformedFrameError(`Expected a handshake frame, got type ${frame.type}`);
  return frame.body;
}

function createServer(target: TcpAddress, options: TcpTlsOptions | null, handshakeTimeoutMs: number, throttle: LogThrottle, allowHalfOpen: boolean, onSocket: (socket: net.Socket) => void): net.Server {
  if (!target.tls) return net.createServer({ allowHalfOpen }, onSocket);
  const server = tls.createServer({ ...options, allowHalfOpen, handshakeTimeout: handshakeTimeoutMs || 120_000 }, onSocket);
  server.on('tlsClientError', (error, socket) => {
    const host = socket.remoteAddress ?? '?';
    throttle.warn(host, 'A TLS handshake with a client failed', { remoteAddress: formatTcpAddress({ host, port: socket.remotePort ?? 0, tls: true }), message: error.message });
  });
  return server;
}

/** Listens and resolves with the bound address (the port filled in). */
function bind(server: net.Server, target: TcpAddress): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const address = formatTcpAddress(target);
      if (error.code === 'EADDRINUSE') reject(new AddressInUseError(`Something already listens on ${address}`, { cause: error }));
      else reject(new BadArgumentsError(`Cannot listen on ${address}: ${error.message}`, { cause: error }));
    };
    server.once('error', onError);
    server.listen({ host: target.host, port: target.port }, () => {
      server.off('error', onError);
      server.on('error', () => {});
      const bound = server.address() as net.AddressInfo;
      resolve(formatTcpAddress({ host: bound.address, port: bound.port, tls: target.tls }));
    });
  });
}

class TcpListener extends AbstractListener {
  readonly tls: boolean;
  readonly #server: net.Server;
  readonly #handshaking: Set<net.Socket>;

  constructor(server: net.Server, address: string, tls: boolean, handshaking: Set<net.Socket>) {
    super(address);
    this.tls = tls;
    this.#server = server;
    this.#handshaking = handshaking;
  }

  handshakeDone(socket: net.Socket): void {
    this.#handshaking.delete(socket);
  }

  protected override async _close(): Promise<void> {
    // Stop accepting now; the sockets already accepted stay open, so do not wait for them.
    this.#server.close();
    for (const socket of this.#handshaking) socket.destroy();
    this.#handshaking.clear();
  }
}
