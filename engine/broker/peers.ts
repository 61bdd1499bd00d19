import { BrokerNotAvailableError } from '../errors/index.js';
import { RpcPeer } from '../rpc/index.js';
import type { Clock } from '../time/clock.js';
import type { Transport } from '../../transports/transport.js';
import { BrokerApiClient } from './api/client.js';
import type { BrokerApi, BrokerApiName } from './api/types.js';

/*
 * A broker's connections to the other brokers, by id: a follower fetches from its leaders
 * through them, and a broker that is not the controller forwards admin requests to the one
 * that is. One RPC connection per broker, opened on first use, dropped when it breaks or when
 * the broker's registered address changes, or when a request gets no answer in time (its
 * peer may be gone without a word: a crash behind a partition); the next call opens a new one.
 */

export interface BrokerPeersOptions {
  transport: Transport;
  clock: Clock;
  /** The registered address of a broker, or undefined when it is not registered. */
  addressOf(brokerId: number): string | undefined;
  requestTimeoutMs: number;
}

export interface CallOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

interface Link {
  address: string;
  client: Promise<BrokerApiClient>;
}

export class BrokerPeers {
  readonly #options: BrokerPeersOptions;
  readonly #links = new Map<number, Link>();
  #closed = false;

  constructor(options: BrokerPeersOptions) {
    this.#options = options;
  }

  /** Calls `api` on broker `brokerId`; BROKER_NOT_AVAILABLE (retriable) when it is not registered. */
  async call<K extends BrokerApiName>(brokerId: number, api: K, request: Parameters<BrokerApi[K]>[0], options: CallOptions = {}): Promise<Awaited<ReturnType<BrokerApi[K]>>> {
    const client = await this.#client(brokerId);
    return client.call(api, request, options);
  }

  /** Sends an RPC request of any method to broker `brokerId` (payload and answer as bytes). */
  async request(brokerId: number, method: string, payload: Uint8Array, options: CallOptions = {}): Promise<Uint8Array> {
    const client = await this.#client(brokerId);
    return client.peer.request(method, payload, options);
  }

  close(): void {
    this.#closed = true;
    for (const link of this.#links.values()) void link.client.then((c) => c.peer.close(), () => {});
    this.#links.clear();
  }

  #client(brokerId: number): Promise<BrokerApiClient> {
    if (this.#closed) return Promise.reject(new BrokerNotAvailableError('The broker is stopping'));
    const address = this.#options.addressOf(brokerId);
    if (address === undefined) return Promise.reject(new BrokerNotAvailableError(`Broker ${brokerId} is not registered`));
    const known = this.#links.get(brokerId);
    if (known && known.address === address) return known.client;
    if (known) void known.client.then((c) => c.peer.close(), () => {});
    const link: Link = { address, client: this.#open(brokerId, address) };
    this.#links.set(brokerId, link);
    link.client.catch(() => {
      if (this.#links.get(brokerId) === link) this.#links.delete(brokerId);
    });
    return link.client;
  }

  async #open(brokerId: number, address: string): Promise<BrokerApiClient> {
    const { transport, clock, requestTimeoutMs } = this.#options;
    const connection = await transport.connect(address);
    // A request without an answer drops the connection: the next one dials again (see RpcPeerOptions.closeOnTimeout).
    const peer = new RpcPeer(connection, { clock, requestTimeoutMs, closeOnTimeout: true });
    const client = new BrokerApiClient(peer);
    peer.onClose(() => {
      const link = this.#links.get(brokerId);
      if (link && link.address === address) this.#links.delete(brokerId);
    });
    return client;
  }
}
