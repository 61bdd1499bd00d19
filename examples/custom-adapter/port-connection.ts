import type { MessagePort } from 'node:worker_threads';
import { AbstractConnection, ConnectionLossError, FrameTooLargeError, type ConnectionInit } from 'logkeeper';
import { CLOSE } from './switchboard.js';

/*
 * One end of a connection: a MessagePort of its own. A frame is one message (postMessage
 * copies it, so the caller may reuse its buffer); the port keeps messages in order and
 * delivers every message posted before its other end closes. A close is the CLOSE message
 * followed by closing the port; a port that closes without it (the other thread died, the
 * switchboard went) is a loss, reported with an error.
 */
export class PortConnection extends AbstractConnection {
  readonly #port: MessagePort;

  constructor(port: MessagePort, init: ConnectionInit) {
    super(init);
    this.#port = port;
    port.on('message', (message: Uint8Array | string) => this.#received(message));
    port.on('close', () => this._closedByPeer(new ConnectionLossError(`The port to ${this.remoteAddress} closed without a close message`)));
  }

  protected override _send(frame: Uint8Array): boolean {
    this.#port.postMessage(frame);
    return true; // postMessage never pushes back: there is no buffer to fill
  }

  protected override _close(): void {
    this.#port.postMessage(CLOSE);
    this.#port.close();
  }

  #received(message: Uint8Array | string): void {
    if (message === CLOSE) {
      this._closedByPeer();
      this.#port.close();
    } else if (typeof message === 'string') {
      this.#fail(new ConnectionLossError(`Unexpected control message '${message}' from ${this.remoteAddress}`));
    } else if (message.byteLength > this.maxFrameBytes) {
      this.#fail(new FrameTooLargeError(`A frame of ${message.byteLength} bytes from ${this.remoteAddress} exceeds the limit of ${this.maxFrameBytes}`));
    } else {
      this._deliver(message);
    }
  }

  /** Drops the connection: the peer sees its port close without a close message. */
  #fail(error: Error): void {
    this._closedByPeer(error);
    this.#port.close();
  }
}
