import type { Clock, Timer } from '../../../time/clock.js';
import type { ConnectOptions, Connection, Listener, Transport } from '../../../../transports/transport.js';
import type { ListenOptions } from '../../../../transports/byte-stream.js';

/*
 * How this works. A process that stops for a while — a long GC pause, a SIGSTOP, a laptop lid
 * — runs none of its code, yet its sockets stay open and its timers stay due: when it goes
 * on, the overdue timers fire and what arrived meanwhile is read, all at once. A Freezer does
 * that to one simulated process: everything that would run its code (a timer of its clock, a
 * frame, a close or a drain of its connections) goes through `gate`, which runs it at once, or
 * while frozen holds it; `thaw` replays what it held, in the order it came, each as a job of
 * its own on the process's clock (so a process killed meanwhile replays nothing).
 */

interface Held {
  run: () => void;
  cancelled: boolean;
}

export class Freezer {
  readonly #clock: Clock;
  readonly #timers = new WeakMap<Timer, { held: Held | null }>();
  #frozen = false;
  #held: Held[] = [];

  /** `clock`: the process's own (killed with it). */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  get frozen(): boolean {
    return this.#frozen;
  }

  freeze(): void {
    this.#frozen = true;
  }

  thaw(): void {
    if (!this.#frozen) return;
    this.#frozen = false;
    const held = this.#held;
    this.#held = [];
    for (const h of held) {
      this.#clock.setTimer(0, () => {
        if (!h.cancelled) this.#gate(h);
      });
    }
  }

  /** The process's clock, its timers gated. */
  readonly clock: Clock = {
    now: () => this.#clock.now(),
    setTimer: (delayMs, callback) => {
      const entry: { held: Held | null } = { held: null };
      const timer = this.#clock.setTimer(delayMs, () => {
        entry.held = this.#gate({ run: callback, cancelled: false });
      });
      this.#timers.set(timer, entry);
      return timer;
    },
    cancel: (timer) => {
      this.#clock.cancel(timer);
      const held = this.#timers.get(timer)?.held;
      if (held) held.cancelled = true;
    },
  };

  /** `transport` with what its connections deliver to the process gated. */
  transport(transport: Transport): Transport {
    return {
      get supports() {
        return transport.supports;
      },
      get maxFrameBytes() {
        return transport.maxFrameBytes;
      },
      listen: (address: string, onConnection: (c: Connection) => void, options?: ListenOptions): Promise<Listener> =>
        transport.listen(address, (c) => onConnection(this.#connection(c)), options),
      connect: async (address: string, options?: ConnectOptions): Promise<Connection> => this.#connection(await transport.connect(address, options)),
      close: () => transport.close(),
    };
  }

  #connection(raw: Connection): Connection {
    const gate = (run: () => void) => void this.#gate({ run, cancelled: false });
    return {
      get localAddress() { return raw.localAddress; },
      get remoteAddress() { return raw.remoteAddress; },
      get closed() { return raw.closed; },
      get bufferedAmount() { return raw.bufferedAmount; },
      send: (frame) => raw.send(frame),
      onFrame: (handler) => raw.onFrame((frame) => gate(() => handler(frame))),
      onClose: (handler) => raw.onClose((error) => gate(() => handler(error))),
      onDrain: (handler) => raw.onDrain(() => gate(handler)),
      close: () => raw.close(),
    };
  }

  /** Runs `h` now, or holds it while frozen (returned, so that a timer's cancel can drop it). */
  #gate(h: Held): Held | null {
    if (!this.#frozen) {
      h.run();
      return null;
    }
    this.#held.push(h);
    return h;
  }
}
