import { BadArgumentsError, InvalidStateError, toLogkeeperError } from '../errors/index.js';
import { Keeper } from '../coordination/client.js';
import type { Service, ServiceHost, StopOptions } from '../server/service.js';
import { Random } from '../time/random.js';
import { resolveBrokerConfig, type BrokerConfig } from './config.js';
import { BrokerPeers } from './peers.js';
import { BrokerNode } from './node.js';

/*
 * The broker as a member hosts it: a role of a process, beside (or without) an ensemble
 * member, as Kafka's brokers were beside ZooKeeper. A broker is a coordination client of the
 * ensemble (a Keeper session on `ensemble`); its `broker.*` methods are served on the
 * member's router, so it shares the member's address with the rest.
 *
 *   start  resolve the config → a Keeper (not awaited: in a combined process the ensemble
 *          may still be electing, and this member's clients are served only once every
 *          service has started) → the node (engine/broker/node.ts), which opens the local
 *          replicas, serves the API at once and joins the cluster in the background;
 *   stop   (planned) the session closes first, so the broker's registration goes at once
 *          and the controller moves its leaderships now instead of after the session
 *          timeout → the replicas close (their high watermarks written) → connections close.
 */

export interface BrokerServiceOptions {
  /** The coordination ensemble's client addresses (in a combined process: the members' addresses). */
  ensemble: readonly string[];
  /** The broker's settings; `brokerId` defaults to the member's id when it is a number. */
  config?: Partial<BrokerConfig>;
  /** The coordination session's timeout: a dead broker's leaderships move within about this. Default 6000. */
  sessionTimeoutMs?: number;
  /** Other protocols' listeners to register (`kafka` → `host:port`). */
  listeners?: Record<string, string>;
  /** Seed for the broker's randomness (placement, back-off); default: from the broker id. */
  seed?: string | number;
  /** Bound of requests to the ensemble and to other brokers; default 30 s. */
  requestTimeoutMs?: number;
  logger?: { warn(message: string, fields?: Record<string, unknown>): void; info?(message: string, fields?: Record<string, unknown>): void };
}

export class BrokerService implements Service {
  readonly name = 'broker';
  readonly #options: BrokerServiceOptions;
  #keeper: Keeper | null = null;
  #peers: BrokerPeers | null = null;
  #node: BrokerNode | null = null;

  constructor(options: BrokerServiceOptions) {
    if (!options || !Array.isArray(options.ensemble) || options.ensemble.length === 0) {
      throw new BadArgumentsError('ensemble must list the coordination members\' addresses');
    }
    this.#options = options;
  }

  /** The running broker (after start). */
  get node(): BrokerNode {
    if (!this.#node) throw new InvalidStateError('The broker service has not started');
    return this.#node;
  }

  get brokerId(): number {
    return this.node.config.brokerId;
  }

  async start(host: ServiceHost): Promise<void> {
    const o = this.#options;
    const config = resolveBrokerConfig({ ...o.config, brokerId: o.config?.brokerId ?? brokerIdOf(host.id) });
    const random = new Random(`broker:${o.seed ?? config.brokerId}`);
    const requestTimeoutMs = o.requestTimeoutMs ?? 30_000;
    let sessions = 0;
    const keeperOptions = () => ({
      transport: host.transport,
      servers: [...o.ensemble],
      sessionTimeoutMs: o.sessionTimeoutMs ?? 6000,
      clock: host.clock,
      random: random.fork(`keeper-${sessions++}`),
      requestTimeoutMs,
    });
    const keeper = new Keeper(keeperOptions());
    this.#keeper = keeper;
    const reconnect = async () => {
      const next = await Keeper.connect(keeperOptions());
      this.#keeper = next;
      return next;
    };
    let node: BrokerNode | null = null;
    const peers = new BrokerPeers({
      transport: host.transport,
      clock: host.clock,
      addressOf: (id) => node?.addressOf(id),
      requestTimeoutMs,
    });
    this.#peers = peers;
    try {
      node = await BrokerNode.start({
        config,
        address: host.address,
        listeners: o.listeners ?? {},
        keeper,
        reconnect,
        peers,
        storage: host.storage,
        clock: host.clock,
        random: random.fork('node'),
        router: host.router,
        maxFrameBytes: host.transport.maxFrameBytes,
        logger: o.logger,
        onError: (error) => host.fail(toLogkeeperError(error)),
      });
    } catch (error) {
      peers.close();
      await keeper.close().catch(() => {});
      throw error;
    }
    this.#node = node;
  }

  async stop(options: StopOptions): Promise<void> {
    const node = this.#node;
    // Planned or not, the session goes first: the controller moves this broker's leaderships now.
    await this.#keeper?.close({ timeoutMs: options.planned === false ? 1 : 5000 }).catch(() => {});
    await node?.close();
    this.#peers?.close();
  }
}

/** A member id that is a non-negative int32 doubles as the broker id. */
function brokerIdOf(memberId: string): number {
  if (/^(0|[1-9]\d{0,9})$/.test(memberId) && Number(memberId) <= 0x7fffffff) return Number(memberId);
  throw new BadArgumentsError(`Member id '${memberId}' is not a number: give the broker an id (config.brokerId)`);
}
