import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BadArgumentsError } from '../../engine/errors/index.js';
import type { ConformanceOptions } from '../options.js';

const SHAPE = 'export default { name, factory, supports, timing? }: the options of conformance(test, options)';

/** Imports a module by path: TypeScript through tsx (which must be installed), anything else as it is. */
async function importModule(path: string): Promise<{ default?: unknown }> {
  if (!existsSync(path)) throw new BadArgumentsError(`${path}: no such file`);
  const url = pathToFileURL(resolve(path)).href;
  if (!/\.[cm]?tsx?$/.test(path)) return import(url);
  let tsx: typeof import('tsx/esm/api');
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    throw new BadArgumentsError(`${path} is TypeScript: install tsx (npm install --save-dev tsx) to load it, or give the compiled .js`);
  }
  return tsx.tsImport(url, import.meta.url);
}

/** The adapter a module exports for the runner (see SHAPE), checked. */
export async function loadAdapter(path: string): Promise<ConformanceOptions> {
  const options = (await importModule(path)).default as Partial<ConformanceOptions> | undefined;
  const problems = [
    (typeof options !== 'object' || options === null) && 'it has no default export object',
    typeof options?.name !== 'string' && '`name` is not a string',
    typeof options?.factory !== 'function' && '`factory` is not a function',
    (typeof options?.supports !== 'object' || options.supports === null) && '`supports` is not an object',
    !['number', 'undefined'].includes(typeof options?.timing?.timeoutMs) && '`timing.timeoutMs` is not a number',
  ].filter(Boolean);
  if (problems.length > 0) throw new BadArgumentsError(`${path} must ${SHAPE}; ${problems.join(', ')}`);
  return options as ConformanceOptions;
}
