// The module `npx logkeeper conformance examples/custom-adapter/conformance.ts` runs the
// conformance suite on: its default export is the suite's options for this adapter.
import type { ConformanceOptions } from 'logkeeper/conformance';
import { PortTransport } from './port-transport.js';
import { Switchboard } from './switchboard.js';

export default {
  name: 'message ports',
  supports: PortTransport.supports,
  // Each test gets a world of its own: a switchboard, and transports attached to it.
  factory: () => {
    const switchboard = new Switchboard();
    let next = 0;
    return {
      transport: (variant = {}) => new PortTransport({ switchboard: switchboard.port(), maxFrameBytes: variant.maxFrameBytes }),
      listenAddress: () => `port://node-${++next}`,
      unusedAddress: () => 'port://nobody-listens-here',
      close: async () => switchboard.close(),
    };
  },
} satisfies ConformanceOptions;
