/**
 * The only source of time in engine/. Real code gets a RealClock; tests and the simulator get
 * a SimulatedClock, so elections, expiry and timeouts run on virtual time, deterministically.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. Never goes backwards. */
  now(): number;
  /** Calls `callback` once, `delayMs` from now (0 or less: as soon as possible, after the current job). */
  setTimer(delayMs: number, callback: () => void): Timer;
  /** Cancels a timer; cancelling one that already fired or was cancelled does nothing. */
  cancel(timer: Timer): void;
}

/** An opaque handle for a pending timer. */
export interface Timer {
  readonly id: number;
}
