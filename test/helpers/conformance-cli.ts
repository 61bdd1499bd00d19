import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built command, as npx runs it (dist/ is built by `npm test` before ava starts). */
const BIN = fileURLToPath(new URL('../../dist/bin/logkeeper.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The groups the report printed, by name: '✔', '✖' or '-' (all skipped). */
  groups: Map<string, string>;
  /** The titles (`what`) of the tests the report printed as failed, each with the lines of why. */
  failed: Map<string, string>;
}

/** Runs `logkeeper conformance <module> ...flags` from the repository's root. */
export async function conformanceCli(module: string, ...flags: string[]): Promise<CliRun> {
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, 'conformance', module, ...flags], { cwd: ROOT, timeout: 180_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
  const groups = new Map([...stdout.matchAll(/^([✔✖-]) (.+?): /gm)].map((m) => [m[2]!, m[1]!]));
  const failed = new Map([...stdout.matchAll(/^ {4}✖ (.+)\n((?: {8}.*\n)*)/gm)].map((m) => [m[1]!, m[2]!]));
  return { code, stdout, stderr, groups, failed };
}
