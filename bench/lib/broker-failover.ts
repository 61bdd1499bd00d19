import { createBrokerClient } from '../../engine/broker/client/index.js';
import { createTopic } from './broker-deployment.js';
import { startBrokerProcesses } from './broker-processes.js';

/*
 * Failover: three `logkeeper start` processes, a topic of one partition replicated three
 * times whose leader is a broker that is neither the controller nor the ensemble's leader
 * (the common case: one broker of many dies), and a producer (acks=all, idempotent, linger
 * 0) that starts a one-record send every PROBE_MS. After a second of sends the leader's
 * process is killed with SIGKILL; the failover time is from the kill to the first
 * acknowledgement of a send started after it (the client retries with back-off from 50 ms,
 * at most 200 ms apart). The session timeout bounds how soon the ensemble declares the
 * broker dead; the controller then moves the leadership to an in-sync replica.
 */

const PROBE_MS = 10;

export interface Failover {
  ms: number;
  sessionTimeoutMs: number;
  victim: number;
  newLeader: number;
}

export async function measureFailover(sessionTimeoutMs: number, nodeArgs?: string[]): Promise<Failover> {
  const deployment = await startBrokerProcesses('failover', { count: 3, sessionTimeoutMs, nodeArgs });
  const client = createBrokerClient({ ...deployment.clientOptions(), clientId: 'bench-failover', retry: { retries: 1000, initialRetryTimeMs: 50, maxRetryTimeMs: 200 } });
  try {
    const admin = client.admin();
    await admin.connect();
    const controller = (await admin.describeCluster()).controller;
    const ensembleLeader = Number(deployment.processes.leader);
    const victim = [1, 2, 3].find((id) => id !== controller && id !== ensembleLeader)!;
    await createTopic(admin, 'failover', 1, 3, [{ partition: 0, replicas: [victim, ...[1, 2, 3].filter((id) => id !== victim)] }]);
    const leaderOf = async () => (await admin.fetchTopicMetadata({ topics: ['failover'] })).topics[0]!.partitions[0]!.leader;
    if ((await leaderOf()) !== victim) throw new Error('failover: the partition is not led by the broker chosen');
    const producer = client.producer({ idempotent: true, lingerMs: 0 });
    await producer.connect();
    let killedAt = Infinity;
    let recoveredAt = Infinity;
    let stop = false;
    const sends: Array<Promise<void>> = [];
    const probe = (async () => {
      while (!stop) {
        const startedAt = performance.now();
        sends.push(producer.send({ topic: 'failover', acks: -1, messages: [{ value: 'probe' }] }).then(() => {
          if (startedAt > killedAt) recoveredAt = Math.min(recoveredAt, performance.now());
        }));
        await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    deployment.processes.members.get(String(victim))!.kill('SIGKILL');
    killedAt = performance.now();
    const deadline = killedAt + sessionTimeoutMs + 30_000;
    while (recoveredAt === Infinity && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    stop = true;
    await probe;
    if (recoveredAt === Infinity) throw new Error('failover: no produce succeeded within the session timeout + 30 s');
    const newLeader = await leaderOf();
    await Promise.race([Promise.allSettled(sends), new Promise((resolve) => setTimeout(resolve, 5000))]);
    return { ms: recoveredAt - killedAt, sessionTimeoutMs, victim, newLeader };
  } finally {
    await client.close();
    await deployment.stop();
  }
}
