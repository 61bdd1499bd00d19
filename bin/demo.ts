import { MemoryNetwork, type MemoryTransport } from '../adapters/memory/index.js';
import { RpcPeer, Router } from '../engine/rpc/index.js';
import { realClock } from '../engine/time/index.js';
import type { LogkeeperError } from '../engine/errors/index.js';

/*
 * The main job while the engine grows: a small cluster of in-process nodes on the memory
 * adapter, with real latency and jitter, exchanging RPCs and a push stream, through a
 * partition, a heal, a crash and a restart. It prints what they exchange, then the traffic
 * per link as the network saw it.
 */

export interface DemoOptions {
  nodes: number;
  seconds: number;
  seed: number;
  out?: (line: string) => void;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

class DemoNode {
  readonly name: string;
  readonly peers = new Map<string, RpcPeer>();
  transport: MemoryTransport;
  #served = 0;

  constructor(name: string, transport: MemoryTransport) {
    this.name = name;
    this.transport = transport;
  }

  get router(): Router {
    return new Router()
      .handle('ping', (payload) => {
        this.#served++;
        return encoder.encode(`pong from ${this.name} to ${decoder.decode(payload)}`);
      })
      .handleStream('ticks', async (_payload, stream) => {
        for (let i = 1; !stream.signal.aborted; i++) {
          await stream.write(encoder.encode(`${this.name} tick ${i} (served ${this.#served} pings)`));
          await new Promise((resolve) => realClock.setTimer(400, () => resolve(undefined)));
        }
      });
  }

  async start(): Promise<void> {
    await this.transport.listen(this.name, (connection) => new RpcPeer(connection, { router: this.router }));
  }

  async peer(to: string): Promise<RpcPeer> {
    const existing = this.peers.get(to);
    if (existing && !existing.closed) return existing;
    const peer = new RpcPeer(await this.transport.connect(to), { router: this.router, requestTimeoutMs: 300 });
    this.peers.set(to, peer);
    return peer;
  }
}

export async function runDemo(options: DemoOptions): Promise<void> {
  const out = options.out ?? ((line: string) => console.log(line));
  const start = realClock.now();
  const stamp = () => `${((realClock.now() - start) / 1000).toFixed(3).padStart(7)}s`;
  const say = (line: string) => out(`${stamp()}  ${line}`);

  const network = new MemoryNetwork({ random: options.seed, link: { latencyMs: 2, jitterMs: 3 }, connectTimeoutMs: 300 });
  const names = Array.from({ length: options.nodes }, (_, i) => `node-${i + 1}`);
  const links = new Map<string, { frames: number; bytes: number; dropped: number }>();
  network.onTrace((event) => {
    if (event.type !== 'deliver' && event.type !== 'drop') return;
    const key = `${event.from} → ${event.to}`.replace(/client-\d+/, 'client');
    const s = links.get(key) ?? { frames: 0, bytes: 0, dropped: 0 };
    if (event.type === 'deliver') {
      s.frames++;
      s.bytes += event.bytes ?? 0;
    } else s.dropped++;
    links.set(key, s);
  });
  const nodes = names.map((name) => new DemoNode(name, network.transport(name)));
  await Promise.all(nodes.map((n) => n.start()));
  say(`${names.length} nodes listening on the memory adapter (2 ms latency, 3 ms jitter, seed ${options.seed})`);

  // node-1 follows node-2's push stream.
  const follow = async () => {
    try {
      const stream = (await nodes[0]!.peer(names[1]!)).openStream('ticks');
      for await (const message of stream) say(`node-1 ⇐ stream: ${decoder.decode(message)}`);
      say('node-1   stream ended');
    } catch (error) {
      say(`node-1   stream failed: ${(error as LogkeeperError).code}`);
    }
  };
  void follow();

  const round = async () => {
    await Promise.all(
      nodes.flatMap((from) =>
        names
          .filter((to) => to !== from.name)
          .map(async (to) => {
            const sent = realClock.now();
            try {
              const answer = await (await from.peer(to)).request('ping', encoder.encode(from.name));
              say(`${from.name} → ${to}: ${decoder.decode(answer)} in ${(realClock.now() - sent).toFixed(1)} ms`);
            } catch (error) {
              const e = error as LogkeeperError;
              say(`${from.name} → ${to}: ${e.code ?? 'ERROR'}${e.retriable ? ' (retriable)' : ''}`);
            }
          }),
      ),
    );
  };

  const pause = (ms: number) => new Promise((resolve) => realClock.setTimer(ms, () => resolve(undefined)));
  const phase = Math.max(300, (options.seconds * 1000) / 5);
  const last = names.at(-1)!;

  say('--- all links up');
  await round();
  await pause(phase);

  say(`--- partition: ${last} cut off from the others`);
  network.partition(names.slice(0, -1), [last]);
  await round();
  await pause(phase);

  say('--- heal');
  network.heal();
  await round();
  await pause(phase);

  say(`--- crash ${names[1]} (its connections reset; node-1's stream fails)`);
  network.crash(names[1]!);
  await round();
  await pause(phase);

  say(`--- restart ${names[1]}`);
  nodes[1]!.transport = network.transport(names[1]!);
  await nodes[1]!.start();
  await round();

  for (const node of nodes) for (const peer of node.peers.values()) peer.close();
  await Promise.all(nodes.map((n) => n.transport.close()));
  out('');
  out('traffic per link, as the network saw it:');
  for (const [link, s] of [...links].sort()) {
    out(`  ${link.padEnd(18)} ${String(s.frames).padStart(5)} frames ${String(s.bytes).padStart(8)} bytes ${String(s.dropped).padStart(4)} dropped`);
  }
}
