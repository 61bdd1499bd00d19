import { ConnectionClosedError, ConnectTimeoutError, toLogkeeperError } from '../../errors/index.js';
import { RpcPeer, type Router } from '../../rpc/index.js';
import type { Clock } from '../../time/clock.js';
import type { Transport } from '../../../transports/transport.js';
import { BrokerApiClient } from '../api/client.js';

/*
 * One RPC connection per broker address, opened on first use and forgotten when it closes (the
 * next call dials again), or when a request on it gets no answer in time (Kafka's clients
 * disconnect then too). A dial is bounded by the request timeout (CONNECT_TIMEOUT, retriable).
 */

export interface ConnectionsOptions {
  transport: Transport;
  clock: Clock;
  requestTimeoutMs: number;
  /** What the client answers on each connection (the brokers' notices); none: notices are dropped. */
  router?: Router;
}

export class BrokerConnections {
  readonly #options: ConnectionsOptions;
  readonly #open = new Map<string, Promise<BrokerApiClient>>();
  #closed = false;

  constructor(options: ConnectionsOptions) {
    this.#options = options;
  }

  /** The client of the broker at `address`, dialling it if there is no open connection. */
  get(address: string): Promise<BrokerApiClient> {
    if (this.#closed) return Promise.reject(new ConnectionClosedError('The client is closed'));
    let client = this.#open.get(address);
    if (!client) {
      client = this.#dial(address);
      this.#open.set(address, client);
      const entry = client;
      entry.catch(() => {
        if (this.#open.get(address) === entry) this.#open.delete(address);
      });
    }
    return client;
  }

  /** Closes every connection; later calls fail with CONNECTION_CLOSED. */
  close(): void {
    this.#closed = true;
    for (const client of this.#open.values()) client.then((c) => c.peer.close(), () => {});
    this.#open.clear();
  }

  async #dial(address: string): Promise<BrokerApiClient> {
    const { transport, clock, requestTimeoutMs, router } = this.#options;
    const abort = new AbortController();
    const timer = clock.setTimer(requestTimeoutMs, () => abort.abort());
    let peer: RpcPeer;
    try {
      const connection = await transport.connect(address, { signal: abort.signal });
      // A request without an answer drops the connection: the next one dials again (see RpcPeerOptions.closeOnTimeout).
      peer = new RpcPeer(connection, { clock, requestTimeoutMs, closeOnTimeout: true, router });
    } catch (error) {
      if (abort.signal.aborted) throw new ConnectTimeoutError(`No connection to ${address} within ${requestTimeoutMs} ms`);
      throw toLogkeeperError(error);
    } finally {
      clock.cancel(timer);
    }
    if (this.#closed) {
      peer.close();
      throw new ConnectionClosedError('The client is closed');
    }
    const entry = this.#open.get(address);
    peer.onClose(() => {
      if (this.#open.get(address) === entry) this.#open.delete(address);
    });
    return new BrokerApiClient(peer);
  }
}
