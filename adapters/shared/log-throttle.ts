import type { Clock, Timer } from '../../engine/time/clock.js';
import type { Logger } from './logger.js';

/*
 * A listener meets the same trouble over and over: a misconfigured client that redials ten
 * times a second and is refused each time, thousands of sockets that never finish the
 * handshake. Logging each would drown the log. A LogThrottle logs a message once per remote
 * host and interval: the first occurrence at once, then, at the end of the interval, one line
 * with the count of those suppressed meanwhile (and again each interval while they go on).
 * A message is logged for at most `hostsPerMessage` hosts at once: the hosts past them share
 * one entry, so thousands of idle sockets from as many hosts make a few lines, not one each.
 * Hosts beyond `maxHosts` (over all messages) share it too, so the throttle's own memory
 * stays bounded.
 */

export interface LogThrottleOptions {
  /** Default 60 s. */
  intervalMs?: number;
  /** Hosts tracked at once; further ones are counted together as '*'. Default 1,000. */
  maxHosts?: number;
  /** Hosts one message is logged for one by one; further ones are counted together as '*'. Default 5. */
  hostsPerMessage?: number;
}

interface Entry {
  host: string;
  message: string;
  fields: Record<string, unknown>;
  suppressed: number;
  until: number;
}

const OTHER_HOSTS = '*';

export class LogThrottle {
  readonly intervalMs: number;
  readonly #logger: Logger;
  readonly #clock: Clock;
  readonly #maxHosts: number;
  readonly #hostsPerMessage: number;
  readonly #entries = new Map<string, Entry>();
  /** Per message, how many of the entries are for a host of their own (not '*'). */
  readonly #hostsOf = new Map<string, number>();
  #timer: Timer | null = null;
  #closed = false;

  constructor(logger: Logger, clock: Clock, options: LogThrottleOptions = {}) {
    this.#logger = logger;
    this.#clock = clock;
    this.intervalMs = options.intervalMs ?? 60_000;
    this.#maxHosts = options.maxHosts ?? 1000;
    this.#hostsPerMessage = options.hostsPerMessage ?? 5;
  }

  /** Logs `message` about `host` unless it was logged for that host within the interval (then it is counted). */
  warn(host: string, message: string, fields: Record<string, unknown> = {}): void {
    // A straggler after close (a TLS handshake failing as its listener goes) is logged as it
    // comes: a timer now would hold the process open for an interval after everything closed.
    if (this.#closed) return this.#logger.warn(message, { ...fields, remoteHost: host });
    let key = `${message}\0${host}`;
    let entry = this.#entries.get(key);
    if (!entry && (this.#entries.size >= this.#maxHosts || (this.#hostsOf.get(message) ?? 0) >= this.#hostsPerMessage)) {
      host = OTHER_HOSTS;
      key = `${message}\0${host}`;
      entry = this.#entries.get(key);
    }
    const now = this.#clock.now();
    if (entry && now < entry.until) {
      entry.suppressed++;
      entry.fields = fields;
      return;
    }
    this.#logger.warn(message, { ...fields, remoteHost: host });
    if (!entry && host !== OTHER_HOSTS) this.#hostsOf.set(message, (this.#hostsOf.get(message) ?? 0) + 1);
    this.#entries.set(key, { host, message, fields, suppressed: 0, until: now + this.intervalMs });
    this.#schedule();
  }

  /** Logs the counts still pending and stops the timer (call it when the listener's transport closes). */
  close(): void {
    this.#closed = true;
    if (this.#timer !== null) this.#clock.cancel(this.#timer);
    this.#timer = null;
    for (const entry of this.#entries.values()) this.#summarise(entry);
    this.#entries.clear();
    this.#hostsOf.clear();
  }

  #schedule(): void {
    if (this.#timer !== null || this.#entries.size === 0) return;
    let next = Infinity;
    for (const entry of this.#entries.values()) next = Math.min(next, entry.until);
    this.#timer = this.#clock.setTimer(Math.max(0, next - this.#clock.now()), this.#tick);
  }

  #tick = (): void => {
    this.#timer = null;
    const now = this.#clock.now();
    for (const [key, entry] of this.#entries) {
      if (entry.until > now) continue;
      if (entry.suppressed > 0) {
        // It goes on: report the count and keep counting for another interval.
        this.#summarise(entry);
        entry.until = now + this.intervalMs;
      } else this.#forget(key, entry);
    }
    this.#schedule();
  };

  #forget(key: string, entry: Entry): void {
    this.#entries.delete(key);
    if (entry.host === OTHER_HOSTS) return;
    const left = this.#hostsOf.get(entry.message)! - 1;
    if (left === 0) this.#hostsOf.delete(entry.message);
    else this.#hostsOf.set(entry.message, left);
  }

  #summarise(entry: Entry): void {
    if (entry.suppressed === 0) return;
    const from = entry.host === OTHER_HOSTS ? 'from other hosts' : `from ${entry.host}`;
    this.#logger.warn(`${entry.message} (${entry.suppressed} more ${from} since the last report)`, {
      ...entry.fields,
      remoteHost: entry.host,
      suppressed: entry.suppressed,
    });
    entry.suppressed = 0;
  }
}
