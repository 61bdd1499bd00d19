import { randomUUID } from 'node:crypto';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import {
  AbortedError,
  AbstractListener,
  AbstractTransport,
  AddressInUseError,
  ConnectionLossError,
  ConnectionRefusedError,
  defineSupports,
  type Connection,
  type TransportOptions,
} from 'logkeeper';
import { PortConnection } from './port-connection.js';
import { ACCEPT, REFUSE, type ControlMessage, type ControlRequest } from './switchboard.js';

/*
 * A logkeeper transport over node's MessagePorts (worker_threads), written against the
 * Private API for implementors: AbstractTransport checks arguments and state and keeps the
 * books; this class implements `_listen`, `_connect` and `_closed` only. Addresses are names
 * (`port://orders-1`) in the namespace of one Switchboard.
 */

export interface PortTransportOptions extends TransportOptions {
  /** This transport's control port, from `switchboard.port()`. */
  switchboard: MessagePort;
  /** How this transport's connections name it to their peers; default a random id. */
  name?: string;
}

type Reply = Extract<ControlMessage, { op: 'reply' }>;

class PortListener extends AbstractListener {
  readonly #unlisten: () => Promise<void>;

  constructor(address: string, unlisten: () => Promise<void>) {
    super(address);
    this.#unlisten = unlisten;
  }

  protected override _close(): Promise<void> {
    return this.#unlisten();
  }
}

export class PortTransport extends AbstractTransport {
  /** No fault injection, no simulated clock, no TLS or secret (a port is private to the process); a node may restart at its address. */
  static readonly supports = defineSupports({ persistence: true });
  readonly supports = PortTransport.supports;

  readonly #control: MessagePort;
  readonly #name: string;
  /** The accept callback of each address this transport listens on. */
  readonly #accepting = new Map<string, (connection: Connection) => void>();
  readonly #pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  #nextId = 0;

  constructor(options: PortTransportOptions) {
    super(options);
    this.#control = options.switchboard;
    this.#name = `port://~${options.name ?? randomUUID()}`;
    this.#control.on('message', (message: ControlMessage) => this.#controlMessage(message));
    this.#control.on('close', () => {
      for (const { reject } of this.#pending.values()) reject(new ConnectionLossError('The switchboard is gone'));
      this.#pending.clear();
    });
  }

  protected override async _listen(address: string, accept: (connection: Connection) => void): Promise<PortListener> {
    const reply = await this.#request({ op: 'listen', address });
    if (reply.inUse) throw new AddressInUseError(`Something already listens on ${address}`);
    this.#accepting.set(address, accept);
    return new PortListener(address, async () => {
      // Refuse dials from now on, then free the name, so that a dial after close() is refused.
      this.#accepting.delete(address);
      // Without a switchboard, nothing can reach the name anyway.
      await this.#request({ op: 'unlisten', address }).catch(() => {});
    });
  }

  protected override _connect(address: string, signal: AbortSignal | undefined): Promise<Connection> {
    const { port1: mine, port2: theirs } = new MessageChannel();
    return new Promise((resolve, reject) => {
      const aborted = () => {
        mine.close();
        reject(new AbortedError(`Connecting to ${address} was aborted`));
      };
      // The dial died on its way (the switchboard or the listener's thread is gone).
      const lost = () => {
        signal?.removeEventListener('abort', aborted);
        reject(new ConnectionRefusedError(`Nobody answered at ${address}`));
      };
      signal?.addEventListener('abort', aborted, { once: true });
      mine.once('close', lost);
      // The first message on the new port is the answer; anything after it is the connection's.
      mine.once('message', (answer: string) => {
        signal?.removeEventListener('abort', aborted);
        mine.off('close', lost);
        if (answer !== ACCEPT) {
          mine.close();
          reject(new ConnectionRefusedError(`Nobody listens on ${address}`));
          return;
        }
        resolve(new PortConnection(mine, { localAddress: this.#name, remoteAddress: address, maxFrameBytes: this.maxFrameBytes }));
      });
      const dial: ControlRequest = { op: 'dial', address, from: this.#name, port: theirs };
      this.#control.postMessage(dial, [theirs]);
    });
  }

  protected override async _closed(): Promise<void> {
    this.#control.close();
  }

  #controlMessage(message: ControlMessage): void {
    if (message.op === 'reply') {
      this.#pending.get(message.id)?.resolve(message);
      this.#pending.delete(message.id);
      return;
    }
    const accept = this.#accepting.get(message.address);
    if (!accept) {
      // The listener closed while the dial was on its way.
      message.port.postMessage(REFUSE);
      message.port.close();
      return;
    }
    message.port.postMessage(ACCEPT);
    accept(new PortConnection(message.port, { localAddress: message.address, remoteAddress: message.from, maxFrameBytes: this.maxFrameBytes }));
  }

  #request(request: { op: 'listen' | 'unlisten'; address: string }): Promise<Reply> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#control.postMessage({ ...request, id } satisfies ControlRequest);
    });
  }
}
