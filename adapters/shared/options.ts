import { BadArgumentsError } from '../../engine/errors/index.js';
import { realClock } from '../../engine/time/real-clock.js';
import type { Clock } from '../../engine/time/clock.js';
import { createSecretKey, type Secret, type SecretKey } from './auth.js';
import { consoleLogger, type Logger } from './logger.js';

/** Options every network adapter (TCP, WebSocket, relay) takes, with the same meaning. */
export interface LinkOptions {
  /** A cluster secret: every link proves it (HMAC challenge-response) before any frame passes. */
  secret?: Secret;
  /** Bound on everything it takes to dial (TCP, TLS, the handshake); default 10 s. */
  connectTimeoutMs?: number;
  /** Bound on TLS + handshake for an accepted connection; default 10 s. */
  handshakeTimeoutMs?: number;
  /** Liveness period: ping a peer that has been quiet this long; 0 turns liveness checks off. Default 5 s. */
  keepAliveMs?: number;
  /** Drop with CONNECTION_LOSS a peer that sent nothing for this long; default 15 s. */
  idleTimeoutMs?: number;
  /** `send` returns false at this many buffered bytes; default 1 MiB. */
  highWaterMark?: number;
  /** Past this many buffered bytes the connection is dropped (CONNECTION_LOSS); default 64 MiB + 2 × maxFrameBytes. */
  maxBufferedBytes?: number;
  /** Where failed authentications and dropped peers are reported; default the console. */
  logger?: Logger;
  /** Timers for liveness and timeouts; default the real clock. */
  clock?: Clock;
}

/** What each connection of an adapter is configured with. */
export interface LinkSettings {
  maxFrameBytes: number;
  highWaterMark: number;
  maxBufferedBytes: number;
  keepAliveMs: number;
  idleTimeoutMs: number;
  clock: Clock;
  logger: Logger;
}

export interface ResolvedLinkOptions {
  key: SecretKey | null;
  connectTimeoutMs: number;
  handshakeTimeoutMs: number;
  logger: Logger;
  clock: Clock;
  link: LinkSettings;
}

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!(Number.isFinite(v) && v >= 0)) throw new BadArgumentsError(`${name} must be a finite number >= 0`);
  return v;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = nonNegative(name, value, fallback);
  if (v === 0) throw new BadArgumentsError(`${name} must be above 0`);
  return v;
}

/** Checks the options and fills in the defaults. */
export function resolveLinkOptions(options: LinkOptions, maxFrameBytes: number): ResolvedLinkOptions {
  const keepAliveMs = nonNegative('keepAliveMs', options.keepAliveMs, 5_000);
  const idleTimeoutMs = positive('idleTimeoutMs', options.idleTimeoutMs, 15_000);
  if (keepAliveMs > 0 && idleTimeoutMs < keepAliveMs) throw new BadArgumentsError('idleTimeoutMs must be at least keepAliveMs');
  const highWaterMark = positive('highWaterMark', options.highWaterMark, 1024 * 1024);
  const maxBufferedBytes = positive('maxBufferedBytes', options.maxBufferedBytes, 64 * 1024 * 1024 + 2 * maxFrameBytes);
  if (maxBufferedBytes < highWaterMark + maxFrameBytes) throw new BadArgumentsError('maxBufferedBytes must be at least highWaterMark + maxFrameBytes');
  const logger = options.logger ?? consoleLogger;
  const clock = options.clock ?? realClock;
  return {
    key: createSecretKey(options.secret),
    connectTimeoutMs: positive('connectTimeoutMs', options.connectTimeoutMs, 10_000),
    handshakeTimeoutMs: positive('handshakeTimeoutMs', options.handshakeTimeoutMs, 10_000),
    logger,
    clock,
    link: { maxFrameBytes, highWaterMark, maxBufferedBytes, keepAliveMs, idleTimeoutMs, clock, logger },
  };
}
