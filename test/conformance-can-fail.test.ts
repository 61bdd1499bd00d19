import test from 'ava';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// A suite that cannot fail proves nothing: run it, with ava itself, on an adapter that
// reorders frames, and require that it reports exactly the ordering tests as failures.

const avaCli = join(dirname(createRequire(import.meta.url).resolve('ava')), 'cli.mjs');

test('the conformance suite fails an adapter that reorders frames', async (t) => {
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
    execFile(process.execPath, [avaCli, '--config', 'test/fixtures/ava.config.mjs', '--tap'], { timeout: 60_000 }, (error, stdout) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });
  const failed = stdout.split('\n').filter((line) => line.startsWith('not ok'));
  t.not(code, 0, 'ava exits non-zero');
  t.true(failed.some((line) => line.includes('10,000 frames arrive in order')), stdout);
  t.true(failed.some((line) => line.includes('frames sent before close() arrive before the peer sees the close')), stdout);
  t.false(failed.some((line) => line.includes('100 concurrent connections')), 'tests the bug does not touch still pass');
});
