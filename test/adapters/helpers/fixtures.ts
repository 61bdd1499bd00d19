import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import type { TransportFixture, TransportVariant, WorldConfig } from '../../../conformance/index.js';
import { tcpRawConnect, tcpWiretap } from '../../../conformance/index.js';
import { MemoryNetwork, type LinkModel, type MemoryTransport } from '../../../adapters/memory/index.js';
import { TcpTransport } from '../../../adapters/tcp/index.js';
import { BrowserWebSocketTransport, RelayHub, RelayTransport, WebSocketTransport } from '../../../adapters/websocket/index.js';
import type { WebSocketConstructor } from '../../../adapters/websocket/browser.js';
import type { TlsOptions } from '../../../adapters/shared/node.js';
import { silentLogger } from '../../../adapters/shared/logger.js';
import { BadArgumentsError } from '../../../engine/errors/index.js';
import type { Transport } from '../../../transports/transport.js';
import { unusedTcpAddress } from './net.js';
import { testCertificates } from './tls.js';

/*
 * The conformance fixtures of our adapters: each builds the world a test asks for
 * (WorldConfig) and the variants it refuses (TransportVariant). A fixture throws for what its
 * adapter lacks, as an honest one should.
 */

const certs = testCertificates();
const entry = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The run's own settings: what every world of it has unless the test asks otherwise. */
export interface RunSettings {
  secret?: string;
  tls?: boolean;
  /** Wraps each transport made (test/fixtures wraps ours in adapters that lie). */
  wrap?: (transport: Transport, variant: TransportVariant) => Transport;
}

const asIs = (transport: Transport) => transport;

function refuse(config: WorldConfig, adapter: string, lacks: Array<keyof WorldConfig>): void {
  for (const key of lacks) if (config[key] !== undefined) throw new BadArgumentsError(`The ${adapter} adapter has no ${key}`);
}

/** The secret of a transport of the world: the variant's (null: none), else the world's. */
function secretOf(worldSecret: string | undefined, variant: TransportVariant): string | undefined {
  return variant.secret === undefined ? worldSecret : variant.secret ?? undefined;
}

/** TLS options like `options`, but trusting only a stranger's certificate: the world's certificates fail to verify. */
function untrusting(options: TlsOptions): TlsOptions {
  return { ...options, ca: certs.mutual('stranger').cert };
}

export function memoryFixture(link: Partial<LinkModel>, wrap: RunSettings['wrap'] = asIs) {
  return (config: WorldConfig): TransportFixture => {
    refuse(config, 'memory', ['secret', 'tls']);
    const network = new MemoryNetwork({ link, random: 1, clock: config.clock, connectTimeoutMs: 200 });
    // The node of each transport handed out (it may be a wrapper).
    const nodes = new WeakMap<Transport, string>();
    const make = (name?: string, variant: TransportVariant = {}) => {
      const inner: MemoryTransport = network.transport(name, { maxFrameBytes: variant.maxFrameBytes });
      const transport = wrap(inner, variant);
      nodes.set(transport, inner.node);
      return transport;
    };
    const node = (transport: Transport) => {
      const name = nodes.get(transport);
      if (name === undefined) throw new BadArgumentsError('Not a transport of this memory network');
      return name;
    };
    let next = 0;
    return {
      transport: (variant) => make(undefined, variant),
      listenAddress: () => `node-${++next}`,
      unusedAddress: () => 'nobody-listens-here',
      faults: {
        partition: (...groups) => network.partition(...groups.map((group) => group.map(node))),
        block: (from, to) => network.block(node(from), node(to)),
        heal: () => network.heal(),
        link: (from, to, model) => network.setLink(node(from), node(to), model),
        crash: (transport) => network.crash(node(transport)),
      },
      restart: (old) => make(node(old)),
      browserEntry: entry('adapters/memory/index.ts'),
    };
  };
}

export function tcpFixture(run: RunSettings = {}) {
  const wrap = run.wrap ?? asIs;
  return (config: WorldConfig): TransportFixture => {
    refuse(config, 'TCP', ['clock']);
    const secret = config.secret ?? run.secret;
    const tls = config.tls || run.tls ? certs.mutual('node') : undefined;
    const scheme = tls ? 'tls' : 'tcp';
    return {
      transport: (variant = {}) =>
        wrap(new TcpTransport({ logger: silentLogger, secret: secretOf(secret, variant), tls: tls && variant.untrusting ? untrusting(tls) : tls, maxFrameBytes: variant.maxFrameBytes }), variant),
      listenAddress: () => `${scheme}://127.0.0.1:0`,
      unusedAddress: async () => `${scheme}://${await unusedTcpAddress()}`,
      rawConnect: (address) => tcpRawConnect(address, tls),
      wiretap: tcpWiretap,
    };
  };
}

export function webSocketFixture(run: RunSettings = {}) {
  const wrap = run.wrap ?? asIs;
  return (config: WorldConfig): TransportFixture => {
    refuse(config, 'WebSocket', ['clock']);
    const secret = config.secret ?? run.secret;
    const tls = config.tls || run.tls ? certs.mutual('node') : undefined;
    const scheme = tls ? 'wss' : 'ws';
    return {
      transport: (variant = {}) =>
        wrap(new WebSocketTransport({ logger: silentLogger, secret: secretOf(secret, variant), tls: tls && variant.untrusting ? untrusting(tls) : tls, maxFrameBytes: variant.maxFrameBytes }), variant),
      listenAddress: () => `${scheme}://127.0.0.1:0/logkeeper`,
      unusedAddress: async () => `${scheme}://${await unusedTcpAddress()}/logkeeper`,
      wiretap: tcpWiretap,
    };
  };
}

/** `ws`'s WHATWG WebSocket, as a tab's, trusting the CAs a tab's browser would trust here. */
function browserWebSocket(tls: TlsOptions | undefined): WebSocketConstructor {
  if (!tls) return WebSocket as unknown as WebSocketConstructor;
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { ca: tls!.ca });
    }
  } as unknown as WebSocketConstructor;
}

/**
 * The relay as nodes see it: every transport a RelayTransport with a link to the world's hub;
 * with `browser`, the link takes the browser code path (BrowserWebSocketTransport over `ws`'s
 * WHATWG WebSocket), which is what a tab runs. In a TLS world the hub listens on wss:// behind
 * a wiretap, which records every node's link.
 */
export function relayFixture(run: RunSettings & { browser?: boolean } = {}) {
  return async (config: WorldConfig): Promise<TransportFixture> => {
    refuse(config, 'relay', ['clock']);
    const secret = config.secret ?? run.secret;
    const tlsOn = config.tls || run.tls;
    const hub = new RelayHub({ secret, logger: silentLogger, tls: tlsOn ? certs.server() : undefined });
    const hubAddress = (await hub.listen(`${tlsOn ? 'wss' : 'ws'}://127.0.0.1:0/relay`)).address;
    const tap = tlsOn ? await tcpWiretap(hubAddress) : undefined;
    let next = 0;
    return {
      transport(variant = {}) {
        const linkSecret = secretOf(secret, variant);
        const tls = tlsOn ? (variant.untrusting ? untrusting(certs.client()) : certs.client()) : undefined;
        const link = run.browser
          ? new BrowserWebSocketTransport({ secret: linkSecret, logger: silentLogger, WebSocket: browserWebSocket(tls), maxFrameBytes: 16 * 1024 * 1024 + 64 })
          : undefined;
        return new RelayTransport({ hub: tap?.address ?? hubAddress, secret: linkSecret, tls, logger: silentLogger, link, maxFrameBytes: variant.maxFrameBytes });
      },
      listenAddress: () => `relay://node-${++next}`,
      unusedAddress: () => 'relay://nobody-listens-here',
      async close() {
        await tap?.close();
        await hub.close();
      },
      // Relayed connections share the nodes' links to the hub: the hub's wiretap sees them all.
      wiretap: tap ? async (address) => ({ address, bytes: tap.bytes, close: async () => {} }) : undefined,
      browserEntry: entry('adapters/websocket/browser.ts'),
    };
  };
}
