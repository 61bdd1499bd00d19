import { LogkeeperError, kafkaCodeOf } from '../../errors/index.js';
import type { ReplicaLogger } from './types.js';

/*
 * Errors become Kafka's numeric codes per partition in every answer. A typed error gives its
 * own number; anything else (or a typed error Kafka has no number for) is a bug or a failure
 * nobody planned for: -1 (UNKNOWN_SERVER_ERROR), and logged.
 */

export function errorCodeOf(err: unknown, logger: ReplicaLogger, what: string, fields: object): number {
  const code = err instanceof LogkeeperError ? kafkaCodeOf(err.code) : -1;
  if (code === -1) logger.warn(`${what} failed unexpectedly`, { ...fields, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  return code;
}
