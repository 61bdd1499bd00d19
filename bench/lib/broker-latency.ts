import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { percentile } from './report.js';
import { benchClient, recordValues, type BrokerDeployment } from './broker-deployment.js';
import { producerOptions } from './broker-producers.js';
import { forget, track } from './children.js';
import { LatencyConsumer, machineNow, type Window } from './latency-consumer.js';

/*
 * End-to-end latency at a fixed rate: a producer sends `rate` records/s, paced every
 * millisecond (each send carries what is due, every record stamped with the time it was
 * handed to `send`), while a PartitionConsumer that started at the end of every
 * partition polls (bench/lib/latency-consumer.ts); a record's latency is from its send call
 * to the poll that returns it, both read on the machine's monotonic clock. Over TCP the
 * consumer runs in a process of its own, so that producing and consuming do not share one
 * event loop; over the memory adapter everything is in this process. The producer has the
 * settings the peak it is half of was measured with (broker-producers.ts: linger 5 ms; at
 * these rates the sticky partition's batch fills in a millisecond or two, well before the
 * linger ends; lingering 0 ms it would send more, smaller requests than the peak was
 * measured with). Acks as the deployment's case says (a consumer reads only below the
 * high watermark, so with acks=all it sees a record once every in-sync replica has it,
 * whatever the acks).
 */

export interface Latency {
  p50: number;
  p99: number;
  samples: number;
  /** Records/s sent in the measured part (short of `rate` if the pacing could not keep up). */
  sent: number;
}

const TICK_MS = 1;
/** Above this many records sent and not acknowledged, the pacing skips ticks (the cluster is not keeping up). */
const MAX_OUTSTANDING = 20_000;
const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'latency-consumer-child.ts');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ConsumerSide {
  ready: Promise<void>;
  /** Tells the consumer what was sent; resolves with the latencies' summary. */
  finish(window: Window): Promise<{ p50: number; p99: number; samples: number }>;
  stop(): void;
}

function consumerInProcess(deployment: BrokerDeployment, topic: string, partitions: number): ConsumerSide {
  const client = benchClient(deployment, createBrokerClient, 'bench-latency-consumer');
  const consumer = new LatencyConsumer(client.partitionConsumer({ autoOffsetReset: 'latest' }), topic, partitions);
  let window: Window | undefined;
  const ready = consumer.start();
  const latencies = ready.then(() => consumer.run(() => window));
  return {
    ready,
    async finish(w) {
      window = w;
      const l = await latencies;
      return { p50: percentile(l, 50), p99: percentile(l, 99), samples: l.length };
    },
    stop: () => void client.close(),
  };
}

function consumerInChild(deployment: BrokerDeployment, topic: string, partitions: number): ConsumerSide {
  const child = track(spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify({ brokers: deployment.clientOptions().brokers, topic, partitions })], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] }));
  const lines = createInterface({ input: child.stdout! });
  const next = () => new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the latency consumer exited (${code})`)));
  });
  const ready = next().then((line) => {
    if (line !== 'ready') throw new Error(`the latency consumer said ${line}`);
  });
  return {
    ready,
    async finish(w) {
      const answer = next();
      child.stdin!.write(`${JSON.stringify(w)}\n`);
      return JSON.parse(await answer) as { p50: number; p99: number; samples: number };
    },
    stop() {
      child.kill('SIGKILL');
      forget(child);
    },
  };
}

export async function endToEnd(deployment: BrokerDeployment, topic: string, partitions: number, acks: -1 | 1, rate: number, warmupMs: number, ms: number): Promise<Latency> {
  const consumer = deployment.remote ? consumerInChild(deployment, topic, partitions) : consumerInProcess(deployment, topic, partitions);
  const client = benchClient(deployment, createBrokerClient, 'bench-latency-producer');
  try {
    await consumer.ready;
    const producer = client.producer(producerOptions(acks));
    await producer.connect();
    const start = performance.now();
    const measureFrom = start + warmupMs;
    const end = measureFrom + ms;
    let sentTotal = 0;
    let sentMeasured = 0;
    let outstanding = 0;
    let failure: unknown;
    const sends: Array<Promise<unknown>> = [];
    const window: Window = { from: 0, to: 0, total: 0 };
    const values = recordValues(64);
    for (let now = performance.now(); now < end && failure === undefined; now = performance.now()) {
      const due = Math.floor(((now - start) * rate) / 1000) - sentTotal;
      if (due > 0 && outstanding < MAX_OUTSTANDING) {
        const value = values[sentTotal % values.length]!.slice();
        const stamp = machineNow();
        new DataView(value.buffer).setFloat64(0, stamp);
        if (now >= measureFrom) {
          if (sentMeasured === 0) window.from = stamp;
          sentMeasured += due;
        }
        window.to = stamp + 0.001;
        outstanding += due;
        sentTotal += due;
        const messages = Array.from({ length: due }, () => ({ value }));
        sends.push(producer.send({ topic, acks, messages }).then(() => (outstanding -= due), (error: unknown) => (failure ??= error)));
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(sends);
    if (failure !== undefined) throw failure;
    window.total = sentTotal;
    const summary = await consumer.finish(window);
    return { ...summary, sent: sentMeasured / (ms / 1000) };
  } finally {
    consumer.stop();
    await client.close();
  }
}
