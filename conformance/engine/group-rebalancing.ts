import type { ExecutionContext, TestFn } from 'ava';
import type { Admin, Consumer, Producer } from '../../engine/broker/client/index.js';
import type { Transport } from '../../transports/transport.js';
import type { ConformanceOptions } from '../options.js';
import { engineGroup } from './check.js';
import { EngineCluster } from './cluster.js';

/** The rebalance protocols the engine has: KIP-848's (the coordinator assigns) and the classic one (the group's leader member assigns). */
const PROTOCOLS = ['consumer', 'classic'] as const;
type Protocol = (typeof PROTOCOLS)[number];

interface Processed {
  group: string;
  member: string;
  partition: number;
  offset: number;
  key: string;
}

/** One topic, its producer and its groups' members, each member on a client (and transport) of its own. */
class Groups {
  readonly processed: Processed[] = [];
  readonly members = new Map<string, { consumer: Consumer; transport: Transport; group: string }>();
  readonly #cluster: EngineCluster;
  readonly #protocol: Protocol;
  readonly #topic: string;
  readonly #partitions: number;
  readonly #producer: Producer;
  readonly admin: Admin;
  #produced = 0;

  private constructor(cluster: EngineCluster, protocol: Protocol, topic: string, partitions: number, producer: Producer, admin: Admin) {
    this.#cluster = cluster;
    this.#protocol = protocol;
    this.#topic = topic;
    this.#partitions = partitions;
    this.#producer = producer;
    this.admin = admin;
  }

  /** A broker on one member (enough for groups: the group coordinator's own replication is the key-hash group's business). */
  static async start(t: ExecutionContext, options: ConformanceOptions, protocol: Protocol, partitions: number): Promise<Groups> {
    const cluster = await EngineCluster.start(t, options, { members: 1, brokers: true });
    await cluster.ready();
    const { client } = await cluster.brokerClient();
    const admin = client.admin();
    await cluster.pace.settle(admin.connect(), 'the admin client');
    await cluster.pace.settle(admin.createTopics({ topics: [{ topic: 't', numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true }), 'the topic');
    const producer = client.producer();
    await cluster.pace.settle(producer.connect(), 'the producer');
    return new Groups(cluster, protocol, 't', partitions, producer, admin);
  }

  get pace() {
    return this.#cluster.pace;
  }

  /** `n` more records on each partition, keyed `partition-index`. */
  async produce(n: number): Promise<void> {
    const from = this.#produced;
    this.#produced += n;
    const messages = Array.from({ length: this.#partitions }, (_, p) => Array.from({ length: n }, (_, i) => ({ key: `${p}-${from + i}`, value: 'v', partition: p }))).flat();
    await this.pace.settle(this.#producer.send({ topic: this.#topic, acks: -1, messages }), `${messages.length} records`);
  }

  /** Every key produced so far. */
  produced(): string[] {
    return Array.from({ length: this.#partitions }, (_, p) => Array.from({ length: this.#produced }, (_, i) => `${p}-${i}`)).flat();
  }

  /** Keys produced that no member of `group` processed. */
  unprocessed(group: string): string[] {
    const done = new Set(this.processed.filter((p) => p.group === group).map((p) => p.key));
    return this.produced().filter((key) => !done.has(key));
  }

  /** Starts member `name` of `group`: connect, subscribe from the beginning, run (auto-commit after each fetch). */
  async join(name: string, group = 'g'): Promise<void> {
    const { pace } = this;
    const { client, transport } = await this.#cluster.brokerClient();
    const consumer = client.consumer({
      groupId: group,
      groupProtocol: this.#protocol,
      sessionTimeout: pace.ms(1500),
      heartbeatInterval: pace.ms(200),
      rebalanceTimeout: pace.ms(3000),
      maxWaitTimeInMs: pace.ms(100),
    });
    this.members.set(name, { consumer, transport, group });
    await pace.settle(consumer.connect(), `${name} to connect`);
    await pace.settle(consumer.subscribe({ topics: [this.#topic], fromBeginning: true }), `${name} to subscribe`);
    const eachMessage = async ({ partition, message }: { partition: number; message: { offset: number; key: Uint8Array | null } }) => {
      this.processed.push({ group, member: name, partition, offset: message.offset, key: new TextDecoder().decode(message.key!) });
    };
    await pace.settle(consumer.run({ eachMessage }), `${name} to run`);
  }

  /** Member `name` leaves cleanly. */
  async leave(name: string): Promise<void> {
    const { consumer } = this.members.get(name)!;
    this.members.delete(name);
    await this.pace.settle(consumer.disconnect(), `${name} to leave`);
  }

  /** Member `name` vanishes: its connections drop, it never leaves the group. */
  async vanish(name: string): Promise<void> {
    const { transport } = this.members.get(name)!;
    this.members.delete(name);
    await transport.close();
  }

  /** Each partition's owners among the members of `group`. */
  owners(group = 'g'): string[][] {
    const members = [...this.members].filter(([, m]) => m.group === group);
    return Array.from({ length: this.#partitions }, (_, p) => members.flatMap(([name, m]) => (m.consumer.assignment().some((tp) => tp.partition === p) ? [name] : [])));
  }

  oneOwnerEach(group = 'g'): boolean {
    return this.owners(group).every((owners) => owners.length === 1);
  }

  /** Every member of `group` owns its share of the partitions, give or take one. */
  balanced(group = 'g'): boolean {
    const members = [...this.members.values()].filter((m) => m.group === group);
    const share = this.#partitions / members.length;
    return members.every((m) => m.consumer.assignment().length >= Math.floor(share) && m.consumer.assignment().length <= Math.ceil(share));
  }

  /** The partitions member `name` owns. */
  owned(name: string): number[] {
    return this.members.get(name)!.consumer.assignment().map((tp) => tp.partition).sort();
  }

  /** The group's committed offset of each partition (-1: none). */
  async committed(group = 'g'): Promise<number[]> {
    const [topic] = await this.pace.settle(this.admin.fetchOffsets({ groupId: group, topics: [this.#topic] }), 'the committed offsets');
    return [...topic!.partitions].sort((a, b) => a.partition - b.partition).map((p) => p.offset);
  }

  /** Waits until every partition of `group` has one owner among its members, in shares, and they have processed every record. */
  async settled(what: string, group = 'g'): Promise<void> {
    await this.pace.until(() => this.oneOwnerEach(group) && this.balanced(group) && this.unprocessed(group).length === 0, what).catch((error: Error) => {
      const unprocessed = this.unprocessed(group);
      throw new Error(`${error.message}; partitions' owners: ${JSON.stringify(this.owners(group))}; ${unprocessed.length} records unprocessed (${unprocessed.slice(0, 5).join(', ')})`);
    });
  }
}

/**
 * Consumer groups over the adapter, for each rebalance protocol: members join, leave cleanly
 * and vanish; after each change every partition has exactly one owner, and a vanished
 * member's partitions are read on from the group's committed offsets with nothing skipped;
 * two groups on one topic each read every record; members beyond the partition count stay
 * idle. A member vanishes by closing its client's transport, which every adapter can do.
 */
export function groupRebalancingGroup(test: TestFn, options: ConformanceOptions): void {
  const check = engineGroup(test, options, 'consumer-group rebalancing');

  for (const protocol of PROTOCOLS) {
    check(`${protocol} protocol: members join, leave and vanish; one owner per partition after each change; a vanished member's partitions resume from the committed offsets, nothing skipped`, [], async (t) => {
      const groups = await Groups.start(t, options, protocol, 4);
      const step = async (what: string, change: () => Promise<void>) => {
        await change();
        await groups.produce(3);
        await groups.settled(`one owner per partition, each member its share, and every record processed after ${what}`);
        t.true(groups.oneOwnerEach(), `after ${what}: ${JSON.stringify(groups.owners())}`);
      };
      await step('a joins', () => groups.join('a'));
      await step('b joins', () => groups.join('b'));
      await step('c joins', () => groups.join('c'));
      t.true(['a', 'b', 'c'].every((name) => groups.owned(name).length > 0), `each of 3 members owns a partition of 4: ${JSON.stringify(groups.owners())}`);
      await step('c leaves cleanly', () => groups.leave('c'));

      const orphaned = groups.owned('b');
      let committedAtVanish: number[] = [];
      let processedBefore = 0;
      await step('b vanishes', async () => {
        await groups.pace.until(() => groups.owned('a').length + orphaned.length === 4, 'a and b to own every partition');
        await groups.vanish('b');
        committedAtVanish = await groups.committed();
        processedBefore = groups.processed.length;
      });
      t.deepEqual(groups.owned('a'), [0, 1, 2, 3], 'a owns every partition once b is gone');
      for (const partition of orphaned) {
        const first = groups.processed.slice(processedBefore).find((p) => p.member === 'a' && p.partition === partition);
        t.is(first?.offset, committedAtVanish[partition], `a read partition ${partition} on from b's last committed offset ${committedAtVanish[partition]} (its first offset there: ${first?.offset})`);
      }
      t.deepEqual(groups.unprocessed('g'), [], 'no record skipped');
    });

    check(`${protocol} protocol: two groups on one topic each read every record; members beyond the partition count stay idle`, [], async (t) => {
      const groups = await Groups.start(t, options, protocol, 2);
      await groups.produce(5);
      for (const name of ['a', 'b', 'c']) await groups.join(name, 'wide');
      await groups.join('alone', 'narrow');
      await groups.settled('the group of 3 members to read every record', 'wide');
      await groups.settled('the group of 1 member to read every record', 'narrow');
      const idle = ['a', 'b', 'c'].filter((name) => groups.owned(name).length === 0);
      t.is(idle.length, 1, `one of 3 members of a group on 2 partitions is idle: ${JSON.stringify(groups.owners('wide'))}`);
      t.deepEqual(groups.owned('alone'), [0, 1], 'the other group\'s only member owns both partitions');
      await groups.produce(5);
      await groups.settled('both groups to read the next records', 'wide');
      await groups.settled('both groups to read the next records', 'narrow');
      t.deepEqual([groups.unprocessed('wide'), groups.unprocessed('narrow')], [[], []], 'each group read every record');
    });
  }
}
