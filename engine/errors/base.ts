import { ERROR_CODES, type ErrorCode } from './codes.js';

export interface LogkeeperErrorOptions {
  cause?: unknown;
  /** Overrides the code's default; used for errors that arrive from a peer. */
  retriable?: boolean;
  /**
   * What the caller can act on beyond the code, as short strings a peer can carry (the
   * envelope's RemoteError.details): e.g. NOT_LEADER's `leader`, the address to go to.
   */
  details?: Readonly<Record<string, string>>;
}

const NO_DETAILS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The base of every error logkeeper raises on purpose. `code` is stable and listed in
 * docs/errors.md; `retriable` says whether the same operation may succeed if tried again
 * (retry logic reads only this flag).
 */
export class LogkeeperError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  /** What the caller can act on beyond the code (see LogkeeperErrorOptions.details); frozen, often empty. */
  readonly details: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message?: string, options: LogkeeperErrorOptions = {}) {
    super(message ?? ERROR_CODES[code].description, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.retriable = options.retriable ?? ERROR_CODES[code].retriable;
    this.details = options.details ? Object.freeze({ ...options.details }) : NO_DETAILS;
  }

  /** Kafka's number for this error (its protocol's error code); -1 (UNKNOWN_SERVER_ERROR) for codes Kafka has no name for. */
  get kafkaCode(): number {
    return kafkaCodeOf(this.code);
  }
}

/** Kafka's error number for a code; -1 (UNKNOWN_SERVER_ERROR) when Kafka has no such error. */
export function kafkaCodeOf(code: ErrorCode): number {
  const entry: { retriable: boolean; kafka?: number } = ERROR_CODES[code];
  return entry.kafka ?? -1;
}
