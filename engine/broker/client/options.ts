import { BadArgumentsError } from '../../errors/index.js';
import { realClock } from '../../time/real-clock.js';
import { Random } from '../../time/random.js';
import type { Clock } from '../../time/clock.js';
import type { Transport } from '../../../transports/transport.js';

/*
 * The options every client of one createBrokerClient shares, with kafkajs's defaults where
 * kafkajs has the option (retry: 5 retries from 300 ms, doubling, at most 30 s apart).
 */

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  /** The first pause; each later one doubles, ±20% (jitter from the client's Random). */
  initialRetryTimeMs: number;
  maxRetryTimeMs: number;
}

export interface BrokerClientOptions {
  /** logkeeper addresses of some brokers (the bootstrap list); the rest are learnt from metadata. */
  brokers: string[];
  transport: Transport;
  /** Names this client in errors and logs. Default 'logkeeper'. */
  clientId?: string;
  clock?: Clock;
  /** Seed or source of the back-off jitter, broker order and keyless partition choices. Default: seeded by clientId. */
  random?: Random | number | string;
  /** Bound of each request (connecting included). Default 30 s. */
  requestTimeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Metadata older than this is refreshed before use. Default 5 min (Kafka's metadata.max.age.ms). */
  metadataMaxAgeMs?: number;
}

/** What the clients of one BrokerClient share: the options resolved and checked. */
export interface ClientContext {
  readonly brokers: readonly string[];
  readonly transport: Transport;
  readonly clientId: string;
  readonly clock: Clock;
  readonly random: Random;
  readonly requestTimeoutMs: number;
  readonly retry: RetryOptions;
  readonly metadataMaxAgeMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({ retries: 5, initialRetryTimeMs: 300, maxRetryTimeMs: 30_000 });

/** Checks that `value` (or its default) is an integer from `min` to `max`. */
export function integerOption(name: string, value: number | undefined, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = value ?? fallback;
  if (!Number.isSafeInteger(v) || v < min || v > max) throw new BadArgumentsError(`${name} must be an integer from ${min} to ${max}, got ${String(v)}`);
  return v;
}

export function resolveRetry(retry: Partial<RetryOptions> | undefined, base: RetryOptions = DEFAULT_RETRY): RetryOptions {
  if (retry !== undefined && (typeof retry !== 'object' || retry === null)) throw new BadArgumentsError('retry must be an object');
  const initialRetryTimeMs = integerOption('retry.initialRetryTimeMs', retry?.initialRetryTimeMs, base.initialRetryTimeMs, 1);
  return {
    retries: integerOption('retry.retries', retry?.retries, base.retries, 0),
    initialRetryTimeMs,
    maxRetryTimeMs: integerOption('retry.maxRetryTimeMs', retry?.maxRetryTimeMs, base.maxRetryTimeMs, initialRetryTimeMs),
  };
}

export function resolveClientOptions(options: BrokerClientOptions): ClientContext {
  if (typeof options !== 'object' || options === null) throw new BadArgumentsError('createBrokerClient needs an options object');
  const { brokers, transport } = options;
  if (!Array.isArray(brokers) || brokers.length === 0 || brokers.some((b) => typeof b !== 'string' || b.length === 0)) {
    throw new BadArgumentsError('brokers must be a non-empty array of addresses');
  }
  if (typeof transport?.connect !== 'function') throw new BadArgumentsError('transport must be a Transport');
  const clientId = options.clientId ?? 'logkeeper';
  if (typeof clientId !== 'string' || clientId.length === 0) throw new BadArgumentsError('clientId must be a non-empty string');
  const random = options.random instanceof Random ? options.random : new Random(options.random ?? `broker-client:${clientId}`);
  return {
    brokers: [...brokers],
    transport,
    clientId,
    clock: options.clock ?? realClock,
    random,
    requestTimeoutMs: integerOption('requestTimeoutMs', options.requestTimeoutMs, 30_000, 1),
    retry: resolveRetry(options.retry),
    metadataMaxAgeMs: integerOption('metadataMaxAgeMs', options.metadataMaxAgeMs, 300_000, 0),
  };
}
