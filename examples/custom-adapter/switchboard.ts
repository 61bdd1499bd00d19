import { MessageChannel, type MessagePort } from 'node:worker_threads';

/*
 * The switchboard: who listens where. It owns one end of a control port per transport and
 * knows nothing of frames: a dial hands it a fresh MessagePort, which it passes on to the
 * transport that listens at the address (or refuses, on that port, if nobody does). From
 * then on the two transports talk over their own port and the switchboard is out of the way.
 * Every exchange is a message, so a transport holding a control port may live in another
 * worker thread (transfer the port to it).
 */

/** What a transport asks of the switchboard on its control port. */
export type ControlRequest =
  | { op: 'listen'; id: number; address: string }
  | { op: 'unlisten'; id: number; address: string }
  | { op: 'dial'; address: string; from: string; port: MessagePort };

/** What the switchboard says on a transport's control port. */
export type ControlMessage =
  | { op: 'reply'; id: number; inUse?: boolean }
  | { op: 'incoming'; address: string; from: string; port: MessagePort };

/** The first message on a dialled port: the listener took the connection, or nobody did. */
export const ACCEPT = 'accept';
export const REFUSE = 'refuse';
/** The last message on a port: the sender closed its end (cleanly; anything else is a loss). */
export const CLOSE = 'close';

export class Switchboard {
  readonly #owners = new Map<string, MessagePort>();
  readonly #ports = new Set<MessagePort>();

  /** A control port for a new transport. */
  port(): MessagePort {
    const { port1: mine, port2: theirs } = new MessageChannel();
    this.#ports.add(mine);
    mine.on('message', (request: ControlRequest) => this.#handle(mine, request));
    // A transport that closes its control port (or whose thread ends) listens nowhere any more.
    mine.on('close', () => {
      this.#ports.delete(mine);
      for (const [address, owner] of this.#owners) if (owner === mine) this.#owners.delete(address);
    });
    return theirs;
  }

  /** Closes every control port: the transports' listeners are gone. */
  close(): void {
    for (const port of this.#ports) port.close();
  }

  #handle(from: MessagePort, request: ControlRequest): void {
    switch (request.op) {
      case 'listen': {
        const inUse = this.#owners.has(request.address);
        if (!inUse) this.#owners.set(request.address, from);
        from.postMessage({ op: 'reply', id: request.id, inUse } satisfies ControlMessage);
        return;
      }
      case 'unlisten':
        if (this.#owners.get(request.address) === from) this.#owners.delete(request.address);
        from.postMessage({ op: 'reply', id: request.id } satisfies ControlMessage);
        return;
      case 'dial': {
        const owner = this.#owners.get(request.address);
        if (!owner) {
          request.port.postMessage(REFUSE);
          request.port.close();
          return;
        }
        const incoming: ControlMessage = { op: 'incoming', address: request.address, from: request.from, port: request.port };
        owner.postMessage(incoming, [request.port]);
      }
    }
  }
}
