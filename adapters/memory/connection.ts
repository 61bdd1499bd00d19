import { AbstractConnection } from '../../transports/abstract-connection.js';
import { ConnectionLossError, FrameTooLargeError } from '../../engine/errors/index.js';
import type { Timer } from '../../engine/time/clock.js';
import type { MemoryNetwork } from './network.js';

/** Something travelling down one direction of a connection. */
interface InFlight {
  at: number;
  frame: Uint8Array | null; // null: the close (or, with `reset`, the crash) reaching the peer
  reset?: boolean;
  /** Why this end closed, told to the peer (a socket adapter's GoAway frame). */
  reason?: Error;
}

/**
 * One end of an in-memory connection. What it sends travels through its own outgoing pipe:
 * each frame is copied (the peer never shares the sender's buffer), given an arrival time
 * from the link model — never earlier than the frame before it, so order holds under jitter —
 * and handed to the peer end when the Clock reaches that time.
 */
export class MemoryConnection extends AbstractConnection {
  readonly id: number;
  /** The node this end belongs to, and the node at the other end. */
  readonly node: string;
  readonly peerNode: string;
  peer!: MemoryConnection;

  readonly #network: MemoryNetwork;
  #pipe: InFlight[] = [];
  #pipeHead = 0;
  #lastArrival = 0;
  #timer: Timer | null = null;
  #buffered = 0;
  #aboveHighWater = false;

  constructor(network: MemoryNetwork, init: {
    id: number;
    node: string;
    peerNode: string;
    localAddress: string;
    remoteAddress: string;
    maxFrameBytes: number;
  }) {
    super(init);
    this.#network = network;
    this.id = init.id;
    this.node = init.node;
    this.peerNode = init.peerNode;
    network.opened(this);
  }

  protected override _bufferedAmount(): number {
    return this.#buffered;
  }

  protected override _send(frame: Uint8Array): boolean {
    const net = this.#network;
    net.record('send', this.node, this.peerNode, this.id, frame.byteLength);
    if (!net.reachable(this.node, this.peerNode) || net.lost(this.node, this.peerNode)) {
      net.record('drop', this.node, this.peerNode, this.id, frame.byteLength);
    } else {
      this.#enqueue({ at: 0, frame: frame.slice() });
      this.#buffered += frame.byteLength;
    }
    if (this.#buffered >= net.highWaterMark) this.#aboveHighWater = true;
    return !this.#aboveHighWater;
  }

  protected override _close(): void {
    this.#network.closedConnection(this);
    this.#network.record('close', this.node, this.peerNode, this.id);
    // The close travels behind the frames already sent, as a FIN does; a cut link loses it.
    if (this.#network.reachable(this.node, this.peerNode)) this.#enqueue({ at: 0, frame: null });
  }

  /** The node died: this end is gone at once, undelivered frames are lost, the peer sees a reset. */
  crash(): void {
    if (this.closed) return;
    this.#network.closedConnection(this);
    this.#pipe = [];
    this.#pipeHead = 0;
    this.#buffered = 0;
    this.#lastArrival = 0;
    if (this.#network.reachable(this.node, this.peerNode)) this.#enqueue({ at: 0, frame: null, reset: true });
    this._closedByPeer(new ConnectionLossError(`${this.node} crashed`));
  }

  /** Called by the peer end when its close or reset arrives here. */
  #arrivedClose(reset: boolean, reason: Error | undefined): void {
    if (this.closed) return;
    this.#network.closedConnection(this);
    this.#network.record('close', this.peerNode, this.node, this.id);
    this._closedByPeer(reason ?? (reset ? new ConnectionLossError(`Connection reset by ${this.peerNode}`) : undefined));
  }

  #arrivedFrame(frame: Uint8Array): void {
    if (this.closed) return;
    if (frame.byteLength > this.maxFrameBytes) {
      // The sender's limit may be larger than this end's. As the socket adapters do: refuse
      // the frame, tell the peer why, and close.
      const error = new FrameTooLargeError(`${this.peerNode} sent a frame of ${frame.byteLength} bytes; the limit here is ${this.maxFrameBytes}`);
      this.#network.closedConnection(this);
      this.#network.record('close', this.node, this.peerNode, this.id);
      if (this.#network.reachable(this.node, this.peerNode)) this.#enqueue({ at: 0, frame: null, reason: error });
      this._closedByPeer(error);
      return;
    }
    this.#network.record('deliver', this.peerNode, this.node, this.id, frame.byteLength);
    this._deliver(frame);
  }

  #enqueue(item: InFlight): void {
    const now = this.#network.clock.now();
    item.at = Math.max(now + this.#network.delay(this.node, this.peerNode), this.#lastArrival);
    this.#lastArrival = item.at;
    this.#pipe.push(item);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== null || this.#pipeHead >= this.#pipe.length) return;
    const clock = this.#network.clock;
    const due = this.#pipe[this.#pipeHead]!.at - clock.now();
    this.#timer = clock.setTimer(due, () => this.#flush());
  }

  #flush(): void {
    this.#timer = null;
    const net = this.#network;
    const now = net.clock.now();
    const peer = this.peer;
    while (this.#pipeHead < this.#pipe.length && this.#pipe[this.#pipeHead]!.at <= now) {
      const item = this.#pipe[this.#pipeHead++]!;
      if (item.frame === null) {
        if (net.reachable(this.node, this.peerNode)) peer.#arrivedClose(item.reset === true, item.reason);
        continue;
      }
      this.#buffered -= item.frame.byteLength;
      if (!net.reachable(this.node, this.peerNode)) {
        net.record('drop', this.node, this.peerNode, this.id, item.frame.byteLength);
        continue;
      }
      peer.#arrivedFrame(item.frame);
    }
    if (this.#pipeHead === this.#pipe.length) {
      this.#pipe = [];
      this.#pipeHead = 0;
    } else if (this.#pipeHead > 1024 && this.#pipeHead * 2 > this.#pipe.length) {
      this.#pipe = this.#pipe.slice(this.#pipeHead);
      this.#pipeHead = 0;
    }
    if (this.#aboveHighWater && this.#buffered < net.highWaterMark) {
      this.#aboveHighWater = false;
      this._drained();
    }
    this.#schedule();
  }
}
