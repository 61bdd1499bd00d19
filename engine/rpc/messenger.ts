import type { Clock, Timer } from '../time/clock.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import { decodePeerFrame, encodePeerFrame, type PeerFrameFields } from '../../transports/envelope.js';

/*
 * Peer links: one-way messages between the members of a cluster, over the Transport, with
 * no request/response (a consensus protocol needs none: every answer is a message of its
 * own, and a lost one is made up for by the protocol's retries; Raft is the user). Each
 * member listens on its address; for each peer it dials one outgoing connection and sends
 * there, so a member's messages to a peer stay in order. Answers come back on the peer's own
 * outgoing connection. A message is an opaque payload; every frame is one PeerFrame
 * (transports/wire.proto).
 *
 * A connection's first frame names the sender, its listening address and the cluster; a
 * frame naming another cluster closes the connection. While a connection is being dialled a
 * bounded queue holds what is sent; when it is full, or the peer cannot be reached, messages
 * are dropped (as a lossy network would) and the next dial waits a backoff.
 *
 * A frame larger than the transport takes (a big snapshot) goes as pieces of at most
 * `chunkBytes`, reassembled in order on the other side (frames on a connection keep their
 * order); at most `maxMessageBytes` is reassembled before the connection is dropped.
 *
 * A connection can be half-open: the peer died behind a partition and its reset never
 * arrived, so frames vanish without an error. The receiving side therefore acknowledges
 * (an empty frame back on the same connection, at most once per `ackIntervalMs`, and
 * never later than that after a frame), and a sender that has waited `deadAfterMs` for an
 * acknowledgement closes the connection and dials again.
 */

export interface MessengerOptions {
  id: string;
  address: string;
  cluster: string;
  transport: Transport;
  clock: Clock;
  /** Called for each message that arrives. */
  onMessage: (payload: Uint8Array, from: string, fromAddress: string) => void;
  /** Messages held per peer while dialling; default 4096. */
  queueLimit?: number;
  /** Backoff after a failed dial, doubling up to 16x; default 50 ms. */
  backoffMs?: number;
  /** Acknowledge received frames at most this often; default 100 ms. */
  ackIntervalMs?: number;
  /** A connection whose frames go unacknowledged this long is redialled; default 1,000 ms. */
  deadAfterMs?: number;
  /** Frames above this size are sent in pieces; default min(1 MiB, the transport's maxFrameBytes - 1 KiB). */
  chunkBytes?: number;
  /** The largest frame reassembled from pieces; default 1 GiB. */
  maxMessageBytes?: number;
}

interface Peer {
  address: string;
  connection: Connection | null;
  dialling: boolean;
  queue: Uint8Array[];
  /** No dial before this time. */
  notBefore: number;
  failures: number;
  /** The connection's first frame carries our identity. */
  introduced: boolean;
  /** When the oldest frame not yet acknowledged was sent (0: none). */
  unackedSince: number;
}

export class Messenger {
  readonly id: string;
  readonly address: string;
  #options: MessengerOptions;
  #clock: Clock;
  #listener: Listener | null = null;
  #peers = new Map<string, Peer>();
  #inbound = new Set<Connection>();
  #closed = false;
  #retryTimer: Timer | null = null;
  /** Counters for tests and benchmarks. */
  readonly stats = { framesSent: 0, messagesSent: 0, messagesDropped: 0, framesReceived: 0 };

  constructor(options: MessengerOptions) {
    this.#options = options;
    this.id = options.id;
    this.address = options.address;
    this.#clock = options.clock;
  }

  async start(): Promise<void> {
    this.#listener = await this.#options.transport.listen(this.address, (c) => this.#accept(c));
  }

  /** Sends one message (a non-empty payload) to `to` at `address`. */
  send(to: string, address: string, payload: Uint8Array): void {
    if (this.#closed || payload.byteLength === 0) return;
    let peer = this.#peers.get(to);
    if (!peer || peer.address !== address) {
      peer?.connection?.close();
      peer = { address, connection: null, dialling: false, queue: [], notBefore: 0, failures: 0, introduced: false, unackedSince: 0 };
      this.#peers.set(to, peer);
    }
    const c = peer.connection;
    if (c && !c.closed) {
      if (peer.unackedSince > 0 && this.#clock.now() - peer.unackedSince > (this.#options.deadAfterMs ?? 1_000)) {
        // Half-open: nothing came back for too long. Start over on a new connection.
        peer.connection = null;
        c.close();
      } else {
        this.#write(peer, c, payload);
        return;
      }
    }
    if (peer.queue.length < (this.#options.queueLimit ?? 4096)) peer.queue.push(payload);
    else this.stats.messagesDropped++;
    this.#dial(to, peer);
  }

  /** Forgets a peer (it left the cluster): closes its connection. */
  forget(to: string): void {
    const peer = this.#peers.get(to);
    if (!peer) return;
    this.#peers.delete(to);
    peer.connection?.close();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#retryTimer) this.#clock.cancel(this.#retryTimer);
    for (const peer of this.#peers.values()) peer.connection?.close();
    this.#peers.clear();
    for (const c of this.#inbound) c.close();
    this.#inbound.clear();
    await this.#listener?.close();
  }

  #write(peer: Peer, c: Connection, payload: Uint8Array): void {
    const intro: PeerFrameFields = { from: this.id, address: peer.introduced ? '' : this.address, cluster: peer.introduced ? '' : this.#options.cluster };
    const frame = encodePeerFrame({ ...intro, payload });
    try {
      const chunk = this.#chunkBytes();
      if (frame.byteLength <= chunk) c.send(frame);
      else {
        for (let at = 0; at < frame.byteLength; at += chunk) {
          const end = Math.min(at + chunk, frame.byteLength);
          c.send(encodePeerFrame({ ...(at === 0 ? intro : { from: this.id }), fragment: frame.subarray(at, end), more: end < frame.byteLength }));
        }
      }
      peer.introduced = true;
      if (peer.unackedSince === 0) peer.unackedSince = this.#clock.now();
      this.stats.framesSent++;
      this.stats.messagesSent++;
    } catch {
      // Closed under us: the protocol above retries what matters.
      this.stats.messagesDropped++;
    }
  }

  #chunkBytes(): number {
    return this.#options.chunkBytes ?? Math.max(1024, Math.min(1024 * 1024, this.#options.transport.maxFrameBytes - 1024));
  }

  #dial(to: string, peer: Peer): void {
    if (peer.dialling || this.#closed) return;
    const wait = peer.notBefore - this.#clock.now();
    if (wait > 0) {
      this.#scheduleRetry(wait);
      return;
    }
    peer.dialling = true;
    this.#options.transport.connect(peer.address).then(
      (c) => {
        peer.dialling = false;
        if (this.#closed || this.#peers.get(to) !== peer) {
          c.close();
          return;
        }
        peer.connection = c;
        peer.introduced = false;
        peer.failures = 0;
        peer.unackedSince = 0;
        // Only acknowledgements come back here (answers come on the peer's own connection).
        c.onFrame(() => {
          if (peer.connection === c) peer.unackedSince = 0;
        });
        c.onClose(() => {
          if (peer.connection === c) peer.connection = null;
          this.#backoff(peer);
        });
        const queued = peer.queue;
        peer.queue = [];
        for (const payload of queued) this.#write(peer, c, payload);
      },
      () => {
        peer.dialling = false;
        this.#backoff(peer);
        // What waited for this connection is lost, as on a lossy link.
        this.stats.messagesDropped += peer.queue.length;
        peer.queue = [];
      },
    );
  }

  #backoff(peer: Peer): void {
    const base = this.#options.backoffMs ?? 50;
    peer.failures = Math.min(peer.failures + 1, 5);
    peer.notBefore = this.#clock.now() + base * 2 ** (peer.failures - 1);
  }

  /** Dials peers with queued messages once their backoff has passed. */
  #scheduleRetry(wait: number): void {
    if (this.#retryTimer) return;
    this.#retryTimer = this.#clock.setTimer(wait, () => {
      this.#retryTimer = null;
      for (const [to, peer] of this.#peers) if (peer.queue.length > 0 && !peer.connection) this.#dial(to, peer);
    });
  }

  #accept(c: Connection): void {
    if (this.#closed) {
      c.close();
      return;
    }
    this.#inbound.add(c);
    let from = '';
    let fromAddress = '';
    let lastAck = -Infinity;
    let ackTimer: Timer | null = null;
    const interval = this.#options.ackIntervalMs ?? 100;
    const ack = () => {
      ackTimer = null;
      if (c.closed || this.#closed) return;
      lastAck = this.#clock.now();
      try {
        c.send(encodePeerFrame({ from: this.id }));
      } catch {
        // closed meanwhile
      }
    };
    let pieces: Uint8Array[] = [];
    let pieceBytes = 0;
    const maxMessageBytes = this.#options.maxMessageBytes ?? 1024 * 1024 * 1024;
    c.onFrame((bytes) => {
      if (ackTimer === null) ackTimer = this.#clock.setTimer(Math.max(0, lastAck + interval - this.#clock.now()), ack);
      let frame;
      try {
        frame = decodePeerFrame(bytes);
        if (frame.fragment && frame.fragment.byteLength > 0) {
          if (!from && frame.cluster !== this.#options.cluster) throw new Error('another cluster');
          if (!from) {
            from = frame.from;
            fromAddress = frame.address;
          }
          pieces.push(frame.fragment);
          pieceBytes += frame.fragment.byteLength;
          if (pieceBytes > maxMessageBytes) throw new Error('reassembled frame too large');
          if (frame.more) return;
          const whole = new Uint8Array(pieceBytes);
          let at = 0;
          for (const p of pieces) {
            whole.set(p, at);
            at += p.byteLength;
          }
          pieces = [];
          pieceBytes = 0;
          frame = decodePeerFrame(whole);
        }
      } catch {
        c.close();
        return;
      }
      if (!from) {
        if (frame.cluster !== this.#options.cluster) {
          c.close();
          return;
        }
        from = frame.from;
        fromAddress = frame.address;
      }
      this.stats.framesReceived++;
      if (frame.payload.byteLength > 0) this.#options.onMessage(frame.payload, from, fromAddress);
    });
    c.onClose(() => {
      this.#inbound.delete(c);
      if (ackTimer) this.#clock.cancel(ackTimer);
    });
  }
}
