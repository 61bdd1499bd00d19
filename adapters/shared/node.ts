import {
  AuthenticationFailedError,
  ConnectionLossError,
  ConnectionRefusedError,
  ConnectTimeoutError,
  LogkeeperError,
} from '../../engine/errors/index.js';

/** TLS material and policy, as node:tls takes it. The same options serve listening and dialling. */
export interface TlsOptions {
  /** This side's private key and certificate chain (PEM). A listener needs them; a client needs them for mutual TLS. */
  key?: string | Buffer;
  cert?: string | Buffer;
  /** The CAs that sign the peers' certificates (PEM); default: the system's. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Mutual TLS: a listener asks each client for a certificate signed by `ca` and refuses those without. Default false. */
  requestCert?: boolean;
  /** Refuse peers whose certificate does not verify; default true. */
  rejectUnauthorized?: boolean;
  /** The name to check the server's certificate against; default the host dialled. */
  servername?: string;
}

/** The typed error for a Node socket (or `ws` client) that failed before the connection was established. */
export function dialError(error: unknown, address: string): LogkeeperError {
  if (error instanceof LogkeeperError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const message = (error as Error).message;
  if (code === 'ECONNREFUSED' || /Unexpected server response/.test(message)) {
    return new ConnectionRefusedError(`Nothing accepts connections at ${address}: ${message}`, { cause: error });
  }
  if (['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'].includes(code)) {
    return new ConnectionRefusedError(`Cannot reach ${address}: ${message}`, { cause: error });
  }
  if (code === 'ETIMEDOUT' || /timed out/i.test(message)) return new ConnectTimeoutError(`Connecting to ${address} timed out`, { cause: error });
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_') || /CERT|SELF_SIGNED|UNABLE_TO/.test(code)) {
    return new AuthenticationFailedError(`TLS with ${address} failed: ${message}`, { cause: error });
  }
  return new ConnectionLossError(`Connecting to ${address} failed: ${message}`, { cause: error });
}
