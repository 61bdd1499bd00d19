import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { tcpFixture } from './helpers/fixtures.js';

// The TCP adapter, plain, with a secret, and with mutual TLS and a secret: the transport
// contract runs over each. It declares tls, auth, persistence and foreignProtocols.
for (const [name, run] of [
  ['tcp', {}],
  ['tcp + secret', { secret: 'cluster secret' }],
  ['tcp + mutual TLS + secret', { secret: 'cluster secret', tls: true }],
] as const) {
  conformance(test, { name, supports: new TcpTransport({ logger: silentLogger }).supports, factory: tcpFixture(run) });
}
