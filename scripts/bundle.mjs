// Builds the browser bundle: bin/browser.ts → dist/browser/logkeeper.js (one ES module with
// the engine, the WebSocket/relay adapter, memory-level and browser-level), for
// `platform: 'browser'`, where esbuild fails on any Node built-in the code reaches.
// `npm run bundle`; tests import `browserBuildOptions` to build the same bundle in memory.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// engine/storage imports classic-level only when given a directory, which a tab never is;
// the stub says so instead of dragging LevelDB's Node bindings into the bundle.
const classicLevelStub = {
  name: 'classic-level-stub',
  setup(build) {
    build.onResolve({ filter: /^classic-level$/ }, () => ({ path: 'classic-level', namespace: 'logkeeper-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'logkeeper-stub' }, () => ({
      contents:
        'export class ClassicLevel { constructor() { throw new Error("classic-level (a directory) is for Node; in a browser pass db: new BrowserLevel(name) or use memory-level"); } }',
      loader: 'js',
    }));
  },
};

/** esbuild options for the browser bundle; `overrides` (e.g. { write: false }) win. */
export function browserBuildOptions(overrides = {}) {
  return {
    absWorkingDir: root,
    entryPoints: ['bin/browser.ts'],
    outfile: 'dist/browser/logkeeper.js',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [classicLevelStub],
    ...overrides,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const minify = process.argv.includes('--minify');
  const result = await esbuild.build(browserBuildOptions({ minify }));
  const bytes = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
  console.log(`dist/browser/logkeeper.js: ${(bytes / 1024).toFixed(0)} KiB${minify ? ' (minified)' : ''}`);
}
