import type { ListenOptions } from './byte-stream.js';
import type { Supports } from './supports.js';

/**
 * The contract every adapter implements. An adapter moves opaque frames in order and reports
 * closes; framing of streams, encoding, request correlation, timeouts and retries live above.
 * Adapters extend AbstractTransport / AbstractConnection / AbstractListener, which check
 * arguments and state once, and implement only the protected `_hooks`.
 */
export interface Transport {
  /** What this adapter can do; frozen, missing keys are false. */
  readonly supports: Supports;
  /** The largest frame this transport sends or accepts, in bytes. */
  readonly maxFrameBytes: number;
  /**
   * Accepts connections on `address`; rejects with ADDRESS_IN_USE if something already listens
   * there. `options.foreign` adds rooms for other protocols (see byte-stream.ts).
   */
  listen(address: string, onConnection: (connection: Connection) => void, options?: ListenOptions): Promise<Listener>;
  /** Opens a connection; rejects with a retriable error (CONNECTION_REFUSED, CONNECT_TIMEOUT) if it cannot. */
  connect(address: string, options?: ConnectOptions): Promise<Connection>;
  /** Closes every listener and connection this transport opened. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  signal?: AbortSignal;
  /**
   * Frames to send first on the new connection, in order, as if by `send` the moment it opened.
   * An adapter whose link opens with a round trip may send them with its first bytes (the TCP
   * adapter does, when it has no secret to prove), so the peer has them one round trip sooner.
   * Either way the peer's side receives them only once it has accepted the connection (never
   * if it refuses it), and when `connect` resolves they have been sent; when it rejects, they
   * were not delivered. Each is bounded by `maxFrameBytes`.
   */
  early?: readonly Uint8Array[];
}

export interface Listener {
  /** The address actually bound (e.g. with the port filled in); connect to this one. */
  readonly address: string;
  readonly closed: boolean;
  /** Stops accepting; connections already accepted stay open. */
  close(): Promise<void>;
}

export interface Connection {
  readonly localAddress: string;
  readonly remoteAddress: string;
  readonly closed: boolean;
  /** Bytes handed to `send` and not yet passed to the network. */
  readonly bufferedAmount: number;
  /**
   * Sends one frame: ordered and reliable while the connection is open. The transport keeps
   * its own bytes (it copies or writes them at once), so the caller may reuse the buffer as
   * soon as `send` returns. Returns false when the send buffer is above
   * its high-water mark: the caller should wait for `onDrain` before sending much more.
   * Throws CONNECTION_CLOSED after close and FRAME_TOO_LARGE above `maxFrameBytes`.
   */
  send(frame: Uint8Array): boolean;
  /** Frames that arrive before the first handler is set are kept and delivered to it. */
  onFrame(handler: (frame: Uint8Array) => void): void;
  /** Called once when the connection closes from either side; `error` is set when it did not close cleanly. */
  onClose(handler: (error?: Error) => void): void;
  /** Called when the send buffer falls below its high-water mark after `send` returned false. */
  onDrain(handler: () => void): void;
  /** Closes after the frames already sent; the peer sees them, then the close. */
  close(): void;
}
