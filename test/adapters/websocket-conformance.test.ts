import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { WebSocketTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { webSocketFixture } from './helpers/fixtures.js';

// The WebSocket adapter (Node), plain, with a secret, and with TLS and a secret. It declares
// tls, auth and persistence.
for (const [name, run] of [
  ['websocket', {}],
  ['websocket + secret', { secret: 'cluster secret' }],
  ['websocket + TLS + secret', { secret: 'cluster secret', tls: true }],
] as const) {
  conformance(test, { name, supports: new WebSocketTransport({ logger: silentLogger }).supports, factory: webSocketFixture(run) });
}
