/*
 * Rooms for foreign protocols. A member's listener may be dialled by clients that speak
 * another system's wire protocol (Kafka's, ZooKeeper's) rather than the adapter's own. An
 * adapter that declares `supports.foreignProtocols` reads a new connection's first bytes
 * before its own handshake: bytes that begin its own prelude go on as one of its
 * connections; bytes a ForeignProtocol recognises go to that protocol as a raw ByteStream,
 * with no framing, handshake or authentication of the adapter's (the protocol brings its own).
 *
 * The adapter's own prelude must be told apart from every foreign one without ambiguity, so
 * each adapter documents its first bytes (the TCP adapter's begin with a length below 256 and
 * the byte 0x01 then "LKH", which neither Kafka's request header nor ZooKeeper's connect
 * request nor a four-letter command can start with).
 */

/** A raw, ordered byte stream: what a foreign protocol gets of a connection its first bytes identified. */
export interface ByteStream {
  readonly localAddress: string;
  readonly remoteAddress: string;
  readonly closed: boolean;
  /** Bytes written and not yet passed to the network. */
  readonly bufferedAmount: number;
  /**
   * Writes bytes (the stream keeps its own copy, or writes them at once). Returns false above
   * the high-water mark: wait for `onDrain` before writing much more. Throws CONNECTION_CLOSED
   * after close.
   */
  write(bytes: Uint8Array): boolean;
  /**
   * Chunks as they arrive; the first one begins with the bytes the protocol was recognised by.
   * Chunks that arrive before a handler is set are kept and delivered to it.
   */
  onData(handler: (chunk: Uint8Array) => void): void;
  /** Called once when the stream ends from either side; `error` is set when it did not end cleanly. */
  onClose(handler: (error?: Error) => void): void;
  /** Called when the write buffer falls below its high-water mark after `write` returned false. */
  onDrain(handler: () => void): void;
  /** Stops delivering chunks until `resume` (back-pressure towards the sender). */
  pause(): void;
  resume(): void;
  /** Ends after the bytes already written; the peer reads them, then the end. */
  close(): void;
}

/** A foreign protocol served on a listener, recognised by a connection's first bytes. */
export interface ForeignProtocol {
  /** For logs and errors, e.g. 'kafka', 'zookeeper'. */
  readonly name: string;
  /**
   * Whether the first bytes a connection sent are this protocol's: true or false once it can
   * tell, undefined while it needs more of them. It sees every byte received so far; when the
   * peer stops sending before any protocol (or the adapter's own prelude) is sure, the
   * connection is treated as the adapter's own.
   */
  matches(prefix: Uint8Array): boolean | undefined;
  /** Takes the stream over: it is this protocol's from now on. */
  accept(stream: ByteStream): void;
}

export interface ListenOptions {
  /**
   * Foreign protocols to serve on this listener beside the adapter's own, tried in this
   * order. Only adapters that declare `supports.foreignProtocols` take them; the others
   * refuse with BAD_ARGUMENTS.
   */
  foreign?: readonly ForeignProtocol[];
}
