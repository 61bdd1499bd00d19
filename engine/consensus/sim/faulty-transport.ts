import type { Random } from '../../time/random.js';
import type { Clock } from '../../time/clock.js';
import type { ConnectOptions, Connection, Listener, Transport } from '../../../transports/transport.js';
import type { Supports } from '../../../transports/supports.js';

/*
 * A Transport wrapper for the simulator that does to one node's incoming frames what the
 * memory adapter does not: duplicates them, reorders them (holds one back while later ones
 * pass), and holds them all while the node is paused. Everything else passes through.
 */

export interface FrameFaults {
  /** Probability that a frame is delivered twice. */
  duplicate: number;
  /** Probability that a frame is held back by up to `reorderMaxMs`, letting later ones pass. */
  reorder: number;
  reorderMaxMs: number;
}

export const NO_FRAME_FAULTS: FrameFaults = Object.freeze({ duplicate: 0, reorder: 0, reorderMaxMs: 0 });

export interface FaultControl {
  faults: FrameFaults;
  paused: boolean;
  /** Frames that arrived while paused, released on resume. */
  held: Array<() => void>;
}

export class FaultyTransport implements Transport {
  readonly inner: Transport;
  readonly control: FaultControl;
  #clock: Clock;
  #random: Random;

  constructor(inner: Transport, control: FaultControl, clock: Clock, random: Random) {
    this.inner = inner;
    this.control = control;
    this.#clock = clock;
    this.#random = random;
  }

  get supports(): Supports {
    return this.inner.supports;
  }

  get maxFrameBytes(): number {
    return this.inner.maxFrameBytes;
  }

  listen(address: string, onConnection: (connection: Connection) => void): Promise<Listener> {
    return this.inner.listen(address, (c) => onConnection(this.#wrap(c)));
  }

  async connect(address: string, options?: ConnectOptions): Promise<Connection> {
    return this.#wrap(await this.inner.connect(address, options));
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  #wrap(c: Connection): Connection {
    const control = this.control;
    const clock = this.#clock;
    const random = this.#random;
    return {
      get localAddress() { return c.localAddress; },
      get remoteAddress() { return c.remoteAddress; },
      get closed() { return c.closed; },
      get bufferedAmount() { return c.bufferedAmount; },
      send: (frame) => c.send(frame),
      onClose: (handler) => c.onClose(handler),
      onDrain: (handler) => c.onDrain(handler),
      close: () => c.close(),
      onFrame: (handler) => {
        c.onFrame((frame) => {
          const deliver = () => {
            if (control.paused) control.held.push(() => handler(frame));
            else handler(frame);
          };
          const f = control.faults;
          if (f.reorder > 0 && random.chance(f.reorder)) clock.setTimer(1 + random.int(Math.max(1, f.reorderMaxMs)), deliver);
          else deliver();
          if (f.duplicate > 0 && random.chance(f.duplicate)) clock.setTimer(random.int(Math.max(1, f.reorderMaxMs) + 1), deliver);
        });
      },
    };
  }
}
