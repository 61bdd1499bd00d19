import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import type { Producer } from '../../engine/broker/client/producer/producer.js';
import { benchClient, recordValues, type BrokerDeployment } from './broker-deployment.js';
import { forget, track } from './children.js';

/*
 * Producer throughput. Each producer is logkeeper's `Producer` with its default settings
 * (batches of 16 KiB, linger 5 ms, 5 requests in flight per broker) but for acks: acks=1
 * without idempotence, or acks=all with it (Kafka's own defaults for each). It is fed as a
 * kafkajs user feeds one: `send` calls of SEND_RECORDS records each, SEND_WINDOW of them
 * outstanding: about 10 MB waiting or in flight, a third of what a Kafka producer's
 * buffer.memory (32 MiB) lets Kafka's own benchmark keep outstanding. (With a window of 64
 * sends, 640 KB, the sticky partitioner's batches queue behind one broker's five requests
 * in flight while the others idle: on 3 brokers that measured a third of the rate.) Records
 * acknowledged between the end of a warm-up and the end of the run count; all producers
 * start together, sharing the window (so that more producers is not more buffering).
 *
 * In this process (the memory adapter, where clients must share the network), or one child
 * process per producer (over TCP), so that producers do not share one core's event loop.
 */

export const SEND_RECORDS = 100;
export const SEND_WINDOW = 1024;

export interface ProduceSettings {
  topic: string;
  acks: -1 | 1;
  warmupMs: number;
  ms: number;
  /** Sends outstanding at once (this producer's share of SEND_WINDOW). */
  window: number;
}

export interface Produced {
  records: number;
  ms: number;
}

const messages = recordValues(SEND_RECORDS).map((value) => ({ value }));

/** Sends as fast as the window allows until the run ends; counts what is acknowledged after the warm-up. */
export async function produceLoop(producer: Producer, s: ProduceSettings): Promise<Produced> {
  const start = performance.now();
  const measureFrom = start + s.warmupMs;
  const end = measureFrom + s.ms;
  let counted = 0;
  const lane = async () => {
    while (performance.now() < end) {
      await producer.send({ topic: s.topic, acks: s.acks, messages });
      const now = performance.now();
      if (now >= measureFrom && now <= end) counted += SEND_RECORDS;
    }
  };
  await Promise.all(Array.from({ length: s.window }, lane));
  return { records: counted, ms: s.ms };
}

export function producerOptions(acks: -1 | 1) {
  return { idempotent: acks === -1 };
}

/** `count` producers in this process, one client each; records/s over all of them. */
export async function produceInProcess(deployment: BrokerDeployment, count: number, settings: Omit<ProduceSettings, 'window'>): Promise<number> {
  const s = { ...settings, window: Math.ceil(SEND_WINDOW / count) };
  const clients = Array.from({ length: count }, (_, i) => benchClient(deployment, createBrokerClient, `bench-producer-${i}`));
  try {
    const producers = clients.map((c) => c.producer(producerOptions(s.acks)));
    await Promise.all(producers.map((p) => p.connect()));
    const results = await Promise.all(producers.map((p) => produceLoop(p, s)));
    return results.reduce((sum, r) => sum + r.records, 0) / (s.ms / 1000);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'producer-child.ts');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `count` producers, each in a child process of its own (TCP deployments); records/s over all of them. */
export async function produceInChildren(brokers: string[], count: number, settings: Omit<ProduceSettings, 'window'>): Promise<number> {
  const s = { ...settings, window: Math.ceil(SEND_WINDOW / count) };
  const children = Array.from({ length: count }, (_, i) => {
    const child = track(spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ brokers, clientId: `bench-producer-${i}`, ...s })], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }));
    const lines = createInterface({ input: child.stdout! });
    const next = () => new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`a producer process exited (${code})`)));
    });
    return { child, next };
  });
  try {
    await Promise.all(children.map(async (c) => {
      if ((await c.next()) !== 'ready') throw new Error('a producer process did not get ready');
    }));
    const results = children.map((c) => c.next());
    for (const c of children) c.child.stdin!.write('go\n');
    const produced = (await Promise.all(results)).map((line) => JSON.parse(line) as Produced);
    return produced.reduce((sum, r) => sum + r.records, 0) / (s.ms / 1000);
  } finally {
    for (const { child } of children) {
      child.kill('SIGKILL');
      forget(child);
    }
  }
}
