/*
 * One shape for a WebSocket, whatever is underneath: `ws` in Node (node-socket.ts) or the
 * browser's own WebSocket (this file). Everything above it — the handshake, the connection,
 * the relay client — is written against MessageSocket and imports nothing from Node.
 */

/** What happens on a socket; a MessageSocket reports to exactly one sink at a time. */
export interface SocketSink {
  /** A binary message (Uint8Array) or a text one (string). */
  onMessage(data: Uint8Array | string): void;
  /** Something proved the peer alive without a message (a pong). */
  onAlive(): void;
  /** The socket closed with this close code and reason; `error` when it broke. */
  onEnded(code: number, reason: string, error?: Error): void;
}

export interface MessageSocket {
  /** Sends a message. `onWritten`, where supported, fires once it has left this process. */
  send(data: Uint8Array | string, onWritten?: () => void): void;
  readonly bufferedAmount: number;
  /** Whether `send` calls `onWritten` (Node); otherwise drain is found by polling `bufferedAmount`. */
  readonly reportsWrites: boolean;
  /** Whether the server side of `send` must copy frames the caller may reuse (ws does not mask, so it keeps a reference). */
  readonly keepsReferences: boolean;
  /** A protocol-level ping, where the platform has one (Node); the browser sends a text "ping" instead. */
  readonly ping: (() => void) | null;
  close(code: number, reason: string): void;
  /** Drops the connection at once. */
  terminate(): void;
  setSink(sink: SocketSink): void;
}

/** A sink that keeps everything until the real one is set. */
export class QueueSink implements SocketSink {
  readonly messages: Array<Uint8Array | string> = [];
  ended: { code: number; reason: string; error?: Error } | null = null;
  #wake: (() => void) | null = null;

  onMessage(data: Uint8Array | string): void {
    this.messages.push(data);
    this.#notify();
  }

  onAlive(): void {}

  onEnded(code: number, reason: string, error?: Error): void {
    this.ended = { code, reason, error };
    this.#notify();
  }

  /** Resolves when there is a message or the socket closed. */
  changed(): Promise<void> {
    if (this.messages.length > 0 || this.ended) return Promise.resolve();
    return new Promise((resolve) => (this.#wake = resolve));
  }

  /** Hands what was queued to `sink` and makes it the socket's sink. */
  handOver(socket: MessageSocket, sink: SocketSink): void {
    socket.setSink(sink);
    for (const message of this.messages.splice(0)) sink.onMessage(message);
    if (this.ended) sink.onEnded(this.ended.code, this.ended.reason, this.ended.error);
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}

/** The subset of the browser's WebSocket this adapter uses. */
export interface BrowserWebSocketLike {
  binaryType: string;
  readonly bufferedAmount: number;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string; wasClean?: boolean }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
}

/** A browser WebSocket as a MessageSocket. */
export class BrowserSocket implements MessageSocket {
  readonly reportsWrites = false;
  readonly keepsReferences = false;
  readonly ping = null;
  readonly #socket: BrowserWebSocketLike;
  #sink: SocketSink;
  #ended = false;

  constructor(socket: BrowserWebSocketLike, sink: SocketSink) {
    this.#socket = socket;
    this.#sink = sink;
    socket.binaryType = 'arraybuffer';
    socket.onmessage = (event) => {
      const data = event.data;
      if (typeof data === 'string') this.#sink.onMessage(data);
      else if (data instanceof ArrayBuffer) this.#sink.onMessage(new Uint8Array(data));
      else if (ArrayBuffer.isView(data)) this.#sink.onMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    };
    socket.onclose = (event) => this.#end(event.code, event.reason);
    // The browser hides why a socket failed; the close event that follows carries 1006.
    socket.onerror = () => {};
  }

  get bufferedAmount(): number {
    return this.#socket.bufferedAmount;
  }

  send(data: Uint8Array | string): void {
    this.#socket.send(data);
  }

  close(code: number, reason: string): void {
    try {
      this.#socket.close(code, reason);
    } catch {
      this.#socket.close();
    }
  }

  terminate(): void {
    // A browser cannot drop a socket without the closing handshake; close and stop listening.
    this.close(1000, '');
    this.#end(1006, 'terminated');
  }

  setSink(sink: SocketSink): void {
    this.#sink = sink;
  }

  #end(code: number, reason: string): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#socket.onmessage = null;
    this.#sink.onEnded(code, reason);
  }
}
