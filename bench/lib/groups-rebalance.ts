import type { ConsumerOptions } from '../../engine/broker/client/index.js';
import { createBrokerClient } from '../../engine/broker/client/index.js';
import { benchClient, RECORD_BYTES, type BrokerDeployment } from './broker-deployment.js';
import { MemberProcess } from './groups-members.js';
import { GroupOwnership } from './groups-ownership.js';

/*
 * Rebalance time: how long from an event to every partition owned and consuming again
 * (groups-ownership.ts says exactly when that is), for a group of `size` members over a topic
 * that a producer keeps writing to (one 100-byte record to every partition every TICK_MS: a partition that did not move is
 * consumed again within about that long; one that moved has records waiting for its new owner).
 *
 * The members (a new group each time, starting at the end of the partitions, as a group
 * without committed offsets does by default): size - 1 in one process, one (the "victim") in a process of its own, each a
 * group consumer with a client of its own over TCP. Once the group has settled:
 *   leave  the victim disconnects (commits, leaves the group); from its disconnect() call;
 *   join   a new member in the victim's process, connected and subscribed beforehand, starts;
 *          from its run() call;
 *   crash  the victim's process is killed (SIGKILL); from the kill. Its partitions move once
 *          the coordinator expires its session.
 */

export const TICK_MS = 20;

export interface Protocol {
  name: string;
  options: ConsumerOptions;
  eager: boolean;
}

export interface Rebalances {
  leave: number;
  join: number;
  crash: number;
}

export interface RebalanceSettings {
  topic: string;
  partitions: number;
  /** No change of ownership for this long: the group has settled. */
  quietMs: number;
  /** How long a rebalance may take before the run fails. */
  limitMs: number;
}

/** Keeps one record going to every partition every TICK_MS until stopped. */
function keepProducing(deployment: BrokerDeployment, topic: string, partitions: number): { stop(): Promise<void> } {
  const client = benchClient(deployment, createBrokerClient, 'bench-groups-producer');
  const producer = client.producer({ lingerMs: 0 });
  const value = new Uint8Array(RECORD_BYTES).fill(0x61);
  const messages = Array.from({ length: partitions }, (_, partition) => ({ value, partition }));
  let running = true;
  const inFlight = new Set<Promise<unknown>>();
  const loop = (async () => {
    await producer.connect();
    while (running) {
      if (inFlight.size < 20) {
        const send = producer.send({ topic, messages }).catch(() => {}).finally(() => inFlight.delete(send));
        inFlight.add(send);
      }
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    }
    await Promise.all(inFlight);
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await client.close();
    },
  };
}

export async function measureRebalances(deployment: BrokerDeployment, groupId: string, protocol: Protocol, size: number, s: RebalanceSettings): Promise<Rebalances> {
  const producing = keepProducing(deployment, s.topic, s.partitions);
  const group = new GroupOwnership(s.partitions);
  const settings = { brokers: deployment.clientOptions().brokers, topic: s.topic, options: { ...protocol.options, groupId }, eager: protocol.eager };
  const rest = new MemberProcess(settings, group.onLine);
  const victim = new MemberProcess(settings, group.onLine);
  const processes = [rest, victim];
  let phase = 'forming';
  const after = async (t: number, alive: MemberProcess[]) => {
    await Promise.all(alive.map((p) => p.send({ cmd: 'mark', t })));
    return (await group.settle(t, s.quietMs, s.limitMs)) - t;
  };
  try {
    await Promise.all(processes.map((p) => p.ready));
    const formingFrom = performance.timeOrigin + performance.now();
    for (let i = 1; i < size; i++) {
      await rest.send({ cmd: 'add', member: `m${i}`, run: true });
      group.live.add(`m${i}`);
    }
    await victim.send({ cmd: 'add', member: 'v1', run: true });
    group.live.add('v1');
    await group.settle(formingFrom, s.quietMs, s.limitMs);

    phase = 'after the leave';
    group.live.delete('v1');
    const leave = await after(await victim.event({ cmd: 'leave', member: 'v1' }), processes);

    phase = 'after the join';
    await victim.send({ cmd: 'add', member: 'v2', run: false });
    const joinAt = await victim.event({ cmd: 'run', member: 'v2' });
    group.live.add('v2');
    const join = await after(joinAt, processes);

    phase = 'after the crash';
    group.live.delete('v2');
    const crash = await after(victim.crash(), [rest]);
    return { leave, join, crash };
  } catch (error) {
    throw new Error(`${phase}: ${(error as Error).message}`);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await producing.stop();
  }
}
