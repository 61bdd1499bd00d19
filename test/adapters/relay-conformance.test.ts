import test from 'ava';
import { WebSocket } from 'ws';
import { conformance } from '../../conformance/index.js';
import { BrowserWebSocketTransport, RelayHub, RelayTransport } from '../../adapters/websocket/index.js';
import type { WebSocketConstructor } from '../../adapters/websocket/browser.js';
import { silentLogger } from '../../adapters/shared/logger.js';

// The relay as nodes see it: every transport is a RelayTransport with a link to one hub. The
// second run takes the browser code path (BrowserSocket over the WHATWG WebSocket API, here
// `ws`'s implementation of it), which is what a tab runs.
for (const [name, secret, browser] of [
  ['relay', undefined, false],
  ['relay + secret', 'cluster secret', false],
  ['relay (browser WebSocket path) + secret', 'cluster secret', true],
] as const) {
  conformance(test, {
    name,
    supports: new RelayTransport({ hub: 'ws://127.0.0.1:1/', logger: silentLogger }).supports,
    factory: async () => {
      const hub = new RelayHub({ secret, logger: silentLogger });
      const { address } = await hub.listen('ws://127.0.0.1:0/relay');
      let next = 0;
      return {
        transport: () =>
          new RelayTransport({
            hub: address,
            secret,
            logger: silentLogger,
            link: browser
              ? new BrowserWebSocketTransport({ secret, logger: silentLogger, WebSocket: WebSocket as unknown as WebSocketConstructor, maxFrameBytes: 16 * 1024 * 1024 + 64 })
              : undefined,
          }),
        listenAddress: () => `relay://node-${++next}`,
        unusedAddress: () => 'relay://nobody-listens-here',
        close: () => hub.close(),
      };
    },
  });
}
