import { MemoryNetwork } from '../../adapters/memory/index.js';
import { BrokerService } from '../../engine/broker/service.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member } from '../../engine/server/index.js';
import { Storage } from '../../engine/storage/index.js';
import { realClock } from '../../engine/time/index.js';
import type { BrokerDeployment } from './broker-deployment.js';

/*
 * Brokers embedded in this process, over the memory adapter on the real clock: N members,
 * each an ensemble member and a broker (what `logkeeper start` runs, with its defaults), each
 * on its own memory-level database. Clients share the network; everything (members, brokers,
 * clients) shares this process's one event loop.
 */

export async function startBrokersInProcess(name: string, count: number, sessionTimeoutMs: number): Promise<BrokerDeployment> {
  const network = new MemoryNetwork({ clock: realClock });
  const ids = Array.from({ length: count }, (_, i) => String(i + 1));
  const peers = ids.map((id) => ({ id, address: `mem://${id}` }));
  const brokers: BrokerService[] = [];
  const members = await Promise.all(ids.map(async (id) => {
    const broker = new BrokerService({ ensemble: peers.map((p) => p.address), sessionTimeoutMs, seed: `bench:${id}` });
    brokers.push(broker);
    const coordination = new CoordinationService({ peers, seed: `bench:${id}`, raft: { tickMs: 100, electionTicks: 10 }, server: { tickMs: 2000 } });
    return Member.start({ id, address: `mem://${id}`, transport: network.transport(id), storage: await Storage.open(), clock: realClock, services: [coordination, broker] });
  }));
  const stop = async () => {
    await Promise.all(members.map((m) => m.shutdown().catch(() => {})));
  };
  const deadline = performance.now() + 30_000;
  while (!(brokers.every((b) => b.node.joined) && brokers.some((b) => b.node.controller.isActive))) {
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${name}: the brokers did not join within 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  let clients = 0;
  return {
    name,
    brokers: count,
    remote: false,
    clientOptions: () => ({ brokers: peers.map((p) => p.address), transport: network.transport(`client-${++clients}`), clock: realClock }),
    stop,
  };
}
