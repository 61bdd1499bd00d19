import { AddressInUseError, ConnectionClosedError } from '../errors/index.js';
import { realClock } from '../time/real-clock.js';
import type { Clock } from '../time/clock.js';
import { AbstractConnection } from '../../transports/abstract-connection.js';
import type { ConnectOptions, Connection, Listener, Transport } from '../../transports/transport.js';

/*
 * How this works. An ensemble member is reached at one address by two kinds of callers: the
 * other members (Raft's messenger) and clients (Keeper sessions). Rather than two ports, one
 * listener serves both and tells them apart by a connection's first frame:
 *
 *   a member's dialer  sends PEER_HELLO first (through `peerTransport.connect`); the
 *                      accepting side swallows it and hands the rest of the connection to
 *                      Raft (what `peerTransport.listen` registered);
 *   anything else      is a client: the connection, first frame included, goes to the
 *                      client handler (the KeeperServer).
 *
 * PEER_HELLO begins with 0xff, which no RPC envelope (protobuf) can begin with (wire type 7
 * does not exist), so a client's first request is never taken for it. Clients need nothing
 * special: a plain Transport dialling the member's address reaches the client side. A
 * connection that sends nothing within `firstFrameTimeoutMs` is closed.
 */

/** The first frame of a peer (Raft) connection: 0xff "LKPEER" and a version byte. */
export const PEER_HELLO = Uint8Array.of(0xff, 0x4c, 0x4b, 0x50, 0x45, 0x45, 0x52, 0x01);

function isPeerHello(frame: Uint8Array): boolean {
  if (frame.byteLength !== PEER_HELLO.byteLength) return false;
  for (let i = 0; i < frame.byteLength; i++) if (frame[i] !== PEER_HELLO[i]) return false;
  return true;
}

export interface SharedAddressOptions {
  clock?: Clock;
  /** An accepted connection that sends nothing within this is closed; default 10 s. */
  firstFrameTimeoutMs?: number;
}

/** The rest of an accepted connection after its first frame was read, as a Connection of its own. */
class RoutedConnection extends AbstractConnection {
  readonly #inner: Connection;

  constructor(inner: Connection, maxFrameBytes: number) {
    super({ localAddress: inner.localAddress, remoteAddress: inner.remoteAddress, maxFrameBytes });
    this.#inner = inner;
    inner.onDrain(() => this._drained());
    inner.onClose((error) => this._closedByPeer(error));
  }

  push(frame: Uint8Array): void {
    this._deliver(frame);
  }

  protected override _send(frame: Uint8Array): boolean {
    return this.#inner.send(frame);
  }

  protected override _close(): void {
    this.#inner.close();
  }

  protected override _bufferedAmount(): number {
    return this.#inner.bufferedAmount;
  }
}

/** One listening address for a member's peers and its clients. */
export class SharedAddress {
  readonly transport: Transport;
  /** Give this to the RaftNode: it listens on the shared address and dials peers with PEER_HELLO. */
  readonly peerTransport: Transport;
  readonly #clock: Clock;
  readonly #firstFrameTimeoutMs: number;
  #listener: Listener | null = null;
  #onPeer: ((connection: Connection) => void) | null = null;
  #onClient: ((connection: Connection) => void) | null = null;
  #closed = false;

  private constructor(transport: Transport, options: SharedAddressOptions) {
    this.transport = transport;
    this.#clock = options.clock ?? realClock;
    this.#firstFrameTimeoutMs = options.firstFrameTimeoutMs ?? 10_000;
    this.peerTransport = new PeerTransport(this);
  }

  /** Listens on `address` (e.g. `tcp://0.0.0.0:7001`) with `transport`. */
  static async listen(transport: Transport, address: string, options: SharedAddressOptions = {}): Promise<SharedAddress> {
    const shared = new SharedAddress(transport, options);
    shared.#listener = await transport.listen(address, (connection) => shared.#accept(connection));
    return shared;
  }

  /** The address actually bound (with the port filled in). */
  get address(): string {
    return this.#listener!.address;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Where client connections go; until one is set they are closed (clients retry elsewhere). */
  onClient(handler: ((connection: Connection) => void) | null): void {
    this.#onClient = handler;
  }

  /** Stops listening. Connections already handed over stay open (their owners close them). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#onPeer = null;
    this.#onClient = null;
    await this.#listener?.close();
  }

  /** @internal PeerTransport's listen. */
  setPeerHandler(handler: ((connection: Connection) => void) | null): void {
    if (handler && this.#onPeer) throw new AddressInUseError(`Peers are already served on ${this.address}`);
    this.#onPeer = handler;
  }

  #accept(connection: Connection): void {
    if (this.#closed) {
      connection.close();
      return;
    }
    let routed: RoutedConnection | null = null;
    const timer = this.#clock.setTimer(this.#firstFrameTimeoutMs, () => {
      if (!routed) connection.close();
    });
    connection.onClose(() => this.#clock.cancel(timer));
    connection.onFrame((frame) => {
      if (routed) {
        routed.push(frame);
        return;
      }
      this.#clock.cancel(timer);
      const peer = isPeerHello(frame);
      const handler = peer ? this.#onPeer : this.#onClient;
      routed = new RoutedConnection(connection, this.transport.maxFrameBytes);
      if (!handler) {
        connection.close();
        return;
      }
      if (!peer) routed.push(frame);
      handler(routed);
    });
  }
}

/** The Transport a member's Raft node sees: the shared listener, and dials that introduce themselves as a peer's. */
class PeerTransport implements Transport {
  readonly #shared: SharedAddress;

  constructor(shared: SharedAddress) {
    this.#shared = shared;
  }

  get supports() {
    return this.#shared.transport.supports;
  }

  get maxFrameBytes(): number {
    return this.#shared.transport.maxFrameBytes;
  }

  /** Serves peers on the shared address (whatever `address` says: it is the member's advertised one). */
  async listen(_address: string, onConnection: (connection: Connection) => void): Promise<Listener> {
    const shared = this.#shared;
    if (shared.closed) throw new ConnectionClosedError('The shared listener is closed');
    shared.setPeerHandler(onConnection);
    let closed = false;
    return {
      address: shared.address,
      get closed() {
        return closed || shared.closed;
      },
      async close() {
        if (closed) return;
        closed = true;
        shared.setPeerHandler(null);
      },
    };
  }

  async connect(address: string, options?: ConnectOptions): Promise<Connection> {
    const connection = await this.#shared.transport.connect(address, options);
    try {
      connection.send(PEER_HELLO);
    } catch (error) {
      connection.close();
      throw error;
    }
    return connection;
  }

  /** The underlying transport belongs to whoever made the SharedAddress. */
  async close(): Promise<void> {}
}
