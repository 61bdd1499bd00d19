import type { PartitionConsumer } from '../../engine/broker/client/consumer/partition-consumer.js';

/*
 * The consuming side of the end-to-end measurement (bench/lib/broker-latency.ts): polls
 * until told to stop, reading each record's send time (machineNow, ms as a float64 in the
 * first 8 bytes of the value) and keeping the latency of those sent within the measured
 * window. The same code runs in the bench process (memory adapter) and in a child process
 * of its own (TCP).
 */

/**
 * Milliseconds on the machine's monotonic clock (CLOCK_MONOTONIC, which every process on
 * the machine reads alike): a time stamped in one process and read in another compare
 * exactly, with no wall clock (which may be stepped) in between.
 */
export const machineNow = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Epoch milliseconds (times shown to people, or set beside other processes' logs). */
export const epochNow = (): number => performance.timeOrigin + performance.now();

export interface Window {
  from: number;
  to: number;
  /** Records sent in all (the consumer goes on until it has them, or gives up). */
  total: number;
}

export class LatencyConsumer {
  readonly #consumer: PartitionConsumer;
  readonly #sentAt: number[] = [];
  readonly #receivedAt: number[] = [];
  #received = 0;

  constructor(consumer: PartitionConsumer, topic: string, partitions: number) {
    this.#consumer = consumer;
    consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: 'latest' as const })));
  }

  /** Finds where every partition ends now: records from here on are the measured ones. */
  async start(): Promise<void> {
    await this.#consumer.poll({ maxWaitMs: 0 });
  }

  /** Polls until `window()` says what was sent and all of it is read (or 5 s after it was said). */
  async run(window: () => Window | undefined): Promise<number[]> {
    let giveUpAt = Infinity;
    for (;;) {
      const w = window();
      if (w !== undefined) {
        giveUpAt = Math.min(giveUpAt, machineNow() + 5000);
        if (this.#received >= w.total || machineNow() > giveUpAt) return this.#latencies(w);
      }
      for (const m of await this.#consumer.poll({ maxWaitMs: 100 })) {
        this.#receivedAt.push(machineNow());
        this.#sentAt.push(new DataView(m.value!.buffer, m.value!.byteOffset, 8).getFloat64(0));
        this.#received++;
      }
    }
  }

  #latencies(w: Window): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.#sentAt.length; i++) {
      const sent = this.#sentAt[i]!;
      if (sent >= w.from && sent < w.to) out.push(this.#receivedAt[i]! - sent);
    }
    return out;
  }
}
