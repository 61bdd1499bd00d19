import type { LogkeeperError } from '../errors/index.js';
import type { Router } from '../rpc/router.js';
import type { Storage } from '../storage/index.js';
import type { Clock } from '../time/clock.js';
import type { ForeignProtocol } from '../../transports/byte-stream.js';
import type { Transport } from '../../transports/transport.js';

/*
 * What a member hosts: services. The coordination service (an ensemble voter: Raft and the
 * KeeperServer) is one; the broker and the front doors for foreign protocols are others. A
 * service brings only its own logic; the member gives every service the same things:
 *
 *   router    one Router for every RPC connection to the member: a service registers its
 *             methods there under its own prefix (`keeper.*`, `broker.*`);
 *   rooms     a room of the shared address for the service's own peer links (Raft's
 *             `peer` room), told apart from RPC clients by a hello frame;
 *   transport the member's transport, to dial other members as a client;
 *   foreign   a room for a foreign protocol's first bytes (Kafka's, ZooKeeper's);
 *   storage   the member's database (services take areas of their own in it);
 *   services  the member's other services, by name, for those that build on another.
 */

export interface ServiceHost {
  /** The member's id: unique in the cluster, stable across restarts. */
  readonly id: string;
  /** The address the other members and clients dial: the member's advertised address. */
  readonly address: string;
  readonly clock: Clock;
  readonly storage: Storage;
  /** Every RPC method of every service; each client connection to the member is served by it. */
  readonly router: Router;
  /** The Transport of one room of the shared address (see SharedAddress.room). */
  room(name: string): Transport;
  /** The member's transport, for dialling other members as an RPC client (a Keeper, a broker fetching from another). */
  readonly transport: Transport;
  /** Serves a foreign protocol on the shared address; returns a function that stops it. */
  foreign(protocol: ForeignProtocol): () => void;
  /** Another service of this member (started before this one). */
  service<T extends Service>(name: string): T;
  /** The service stopped on an unexpected failure: the member reports it (its onError). */
  fail(error: LogkeeperError): void;
}

export interface StopOptions {
  /**
   * A planned stop (default): hand over what others would otherwise wait a timeout for (a
   * Raft leader transfers its leadership). False: stop at once.
   */
  planned?: boolean;
}

export interface Service {
  /** Unique within a member, e.g. 'coordination'. */
  readonly name: string;
  /** Registers the service's methods and rooms on `host` and starts it. */
  start(host: ServiceHost): Promise<void>;
  /** Stops it; its connections close. Called once, in the reverse order of starting. */
  stop(options: StopOptions): Promise<void>;
}
