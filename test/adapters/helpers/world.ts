import type { ExecutionContext } from 'ava';
import type { Connection, Transport } from '../../../transports/transport.js';
import type { Logger } from '../../../adapters/shared/logger.js';
import { deferred, within } from '../../../conformance/helpers.js';

export { deferred, within };

/** Closes `transport` when the test ends, and returns it. */
export function closing<T extends Transport | { close(): Promise<void> }>(t: ExecutionContext, transport: T): T {
  t.teardown(() => transport.close());
  return transport;
}

/** A logger that keeps what it is told. */
export function spyLogger(): Logger & { warnings: Array<{ message: string; fields?: Record<string, unknown> }>; warned: Promise<void> } {
  const warnings: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  const warned = deferred<void>();
  return {
    warnings,
    warned: warned.promise,
    warn(message, fields) {
      warnings.push({ message, fields });
      warned.resolve();
    },
  };
}

/** Listens on `address` and resolves with the listener's address and the first accepted connection. */
export async function listenOnce(transport: Transport, address: string): Promise<{ address: string; accepted: Promise<Connection>; accepts: Connection[] }> {
  const first = deferred<Connection>();
  const accepts: Connection[] = [];
  const listener = await transport.listen(address, (c) => {
    accepts.push(c);
    first.resolve(c);
  });
  return { address: listener.address, accepted: first.promise, accepts };
}

/** The error a promise rejects with (fails if it resolves). */
export async function rejection(promise: Promise<unknown>, ms = 5000): Promise<Error & { code?: string; retriable?: boolean }> {
  const outcome = await within(promise.then(() => null, (e: unknown) => e as Error), ms, 'the promise to settle');
  if (outcome === null) throw new Error('Expected a rejection, got a value');
  return outcome as Error & { code?: string };
}

/** The close error of a connection (undefined for a clean close), within `ms`. */
export function closeError(connection: Connection, ms = 5000): Promise<(Error & { code?: string }) | undefined> {
  return within(new Promise((resolve) => connection.onClose(resolve)), ms, 'the connection to close');
}

/** Resolves once `condition()` holds (checked every few ms), or fails after `ms`: for state with no event to wait on. */
export function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      const check = () => (condition() ? resolve() : setTimeout(check, 2));
      check();
    }),
    ms,
    what,
  );
}
