import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { WebSocketTransport, type WebSocketTransportOptions } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { unusedTcpAddress } from './helpers/net.js';
import { testCertificates } from './helpers/tls.js';

const base: WebSocketTransportOptions = { logger: silentLogger };
const certs = testCertificates();

for (const [name, options, scheme] of [
  ['websocket', base, 'ws'],
  ['websocket + secret', { ...base, secret: 'cluster secret' }, 'ws'],
  ['websocket + TLS + secret', { ...base, secret: 'cluster secret', tls: certs.mutual('node') }, 'wss'],
] as const) {
  conformance(test, {
    name,
    supports: new WebSocketTransport(base).supports,
    factory: () => ({
      transport: () => new WebSocketTransport(options),
      listenAddress: () => `${scheme}://127.0.0.1:0/logkeeper`,
      unusedAddress: async () => `${scheme}://${await unusedTcpAddress()}/logkeeper`,
    }),
  });
}
