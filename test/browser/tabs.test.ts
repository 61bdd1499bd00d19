import test from 'ava';
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RelayHub } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { deferred, within } from '../../conformance/helpers.js';
import { buildBundle, chromiumAvailable, launchChromium, noteMissingChromium, serveBundle } from './helpers.js';

/*
 * Engine nodes in browser tabs (headless Chromium, driven by playwright-core): the browser
 * bundle (scripts/bundle.mjs, built here in memory) runs an ensemble member in each of three
 * tabs, joined over a RelayHub that the test runs in Node, with its state in IndexedDB.
 *
 *   1. the tabs elect a leader;
 *   2. a follower tab creates an ephemeral znode, the two other tabs watch it;
 *   3. closing that tab: its session expires, the node goes, the watchers get NodeDeleted;
 *   4. the tab is opened again: its member rejoins from IndexedDB (three members again);
 *   5. closing the leader's tab: the two others elect a new leader, and writes go on.
 *
 * Tabs report what happens (leader changes, watch events) to the test through an exposed
 * function; every wait is on such a report, with a bound. Without Chromium the test is
 * skipped with a note (CI sets LOGKEEPER_REQUIRE_BROWSER, and then it fails instead).
 */

noteMissingChromium('browser tab member tests');

const SECRET = 'tabs secret';

interface Report {
  tab: string;
  type: 'leader' | 'watch' | 'error';
  leader?: string | null;
  term?: number;
  event?: { type: number; path: string };
  message?: string;
}

test('the browser bundle holds no Node built-in, and no classic-level or ws', async (t) => {
  const { inputs } = await buildBundle();
  const node = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  t.deepEqual(inputs.filter((i) => node.has(i) || i.includes('node_modules/ws/') || i.includes('node_modules/classic-level/') || i.includes('node_modules/node-gyp-build/')), []);
  for (const part of ['engine/consensus/node.ts', 'engine/coordination/server.ts', 'engine/server/member.ts', 'engine/log/partition-log.ts', 'adapters/websocket/relay-client.ts', 'node_modules/browser-level/index.js']) {
    t.true(inputs.some((i) => i.endsWith(part)), `${part} is in the bundle`);
  }
  // A Node built-in reached from the browser path fails the build.
  const error = await t.throwsAsync(esbuild.build({
    stdin: { contents: "import 'node:fs'; export * from './bin/browser.ts';", resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent',
  }));
  t.regex(error!.message, /node:fs/);
});

(chromiumAvailable ? test : test.skip)('three tabs run ensemble members over a relay hub: election, ephemeral expiry seen by watchers, re-election', async (t) => {
  t.timeout(90_000);
  const began = Date.now();
  const { code } = await buildBundle();
  const origin = await serveBundle(t, code, 'logkeeper tab');

  // A short idle timeout: a tab that vanishes without a close frees its name within ~2 s.
  const hub = new RelayHub({ secret: SECRET, logger: silentLogger, keepAliveMs: 300, idleTimeoutMs: 2000 });
  t.teardown(() => hub.close());
  const { address: hubAddress } = await hub.listen('ws://127.0.0.1:0/relay');

  const browser: Browser = await launchChromium();
  t.teardown(() => browser.close());
  // One context: the tabs share an origin's IndexedDB, so a reopened tab finds its state.
  const context: BrowserContext = await browser.newContext();

  const ids = ['t1', 't2', 't3'];
  const reports: Report[] = [];
  let waiters: Array<{ match: (r: Report) => boolean; resolve: (r: Report) => void }> = [];
  const onReport = (report: Report) => {
    reports.push(report);
    if (report.type === 'error') t.log(`tab ${report.tab}: ${report.message}`);
    for (const w of waiters.filter((w) => w.match(report))) w.resolve(report);
    waiters = waiters.filter((w) => !w.match(report));
  };
  /** The first report (already in, or to come) that matches, within `ms`. */
  const reported = (match: (r: Report) => boolean, ms: number, what: string, since = 0) => {
    const found = reports.slice(since).find(match);
    if (found) return Promise.resolve(found);
    const d = deferred<Report>();
    waiters.push({ match, resolve: d.resolve });
    return within(d.promise, ms, `${what} (reports: ${JSON.stringify(reports.slice(-12))})`);
  };
  const pages = new Map<string, Page>();

  const open = async (id: string) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => t.log(`tab ${id} page error: ${error.message}`));
    await page.exposeFunction('lkReport', (report: Report) => onReport({ ...report, tab: id }));
    await page.goto(`${origin}/`);
    // In-page code goes as text: the test runner's transform would wrap named functions in a
    // helper (__name) that the page does not have.
    await page.evaluate(`(async ({ id, ids, hub, secret }) => {
      const g = globalThis;
      const lk = await import('/logkeeper.js');
      g.lk = lk;
      const report = (r) => void g.lkReport(r);
      const tab = await lk.startTabMember({
        id,
        hub,
        secret,
        peers: ids,
        storage: 'indexeddb',
        databaseName: 'logkeeper-test-' + id,
        raft: { tickMs: 50, electionTicks: 10 },
        server: { tickMs: 250 },
        relay: { keepAliveMs: 300, idleTimeoutMs: 3000 },
      });
      g.tab = tab;
      tab.coordination.onLeaderChange((info) => report({ type: 'leader', leader: info.leader ? info.leader.id : null, term: info.term }));
      const status = tab.coordination.status();
      report({ type: 'leader', leader: status.leader ? status.leader.id : null, term: status.term });
      // This tab's client: every member in its list, to fail over to.
      g.keeper = new lk.Keeper({ transport: tab.transport, servers: tab.peerAddresses, random: id, sessionTimeoutMs: 1500 });
      g.watch = (path) => g.keeper.exists(path, (event) => report({ type: 'watch', event: { type: event.type, path: event.path } }));
    })(${JSON.stringify({ id, ids, hub: hubAddress, secret: SECRET })})`);
    pages.set(id, page);
    return page;
  };
  /** Runs `fn` (source text of `async (g) => …`, g being the tab's globalThis) in tab `id`. */
  const inTab = <T>(id: string, fn: string): Promise<T> => pages.get(id)!.evaluate(`(${fn})(globalThis)`) as Promise<T>;

  /** Waits until every tab in `among` has last reported the same leader (not 'none') in one term. */
  const agreement = async (among: string[], ms: number, what: string, accept: (leader: string, term: number) => boolean = () => true) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const last = among.map((id) => reports.filter((r) => r.tab === id && r.type === 'leader').at(-1));
      const first = last[0];
      if (first?.leader && last.every((r) => r?.leader === first.leader && r?.term === first.term) && accept(first.leader, first.term!)) {
        return { leader: first.leader, term: first.term! };
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No agreement on ${what} within ${ms} ms: ${JSON.stringify(last)}`);
      await reported((r) => r.type === 'leader' && among.includes(r.tab), left, what, reports.length).catch(() => undefined);
    }
  };

  await Promise.all(ids.map(open));
  // 1. An election.
  const first = await agreement(ids, 20_000, 'the first leader');
  t.log(`tabs: leader ${first.leader} (term ${first.term}) ${Date.now() - began} ms in`);

  // 2. A follower tab holds an ephemeral; the other two watch it.
  const holder = ids.find((id) => id !== first.leader)!;
  const watchers = ids.filter((id) => id !== holder);
  await inTab(holder, `async (g) => { await g.keeper.create('/tabs', ''); await g.keeper.create('/tabs/owner', '${holder}', g.lk.CreateMode.EPHEMERAL); }`);
  for (const id of watchers) {
    const stat = await inTab<{ ephemeralOwner: number } | null>(id, `async (g) => { await g.keeper.sync('/tabs'); return g.watch('/tabs/owner'); }`);
    t.truthy(stat?.ephemeralOwner, `tab ${id} sees the ephemeral`);
  }

  // 3. Closing the holder's tab: the session expires and both watchers hear NodeDeleted (2).
  const closedAt = Date.now();
  await pages.get(holder)!.close();
  pages.delete(holder);
  for (const id of watchers) {
    // (A watcher also hears session events, path '': its client may have been on the closed tab's member.)
    const fired = await reported((r) => r.tab === id && r.type === 'watch' && r.event?.path === '/tabs/owner', 20_000, `tab ${id}'s watch to fire`);
    t.is(fired.event!.type, 2, 'NodeDeleted');
  }
  t.log(`ephemeral expired and watchers told ${Date.now() - closedAt} ms after the tab closed`);
  t.is(await inTab(watchers[0]!, `async (g) => g.keeper.exists('/tabs/owner')`), null);

  // 4. The tab comes back: its member restarts from IndexedDB and rejoins (no new election needed).
  const before = reports.length;
  await open(holder);
  await agreement(ids, 20_000, 'the reopened tab to follow the leader');
  const rejoin = reports.slice(before).find((r) => r.tab === holder && r.type === 'leader');
  t.truthy(rejoin && rejoin.term! >= first.term, 'it starts from its stored term, not from scratch');
  t.deepEqual(await inTab(holder, `async (g) => { await g.keeper.sync('/'); return g.keeper.getChildren('/tabs'); }`), []);

  // 5. Closing the leader's tab: the two others elect a new leader.
  const current = await agreement(ids, 10_000, 'the current leader');
  const rest = ids.filter((id) => id !== current.leader);
  const killedAt = Date.now();
  await pages.get(current.leader)!.close();
  pages.delete(current.leader);
  const second = await agreement(rest, 20_000, 'a new leader among the remaining tabs', (leader, term) => leader !== current.leader && term > current.term);
  t.log(`new leader ${second.leader} (term ${second.term}) ${Date.now() - killedAt} ms after the leader's tab closed`);
  t.true(rest.includes(second.leader));
  await inTab(rest[0]!, `async (g) => g.keeper.create('/after', 'ok')`);
  t.is(await inTab(rest[1]!, `async (g) => { await g.keeper.sync('/'); return new TextDecoder().decode((await g.keeper.getData('/after')).data); }`), 'ok');
  t.log(`whole scenario ${Date.now() - began} ms`);

  for (const id of pages.keys()) await inTab(id, 'async (g) => g.tab.stop()').catch(() => {});
  await context.close();
});
