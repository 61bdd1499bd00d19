import {
  AbortedError,
  AddressInUseError,
  BadArgumentsError,
  ConnectionClosedError,
  FrameTooLargeError,
} from '../engine/errors/index.js';
import { DEFAULT_MAX_FRAME_BYTES } from './framing.js';
import type { ForeignProtocol, ListenOptions } from './byte-stream.js';
import type { Supports } from './supports.js';
import type { ConnectOptions, Connection, Listener, Transport } from './transport.js';

export interface TransportOptions {
  /** The largest frame sent or accepted; default 16 MiB. */
  maxFrameBytes?: number;
}

function checkAddress(address: unknown): asserts address is string {
  if (typeof address !== 'string' || address.length === 0) {
    throw new BadArgumentsError('An address must be a non-empty string');
  }
}

/**
 * The argument and state checks of a Transport, done once for every adapter, and the
 * bookkeeping that lets `close()` release everything.
 *
 * Private API for implementors: override `_listen(address, accept)` (resolve with a Listener
 * whose `address` is the bound one; reject with ADDRESS_IN_USE if taken; call `accept` for
 * each incoming connection) and `_connect(address, signal, early)` (reject with
 * CONNECTION_REFUSED or CONNECT_TIMEOUT, or ABORTED when `signal` aborts). Arguments are
 * already valid. `early` (ConnectOptions.early) is the adapter's to send when it sets
 * `_sendsEarlyFrames`; otherwise this class sends those frames once `_connect` resolved.
 */
export abstract class AbstractTransport implements Transport {
  abstract readonly supports: Supports;
  readonly maxFrameBytes: number;

  #closed = false;
  #listeners = new Map<string, Listener>();
  #connections = new Set<Connection>();

  constructor(options: TransportOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 1 || max > 0xffffffff) {
      throw new BadArgumentsError('maxFrameBytes must be an integer from 1 to 2^32-1');
    }
    this.maxFrameBytes = max;
  }

  get closed(): boolean {
    return this.#closed;
  }

  async listen(address: string, onConnection: (connection: Connection) => void, options: ListenOptions = {}): Promise<Listener> {
    checkAddress(address);
    if (typeof onConnection !== 'function') throw new BadArgumentsError('onConnection must be a function');
    const foreign = options.foreign ?? [];
    if (!Array.isArray(foreign) || foreign.some((p) => typeof p?.matches !== 'function' || typeof p.accept !== 'function' || typeof p.name !== 'string')) {
      throw new BadArgumentsError('foreign must be a list of { name, matches, accept }');
    }
    if (foreign.length > 0 && !this.supports.foreignProtocols) throw new BadArgumentsError('This transport does not serve foreign protocols');
    if (this.#closed) throw new ConnectionClosedError('The transport is closed');
    if (this.#listeners.get(address)?.closed === false) throw new AddressInUseError(`Already listening on ${address}`);
    const listener = await this._listen(address, (connection) => {
      this.#track(connection);
      onConnection(connection);
    }, foreign);
    this.#listeners.set(listener.address, listener);
    return listener;
  }

  async connect(address: string, options: ConnectOptions = {}): Promise<Connection> {
    checkAddress(address);
    const signal = options.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new BadArgumentsError('signal must be an AbortSignal');
    const early = options.early ?? [];
    if (!Array.isArray(early) || early.some((f) => !(f instanceof Uint8Array))) throw new BadArgumentsError('early must be a list of Uint8Array frames');
    const tooLarge = early.find((f) => f.byteLength > this.maxFrameBytes);
    if (tooLarge) throw new FrameTooLargeError(`Frame of ${tooLarge.byteLength} bytes exceeds the limit of ${this.maxFrameBytes}`);
    if (this.#closed) throw new ConnectionClosedError('The transport is closed');
    if (signal?.aborted) throw new AbortedError(`Connecting to ${address} was aborted`);
    const connection = await this._connect(address, signal, early);
    if (this.#closed) {
      connection.close();
      throw new ConnectionClosedError('The transport was closed while connecting');
    }
    if (!this._sendsEarlyFrames) for (const frame of early) connection.send(frame);
    this.#track(connection);
    return connection;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const listeners = [...this.#listeners.values()];
    this.#listeners.clear();
    for (const connection of this.#connections) connection.close();
    this.#connections.clear();
    await Promise.all(listeners.map((l) => l.close()));
    await this._closed();
  }

  /** `foreign` is empty unless the adapter declares `supports.foreignProtocols`. */
  protected abstract _listen(address: string, accept: (connection: Connection) => void, foreign: readonly ForeignProtocol[]): Promise<Listener>;
  protected abstract _connect(address: string, signal: AbortSignal | undefined, early: readonly Uint8Array[]): Promise<Connection>;

  /** True when `_connect` sends ConnectOptions.early itself (with its handshake). */
  protected get _sendsEarlyFrames(): boolean {
    return false;
  }

  /** Called once after `close()` has closed every listener and connection. */
  protected async _closed(): Promise<void> {}

  #track(connection: Connection): void {
    this.#connections.add(connection);
    connection.onClose(() => this.#connections.delete(connection));
  }
}

/**
 * The state handling of a Listener. Private API for implementors: override `_close()`,
 * called once.
 */
export abstract class AbstractListener implements Listener {
  readonly address: string;
  #closed = false;
  #closing: Promise<void> | undefined;

  constructor(address: string) {
    this.address = address;
  }

  get closed(): boolean {
    return this.#closed;
  }

  close(): Promise<void> {
    if (!this.#closing) {
      this.#closed = true;
      this.#closing = this._close();
    }
    return this.#closing;
  }

  protected abstract _close(): Promise<void>;
}
