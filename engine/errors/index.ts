import { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.js';
import { kafkaCodeOf, LogkeeperError, type LogkeeperErrorOptions } from './base.js';
import { BROKER_ERROR_CLASSES } from './broker.js';

export { ERROR_CODES, isErrorCode, type ErrorCode };

export { kafkaCodeOf, LogkeeperError, type LogkeeperErrorOptions };
export * from './broker.js';

type ErrorClass = new (message?: string, options?: LogkeeperErrorOptions) => LogkeeperError;

export class BadArgumentsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('BAD_ARGUMENTS', message, options);
  }
}
export class InvalidStateError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_STATE', message, options);
  }
}
export class AbortedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('ABORTED', message, options);
  }
}
export class InternalError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INTERNAL', message, options);
  }
}
export class AddressInUseError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('ADDRESS_IN_USE', message, options);
  }
}
export class ConnectionRefusedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('CONNECTION_REFUSED', message, options);
  }
}
export class ConnectTimeoutError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('CONNECT_TIMEOUT', message, options);
  }
}
export class ConnectionClosedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('CONNECTION_CLOSED', message, options);
  }
}
export class ConnectionLossError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('CONNECTION_LOSS', message, options);
  }
}
export class FrameTooLargeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('FRAME_TOO_LARGE', message, options);
  }
}
export class MalformedFrameError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('MALFORMED_FRAME', message, options);
  }
}
export class OverloadedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OVERLOADED', message, options);
  }
}
export class OperationTimeoutError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OPERATION_TIMEOUT', message, options);
  }
}
export class TooManyRequestsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('TOO_MANY_REQUESTS', message, options);
  }
}
export class AuthenticationFailedError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('AUTHENTICATION_FAILED', message, options);
  }
}
export class StorageError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('STORAGE_ERROR', message, options);
  }
}
export class CorruptRecordError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('CORRUPT_RECORD', message, options);
  }
}
export class InvalidRecordError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('INVALID_RECORD', message, options);
  }
}
export class RecordTooLargeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('RECORD_TOO_LARGE', message, options);
  }
}
export class UnsupportedCompressionError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNSUPPORTED_COMPRESSION', message, options);
  }
}
export class OffsetOutOfRangeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('OFFSET_OUT_OF_RANGE', message, options);
  }
}
/** Carries the leader's address (`details.leader`) when this server knows it, so the caller can go there. */
export class NotLeaderError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_LEADER', message, options);
  }

  /** The leader's address, when the server that refused knew it. */
  get leader(): string | undefined {
    return this.details.leader || undefined;
  }
}
export class NoQuorumError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NO_QUORUM', message, options);
  }
}
export class UnknownMethodError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('UNKNOWN_METHOD', message, options);
  }
}

export class NoNodeError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NO_NODE', message, options);
  }
}
export class NodeExistsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NODE_EXISTS', message, options);
  }
}
export class BadVersionError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('BAD_VERSION', message, options);
  }
}
export class NotEmptyError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NOT_EMPTY', message, options);
  }
}
export class NoChildrenForEphemeralsError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NO_CHILDREN_FOR_EPHEMERALS', message, options);
  }
}
export class SessionExpiredError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('SESSION_EXPIRED', message, options);
  }
}
export class RuntimeInconsistencyError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('RUNTIME_INCONSISTENCY', message, options);
  }
}
export class NoWatcherError extends LogkeeperError {
  constructor(message?: string, options?: LogkeeperErrorOptions) {
    super('NO_WATCHER', message, options);
  }
}

/** Which class revives each code that arrives from a peer; every code has one. */
const classes: { [C in ErrorCode]: ErrorClass } = {
  BAD_ARGUMENTS: BadArgumentsError,
  INVALID_STATE: InvalidStateError,
  ABORTED: AbortedError,
  INTERNAL: InternalError,
  ADDRESS_IN_USE: AddressInUseError,
  CONNECTION_REFUSED: ConnectionRefusedError,
  CONNECT_TIMEOUT: ConnectTimeoutError,
  CONNECTION_CLOSED: ConnectionClosedError,
  CONNECTION_LOSS: ConnectionLossError,
  FRAME_TOO_LARGE: FrameTooLargeError,
  MALFORMED_FRAME: MalformedFrameError,
  OVERLOADED: OverloadedError,
  OPERATION_TIMEOUT: OperationTimeoutError,
  TOO_MANY_REQUESTS: TooManyRequestsError,
  UNKNOWN_METHOD: UnknownMethodError,
  AUTHENTICATION_FAILED: AuthenticationFailedError,
  STORAGE_ERROR: StorageError,
  CORRUPT_RECORD: CorruptRecordError,
  INVALID_RECORD: InvalidRecordError,
  RECORD_TOO_LARGE: RecordTooLargeError,
  UNSUPPORTED_COMPRESSION: UnsupportedCompressionError,
  OFFSET_OUT_OF_RANGE: OffsetOutOfRangeError,
  NOT_LEADER: NotLeaderError,
  NO_QUORUM: NoQuorumError,
  NO_NODE: NoNodeError,
  NODE_EXISTS: NodeExistsError,
  BAD_VERSION: BadVersionError,
  NOT_EMPTY: NotEmptyError,
  NO_CHILDREN_FOR_EPHEMERALS: NoChildrenForEphemeralsError,
  SESSION_EXPIRED: SessionExpiredError,
  RUNTIME_INCONSISTENCY: RuntimeInconsistencyError,
  NO_WATCHER: NoWatcherError,
  ...BROKER_ERROR_CLASSES,
};

/**
 * Revives an error that arrived from a peer as the same typed class it had there. A code this
 * version does not know (a newer peer) becomes an InternalError that keeps the peer's code in
 * its message and the peer's `retriable` flag.
 */
export function errorFromCode(code: string, message: string, retriable?: boolean, details?: Readonly<Record<string, string>>): LogkeeperError {
  if (!isErrorCode(code)) return new InternalError(`${code}: ${message}`, { retriable: retriable ?? false, details });
  return new classes[code](message, { retriable, details });
}

/** The code Kafka's error number `kafka` stands for; INTERNAL for a number with no code here. */
export function codeFromKafka(kafka: number): ErrorCode {
  return KAFKA_CODES.get(kafka) ?? 'INTERNAL';
}

/** Revives an error given by Kafka's number (0 is no error: undefined). */
export function errorFromKafkaCode(kafka: number, message?: string): LogkeeperError | undefined {
  if (kafka === 0) return undefined;
  const code = codeFromKafka(kafka);
  return errorFromCode(code, message ?? (code === 'INTERNAL' ? `Kafka error ${kafka}` : ERROR_CODES[code].description));
}

const KAFKA_CODES = new Map<number, ErrorCode>(
  (Object.keys(ERROR_CODES) as ErrorCode[]).flatMap((code) => {
    const entry: { retriable: boolean; kafka?: number } = ERROR_CODES[code];
    return entry.kafka === undefined ? [] : [[entry.kafka, code] as [number, ErrorCode]];
  }),
);

/** Wraps anything thrown into a LogkeeperError, keeping the original as `cause`. */
export function toLogkeeperError(err: unknown): LogkeeperError {
  if (err instanceof LogkeeperError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new InternalError(message, { cause: err });
}
