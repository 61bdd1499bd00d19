import { AbstractTransport, type TransportOptions } from '../../transports/abstract-transport.js';
import { defineSupports } from '../../transports/supports.js';
import type { Connection, Listener } from '../../transports/transport.js';
import {
  AbortedError,
  AddressInUseError,
  ConnectionRefusedError,
  ConnectTimeoutError,
} from '../../engine/errors/index.js';
import { MemoryConnection } from './connection.js';
import { MemoryListener } from './listener.js';
import type { MemoryNetwork } from './network.js';

export type MemoryTransportOptions = TransportOptions;

const SUPPORTS = defineSupports({ faults: true, persistence: true, simulatedTime: true, browser: true });

/** The transport of one node of a MemoryNetwork. Create it with `network.transport(node)`. */
export class MemoryTransport extends AbstractTransport {
  readonly supports = SUPPORTS;
  readonly network: MemoryNetwork;
  readonly node: string;

  constructor(network: MemoryNetwork, node: string, options: MemoryTransportOptions = {}) {
    super(options);
    this.network = network;
    this.node = node;
  }

  protected override async _closed(): Promise<void> {
    this.network.forget(this);
  }

  protected override async _listen(address: string, accept: (connection: Connection) => void): Promise<Listener> {
    const listener = new MemoryListener(this.network, this.node, address, this.maxFrameBytes, accept);
    if (!this.network.register(listener)) throw new AddressInUseError(`Something already listens on ${address}`);
    return listener;
  }

  /*
   * A connect is a handshake on the simulated links: the request reaches the listener after
   * the outbound delay (refused there if nobody listens), and the answer comes back after the
   * return delay. A cut link in either direction makes it wait out `connectTimeoutMs`.
   */
  protected override _connect(address: string, signal: AbortSignal | undefined): Promise<Connection> {
    const net = this.network;
    const clock = net.clock;
    const from = this.node;
    const to = net.listenerAt(address)?.node ?? address;
    return new Promise<Connection>((resolve, reject) => {
      let settled = false;
      let client: MemoryConnection | undefined;
      const timers = new Set<ReturnType<typeof clock.setTimer>>();
      const after = (ms: number, fn: () => void) => {
        const t = clock.setTimer(ms, () => {
          timers.delete(t);
          fn();
        });
        timers.add(t);
      };
      const finish = (error: Error | null) => {
        if (settled) return;
        settled = true;
        for (const t of timers) clock.cancel(t);
        signal?.removeEventListener('abort', onAbort);
        if (error) {
          client?.close();
          reject(error);
        } else resolve(client!);
      };
      const onAbort = () => finish(new AbortedError(`Connecting to ${address} was aborted`));
      signal?.addEventListener('abort', onAbort, { once: true });

      net.record('connect', from, to, 0);
      const timeOut = () => finish(new ConnectTimeoutError(`No answer from ${address} within ${net.connectTimeoutMs} ms`));
      if (!net.reachable(from, to)) return after(net.connectTimeoutMs, timeOut);
      after(net.delay(from, to), () => {
        const listener = net.listenerAt(address);
        if (!net.reachable(to, from)) return after(net.connectTimeoutMs, timeOut);
        if (!listener || listener.closed) {
          net.record('refuse', to, from, 0);
          return after(net.delay(to, from), () => finish(new ConnectionRefusedError(`Nothing listens on ${address}`)));
        }
        const id = net.nextConnectionId();
        client = new MemoryConnection(net, {
          id, maxFrameBytes: this.maxFrameBytes, node: from, peerNode: listener.node, localAddress: from, remoteAddress: address,
        });
        const server = new MemoryConnection(net, {
          id, maxFrameBytes: listener.maxFrameBytes, node: listener.node, peerNode: from, localAddress: address, remoteAddress: from,
        });
        client.peer = server;
        server.peer = client;
        net.record('accept', to, from, id);
        listener.accept(server);
        after(net.delay(to, from), () => finish(null));
      });
    });
  }
}
