import test from 'ava';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, buildBundle, chromiumAvailable, noteMissingChromium, serveBundle } from './helpers.js';

/*
 * The partition log in a browser tab (headless Chromium, driven by playwright-core), from the
 * browser bundle: on IndexedDB (browser-level), with the portable CRC32C and gzip (fflate),
 * snappy, and lz4 refused as unsupported (its addon is Node's). The log is written, read
 * both ways, closed, and opened again from IndexedDB. Without Chromium the test is skipped
 * with a note (CI sets LOGKEEPER_REQUIRE_BROWSER, and then it fails instead).
 */

noteMissingChromium('browser log tests');

(chromiumAvailable ? test : test.skip)('a tab appends to a partition log on IndexedDB, reads it back, and finds it again after reopening', async (t) => {
  t.timeout(60_000);
  const origin = await serveBundle(t, (await buildBundle()).code, 'logkeeper log');
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  // In-page code goes as text: the test runner's transform would wrap named functions in a
  // helper (__name) that the page does not have.
  const result = await page.evaluate(`(async () => {
    const lk = await import('/logkeeper.js');
    const text = (bytes) => new TextDecoder().decode(bytes);
    const open = async () => {
      const storage = await lk.Storage.open({ db: new lk.BrowserLevel('logkeeper-log-test', { keyEncoding: 'view', valueEncoding: 'view' }) });
      const log = await lk.PartitionLog.open({ storage, path: ['log', 'orders', '0'], fsync: 'always', segmentBytes: 1024 });
      return { storage, log };
    };
    let { storage, log } = await open();
    const appended = [];
    for (const [i, compression] of ['none', 'gzip', 'snappy', 'gzip'].entries()) {
      const records = Array.from({ length: 20 }, (_, j) => ({ key: 'k' + j, value: compression + '-' + i + '-' + j + '-' + 'x'.repeat(100), timestamp: 1000 + i }));
      appended.push(await log.append(lk.encodeRecordBatch(records, { compression })));
    }
    let lz4 = null;
    try { lk.encodeRecordBatch([{ value: 'v', timestamp: 1 }], { compression: 'lz4' }); } catch (error) { lz4 = error.code; }
    const values = (await log.read(0, { maxBytes: 1e7 })).flatMap((b) => [...b].map((r) => r.offset + ':' + text(r.value).slice(0, 12)));
    const stored = await log.readBytes(20, { maxBytes: 1e7 });
    const fromTime = await log.offsetForTimestamp(1002);
    const before = { end: log.logEndOffset, segments: log.segments().length };
    await log.close();
    await storage.close();
    ({ storage, log } = await open());
    const after = { end: log.logEndOffset, segments: log.segments().length, last: text([...(await log.read(79)).at(-1)].at(-1).value).slice(0, 12) };
    await log.close();
    await storage.close();
    return {
      offsets: appended.map((a) => a.baseOffset),
      first: values[0], last: values.at(-1), count: values.length,
      storedFirst: stored.length > 0 && new lk.RecordBatch(stored[0]).baseOffset,
      validAll: stored.every((b) => new lk.RecordBatch(b).isValid()),
      fromTime, before, after, lz4,
    };
  })()`);
  t.deepEqual(errors, []);
  t.deepEqual(result, {
    offsets: [0, 20, 40, 60],
    first: '0:none-0-0-xxx',
    last: '79:gzip-3-19-xx',
    count: 80,
    storedFirst: 20,
    validAll: true,
    fromTime: { offset: 40, timestamp: 1002 },
    before: { end: 80, segments: (result as { before: { segments: number } }).before.segments },
    after: { end: 80, segments: (result as { before: { segments: number } }).before.segments, last: 'gzip-3-19-xx' },
    lz4: 'UNSUPPORTED_COMPRESSION',
  });
  t.true((result as { before: { segments: number } }).before.segments > 1, 'the log rolled segments');
});
