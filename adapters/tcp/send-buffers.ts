/*
 * The buffers TCP connections fill with outgoing frames, reused. Every frame is copied into
 * one (the sender may reuse its own buffer at once), a frame larger than one across several,
 * so all have the same size. A buffer goes back to the pool once the socket has written every
 * part of it handed over (the write callbacks) and no frame goes into it any more; the pool
 * keeps at most MAX_KEPT of them for the whole process. A broker that answers fetches of
 * several MiB then writes them through the same few buffers instead of allocating (outside
 * the JS heap, where each one adds to the pressure that triggers full collections) a buffer
 * of every answer's size.
 */

export const SEND_BUFFER_BYTES = 64 * 1024;
/** 16 MiB kept at most, shared by every connection. */
const MAX_KEPT = 256;

const free: Buffer[] = [];

/** One buffer being filled and written: it returns to the pool when retired and every write of it is done. */
export class SendBuffer {
  readonly bytes: Buffer;
  #writes = 0;
  #retired = false;
  #failed = false;

  constructor() {
    this.bytes = free.pop() ?? Buffer.allocUnsafeSlow(SEND_BUFFER_BYTES);
  }

  /** A part of it goes to the socket: pass `written` as that write's callback. */
  writing(): void {
    this.#writes++;
  }

  readonly written = (error?: Error | null): void => {
    this.#writes--;
    // After a failed write the socket may be torn down with bytes still queued: never reuse.
    if (error) this.#failed = true;
    this.#release();
  };

  /** No frame goes into it any more (it is full, or its connection is gone). */
  retire(): void {
    this.#retired = true;
    this.#release();
  }

  #release(): void {
    if (this.#retired && this.#writes === 0 && !this.#failed && free.length < MAX_KEPT) {
      this.#failed = true; // once only
      free.push(this.bytes);
    }
  }
}
