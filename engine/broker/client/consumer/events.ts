import { Emitter } from '../../../coordination/emitter.js';
import type { Clock } from '../../../time/clock.js';
import type { LogkeeperError } from '../../../errors/index.js';
import type { TopicPartitionOffset } from './consumer-types.js';

/* The consumer's instrumentation events: kafkajs's names, and its { id, type, timestamp, payload } shape. */

export const ConsumerEvents = Object.freeze({
  CONNECT: 'consumer.connect',
  DISCONNECT: 'consumer.disconnect',
  STOP: 'consumer.stop',
  CRASH: 'consumer.crash',
  GROUP_JOIN: 'consumer.group_join',
  REBALANCING: 'consumer.rebalancing',
  HEARTBEAT: 'consumer.heartbeat',
  COMMIT_OFFSETS: 'consumer.commit_offsets',
  FETCH: 'consumer.fetch',
  START_BATCH_PROCESS: 'consumer.start_batch_process',
  END_BATCH_PROCESS: 'consumer.end_batch_process',
} as const);

export interface ConsumerEventPayloads {
  'consumer.connect': Record<string, never>;
  'consumer.disconnect': Record<string, never>;
  'consumer.stop': Record<string, never>;
  /** `restart`: whether the consumer goes on (it does not: a crashed consumer has left its group). */
  'consumer.crash': { error: LogkeeperError; groupId: string; restart: boolean };
  'consumer.group_join': {
    groupId: string;
    groupProtocol: 'classic' | 'consumer';
    memberId: string;
    /** The classic generation or the KIP-848 member epoch. */
    generationId: number;
    leaderId: string | null;
    isLeader: boolean;
    /** The assignor (classic) or the server assignor asked for (KIP-848; null: the coordinator's default). */
    assignor: string | null;
    /** What the member owns now, partitions by topic. */
    memberAssignment: Record<string, number[]>;
    /** ms since the rebalance began. */
    duration: number;
  };
  'consumer.rebalancing': { groupId: string; memberId: string; reason: string };
  'consumer.heartbeat': { groupId: string; memberId: string; groupGenerationId: number };
  'consumer.commit_offsets': { groupId: string; memberId: string; groupGenerationId: number; topics: Array<{ topic: string; partitions: Array<{ partition: number; offset: number }> }> };
  'consumer.fetch': { numberOfBatches: number; duration: number };
  'consumer.start_batch_process': { topic: string; partition: number; highWatermark: number; offsetLag: number; batchSize: number; firstOffset: number; lastOffset: number };
  'consumer.end_batch_process': { topic: string; partition: number; highWatermark: number; offsetLag: number; batchSize: number; firstOffset: number; lastOffset: number; duration: number };
}

export type ConsumerEventName = keyof ConsumerEventPayloads;

export interface ConsumerEvent<K extends ConsumerEventName> {
  id: number;
  type: K;
  timestamp: number;
  payload: ConsumerEventPayloads[K];
}

type EventArgs = { [K in ConsumerEventName]: [ConsumerEvent<K>] };

/** The consumer's emitter: `emitEvent` stamps each event with an id and the clock's time. */
export class ConsumerEventEmitter extends Emitter<EventArgs> {
  readonly #clock: Clock;
  #nextId = 0;

  constructor(clock: Clock) {
    super();
    this.#clock = clock;
  }

  emitEvent<K extends ConsumerEventName>(type: K, payload: ConsumerEventPayloads[K]): void {
    const event: ConsumerEvent<K> = { id: this.#nextId++, type, timestamp: this.#clock.now(), payload };
    this.emit(type, ...([event] as unknown as EventArgs[K]));
  }
}

/** Offsets grouped by topic, as the commit event shows them. */
export function offsetsByTopic(offsets: readonly TopicPartitionOffset[]): Array<{ topic: string; partitions: Array<{ partition: number; offset: number }> }> {
  const topics = new Map<string, Array<{ partition: number; offset: number }>>();
  for (const { topic, partition, offset } of offsets) topics.set(topic, [...(topics.get(topic) ?? []), { partition, offset }]);
  return [...topics].map(([topic, partitions]) => ({ topic, partitions }));
}
