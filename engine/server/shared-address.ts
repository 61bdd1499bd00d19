import { AddressInUseError, BadArgumentsError, ConnectionClosedError } from '../errors/index.js';
import { realClock } from '../time/real-clock.js';
import type { Clock } from '../time/clock.js';
import { AbstractConnection } from '../../transports/abstract-connection.js';
import type { ForeignProtocol } from '../../transports/byte-stream.js';
import type { ConnectOptions, Connection, Listener, Transport } from '../../transports/transport.js';
import { ForeignRooms } from './foreign-rooms.js';

/*
 * How this works. A member is reached at one address by every kind of caller: the other
 * members (Raft's peer links), clients of every service (RPC), and clients of foreign
 * protocols (Kafka's, ZooKeeper's). One listener serves them all, in rooms:
 *
 *   a room of ours   a connection that introduces itself with a hello frame, 0xff "LK" and
 *                    the room's name and a version byte (e.g. 0xff "LKpeer" 0x01), goes to
 *                    whoever listens on `room(name)`, the hello swallowed. 0xff is a byte no
 *                    RPC envelope (protobuf) starts with (wire type 7 does not exist), so a
 *                    client's first request is never taken for a hello. A hello naming a
 *                    room nobody serves closes the connection.
 *   RPC clients      anything else: the connection, first frame included, goes to
 *                    `onClient` (the member's router serves it). Clients need nothing
 *                    special: a plain Transport dialling the member's address lands here.
 *   foreign rooms    a connection whose first bytes a ForeignProtocol claims never becomes
 *                    a connection of ours: the adapter hands its raw bytes to the protocol
 *                    (transports/byte-stream.ts), on adapters that declare
 *                    `supports.foreignProtocols`.
 *
 * A connection that sends nothing within `firstFrameTimeoutMs` is closed.
 */

export interface SharedAddressOptions {
  clock?: Clock;
  /** An accepted connection that sends nothing within this is closed; default 10 s. */
  firstFrameTimeoutMs?: number;
}

const HELLO_MARK = [0xff, 0x4c, 0x4b]; // 0xff "LK"
const HELLO_VERSION = 1;
const ROOM_NAME = /^[a-z][a-z0-9-]{0,15}$/;

/** The hello frame a connection to room `name` starts with. */
export function roomHello(name: string): Uint8Array {
  checkRoomName(name);
  return Uint8Array.of(...HELLO_MARK, ...new TextEncoder().encode(name), HELLO_VERSION);
}

/** The room a first frame asks for, '' for no hello (an RPC client), or null for a hello this version cannot read. */
function helloRoom(frame: Uint8Array): string | null {
  if (frame.byteLength < 1 || frame[0] !== HELLO_MARK[0]) return '';
  if (frame.byteLength < HELLO_MARK.length + 2 || frame[1] !== HELLO_MARK[1] || frame[2] !== HELLO_MARK[2]) return null;
  if (frame[frame.byteLength - 1] !== HELLO_VERSION) return null;
  const name = new TextDecoder().decode(frame.subarray(HELLO_MARK.length, frame.byteLength - 1));
  return ROOM_NAME.test(name) ? name : null;
}

function checkRoomName(name: string): void {
  if (typeof name !== 'string' || !ROOM_NAME.test(name)) {
    throw new BadArgumentsError(`A room name is 1-16 of a-z, 0-9 and '-', starting with a letter; got ${JSON.stringify(name)}`);
  }
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

/** One listening address for a member's peers, its clients and foreign protocols. */
export class SharedAddress {
  readonly transport: Transport;
  readonly #clock: Clock;
  readonly #firstFrameTimeoutMs: number;
  readonly #rooms = new Map<string, (connection: Connection) => void>();
  readonly #foreign = new ForeignRooms();
  #listener: Listener | null = null;
  #onClient: ((connection: Connection) => void) | null = null;
  #closed = false;

  private constructor(transport: Transport, options: SharedAddressOptions) {
    this.transport = transport;
    this.#clock = options.clock ?? realClock;
    this.#firstFrameTimeoutMs = options.firstFrameTimeoutMs ?? 10_000;
  }

  /** Listens on `address` (e.g. `tcp://0.0.0.0:7001`) with `transport`. */
  static async listen(transport: Transport, address: string, options: SharedAddressOptions = {}): Promise<SharedAddress> {
    const shared = new SharedAddress(transport, options);
    const foreign = transport.supports.foreignProtocols ? [shared.#foreign] : [];
    shared.#listener = await transport.listen(address, (connection) => shared.#accept(connection), { foreign });
    return shared;
  }

  /** The address actually bound (with the port filled in). */
  get address(): string {
    return this.#listener!.address;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /**
   * The Transport of room `name`: `listen` on it serves the connections that ask for the room
   * (whatever address it is given: the room lives on this shared address), and `connect`
   * dials another member's shared address and asks for the same room there.
   */
  room(name: string): Transport {
    checkRoomName(name);
    return new RoomTransport(this, name);
  }

  /** Where RPC client connections go; until one is set they are closed (clients retry elsewhere). */
  onClient(handler: ((connection: Connection) => void) | null): void {
    this.#onClient = handler;
  }

  /**
   * Serves a foreign protocol here beside ours (the transport must declare
   * `supports.foreignProtocols`); returns a function that stops serving it.
   */
  foreign(protocol: ForeignProtocol): () => void {
    if (!this.transport.supports.foreignProtocols) {
      throw new BadArgumentsError(`The transport of ${this.address} does not serve foreign protocols (supports.foreignProtocols)`);
    }
    return this.#foreign.add(protocol);
  }

  /** Stops listening. Connections already handed over stay open (their owners close them). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#rooms.clear();
    this.#foreign.clear();
    this.#onClient = null;
    await this.#listener?.close();
  }

  /** @internal RoomTransport's listen. */
  setRoomHandler(name: string, handler: ((connection: Connection) => void) | null): void {
    if (handler === null) this.#rooms.delete(name);
    else if (this.#rooms.has(name)) throw new AddressInUseError(`Room '${name}' is already served on ${this.address}`);
    else this.#rooms.set(name, handler);
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
      const room = helloRoom(frame);
      const handler = room === null ? null : room === '' ? this.#onClient : this.#rooms.get(room) ?? null;
      routed = new RoutedConnection(connection, this.transport.maxFrameBytes);
      if (!handler) {
        connection.close();
        return;
      }
      if (room === '') routed.push(frame);
      handler(routed);
    });
  }
}

/** The Transport a room's users see: the shared listener for its room, and dials that ask for it. */
class RoomTransport implements Transport {
  readonly #shared: SharedAddress;
  readonly #name: string;
  readonly #hello: Uint8Array;

  constructor(shared: SharedAddress, name: string) {
    this.#shared = shared;
    this.#name = name;
    this.#hello = roomHello(name);
  }

  get supports() {
    return this.#shared.transport.supports;
  }

  get maxFrameBytes(): number {
    return this.#shared.transport.maxFrameBytes;
  }

  /** Serves the room on the shared address (whatever `address` says: it is the member's advertised one). */
  async listen(_address: string, onConnection: (connection: Connection) => void): Promise<Listener> {
    const shared = this.#shared;
    const name = this.#name;
    if (shared.closed) throw new ConnectionClosedError('The shared listener is closed');
    shared.setRoomHandler(name, onConnection);
    let closed = false;
    return {
      address: shared.address,
      get closed() {
        return closed || shared.closed;
      },
      async close() {
        if (closed) return;
        closed = true;
        shared.setRoomHandler(name, null);
      },
    };
  }

  /** The room's hello goes first, as the connection's first early frame (with the link's handshake where it can). */
  connect(address: string, options?: ConnectOptions): Promise<Connection> {
    return this.#shared.transport.connect(address, { ...options, early: [this.#hello, ...(options?.early ?? [])] });
  }

  /** The underlying transport belongs to whoever made the SharedAddress. */
  async close(): Promise<void> {}
}
