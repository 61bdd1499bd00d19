import type { TestFn } from 'ava';
import { builtinModules } from 'node:module';
import * as vm from 'node:vm';
import { webcrypto } from 'node:crypto';
import { featureGroup } from './group.js';
import { World, fixturePart } from './helpers.js';
import type { ConformanceOptions } from './options.js';

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const GLOBAL_NAME = '__logkeeperBrowserEntry';

/** A page's globals and no Node ones: no process, Buffer, require, setImmediate or global. */
function browserGlobals(): vm.Context {
  class WebSocket {
    constructor() {
      throw new Error('No network in the conformance sandbox');
    }
  }
  const context: Record<string, unknown> = {
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone, atob, btoa,
    TextEncoder, TextDecoder, URL, URLSearchParams, AbortController, AbortSignal, EventTarget, Event,
    performance, crypto: webcrypto, WebSocket,
  };
  context.self = context;
  context.window = context;
  return vm.createContext(context);
}

/**
 * `browser`: the adapter runs in a tab. Its browser entry (`fixture.browserEntry`) bundles
 * for the browser platform without any Node built-in, its code loads with a page's globals
 * only, and it exports the class of the transport under test. (A real tab is the adapter's
 * own test to run: test/adapters/browser.test.ts does it for ours.)
 */
export function browserGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'browser');

  check('the browser entry bundles without Node built-ins, loads with only a page\'s globals, and exports the transport under test', async (t) => {
    const w = await World.create(t, options);
    const entry = fixturePart(w.fixture.browserEntry, 'browser', 'browserEntry');
    const transport = await w.transport();
    const esbuild = await import('esbuild').catch(() => {
      throw new Error('The browser group bundles the entry with esbuild: install it (npm install --save-dev esbuild)');
    });
    const built = await esbuild
      .build({
        stdin: { contents: `export * from ${JSON.stringify(entry)};`, resolveDir: process.cwd(), loader: 'js' },
        bundle: true, platform: 'browser', format: 'iife', globalName: GLOBAL_NAME, keepNames: true, write: false, metafile: true, logLevel: 'silent',
      })
      .catch((error: { errors?: Array<{ text: string }> }) => error);
    if ('errors' in built && !('outputFiles' in built)) {
      t.fail(`${entry} does not bundle for the browser: ${(built.errors ?? []).map((e) => e.text).join('; ')}`);
      return;
    }
    const bundle = built as Awaited<ReturnType<typeof esbuild.build>>;
    const inputs = Object.keys(bundle.metafile!.inputs);
    t.deepEqual(inputs.filter((input) => NODE_BUILTINS.has(input)), [], 'the bundle takes in no Node built-in');
    const context = browserGlobals();
    try {
      vm.runInContext(bundle.outputFiles![0]!.text, context, { filename: `${entry} (browser bundle)` });
    } catch (error) {
      t.fail(`${entry} throws when loaded with a page's globals: ${(error as Error).message}`);
      return;
    }
    const exported = (context[GLOBAL_NAME] ?? {}) as Record<string, unknown>;
    const name = transport.constructor.name;
    t.true(
      Object.values(exported).some((value) => typeof value === 'function' && value.name === name),
      `${entry} exports the ${name} under test (it exports ${Object.keys(exported).join(', ') || 'nothing'})`,
    );
  });
}
