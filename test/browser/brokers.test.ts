import test from 'ava';
import type { Browser, Page } from 'playwright-core';
import { RelayHub, RelayTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { buildBundle, chromiumAvailable, launchChromium, noteMissingChromium, serveBundle } from './helpers.js';

/*
 * Brokers in browser tabs: three tabs (headless Chromium) each run an ensemble member and a
 * broker from the browser bundle, joined over a RelayHub in Node. A client in Node (through
 * the same hub) creates a topic replicated across the tabs, produces with acks=all, closes
 * the tab that leads the partition, produces again, and reads back every acknowledged record
 * once.
 */

noteMissingChromium('browser tab broker tests');

const SECRET = 'tab brokers';

(chromiumAvailable ? test : test.skip)('three tabs are brokers: a replicated topic survives the loss of its leader\'s tab', async (t) => {
  t.timeout(120_000);
  const { code } = await buildBundle();
  const origin = await serveBundle(t, code, 'logkeeper broker tab');
  const hub = new RelayHub({ secret: SECRET, logger: silentLogger, keepAliveMs: 300, idleTimeoutMs: 2000 });
  t.teardown(() => hub.close());
  const { address: hubAddress } = await hub.listen('ws://127.0.0.1:0/relay');
  const browser: Browser = await launchChromium();
  t.teardown(() => browser.close());
  const context = await browser.newContext();
  const ids = ['b1', 'b2', 'b3'];
  const pages = new Map<string, Page>();
  await Promise.all(ids.map(async (id, i) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => t.log(`tab ${id} page error: ${error.message}`));
    await page.goto(`${origin}/`);
    await page.evaluate(`(async ({ id, ids, hub, secret, brokerId }) => {
      const lk = await import('/logkeeper.js');
      globalThis.tab = await lk.startTabMember({
        id, hub, secret, peers: ids, storage: 'memory',
        raft: { tickMs: 50, electionTicks: 10 },
        server: { tickMs: 250 },
        relay: { keepAliveMs: 300, idleTimeoutMs: 3000 },
        broker: { config: { brokerId, replicaLagTimeMs: 3000, replicaFetchWaitMaxMs: 200 }, sessionTimeoutMs: 1500 },
      });
    })(${JSON.stringify({ id, ids, hub: hubAddress, secret: SECRET, brokerId: i + 1 })})`);
    pages.set(id, page);
  }));

  const transport = new RelayTransport({ hub: hubAddress, secret: SECRET, logger: silentLogger });
  t.teardown(() => transport.close());
  const client = createBrokerClient({ brokers: ids.map((id) => `relay://${id}`), transport, retry: { retries: 60, initialRetryTimeMs: 100, maxRetryTimeMs: 500 } });
  t.teardown(() => client.close());
  const admin = client.admin();
  await admin.connect();
  // The brokers join in the background: retry until one of them is the controller.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.createTopics({ topics: [{ topic: 'orders', numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true });
      break;
    } catch (error) {
      if (attempt > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const producer = client.producer();
  await producer.connect();
  const acknowledged: string[] = [];
  const send = async (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      await producer.send({ topic: 'orders', acks: -1, messages: [{ key: `k${i % 3}`, value: `v${i}` }] });
      acknowledged.push(`v${i}`);
    }
  };
  await send(0, 30);
  const leader = (await admin.fetchTopicMetadata({ topics: ['orders'] })).topics[0]!.partitions[0]!.leader;
  const leaderTab = ids[leader - 1]!;
  await pages.get(leaderTab)!.close();
  pages.delete(leaderTab);
  await send(30, 60);
  const now = (await admin.fetchTopicMetadata({ topics: ['orders'] })).topics[0]!.partitions[0]!.leader;
  t.not(now, leader, 'another tab leads the partition');

  const consumer = client.partitionConsumer();
  consumer.assign([{ topic: 'orders', partition: 0, offset: 0 }]);
  const read: string[] = [];
  while (read.length < acknowledged.length) {
    for (const m of await consumer.poll({ maxWaitMs: 500 })) read.push(new TextDecoder().decode(m.value!));
  }
  await consumer.close();
  t.deepEqual(read, acknowledged, 'every acknowledged record, once, in order');
  await producer.disconnect();
  for (const page of pages.values()) await page.evaluate('globalThis.tab.stop()').catch(() => {});
  await context.close();
});
