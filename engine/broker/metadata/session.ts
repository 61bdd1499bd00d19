import type { Keeper } from '../../coordination/client.js';
import { Emitter } from '../../coordination/emitter.js';
import type { Timer } from '../../time/clock.js';
import { silentLogger, type LogLogger } from '../../log/partition-log-types.js';

/*
 * The broker's coordination session, replaceable. A Keeper whose session expired is done
 * for good (its ephemerals and watches are gone), so the broker needs a new one, and every
 * part that used the old one (registration, metadata cache, controller, producer ids) must
 * start over on it. They all hold this object, read `keeper` when they act, and redo their
 * set-up on `renewed`. The broker either calls `renew` itself, or gives `reconnect` and
 * this object calls it on expiry (again after `retryMs` while it fails).
 */

export interface BrokerSessionOptions {
  /** Makes a connected Keeper to replace an expired one. */
  reconnect?: () => Promise<Keeper>;
  /** Wait between failed reconnects; default 1000. */
  retryMs?: number;
  logger?: LogLogger;
}

export interface BrokerSessionEvents {
  /** A new session replaced an expired one: redo whatever depended on the old. */
  renewed: [Keeper];
}

export class BrokerSession extends Emitter<BrokerSessionEvents> {
  #keeper: Keeper;
  readonly #options: BrokerSessionOptions;
  #closed = false;
  #retry: Timer | null = null;
  readonly #onExpired = () => void this.#reconnect();

  constructor(keeper: Keeper, options: BrokerSessionOptions = {}) {
    super();
    this.#options = options;
    this.#keeper = keeper;
    keeper.on('expired', this.#onExpired);
  }

  get keeper(): Keeper {
    return this.#keeper;
  }

  /** Replaces the session (after the old one expired) and tells every user. */
  renew(keeper: Keeper): void {
    if (this.#closed || keeper === this.#keeper) return;
    this.#keeper.off('expired', this.#onExpired);
    this.#keeper = keeper;
    keeper.on('expired', this.#onExpired);
    this.emit('renewed', keeper);
  }

  /** Stops reconnecting (the current Keeper is the caller's to close). */
  close(): void {
    this.#closed = true;
    this.#keeper.off('expired', this.#onExpired);
    if (this.#retry) this.#keeper.clock.cancel(this.#retry);
    this.#retry = null;
  }

  async #reconnect(): Promise<void> {
    const reconnect = this.#options.reconnect;
    if (!reconnect || this.#closed) return;
    const expired = this.#keeper;
    try {
      const keeper = await reconnect();
      if (this.#closed || this.#keeper !== expired) {
        await keeper.close().catch(() => {});
        return;
      }
      this.renew(keeper);
    } catch (error) {
      (this.#options.logger ?? silentLogger).warn('Could not open a new coordination session; retrying', { error: String(error) });
      if (!this.#closed) this.#retry = expired.clock.setTimer(this.#options.retryMs ?? 1000, () => void this.#reconnect());
    }
  }
}
