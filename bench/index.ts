import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/*
 * `npm run bench` runs every benchmark; `npm run bench -- wire log` runs the named ones.
 * Flags go to each: `--flag`, `--flag=value` or `--flag value` (a word after a flag that
 * names no benchmark is its value).
 * A benchmark is a file bench/<name>.ts whose default export is an async function taking
 * the remaining command-line arguments.
 */

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

const args = process.argv.slice(2);
const names: string[] = [];
const flags: string[] = [];
args.forEach((arg, i) => {
  const previous = args[i - 1];
  if (arg.startsWith('-')) flags.push(arg);
  else if (previous?.startsWith('-') && !previous.includes('=') && !available.includes(arg)) flags[flags.length - 1] = `${previous}=${arg}`;
  else names.push(arg);
});
const unknown = names.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : available) {
  const mod = (await import(pathToFileURL(`${here}/${name}.ts`).href)) as { default: (flags: string[]) => Promise<void> };
  await mod.default(flags);
}
