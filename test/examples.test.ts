import test from 'ava';
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Every runnable example runs to completion (it imports 'logkeeper' as a user would, through
// the package's exports and the built dist/), and prints what it promises.

const root = fileURLToPath(new URL('..', import.meta.url));
const expected: Record<string, RegExp> = {
  'partition-log.ts': /first offset of the last ten minutes: \d+\n(\s+offset \d+: driver-\d .*\n){10}/,
  'service-registry.ts': /api-3 shuts down.*\napi instances: api-1 at api-1\.internal:8080, api-2 at api-2\.internal:8080\n/,
};

test('the examples folder has an expectation for every example', (t) => {
  t.deepEqual(readdirSync(new URL('../examples', import.meta.url)).filter((f) => f.endsWith('.ts')).sort(), Object.keys(expected).sort());
});

for (const [file, output] of Object.entries(expected)) {
  test(`examples/${file} runs`, async (t) => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', `examples/${file}`], { cwd: root, timeout: 60_000 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      ),
    );
    t.regex(stdout, output);
  });
}
