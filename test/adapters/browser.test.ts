import test from 'ava';
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { RelayHub, RelayTransport, WebSocketTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import type { Connection } from '../../transports/transport.js';
import { closing, deferred, within } from './helpers/world.js';

/*
 * The browser entry in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core): a tab dials a Node listener directly, and through a RelayHub a tab is a
 * full node (listens under a name, is dialled by Node, dials Node). The page is served from
 * 127.0.0.1 (a secure context, WebCrypto) and, where the machine has a non-loopback address,
 * from that address too (not a secure context: no crypto.subtle, the HMAC fallback runs).
 * Without Chromium the tests are skipped and say so.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const run = available ? test.serial : test.skip;
if (!available) {
  // CI installs Chromium and sets LOGKEEPER_REQUIRE_BROWSER, so there a missing browser fails.
  test('browser tests need Chromium', (t) => {
    if (process.env.LOGKEEPER_REQUIRE_BROWSER) t.fail(`${CHROMIUM} is missing`);
    else t.log(`${CHROMIUM} is missing: browser tests skipped`);
    t.pass();
  });
}

const SECRET = 'tab secret';
let browser: Browser | undefined;
let server: http.Server | undefined;
let port = 0;

test.before(async () => {
  if (!available) return;
  const entry = fileURLToPath(new URL('../../adapters/websocket/browser.ts', import.meta.url));
  const bundle = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
  const code = bundle.outputFiles[0]!.text;
  server = http.createServer((request, response) => {
    if (request.url === '/bundle.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>logkeeper</title>');
  });
  await new Promise<void>((resolve) => server!.listen(0, '0.0.0.0', resolve));
  port = (server.address() as { port: number }).port;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // No background networking: this machine's closed network refuses it, noisily.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

test.after.always(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

function externalAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) return i.address;
  }
  return undefined;
}

async function tab(t: Parameters<typeof closing>[0], host = '127.0.0.1'): Promise<Page> {
  const page = await browser!.newPage();
  t.teardown(() => page.close());
  page.on('pageerror', (error) => t.log(`page error: ${error.message}`));
  await page.goto(`http://${host}:${port}/`);
  await page.evaluate(async () => {
    (globalThis as unknown as { lk: unknown }).lk = await import('/bundle.js' as string);
  });
  return page;
}

run('a tab dials a Node WebSocket listener with the secret, and frames go both ways', async (t) => {
  const node = closing(t, new WebSocketTransport({ secret: SECRET, logger: silentLogger }));
  const listener = await node.listen('ws://127.0.0.1:0/lk', (c) => c.onFrame((f) => c.send(Uint8Array.from(f, (x) => x + 1))));
  const page = await tab(t);
  const echoed = await page.evaluate(async ({ address, secret }) => {
    const lk = (globalThis as unknown as { lk: any }).lk;
    const transport = new lk.WebSocketTransport({ secret });
    const connection = await transport.connect(address);
    const reply = new Promise<number[]>((resolve) => connection.onFrame((f: Uint8Array) => resolve([...f])));
    connection.send(Uint8Array.of(1, 2, 3));
    const result = await reply;
    await transport.close();
    return result;
  }, { address: listener.address, secret: SECRET });
  t.deepEqual(echoed, [2, 3, 4]);
});

run('a tab with the wrong secret is refused with AUTHENTICATION_FAILED', async (t) => {
  const node = closing(t, new WebSocketTransport({ secret: SECRET, logger: silentLogger }));
  const accepted: Connection[] = [];
  const listener = await node.listen('ws://127.0.0.1:0/lk', (c) => accepted.push(c));
  const page = await tab(t);
  const code = await page.evaluate(async (address) => {
    const lk = (globalThis as unknown as { lk: any }).lk;
    return new lk.WebSocketTransport({ secret: 'wrong' }).connect(address).then(() => 'connected', (e: { code: string }) => e.code);
  }, listener.address);
  t.is(code, 'AUTHENTICATION_FAILED');
  t.is(accepted.length, 0);
});

for (const where of ['127.0.0.1 (secure context)', 'a LAN address (no crypto.subtle)'] as const) {
  run(`through a RelayHub a tab is a full node: it listens under a name, Node dials it, it dials Node — page on ${where}`, async (t) => {
    const host = where.startsWith('127') ? '127.0.0.1' : externalAddress();
    if (!host) return t.pass('no non-loopback address on this machine');
    const hub = closing(t, new RelayHub({ secret: SECRET, logger: silentLogger }));
    const { address: hubAddress } = await hub.listen('ws://0.0.0.0:0/relay');
    const reachableHub = hubAddress.replace('0.0.0.0', host);
    const page = await tab(t, host);
    const secure = await page.evaluate(() => Boolean(globalThis.isSecureContext && globalThis.crypto?.subtle));
    t.is(secure, where.startsWith('127'), 'the page is (or is not) a secure context, as intended');
    // The tab listens as relay://tab-1 and echoes.
    await page.evaluate(async ({ hub, secret }) => {
      const lk = (globalThis as unknown as { lk: any }).lk;
      const transport = new lk.RelayTransport({ hub, secret });
      (globalThis as unknown as { relay: unknown }).relay = transport;
      await transport.listen('relay://tab-1', (c: any) => c.onFrame((f: Uint8Array) => c.send(f)));
    }, { hub: reachableHub, secret: SECRET });
    const node = closing(t, new RelayTransport({ hub: reachableHub, secret: SECRET, logger: silentLogger }));
    const toTab = await within(node.connect('relay://tab-1'), 5000, 'Node to dial the tab');
    const count = 500;
    const received: number[] = [];
    const all = deferred<void>();
    toTab.onFrame((f) => {
      received.push(new DataView(f.buffer, f.byteOffset).getUint32(0));
      if (received.length === count) all.resolve();
    });
    for (let i = 0; i < count; i++) {
      const frame = new Uint8Array(4 + (i % 300));
      new DataView(frame.buffer).setUint32(0, i);
      toTab.send(frame);
    }
    await within(all.promise, 10_000, 'the echoes from the tab');
    t.deepEqual(received, Array.from({ length: count }, (_, i) => i), 'in order, through the hub and back');
    // And the tab dials a Node node.
    await node.listen('relay://node-1', (c) => c.onFrame((f) => c.send(Uint8Array.from(f, (x) => x * 2))));
    const doubled = await page.evaluate(async () => {
      const relay = (globalThis as unknown as { relay: any }).relay;
      const connection = await relay.connect('relay://node-1');
      const reply = new Promise<number[]>((resolve) => connection.onFrame((f: Uint8Array) => resolve([...f])));
      connection.send(Uint8Array.of(5, 6));
      return reply;
    });
    t.deepEqual(doubled, [10, 12]);
    // Closing the tab closes its relayed connections at the Node end.
    const closed = new Promise<Error | undefined>((resolve) => toTab.onClose(resolve));
    await page.close();
    const error = await within(closed, 10_000, 'the close of the tab to reach Node');
    t.true(error === undefined || (error as { code?: string }).code === 'CONNECTION_LOSS');
  });
}
