import { AddressInUseError, BadArgumentsError, ConnectionLossError, ConnectionRefusedError, TooManyRequestsError, toLogkeeperError } from '../../engine/errors/index.js';
import type { Connection, Listener, Transport } from '../../transports/transport.js';
import { encodeReason } from '../shared/close-reason.js';
import { consoleLogger, type Logger } from '../shared/logger.js';
import { incoming, message, Op, parse, setChannel, textFrom, formatRelayAddress } from './relay-protocol.js';

/*
 * How this works. The hub listens on a transport (WebSocket by default) and treats each
 * accepted connection as a link from one node. It keeps which link owns which name, and for
 * each relayed connection the pair of (link, channel) ends, and forwards DATA, CREDIT and
 * CLOSE from one end to the other, rewriting the channel number. It reads nothing inside
 * DATA. A link that goes away takes its names with it, and every connection through it is
 * closed at the other end with CONNECTION_LOSS. The hub authenticates links with the
 * transport's secret; relayed connections inherit that trust.
 */

interface Link {
  id: number;
  connection: Connection;
  names: Set<string>;
  channels: Map<number, Channel>;
  nextChannel: number;
}

interface Channel {
  link: Link;
  id: number;
  peer: Channel | null;
  /** While the listener has not answered: who dialled, and the request to answer. */
  dialer?: { link: Link; request: number };
}

export interface RelayHubOptions {
  logger?: Logger;
  /** Names one link may hold at once; default 64. */
  maxNamesPerLink?: number;
  /** Relayed connections (and dials waiting for an answer) one link may have at once; default 4096. */
  maxChannelsPerLink?: number;
}

export class RelayHub {
  readonly #transport: Transport;
  readonly #logger: Logger;
  readonly #maxNames: number;
  readonly #maxChannels: number;
  readonly #names = new Map<string, Link>();
  readonly #links = new Set<Link>();
  readonly #listeners: Listener[] = [];
  #nextLink = 1;

  /** `transport` carries the links; the hub closes it when it closes. */
  constructor(transport: Transport, options: RelayHubOptions = {}) {
    this.#transport = transport;
    this.#logger = options.logger ?? consoleLogger;
    this.#maxNames = options.maxNamesPerLink ?? 64;
    this.#maxChannels = options.maxChannelsPerLink ?? 4096;
    if (!(this.#maxNames >= 1 && this.#maxChannels >= 1)) throw new BadArgumentsError('maxNamesPerLink and maxChannelsPerLink must be >= 1');
  }

  /** Accepts node links on `address` (e.g. ws://0.0.0.0:7000/relay). */
  async listen(address: string): Promise<Listener> {
    const listener = await this.#transport.listen(address, (connection) => this.#attach(connection));
    this.#listeners.push(listener);
    return listener;
  }

  /** Names currently taken, for diagnostics. */
  get names(): string[] {
    return [...this.#names.keys()];
  }

  async close(): Promise<void> {
    await this.#transport.close();
  }

  #attach(connection: Connection): void {
    const link: Link = { id: this.#nextLink++, connection, names: new Set(), channels: new Map(), nextChannel: 1 };
    this.#links.add(link);
    connection.onFrame((frame) => {
      try {
        this.#onMessage(link, frame);
      } catch (caught) {
        const error = toLogkeeperError(caught);
        this.#logger.warn('Dropping a relay link that sent a bad message', { link: link.id, code: error.code, message: error.message });
        connection.close();
        this.#detach(link);
      }
    });
    connection.onClose(() => this.#detach(link));
  }

  #send(link: Link, frame: Uint8Array): void {
    if (!link.connection.closed) link.connection.send(frame);
  }

  #newChannel(link: Link): Channel {
    let id = link.nextChannel;
    while (link.channels.has(id) || id === 0) id = (id + 1) >>> 0;
    link.nextChannel = (id + 1) >>> 0;
    const channel: Channel = { link, id, peer: null };
    link.channels.set(id, channel);
    return channel;
  }

  #onMessage(link: Link, frame: Uint8Array): void {
    const { op, id } = parse(frame);
    switch (op) {
      case Op.Data:
      case Op.Credit:
      case Op.Close: {
        const channel = link.channels.get(id);
        if (!channel) return; // it closed while this was in flight
        if (op === Op.Close) this.#closeChannel(channel, frame.subarray(5));
        else if (channel.peer) {
          setChannel(frame, channel.peer.id);
          this.#send(channel.peer.link, frame);
        }
        return;
      }
      case Op.Listen: {
        const name = textFrom(frame, 5);
        const owner = this.#names.get(name);
        if (owner && owner !== link) {
          this.#send(link, message(Op.Reply, id, 0, encodeReason(new AddressInUseError(`Another node listens on ${formatRelayAddress(name)}`))));
          return;
        }
        if (!owner && link.names.size >= this.#maxNames) {
          this.#send(link, message(Op.Reply, id, 0, encodeReason(new TooManyRequestsError(`A link may hold at most ${this.#maxNames} names`))));
          return;
        }
        this.#names.set(name, link);
        link.names.add(name);
        this.#send(link, message(Op.Reply, id, 0));
        return;
      }
      case Op.Unlisten: {
        const name = textFrom(frame, 5);
        if (this.#names.get(name) === link) this.#names.delete(name);
        link.names.delete(name);
        this.#send(link, message(Op.Reply, id, 0));
        return;
      }
      case Op.Open: {
        const name = textFrom(frame, 5);
        const target = this.#names.get(name);
        if (!target || target.connection.closed) {
          this.#send(link, message(Op.Reply, id, 0, encodeReason(new ConnectionRefusedError(`Nothing listens on ${formatRelayAddress(name)}`))));
          return;
        }
        if (link.channels.size >= this.#maxChannels || target.channels.size >= this.#maxChannels) {
          this.#send(link, message(Op.Reply, id, 0, encodeReason(new TooManyRequestsError(`A link may have at most ${this.#maxChannels} relayed connections`))));
          return;
        }
        const channel = this.#newChannel(target);
        channel.dialer = { link, request: id };
        this.#send(target, incoming(channel.id, name, `~${link.id}`));
        return;
      }
      case Op.Accept:
      case Op.Refuse: {
        const channel = link.channels.get(id);
        const dialer = channel?.dialer;
        if (!channel || !dialer) return;
        channel.dialer = undefined;
        if (op === Op.Refuse || dialer.link.connection.closed) {
          link.channels.delete(id);
          if (op === Op.Refuse) this.#send(dialer.link, message(Op.Reply, dialer.request, 0, frame.subarray(5)));
          else this.#send(link, message(Op.Close, id, encodeReason(new ConnectionLossError('The dialling node left'))));
          return;
        }
        const near = this.#newChannel(dialer.link);
        near.peer = channel;
        channel.peer = near;
        this.#send(dialer.link, message(Op.Reply, dialer.request, near.id));
        return;
      }
      default:
        throw new ConnectionLossError(`Unknown relay message ${op}`);
    }
  }

  #closeChannel(channel: Channel, reason: Uint8Array): void {
    channel.link.channels.delete(channel.id);
    const peer = channel.peer;
    if (peer) {
      peer.link.channels.delete(peer.id);
      this.#send(peer.link, message(Op.Close, peer.id, reason));
    }
    if (channel.dialer) {
      this.#send(channel.dialer.link, message(Op.Reply, channel.dialer.request, 0, reason.byteLength > 0 ? reason : encodeReason(new ConnectionRefusedError('The listener went away'))));
    }
  }

  #detach(link: Link): void {
    if (!this.#links.delete(link)) return;
    for (const name of link.names) if (this.#names.get(name) === link) this.#names.delete(name);
    const lost = encodeReason(new ConnectionLossError('The node at the other end lost its link to the relay hub'));
    for (const channel of [...link.channels.values()]) this.#closeChannel(channel, channel.dialer ? encodeReason(new ConnectionRefusedError('The listener went away')) : lost);
    // Dials this link made that a listener has not answered yet: forget them.
    for (const other of this.#links) {
      for (const channel of other.channels.values()) {
        if (channel.dialer?.link === link) {
          channel.dialer = undefined;
          other.channels.delete(channel.id);
          this.#send(other, message(Op.Close, channel.id, lost));
        }
      }
    }
  }
}
