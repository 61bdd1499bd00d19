import { AbstractListener } from '../../transports/abstract-transport.js';
import type { MemoryConnection } from './connection.js';
import type { MemoryNetwork } from './network.js';

export class MemoryListener extends AbstractListener {
  readonly node: string;
  /** The limit of the listening transport, which its end of each connection enforces. */
  readonly maxFrameBytes: number;
  readonly accept: (connection: MemoryConnection) => void;
  readonly #network: MemoryNetwork;

  constructor(
    network: MemoryNetwork,
    node: string,
    address: string,
    maxFrameBytes: number,
    accept: (connection: MemoryConnection) => void,
  ) {
    super(address);
    this.#network = network;
    this.node = node;
    this.maxFrameBytes = maxFrameBytes;
    this.accept = accept;
  }

  protected override async _close(): Promise<void> {
    this.#network.unregister(this);
  }
}
