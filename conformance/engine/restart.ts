import type { TestFn } from 'ava';
import type { ConsumerMessage } from '../../engine/broker/client/index.js';
import type { ConformanceOptions } from '../options.js';
import { engineGroup } from './check.js';
import { EngineCluster } from './cluster.js';

const ZNODES = 10;
const RECORDS = 24;
const PARTITIONS = 3;

const text = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));

/**
 * Restart without loss, where the adapter lets a node restart at its address
 * (`persistence`): every member of a 3-member cluster (voter and broker) stops and starts
 * again on its database, at its address, on the fixture's restarted transport; every znode
 * write and every acks=all record that was acknowledged before is there after.
 */
export function restartGroup(test: TestFn, options: ConformanceOptions): void {
  const check = engineGroup(test, options, 'restart');

  check('after every member restarts, every acknowledged znode write and acks=all record is there', ['persistence'], async (t) => {
    const cluster = await EngineCluster.start(t, options, { members: 3, brokers: true });
    const { pace } = cluster;
    await cluster.ready();

    const before = await cluster.keeper();
    const znodes = new Map<string, string>();
    for (let i = 0; i < ZNODES; i++) {
      await pace.settle(before.keeper.create(`/kept-${i}`, 'first'), 'a create');
      znodes.set(`/kept-${i}`, 'first');
      if (i % 2 === 0) {
        await pace.settle(before.keeper.setData(`/kept-${i}`, `second-${i}`), 'a setData');
        znodes.set(`/kept-${i}`, `second-${i}`);
      }
    }
    const { client } = await cluster.brokerClient();
    const admin = client.admin();
    await pace.settle(admin.connect(), 'the admin client');
    await pace.settle(admin.createTopics({ topics: [{ topic: 'kept', numPartitions: PARTITIONS, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }], waitForLeaders: true }), 'the topic');
    const producer = client.producer();
    await pace.settle(producer.connect(), 'the producer');
    const acknowledged: Array<{ partition: number; offset: number; value: string }> = [];
    for (let i = 0; i < RECORDS; i++) {
      const [meta] = await pace.settle(producer.send({ topic: 'kept', acks: -1, messages: [{ key: `k-${i % 5}`, value: `record-${i}` }] }), 'an acks=all send');
      acknowledged.push({ partition: meta!.partition, offset: meta!.baseOffset, value: `record-${i}` });
    }
    await pace.settle(Promise.all([before.keeper.close(), client.close()]), 'the clients to close');

    for (const id of cluster.ids) await cluster.stop(id);
    await pace.settle(Promise.all(cluster.ids.map((id) => cluster.restart(id))), 'every member to start again');
    await cluster.ready('the restarted cluster to elect a leader and a controller, every broker joined');

    const after = await cluster.keeper();
    for (const [path, value] of znodes) {
      const read = await pace.settle(after.keeper.getData(path).then(({ data }) => text(data), () => null), `a read of ${path}`);
      t.is(read, value, `${path} holds its last acknowledged value after the restart`);
    }
    const reader = (await cluster.brokerClient()).client.partitionConsumer();
    reader.assign(Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: 'kept', partition, offset: 0 })));
    const read: ConsumerMessage[] = [];
    const present = (a: (typeof acknowledged)[number]) => read.some((m) => m.partition === a.partition && m.offset === a.offset);
    const reading = (async () => {
      while (!acknowledged.every(present)) read.push(...(await reader.poll({ maxWaitMs: pace.ms(100) })));
    })();
    await pace.settle(reading, `the ${RECORDS} acknowledged records`).catch((error: Error) => {
      throw new Error(`${error.message}: missing ${acknowledged.filter((a) => !present(a)).map((a) => `${a.partition}@${a.offset}`).join(', ')}`);
    });
    for (const a of acknowledged) {
      const found = read.find((m) => m.partition === a.partition && m.offset === a.offset);
      t.is(text(found!.value), a.value, `partition ${a.partition} holds ${a.value} at offset ${a.offset}`);
    }
  });
}
