import { MemoryNetwork } from '../adapters/memory/index.js';
import { RpcPeer, Router } from '../engine/rpc/index.js';
import type { Connection } from '../transports/transport.js';
import { report, type Row } from './lib/report.js';

/*
 * What the RPC layer costs over the bare connection: request/response round trips of
 * 100-byte payloads over the memory adapter (instant links, real clock), with 1 and 64 in
 * flight, against an echo of raw 100-byte frames over the same kind of connection with the
 * same number in flight.
 */

const SECONDS = 1.5;

async function pair(network: MemoryNetwork, onServer: (c: Connection) => void): Promise<Connection> {
  const address = `server-${Math.random().toString(36).slice(2)}`;
  await network.transport(address).listen(address, onServer);
  return network.transport().connect(address);
}

/** Keeps `inFlight` operations going for SECONDS; returns completed operations per second. */
async function closedLoop(inFlight: number, op: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const until = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        await op();
        done++;
      }
    }),
  );
  return (done * 1000) / (performance.now() - start);
}

async function rawEcho(inFlight: number): Promise<number> {
  const network = new MemoryNetwork();
  const client = await pair(network, (c) => c.onFrame((f) => c.send(f)));
  const waiting: Array<() => void> = [];
  client.onFrame(() => waiting.shift()?.());
  const frame = new Uint8Array(100);
  const rate = await closedLoop(inFlight, () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    client.send(frame);
  }));
  client.close();
  return rate;
}

async function rpc(inFlight: number): Promise<number> {
  const network = new MemoryNetwork();
  const router = new Router().handle('echo', (p) => p);
  const client = new RpcPeer(await pair(network, (c) => new RpcPeer(c, { router })));
  const payload = new Uint8Array(100);
  const rate = await closedLoop(inFlight, () => client.request('echo', payload));
  client.close();
  return rate;
}

export default async function rpcBench(): Promise<void> {
  const rows: Row[] = [];
  for (const inFlight of [1, 64]) {
    const raw = await rawEcho(inFlight);
    const viaRpc = await rpc(inFlight);
    rows.push({ case: `raw frame echo, ${inFlight} in flight`, 'round trips/s': raw, 'vs raw': 1 });
    rows.push({ case: `RpcPeer request, ${inFlight} in flight`, 'round trips/s': viaRpc, 'vs raw': viaRpc / raw });
  }
  report({
    name: 'rpc',
    workload: `100-byte payloads over the memory adapter (instant links, real clock), closed loop for ${SECONDS} s per case: raw frame echo vs RpcPeer request/response (envelope encode/decode, correlation, a timeout timer per request).`,
    rows,
  });
}
