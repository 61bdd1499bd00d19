import type { ByteStream, ForeignProtocol } from '../../transports/byte-stream.js';

/*
 * The foreign protocols of a shared address, as the one ForeignProtocol its listener is
 * given. The listener is made before the member's services start, and services add their
 * front doors as they start, so the list changes after `listen`: this protocol claims the
 * bytes any current one claims, and when it is handed the stream it asks again on the bytes
 * it replays (the adapter replays what it read first) and passes the stream on to the one
 * that claims them, replaying those bytes to it as well.
 */
export class ForeignRooms implements ForeignProtocol {
  readonly name = 'foreign rooms';
  #protocols: ForeignProtocol[] = [];

  add(protocol: ForeignProtocol): () => void {
    this.#protocols = [...this.#protocols, protocol];
    return () => {
      this.#protocols = this.#protocols.filter((p) => p !== protocol);
    };
  }

  clear(): void {
    this.#protocols = [];
  }

  matches(prefix: Uint8Array): boolean | undefined {
    const chosen = this.#choose(prefix);
    return chosen === undefined ? undefined : chosen !== null;
  }

  accept(stream: ByteStream): void {
    let seen = new Uint8Array(0);
    let handedOn: ReplayingStream | null = null;
    stream.onData((chunk) => {
      if (handedOn) {
        handedOn.deliver(chunk);
        return;
      }
      const joined = new Uint8Array(seen.byteLength + chunk.byteLength);
      joined.set(seen, 0);
      joined.set(chunk, seen.byteLength);
      const chosen = this.#choose(joined);
      if (chosen === undefined) {
        seen = joined;
        return;
      }
      if (chosen === null) {
        // The protocol that claimed these bytes went away meanwhile.
        stream.close();
        return;
      }
      handedOn = new ReplayingStream(stream, joined);
      chosen.accept(handedOn);
    });
  }

  /** The first protocol that claims `prefix`; undefined while one still needs more bytes; null when none does. */
  #choose(prefix: Uint8Array): ForeignProtocol | null | undefined {
    let undecided = false;
    for (const protocol of this.#protocols) {
      const verdict = protocol.matches(prefix);
      if (verdict === true) return protocol;
      if (verdict === undefined) undecided = true;
    }
    return undecided ? undefined : null;
  }
}

/** A stream that delivers `head`, then what its owner passes to `deliver` (the rest of `inner`'s bytes). */
class ReplayingStream implements ByteStream {
  readonly #inner: ByteStream;
  #pending: Uint8Array[];
  #handlers: Array<(chunk: Uint8Array) => void> = [];

  constructor(inner: ByteStream, head: Uint8Array) {
    this.#inner = inner;
    this.#pending = [head];
  }

  get localAddress(): string {
    return this.#inner.localAddress;
  }

  get remoteAddress(): string {
    return this.#inner.remoteAddress;
  }

  get closed(): boolean {
    return this.#inner.closed;
  }

  get bufferedAmount(): number {
    return this.#inner.bufferedAmount;
  }

  write(bytes: Uint8Array): boolean {
    return this.#inner.write(bytes);
  }

  onData(handler: (chunk: Uint8Array) => void): void {
    this.#handlers.push(handler);
    const pending = this.#pending;
    this.#pending = [];
    for (const chunk of pending) handler(chunk);
  }

  onClose(handler: (error?: Error) => void): void {
    this.#inner.onClose(handler);
  }

  onDrain(handler: () => void): void {
    this.#inner.onDrain(handler);
  }

  pause(): void {
    this.#inner.pause();
  }

  resume(): void {
    this.#inner.resume();
  }

  close(): void {
    this.#inner.close();
  }

  deliver(chunk: Uint8Array): void {
    if (this.#handlers.length === 0) this.#pending.push(chunk);
    else for (const handler of this.#handlers) handler(chunk);
  }
}
