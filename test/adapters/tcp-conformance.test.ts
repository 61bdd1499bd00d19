import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { TcpTransport, type TcpTransportOptions } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { unusedTcpAddress } from './helpers/net.js';
import { testCertificates } from './helpers/tls.js';

const base: TcpTransportOptions = { logger: silentLogger };
const tlsFiles = testCertificates();

for (const [name, options, scheme] of [
  ['tcp', base, 'tcp'],
  ['tcp + secret', { ...base, secret: 'cluster secret' }, 'tcp'],
  ['tcp + mutual TLS + secret', { ...base, secret: 'cluster secret', tls: tlsFiles.mutual('node') }, 'tls'],
] as const) {
  conformance(test, {
    name,
    supports: new TcpTransport(base).supports,
    factory: () => ({
      transport: () => new TcpTransport(options),
      listenAddress: () => `${scheme}://127.0.0.1:0`,
      unusedAddress: async () => `${scheme}://${await unusedTcpAddress()}`,
    }),
  });
}
