import type { MemoryConnection } from '../../../adapters/memory/connection.js';
import type { MemoryTransport } from '../../../adapters/memory/transport.js';
import type { Clock } from '../../time/clock.js';
import type { Random } from '../../time/random.js';
import type { ConnectOptions, Connection, Listener, Transport } from '../../../transports/transport.js';
import type { ListenOptions } from '../../../transports/byte-stream.js';
import type { Supports } from '../../../transports/supports.js';

/*
 * How this works. TCP (and a WebSocket over it) never loses a frame of a connection that
 * stays open: a cut link delays frames (retransmission) or, past a point, breaks the
 * connection. The memory adapter's partitions and drop rates lose frames and leave the
 * connection open: the raw faults the Raft message layer is built for, but not what the
 * Transport contract promises ("reliable while open"), which the RPC layer and the
 * coordination sessions rely on — a lost answer or watch event would go unnoticed, forever.
 *
 * So the cluster simulation wraps every node's transport in this: when a link is cut (a
 * partition, a one-way block) every connection across it breaks at once, both ends, as a
 * reset (new ones cannot be made until the link heals: the adapter's connects time out);
 * and a frame "dropped" at the drop rate breaks its connection instead of vanishing — the
 * frames sent after it on that connection are not delivered either.
 */

interface Tracked {
  raw: MemoryConnection;
  /** A frame was dropped: nothing more is sent, the connection breaks in a moment. */
  dropping: boolean;
}

export class ConnectionBreaker {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #open = new Set<Tracked>();
  #dropRate = 0;
  /** Connections broken so far (by cuts and drops). */
  breaks = 0;

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  /** `node`'s transport, its connections tracked (and subject to the drop rate). */
  wrap(transport: MemoryTransport): Transport {
    const breaker = this;
    return {
      get supports(): Supports {
        return transport.supports;
      },
      get maxFrameBytes(): number {
        return transport.maxFrameBytes;
      },
      listen: (address: string, onConnection: (c: Connection) => void, options?: ListenOptions): Promise<Listener> =>
        transport.listen(address, (c) => onConnection(breaker.#track(c as MemoryConnection)), options),
      connect: async (address: string, options?: ConnectOptions): Promise<Connection> => breaker.#track((await transport.connect(address, options)) as MemoryConnection),
      close: () => transport.close(),
    };
  }

  /** Breaks every open connection between `a` and `b` (either way). */
  breakBetween(a: string, b: string): void {
    for (const t of [...this.#open]) {
      const { node, peerNode } = t.raw;
      if ((node === a && peerNode === b) || (node === b && peerNode === a)) this.#break(t);
    }
  }

  /** Each frame sent from now on breaks its connection with this probability. */
  setDropRate(rate: number): void {
    this.#dropRate = rate;
  }

  #break(t: Tracked): void {
    if (!this.#open.delete(t)) return;
    this.breaks++;
    t.raw.crash();
    t.raw.peer.crash();
  }

  #track(raw: MemoryConnection): Connection {
    const t: Tracked = { raw, dropping: false };
    this.#open.add(t);
    raw.onClose(() => this.#open.delete(t));
    return {
      get localAddress() { return raw.localAddress; },
      get remoteAddress() { return raw.remoteAddress; },
      get closed() { return raw.closed; },
      get bufferedAmount() { return raw.bufferedAmount; },
      send: (frame) => {
        if (t.dropping) return true;
        if (this.#dropRate > 0 && !raw.closed && this.#random.chance(this.#dropRate)) {
          // Not from inside the sender's call: its close handlers would run in the middle of it.
          t.dropping = true;
          this.#clock.setTimer(0, () => this.#break(t));
          return true;
        }
        return raw.send(frame);
      },
      onFrame: (handler) => raw.onFrame(handler),
      onClose: (handler) => raw.onClose(handler),
      onDrain: (handler) => raw.onDrain(handler),
      close: () => raw.close(),
    };
  }
}
