import type { Keeper } from '../../coordination/client.js';
import { Emitter } from '../../coordination/emitter.js';
import { codeOf, deadline, ensurePath, waitGone } from '../../coordination/recipes/common.js';
import { CreateMode } from '../../coordination/types.js';
import { NodeExistsError, toLogkeeperError, type LogkeeperError } from '../../errors/index.js';
import { silentLogger, type LogLogger } from '../../log/partition-log-types.js';
import type { Random } from '../../time/random.js';
import { brokerCodec, clusterIdCodec } from './layout.js';
import { randomId } from './random-id.js';
import type { BrokerSession } from './session.js';
import { PATHS, type BrokerRegistration } from './types.js';

/*
 * How this works. A broker is alive, for the cluster, while its ephemeral /brokers/ids/<id>
 * exists: it goes with the broker's session, which is how the controller learns of a death.
 * Registering creates it; NODE_EXISTS means either our own create went through although its
 * answer was lost (the owner is our session: done) or the znode of an earlier session of
 * this broker id that has not expired yet (a quick restart): we wait for it to go, as long
 * as such a session can last (`staleWaitMs`); one still there after that belongs to another
 * live broker with our id, a configuration error (NODE_EXISTS).
 *
 * On a new session (BrokerSession `renewed`) the broker registers again, retrying after
 * `retryMs` while that fails with a retriable error and the session is still the current
 * one (a broker that is not registered is dead to the controller). The cluster id is made
 * once, by the first broker to find /cluster/id missing.
 *
 * The zxid that created the registration is the broker's epoch (Kafka's, KIP-380): a new
 * one for each process and each session, so that a partition state older than it is known
 * to have been decided for an earlier one (see controller/leadership.ts and node.ts).
 */

export interface BrokerRegistrarOptions {
  session: BrokerSession;
  brokerId: number;
  address: string;
  rack?: string | null;
  listeners?: Record<string, string>;
  /** Draws the cluster id if this broker is the one to make it. */
  random: Random;
  /** How long to wait for a registration left by an earlier session; default twice the session timeout. */
  staleWaitMs?: number;
  /** Wait before registering on a renewed session again after a retriable failure; default 500. */
  retryMs?: number;
  logger?: LogLogger;
}

export interface BrokerRegistrarEvents {
  registered: [BrokerRegistration];
  /** Registering on a renewed session failed (the broker is not visible to the cluster). */
  error: [LogkeeperError];
}

export class BrokerRegistrar extends Emitter<BrokerRegistrarEvents> {
  readonly brokerId: number;
  readonly #options: BrokerRegistrarOptions;
  readonly #logger: LogLogger;
  #clusterId = '';
  #epoch = -1;
  #closed = false;
  readonly #onRenewed = (keeper: Keeper) => void this.#registerAgain(keeper);

  constructor(options: BrokerRegistrarOptions) {
    super();
    this.#options = options;
    this.brokerId = options.brokerId;
    this.#logger = options.logger ?? silentLogger;
    options.session.on('renewed', this.#onRenewed);
  }

  /** The cluster's id (known after `start`). */
  get clusterId(): string {
    return this.#clusterId;
  }

  /** The current registration's epoch (the zxid that created it); -1 before the first. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Makes sure the cluster has an id, then registers; resolves with the registration. */
  async start(): Promise<BrokerRegistration> {
    return this.register(this.#options.session.keeper);
  }

  /** Registers through `keeper` (the session's current one). */
  async register(keeper: Keeper): Promise<BrokerRegistration> {
    this.#clusterId = await ensureClusterId(keeper, this.#options.random);
    const o = this.#options;
    const registration: BrokerRegistration = {
      version: 1,
      id: this.brokerId,
      address: o.address,
      rack: o.rack ?? null,
      listeners: { ...o.listeners },
      timestamp: Math.floor(keeper.clock.now()),
    };
    const path = PATHS.broker(this.brokerId);
    await ensurePath(keeper, PATHS.brokerIds);
    for (;;) {
      if (this.#closed) return registration;
      try {
        const { stat } = await keeper.create2(path, brokerCodec.encode(registration), CreateMode.EPHEMERAL);
        this.#epoch = stat.czxid;
        break;
      } catch (error) {
        if (codeOf(error) !== 'NODE_EXISTS') throw error;
      }
      const stat = await keeper.exists(path);
      if (stat?.ephemeralOwner === keeper.sessionId) {
        this.#epoch = stat.czxid;
        break;
      }
      if (stat) await this.#waitStale(keeper, path, stat.ephemeralOwner);
    }
    this.emit('registered', registration);
    return registration;
  }

  /** Registers on a renewed session, retrying while it fails for a passing reason and the session is still current. */
  async #registerAgain(keeper: Keeper): Promise<void> {
    while (!this.#closed && this.#options.session.keeper === keeper) {
      try {
        await this.register(keeper);
        return;
      } catch (error) {
        const e = toLogkeeperError(error);
        const again = e.retriable && !this.#closed && this.#options.session.keeper === keeper;
        this.#logger.warn(again ? 'Could not register the broker on its new session; trying again' : 'Could not register the broker on its new session', { brokerId: this.brokerId, error: e.message });
        if (!again) return void this.emit('error', e);
      }
      await new Promise<void>((resolve) => keeper.clock.setTimer(this.#options.retryMs ?? 500, resolve));
    }
  }

  /** Removes the registration (a planned stop: the controller moves this broker's leaderships at once). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#options.session.off('renewed', this.#onRenewed);
    const keeper = this.#options.session.keeper;
    if (keeper.state !== 'connected') return;
    const path = PATHS.broker(this.brokerId);
    const stat = await keeper.exists(path).catch(() => null);
    if (stat && stat.ephemeralOwner === keeper.sessionId) await keeper.delete(path, stat.version).catch(() => {});
  }

  async #waitStale(keeper: Keeper, path: string, owner: number): Promise<void> {
    const limitMs = this.#options.staleWaitMs ?? 2 * keeper.sessionTimeout;
    this.#logger.info?.('Waiting for the registration of an earlier session to expire', { path, owner: owner.toString(16), limitMs });
    const bound = deadline(keeper, undefined, limitMs);
    try {
      await waitGone(keeper, path, bound.signal);
    } catch (error) {
      if (codeOf(error) !== 'ABORTED') throw error;
      throw new NodeExistsError(`Broker id ${this.brokerId} is registered by another live session (0x${owner.toString(16)}): is another broker configured with this id?`);
    } finally {
      bound.done();
    }
  }
}

/** The cluster's id: read, or made (22 characters of base64url) if no broker has made it yet. */
export async function ensureClusterId(keeper: Keeper, random: Random): Promise<string> {
  for (;;) {
    try {
      const { data } = await keeper.getData(PATHS.clusterId);
      return clusterIdCodec.decode(data, PATHS.clusterId).id;
    } catch (error) {
      if (codeOf(error) !== 'NO_NODE') throw error;
    }
    await ensurePath(keeper, '/cluster');
    try {
      const id = randomId(random);
      await keeper.create(PATHS.clusterId, clusterIdCodec.encode({ version: 1, id }));
      return id;
    } catch (error) {
      if (codeOf(error) !== 'NODE_EXISTS') throw error;
    }
  }
}
