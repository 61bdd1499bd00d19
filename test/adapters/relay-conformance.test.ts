import test from 'ava';
import { conformance } from '../../conformance/index.js';
import { RelayTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { relayFixture } from './helpers/fixtures.js';

// The relay as nodes see it, through one hub per world; the third run takes the browser code
// path (what a tab runs). It declares browser, tls and auth.
for (const [name, run] of [
  ['relay', {}],
  ['relay + secret', { secret: 'cluster secret' }],
  ['relay (browser WebSocket path) + secret', { secret: 'cluster secret', browser: true }],
] as const) {
  conformance(test, { name, supports: new RelayTransport({ hub: 'ws://127.0.0.1:1/', logger: silentLogger }).supports, factory: relayFixture(run) });
}
