import test, { type ExecutionContext } from 'ava';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * What the browser tests share: Debian's Chromium (CHROMIUM_PATH to use another), the browser
 * bundle built in memory by scripts/bundle.mjs, and a local server for a page and the bundle.
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** Without Chromium: one test that notes the skip, or fails when CI sets LOGKEEPER_REQUIRE_BROWSER. */
export function noteMissingChromium(what: string): void {
  if (chromiumAvailable) return;
  test(`${what} need Chromium`, (t) => {
    if (process.env.LOGKEEPER_REQUIRE_BROWSER) t.fail(`${CHROMIUM} is missing`);
    else t.log(`${CHROMIUM} is missing: ${what} skipped`);
    t.pass();
  });
}

/** The browser bundle (dist/browser/logkeeper.js), built in memory, and the files it holds. */
export async function buildBundle(): Promise<{ code: string; inputs: string[] }> {
  const script = fileURLToPath(new URL('../../scripts/bundle.mjs', import.meta.url));
  const { browserBuildOptions } = (await import(pathToFileURL(script).href)) as { browserBuildOptions(o: object): esbuild.BuildOptions };
  const result = await esbuild.build(browserBuildOptions({ write: false, sourcemap: false, logLevel: 'silent' }));
  return { code: result.outputFiles![0]!.text, inputs: Object.keys(result.metafile!.inputs) };
}

/** Serves the bundle at /logkeeper.js and an empty page elsewhere, until the test ends; returns the origin. */
export async function serveBundle(t: ExecutionContext, code: string, title: string): Promise<string> {
  const server = http.createServer((request, response) => {
    if (request.url === '/logkeeper.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>${title}</title>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** Headless Chromium as the probe starts it, with tabs that keep their timers at full rate in the background. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
}
