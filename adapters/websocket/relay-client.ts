import { AbstractConnection } from '../../transports/abstract-connection.js';
import { AbstractListener, AbstractTransport, type TransportOptions } from '../../transports/abstract-transport.js';
import { defineSupports } from '../../transports/supports.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import {
  AbortedError,
  BadArgumentsError,
  ConnectionLossError,
  ConnectionRefusedError,
  ConnectTimeoutError,
  LogkeeperError,
  MalformedFrameError,
  toLogkeeperError,
} from '../../engine/errors/index.js';
import { realClock } from '../../engine/time/real-clock.js';
import type { Clock, Timer } from '../../engine/time/clock.js';
import { consoleLogger, type Logger } from '../shared/logger.js';
import { decodeReason, encodeReason } from '../shared/close-reason.js';
import {
  DATA_HEADER_BYTES,
  formatRelayAddress,
  message,
  Op,
  parse,
  parseIncoming,
  parseRelayAddress,
  u32At,
} from './relay-protocol.js';

/*
 * How this works. A RelayTransport keeps one link (a Connection of another transport,
 * WebSocket by default) to a hub, opened on first use, and multiplexes every listener and
 * connection of this node over it (see relay-protocol.ts). Listening registers a name at the
 * hub; dialling a name asks the hub, which asks the listener's node, which accepts or refuses.
 * A browser tab is then a full node: it listens under its name and other nodes dial it.
 * When the link is lost every relayed connection closes with CONNECTION_LOSS; listeners stay
 * open while the transport dials the hub again (after `reconnectMs`, doubling up to 30 s)
 * and takes their names back. A name someone else took meanwhile closes its listener, with a
 * warning. With `reconnectMs: 0` listeners close at once instead.
 */

export interface RelayTransportOptions extends TransportOptions {
  /** The hub's address on the link transport, e.g. ws://hub.example:7000/relay. */
  hub: string;
  /** The transport that carries the link to the hub (it must reach `hub`). */
  link: Transport;
  /** Per-connection flow-control window: `send` returns false at this many unconsumed bytes; default 1 MiB. */
  highWaterMark?: number;
  /** Past this many unconsumed bytes the connection is dropped (CONNECTION_LOSS); default 64 MiB. */
  maxBufferedBytes?: number;
  /** Bound on a dial (link + hub + listener's answer); default 10 s. */
  connectTimeoutMs?: number;
  /** First wait before dialling the hub again after the link is lost, while listeners exist; 0: never. Default 1 s. */
  reconnectMs?: number;
  logger?: Logger;
  clock?: Clock;
}

const MAX_RECONNECT_MS = 30_000;

interface Pending {
  resolve(channel: number): void;
  reject(error: Error): void;
}

const SUPPORTS = defineSupports({ browser: true, tls: true, auth: true });

export class RelayTransport extends AbstractTransport {
  readonly supports = SUPPORTS;
  readonly hub: string;
  readonly #linkTransport: Transport;
  readonly #highWaterMark: number;
  readonly #maxBufferedBytes: number;
  readonly #connectTimeoutMs: number;
  readonly #clock: Clock;
  readonly #reconnectMs: number;
  readonly #logger: Logger;
  #reconnectTimer: Timer | null = null;
  #link: Promise<Connection> | null = null;
  #nextRequest = 1;
  readonly #requests = new Map<number, Pending>();
  readonly #channels = new Map<number, RelayConnection>();
  readonly #listeners = new Map<string, RelayListener>();

  constructor(options: RelayTransportOptions) {
    super(options);
    if (typeof options?.hub !== 'string' || !options.link) throw new BadArgumentsError('A RelayTransport needs { hub, link }');
    this.hub = options.hub;
    this.#linkTransport = options.link;
    if (this.#linkTransport.maxFrameBytes < this.maxFrameBytes + DATA_HEADER_BYTES) {
      throw new BadArgumentsError('The link transport\'s maxFrameBytes must exceed the relay\'s by the relay header');
    }
    this.#highWaterMark = options.highWaterMark ?? 1024 * 1024;
    this.#maxBufferedBytes = options.maxBufferedBytes ?? 64 * 1024 * 1024;
    if (!(this.#highWaterMark > 0) || !(this.#maxBufferedBytes >= this.#highWaterMark + this.maxFrameBytes)) {
      throw new BadArgumentsError('highWaterMark must be > 0 and maxBufferedBytes >= highWaterMark + maxFrameBytes');
    }
    this.#connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    this.#reconnectMs = options.reconnectMs ?? 1000;
    if (!(this.#reconnectMs >= 0)) throw new BadArgumentsError('reconnectMs must be >= 0');
    this.#logger = options.logger ?? consoleLogger;
    this.#clock = options.clock ?? realClock;
  }

  protected override async _closed(): Promise<void> {
    if (this.#reconnectTimer !== null) this.#clock.cancel(this.#reconnectTimer);
    this.#reconnectTimer = null;
    await this.#linkTransport.close();
  }

  protected override async _listen(address: string, accept: (connection: Connection) => void): Promise<Listener> {
    const name = parseRelayAddress(address);
    const link = await this.#ensureLink();
    await this.#request(link, Op.Listen, name);
    const listener = new RelayListener(formatRelayAddress(name), accept, () => {
      this.#listeners.delete(name);
      const current = this.#link;
      if (!current) return Promise.resolve();
      return current.then((l) => this.#request(l, Op.Unlisten, name)).then(() => {}, () => {});
    });
    this.#listeners.set(name, listener);
    return listener;
  }

  protected override async _connect(address: string, signal: AbortSignal | undefined): Promise<Connection> {
    const name = parseRelayAddress(address);
    const canonical = formatRelayAddress(name);
    let timer: ReturnType<Clock['setTimer']> | undefined;
    let onAbort: (() => void) | undefined;
    const bounds = new Promise<never>((_, reject) => {
      timer = this.#clock.setTimer(this.#connectTimeoutMs, () => reject(new ConnectTimeoutError(`No connection to ${canonical} within ${this.#connectTimeoutMs} ms`)));
      onAbort = () => reject(new AbortedError(`Connecting to ${canonical} was aborted`));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    let link: Connection | undefined;
    const opening = (async () => {
      link = await this.#ensureLink();
      return this.#request(link, Op.Open, name);
    })();
    try {
      const channel = await Promise.race([opening, bounds]);
      return this.#open(link!, channel, canonical);
    } catch (error) {
      // If the hub opens it after all, close it at once.
      opening.then((channel) => link && !link.closed && link.send(message(Op.Close, channel)), () => {});
      throw error;
    } finally {
      if (timer) this.#clock.cancel(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  #open(link: Connection, channel: number, remote: string): RelayConnection {
    const connection = new RelayConnection(link, channel, {
      localAddress: formatRelayAddress(`~${channel}`),
      remoteAddress: remote,
      maxFrameBytes: this.maxFrameBytes,
      highWaterMark: this.#highWaterMark,
      maxBufferedBytes: this.#maxBufferedBytes,
      forget: () => this.#channels.delete(channel),
    });
    this.#channels.set(channel, connection);
    return connection;
  }

  #ensureLink(): Promise<Connection> {
    if (!this.#link) {
      const link = this.#linkTransport.connect(this.hub);
      this.#link = link;
      link.then(
        (connection) => {
          connection.onFrame((frame) => this.#onMessage(connection, frame));
          connection.onClose((error) => this.#lost(link, error));
        },
        () => {
          if (this.#link === link) this.#link = null;
        },
      );
    }
    return this.#link;
  }

  #request(link: Connection, op: Op, name: string): Promise<number> {
    if (link.closed) return Promise.reject(new ConnectionLossError('The link to the relay hub is closed'));
    const id = this.#nextRequest;
    this.#nextRequest = (this.#nextRequest % 0xffffffff) + 1;
    return new Promise<number>((resolve, reject) => {
      this.#requests.set(id, { resolve, reject });
      link.send(message(op, id, name));
    });
  }

  #onMessage(link: Connection, frame: Uint8Array): void {
    try {
      const { op, id } = parse(frame);
      switch (op) {
        case Op.Data:
          this.#channels.get(id)?.arrive(frame);
          return;
        case Op.Credit:
          this.#channels.get(id)?.credit(u32At(frame, 5));
          return;
        case Op.Close:
          this.#channels.get(id)?.closedByHub(frame.subarray(5));
          return;
        case Op.Reply: {
          const pending = this.#requests.get(id);
          if (!pending) return;
          this.#requests.delete(id);
          const reason = frame.subarray(9);
          if (reason.byteLength > 0) pending.reject(decodeReason(reason));
          else pending.resolve(u32At(frame, 5));
          return;
        }
        case Op.Incoming: {
          const { name, from } = parseIncoming(frame);
          const listener = this.#listeners.get(name);
          if (!listener || listener.closed) {
            link.send(message(Op.Refuse, id, encodeReason(new ConnectionRefusedError(`Nothing listens on ${formatRelayAddress(name)}`))));
            return;
          }
          const connection = this.#open(link, id, formatRelayAddress(from));
          link.send(message(Op.Accept, id));
          listener.accept(connection);
          return;
        }
        default:
          throw new MalformedFrameError(`Unexpected relay message ${op}`);
      }
    } catch (caught) {
      link.close();
      this.#lost(this.#link!, toLogkeeperError(caught));
    }
  }

  #lost(link: Promise<Connection>, error?: Error): void {
    if (this.#link !== link) return;
    this.#link = null;
    const loss = new ConnectionLossError(`Lost the link to the relay hub ${this.hub}${error ? `: ${error.message}` : ''}`, { cause: error });
    for (const pending of this.#requests.values()) pending.reject(loss);
    this.#requests.clear();
    for (const connection of [...this.#channels.values()]) connection.lost(loss);
    this.#channels.clear();
    if (this.#reconnectMs === 0 || this.closed) {
      for (const listener of [...this.#listeners.values()]) void listener.close();
      this.#listeners.clear();
    } else if (this.#listeners.size > 0) this.#scheduleReconnect(this.#reconnectMs);
  }

  /** Dials the hub again and takes the listeners' names back, retrying with a growing wait. */
  #scheduleReconnect(waitMs: number): void {
    if (this.#reconnectTimer !== null || this.closed) return;
    this.#reconnectTimer = this.#clock.setTimer(waitMs, async () => {
      this.#reconnectTimer = null;
      if (this.closed || this.#listeners.size === 0) return;
      let link: Connection;
      try {
        link = await this.#ensureLink();
      } catch (error) {
        this.#logger.debug?.('The relay hub is still unreachable', { hub: this.hub, message: (error as Error).message });
        this.#scheduleReconnect(Math.min(waitMs * 2, MAX_RECONNECT_MS));
        return;
      }
      for (const [name, listener] of [...this.#listeners]) {
        this.#request(link, Op.Listen, name).catch((error: LogkeeperError) => {
          if (error.code === 'CONNECTION_LOSS') return; // the link went again; the next round retries
          this.#logger.warn('A relay listener lost its name while the hub was away', { hub: this.hub, name, message: error.message });
          void listener.close();
        });
      }
    });
  }
}

class RelayListener extends AbstractListener {
  readonly accept: (connection: Connection) => void;
  readonly #release: () => Promise<void>;

  constructor(address: string, accept: (connection: Connection) => void, release: () => Promise<void>) {
    super(address);
    this.accept = accept;
    this.#release = release;
  }

  protected override _close(): Promise<void> {
    return this.#release();
  }
}

interface RelayConnectionInit {
  localAddress: string;
  remoteAddress: string;
  maxFrameBytes: number;
  highWaterMark: number;
  maxBufferedBytes: number;
  forget: () => void;
}

/** One relayed connection: a channel on the link to the hub. */
class RelayConnection extends AbstractConnection {
  readonly #link: Connection;
  readonly #channel: number;
  readonly #init: RelayConnectionInit;
  #unconsumed = 0;
  #toCredit = 0;
  #waitingForDrain = false;

  constructor(link: Connection, channel: number, init: RelayConnectionInit) {
    super(init);
    this.#link = link;
    this.#channel = channel;
    this.#init = init;
  }

  protected override _bufferedAmount(): number {
    return this.#unconsumed;
  }

  protected override _send(frame: Uint8Array): boolean {
    const out = new Uint8Array(DATA_HEADER_BYTES + frame.byteLength);
    out[0] = Op.Data;
    out[1] = this.#channel >>> 24;
    out[2] = (this.#channel >>> 16) & 0xff;
    out[3] = (this.#channel >>> 8) & 0xff;
    out[4] = this.#channel & 0xff;
    out.set(frame, DATA_HEADER_BYTES);
    this.#unconsumed += frame.byteLength + 1;
    if (this.#unconsumed > this.#init.maxBufferedBytes) {
      const error = new ConnectionLossError(
        `The peer is not reading: ${this.#unconsumed} bytes unconsumed, over the limit of ${this.#init.maxBufferedBytes} (send() returned false and was not heeded)`,
      );
      this.#end(encodeReason(error));
      this._closedByPeer(error);
      return false;
    }
    this.#link.send(out);
    if (this.#unconsumed < this.#init.highWaterMark) return true;
    this.#waitingForDrain = true;
    return false;
  }

  protected override _close(): void {
    this.#end(new Uint8Array(0));
  }

  /** A DATA message for this channel. */
  arrive(frame: Uint8Array): void {
    if (this.closed) return;
    const payload = frame.subarray(DATA_HEADER_BYTES);
    if (payload.byteLength > this.maxFrameBytes) {
      this.#fail(new MalformedFrameError(`A relayed frame of ${payload.byteLength} bytes exceeds the limit of ${this.maxFrameBytes}`));
      return;
    }
    this._deliver(payload);
    this.#toCredit += payload.byteLength + 1;
    if (this.#toCredit >= this.#init.highWaterMark / 4 && !this.#link.closed && !this.closed) {
      this.#link.send(message(Op.Credit, this.#channel, this.#toCredit));
      this.#toCredit = 0;
    }
  }

  credit(bytes: number): void {
    this.#unconsumed = Math.max(0, this.#unconsumed - bytes);
    if (this.#waitingForDrain && this.#unconsumed < this.#init.highWaterMark) {
      this.#waitingForDrain = false;
      this._drained();
    }
  }

  closedByHub(reason: Uint8Array): void {
    this.#init.forget();
    this._closedByPeer(reason.byteLength > 0 ? decodeReason(reason) : undefined);
  }

  lost(error: Error): void {
    this._closedByPeer(error);
  }

  #fail(error: LogkeeperError): void {
    this.#end(encodeReason(error));
    this._closedByPeer(error);
  }

  #end(reason: Uint8Array): void {
    this.#init.forget();
    if (!this.#link.closed) this.#link.send(message(Op.Close, this.#channel, reason));
  }
}
