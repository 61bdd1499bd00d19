/**
 * Where adapters report what a caller cannot see otherwise: a failed authentication, a TLS
 * handshake that went wrong, a peer dropped for silence. Pass your own (pino, console, a test
 * spy); the default writes warnings to the console and drops debug output.
 */
export interface Logger {
  warn(message: string, fields?: Record<string, unknown>): void;
  debug?(message: string, fields?: Record<string, unknown>): void;
}

export const consoleLogger: Logger = {
  warn(message, fields) {
    console.warn(`[logkeeper] ${message}`, fields ?? '');
  },
};

/** A logger that drops everything. */
export const silentLogger: Logger = { warn() {} };
