import type { WebSocket } from 'ws';
import { FrameTooLargeError, MalformedFrameError } from '../../engine/errors/index.js';
import type { MessageSocket, SocketSink } from './socket.js';

/** A `ws` WebSocket (either side) as a MessageSocket, using ws's own events for speed. */
export class NodeSocket implements MessageSocket {
  readonly reportsWrites = true;
  readonly keepsReferences: boolean;
  readonly ping: () => void;
  readonly #ws: WebSocket;
  #sink: SocketSink;
  #error: Error | undefined;

  constructor(ws: WebSocket, sink: SocketSink, isServer: boolean) {
    this.#ws = ws;
    this.#sink = sink;
    // A server does not mask, so ws writes the caller's buffer itself, later: copy it first.
    this.keepsReferences = isServer;
    this.ping = () => ws.ping();
    ws.on('message', (data: Buffer, isBinary: boolean) => this.#sink.onMessage(isBinary ? data : data.toString('utf8')));
    ws.on('pong', () => this.#sink.onAlive());
    ws.on('ping', () => this.#sink.onAlive());
    ws.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.#error = new FrameTooLargeError(`Incoming message exceeds the limit: ${error.message}`, { cause: error });
      else if (error.code?.startsWith('WS_ERR_')) this.#error = new MalformedFrameError(`Bad WebSocket data: ${error.message}`, { cause: error });
      else this.#error = error;
    });
    ws.on('close', (code: number, reason: Buffer) => this.#sink.onEnded(code, reason.toString('utf8'), this.#error));
  }

  get bufferedAmount(): number {
    return this.#ws.bufferedAmount;
  }

  send(data: Uint8Array | string, onWritten?: () => void): void {
    if (this.#ws.readyState !== 1) return;
    this.#ws.send(data, onWritten);
  }

  close(code: number, reason: string): void {
    this.#ws.close(code, reason);
  }

  terminate(): void {
    this.#ws.terminate();
  }

  setSink(sink: SocketSink): void {
    this.#sink = sink;
  }
}
