import { toLogkeeperError } from '../../errors/index.js';
import type { Random } from '../../time/random.js';
import type { BrokerClient } from '../client/broker-client.js';
import type { Producer } from '../client/producer/producer.js';
import type { BrokerChecker } from './checker.js';
import type { SimBrokerCluster } from './cluster.js';

/*
 * How this works. One simulated application producing: an idempotent producer (acks=all)
 * sends keyed records whose value is `<name>:<sequence>`, one record per send, at most
 * `concurrency` sends unanswered at a time, until the end of the fault phase. Every
 * acknowledgement is reported to the checker with the offset it names; a failed send is
 * counted (its record may or may not be in the log, but at most once). A producer that
 * cannot go on (a fatal error) is replaced by a new one under a new name.
 */

export interface ProducerWorkloadOptions {
  cluster: SimBrokerCluster;
  client: BrokerClient;
  checker: BrokerChecker;
  random: Random;
  name: string;
  topic: string;
  /** Keys per producer (they spread its records over the partitions). */
  keys: number;
  concurrency: number;
  /** Clock time after which no new record is sent. */
  until: number;
  /** Bound of each record's delivery, retries included. */
  deliveryTimeoutMs: number;
  /** How long a broker waits for the in-sync replicas before it answers (below the client's request timeout). */
  ackTimeoutMs: number;
}

export class ProducerWorkload {
  readonly #o: ProducerWorkloadOptions;
  #producer: Producer;
  /** The current producer's connect (a replacement connects before it sends). */
  #ready: Promise<void>;
  #name: string;
  #generation = 0;
  #sequence = 0;
  #outstanding = 0;
  #wake: (() => void) | null = null;
  sent = 0;
  acked = 0;
  readonly failures = new Map<string, number>();

  constructor(options: ProducerWorkloadOptions) {
    this.#o = options;
    this.#name = options.name;
    this.#producer = this.#newProducer();
    this.#ready = this.#producer.connect();
    this.#ready.catch(() => {});
  }

  get outstanding(): number {
    return this.#outstanding;
  }

  /** Sends until `until`; resolves when every send has been answered. */
  async run(): Promise<void> {
    const { cluster, random, until } = this.#o;
    while (cluster.clock.now() < until) {
      await this.#ready;
      if (this.#outstanding >= this.#o.concurrency) await new Promise<void>((resolve) => (this.#wake = resolve));
      else {
        this.#send();
        await this.#sleep(2 + random.int(25));
      }
    }
    while (this.#outstanding > 0) await new Promise<void>((resolve) => (this.#wake = resolve));
    await this.#producer.disconnect().catch(() => {});
  }

  #newProducer(): Producer {
    return this.#o.client.producer({
      deliveryTimeoutMs: this.#o.deliveryTimeoutMs,
      lingerMs: this.#o.random.int(5),
      retry: { retries: 1_000_000, initialRetryTimeMs: 20, maxRetryTimeMs: 300 },
    });
  }

  #send(): void {
    const { checker, random, topic } = this.#o;
    const name = this.#name;
    const sequence = this.#sequence++;
    const key = `${this.#o.name}-${random.int(this.#o.keys)}`;
    const value = `${name}:${sequence}`;
    const generation = this.#generation;
    this.#outstanding++;
    this.sent++;
    this.#producer.send({ topic, acks: -1, timeout: this.#o.ackTimeoutMs, messages: [{ key, value }] }).then(
      (metadata) => {
        const m = metadata[0]!;
        this.acked++;
        this.#o.cluster.note(`ack ${value} ${topic}-${m.partition}@${m.baseOffset}`);
        checker.acked(m.partition, m.baseOffset, key, value, name, sequence);
      },
      (error: unknown) => {
        const e = toLogkeeperError(error);
        this.failures.set(e.code, (this.failures.get(e.code) ?? 0) + 1);
        this.#o.cluster.note(`send ${value} failed: ${e.code}`);
        if (!e.retriable && e.code !== 'OPERATION_TIMEOUT' && generation === this.#generation) this.#replace();
      },
    ).finally(() => {
      this.#outstanding--;
      const wake = this.#wake;
      this.#wake = null;
      wake?.();
    });
  }

  /** The producer cannot go on: a new one (new producer id) takes over under a new name. */
  #replace(): void {
    const old = this.#producer;
    void old.disconnect().catch(() => {});
    this.#generation++;
    this.#name = `${this.#o.name}.${this.#generation}`;
    this.#o.cluster.log(`producer ${this.#o.name} replaced by ${this.#name}`);
    this.#producer = this.#newProducer();
    this.#ready = this.#producer.connect();
    this.#ready.catch(() => {});
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.#o.cluster.clock.setTimer(ms, resolve));
  }
}
