import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { RelayHub, RelayTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CoordinationService, type CoordinationOptions } from '../../engine/coordination/service.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { RpcPeer } from '../../engine/rpc/index.js';
import { Member, SharedAddress, roomHello, type MemberOptions, type Service, type ServiceHost } from '../../engine/server/index.js';
import { Storage } from '../../engine/storage/index.js';
import { deferred, nextFrames, within } from '../../conformance/helpers.js';
import type { Connection, Transport } from '../../transports/transport.js';
import { tempDir } from './processes.js';

/*
 * engine/server in one process, over the memory adapter: the shared address routes rooms
 * (hello frames) and RPC clients; a member hosts services on one router; three members
 * running the coordination service elect a leader, serve a Keeper, hand over leadership on
 * shutdown; a member refuses another member's storage.
 */

// ---- SharedAddress ----

test('one address: a room dial reaches its room without the hello, a client keeps its first frame', async (t) => {
  const network = new MemoryNetwork();
  const shared = await SharedAddress.listen(network.transport('m'), 'mem://m');
  t.teardown(() => shared.close());
  const peers = deferred<Connection>();
  const clients = deferred<Connection>();
  const room = shared.room('peer');
  await room.listen('advertised-elsewhere', (c) => peers.resolve(c));
  shared.onClient((c) => clients.resolve(c));

  const peerDial = await room.connect('mem://m', { early: [Uint8Array.of(0)] });
  peerDial.send(Uint8Array.of(1, 2));
  const peer = await within(peers.promise, 2000, 'the peer connection');
  t.deepEqual(await nextFrames(peer, 2), [Uint8Array.of(0), Uint8Array.of(1, 2)], 'the hello is swallowed; early frames come after it');
  peer.send(Uint8Array.of(3));
  t.deepEqual((await nextFrames(peerDial, 1))[0], Uint8Array.of(3), 'and answers go back');

  const clientDial = await network.transport('c').connect('mem://m');
  clientDial.send(Uint8Array.of(9));
  clientDial.send(Uint8Array.of(10));
  const client = await within(clients.promise, 2000, 'the client connection');
  t.deepEqual(await nextFrames(client, 2), [Uint8Array.of(9), Uint8Array.of(10)], 'the first frame is kept');
  const closed = new Promise((resolve) => client.onClose(resolve));
  clientDial.close();
  await within(closed, 2000, 'the close to pass through');

  await t.throwsAsync(room.listen('again', () => {}), { code: 'ADDRESS_IN_USE' });
  t.is(roomHello('peer')[0], 0xff, 'a byte no protobuf message starts with');
});

test('one address: rooms are told apart by name; a hello for a room nobody serves, or one this version cannot read, is closed', async (t) => {
  const network = new MemoryNetwork();
  const shared = await SharedAddress.listen(network.transport('m'), 'mem://m');
  t.teardown(() => shared.close());
  const got: string[] = [];
  await shared.room('peer').listen('', (c) => c.onFrame((f) => got.push(`peer ${f[0]}`)));
  await shared.room('replica').listen('', (c) => c.onFrame((f) => got.push(`replica ${f[0]}`)));
  shared.onClient(() => t.fail('no client connects here'));
  const viaReplica = await shared.room('replica').connect('mem://m');
  const viaPeer = await shared.room('peer').connect('mem://m');
  viaReplica.send(Uint8Array.of(1));
  viaPeer.send(Uint8Array.of(2));
  for (const unknown of [roomHello('nobody'), Uint8Array.of(0xff, 0x4c, 0x4b, 0x70, 0x02), Uint8Array.of(0xff, 1, 2)]) {
    const dial = await network.transport('x').connect('mem://m');
    const closed = new Promise((resolve) => dial.onClose(resolve));
    dial.send(unknown);
    await within(closed, 2000, `a hello of ${[...unknown]} to be closed`);
  }
  await within((async () => { while (got.length < 2) await new Promise((r) => setTimeout(r, 1)); })(), 2000, 'both frames');
  t.deepEqual(got.sort(), ['peer 2', 'replica 1']);
  t.throws(() => shared.room('Not A Name'), { code: 'BAD_ARGUMENTS' });
});

test('one address: a foreign protocol needs a transport that serves them', async (t) => {
  const network = new MemoryNetwork();
  const shared = await SharedAddress.listen(network.transport('m'), 'mem://m');
  t.teardown(() => shared.close());
  t.false(shared.transport.supports.foreignProtocols);
  t.throws(() => shared.foreign({ name: 'kafka', matches: () => true, accept: () => {} }), { code: 'BAD_ARGUMENTS' });
});

test('one address: a connection that sends nothing is closed after firstFrameTimeoutMs', async (t) => {
  const network = new MemoryNetwork();
  const shared = await SharedAddress.listen(network.transport('m'), 'mem://m', { firstFrameTimeoutMs: 50 });
  t.teardown(() => shared.close());
  shared.onClient(() => t.fail('nothing was sent'));
  const silent = await network.transport('c').connect('mem://m');
  await within(new Promise((resolve) => silent.onClose(resolve)), 2000, 'the silent connection to be closed');
  t.pass();
});

// ---- Member: a host of services ----

/** A service of its own: an RPC method on the member's router and a room of its own. */
class EchoService implements Service {
  readonly name = 'echo';
  readonly events: string[] = [];
  room: Transport | null = null;
  readonly #after: string | null;

  constructor(after: string | null = 'coordination') {
    this.#after = after;
  }

  async start(host: ServiceHost): Promise<void> {
    host.router.handle('echo.say', (payload) => payload);
    this.room = host.room('echo');
    await this.room.listen(host.address, (c) => c.onFrame((f) => c.send(f)));
    this.events.push(`start after ${this.#after === null ? 'nothing' : host.service(this.#after).name}`);
  }

  async stop(options: { planned?: boolean }): Promise<void> {
    this.events.push(`stop planned=${options.planned}`);
  }
}

test('a member hosts several services on one address: their methods on one router, their rooms beside each other', async (t) => {
  const network = new MemoryNetwork();
  const echo = new EchoService();
  const coordination = new CoordinationService({ peers: [{ id: 'm', address: 'mem://m' }], raft: { tickMs: 20 }, server: { tickMs: 200 } });
  const member = await Member.start({ id: 'm', address: 'mem://m', transport: network.transport('m'), services: [coordination, echo] });
  t.teardown(() => member.close());
  t.is(member.service('echo'), echo);
  t.throws(() => member.service('broker'), { code: 'BAD_ARGUMENTS' });
  t.deepEqual(echo.events, ['start after coordination'], 'a later service finds an earlier one');

  // One RPC connection reaches both services' methods.
  const keeper = await Keeper.connect({ transport: network.transport('k'), servers: ['mem://m'], timeoutMs: 5000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/x', 'y');
  const peer = new RpcPeer(await network.transport('c').connect('mem://m'));
  t.teardown(() => peer.close());
  t.deepEqual([...(await peer.request('echo.say', Uint8Array.of(4, 2)))], [4, 2]);
  // And the service's own room.
  const dial = await echo.room!.connect('mem://m');
  const back = nextFrames(dial, 1);
  dial.send(Uint8Array.of(7));
  t.deepEqual((await within(back, 2000, 'the echo'))[0], Uint8Array.of(7));

  await member.shutdown();
  t.deepEqual(echo.events, ['start after coordination', 'stop planned=true'], 'stopped in reverse order, a planned stop');
  t.true(coordination.node.stopped, 'then the coordination service');
});

test('a member whose service fails to start stops the ones already started and releases everything', async (t) => {
  const directory = join(tempDir(t), 'data');
  const network = new MemoryNetwork();
  const echo = new EchoService(null);
  const failing: Service = { name: 'broken', start: async () => { throw new Error('no'); }, stop: async () => {} };
  await t.throwsAsync(Member.start({ id: 'm', address: 'mem://m', transport: network.transport('m'), services: [echo, failing], storage: await Storage.open({ directory }) }), { message: 'no' });
  t.deepEqual(echo.events.filter((e) => e.startsWith('stop')), ['stop planned=false']);
  // The address and the storage are free again.
  const again = await Member.start({ id: 'm', address: 'mem://m', transport: network.transport('m2'), services: [], storage: await Storage.open({ directory }) });
  await again.close();
  await t.throwsAsync(Member.start({ id: 'm', address: 'mem://m', transport: network.transport('m3'), services: [echo, new EchoService(null)] }), { code: 'BAD_ARGUMENTS' }, 'two services of one name');
});

// ---- Members running the coordination service ----

interface Ensemble {
  network: MemoryNetwork;
  members: Map<string, Member>;
  coordination: Map<string, CoordinationService>;
  leader(not?: string): Promise<string>;
  addresses: string[];
}

async function ensemble(t: ExecutionContext, ids: string[], extra: Partial<CoordinationOptions> = {}): Promise<Ensemble> {
  const network = new MemoryNetwork();
  const peers = ids.map((id) => ({ id, address: `mem://${id}` }));
  const members = new Map<string, Member>();
  const coordination = new Map<string, CoordinationService>();
  await Promise.all(ids.map(async (id) => {
    const service = new CoordinationService({ peers, raft: { tickMs: 20 }, server: { tickMs: 200 }, ...extra });
    coordination.set(id, service);
    members.set(id, await Member.start({ id, address: `mem://${id}`, transport: network.transport(id), services: [service] }));
  }));
  t.teardown(() => Promise.all([...members.values()].map((m) => m.close())));
  const leader = async (not?: string) => {
    const found = deferred<string>();
    const check = () => {
      const l = [...coordination.entries()].find(([id, c]) => c.isLeader && id !== not && !c.node.stopped);
      if (l) found.resolve(l[0]);
    };
    const offs = [...coordination.values()].map((c) => c.onLeaderChange(check));
    check();
    try {
      return await within(found.promise, 5000, 'a leader');
    } finally {
      for (const off of offs) off();
    }
  };
  return { network, members, coordination, leader, addresses: ids.map((id) => `mem://${id}`) };
}

test('three members elect a leader and serve a client; the leader hands over on shutdown and the session lives on', async (t) => {
  const { network, members, coordination, leader, addresses } = await ensemble(t, ['a', 'b', 'c']);
  const firstId = await leader();
  const first = members.get(firstId)!;
  const keeper = await Keeper.connect({ transport: network.transport('client'), servers: [first.address], sessionTimeoutMs: 2000, timeoutMs: 5000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/lock', 'me', CreateMode.EPHEMERAL);

  await first.shutdown();
  const report = coordination.get(firstId)!.handOver!;
  t.truthy(report.handedOverTo, `handed over (${report.handOverError?.message})`);
  t.true(coordination.get(report.handedOverTo!)!.isLeader, 'the member it handed over to leads');
  t.true(coordination.get(firstId)!.node.stopped);

  // The client was on the stopped member: with the others in its list it would move; give it one.
  const resumed = await Keeper.connect({
    transport: network.transport('client-2'),
    servers: addresses.filter((a) => a !== first.address),
    sessionId: keeper.sessionId,
    sessionPassword: keeper.sessionPassword,
    timeoutMs: 5000,
  });
  t.teardown(() => resumed.close({ timeoutMs: 500 }));
  t.is((await resumed.exists('/lock'))?.ephemeralOwner, keeper.sessionId, 'the session and its ephemeral live on');
});

function solo(id: string, network: MemoryNetwork, storage: Storage, node = id): Promise<Member> {
  const services = [new CoordinationService({ peers: [{ id, address: `mem://${id}` }] })];
  return Member.start({ id, address: `mem://${id}`, transport: network.transport(node), storage, services });
}

test('a member refuses storage that belongs to another member', async (t) => {
  const directory = join(tempDir(t), 'data');
  const network = new MemoryNetwork();
  const one = await solo('one', network, await Storage.open({ directory }));
  await one.shutdown();
  const error = await t.throwsAsync(solo('two', network, await Storage.open({ directory })));
  t.is((error as { code?: string }).code, 'INVALID_STATE');
  t.regex(error!.message, /belongs to member one/);
  // And the storage was closed on the way out: it opens again.
  const again = await solo('one', network, await Storage.open({ directory }), 'one-again');
  t.teardown(() => again.close());
  t.pass();
});

test('bad member options are refused before anything opens', async (t) => {
  const network = new MemoryNetwork();
  const transport = network.transport('x');
  const coordination = (peers: Array<{ id: string; address: string }>) => [new CoordinationService({ peers })];
  await t.throwsAsync(Member.start({ id: 'x', address: 'mem://x', transport, services: coordination([{ id: 'y', address: 'mem://y' }]) }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(Member.start({ id: 'x', address: 'mem://x', transport, services: coordination([{ id: 'x', address: 'mem://other' }]) }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(Member.start({ id: '', address: 'mem://x', transport, services: [] }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(Member.start({ id: 'x', address: 'mem://x', transport, services: [{} as Service] } as MemberOptions), { code: 'BAD_ARGUMENTS' });
});

test('members reached through a relay hub by name (as tabs are), from Node', async (t) => {
  const hub = new RelayHub({ secret: 's', logger: silentLogger });
  t.teardown(() => hub.close());
  const { address: hubAddress } = await hub.listen('ws://127.0.0.1:0/relay');
  const ids = ['r1', 'r2', 'r3'];
  const peers = ids.map((id) => ({ id, address: `relay://${id}` }));
  const transports = ids.map(() => new RelayTransport({ hub: hubAddress, secret: 's', logger: silentLogger }));
  t.teardown(() => Promise.all(transports.map((x) => x.close())));
  const services = ids.map(() => new CoordinationService({ peers, raft: { tickMs: 20 }, server: { tickMs: 200 } }));
  const members = await Promise.all(ids.map((id, i) => Member.start({ id, address: `relay://${id}`, transport: transports[i]!, services: [services[i]!] })));
  t.teardown(() => Promise.all(members.map((m) => m.close())));
  const keeper = await Keeper.connect({ transport: transports[0]!, servers: peers.map((p) => p.address), timeoutMs: 10_000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/relayed', 'yes');
  t.truthy(services.find((c) => c.isLeader), 'a leader, since a write committed');
  t.is(new TextDecoder().decode((await keeper.getData('/relayed')).data), 'yes');
});

test('garbage at a member\'s address, as a client or behind the peer hello, is dropped and the ensemble carries on', async (t) => {
  const { network, coordination, leader, addresses } = await ensemble(t, ['a', 'b', 'c']);
  const first = await leader();
  const random = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (seed * 131 + i * 7919) & 0xff);
  for (const address of addresses) {
    for (let seed = 1; seed <= 20; seed++) {
      for (const hello of [false, true]) {
        const dial = await network.transport(`fuzz-${seed}-${hello}`).connect(address);
        const closed = new Promise((resolve) => dial.onClose(resolve));
        if (hello) dial.send(roomHello('peer'));
        for (let i = 0; i < 5; i++) dial.send(random(1 + ((seed * 37 + i) % 300), seed + i));
        await within(closed, 5000, `${address} to drop a ${hello ? 'fake peer' : 'client'} sending garbage (seed ${seed})`);
      }
    }
  }
  t.true(coordination.get(first)!.isLeader, 'the leader kept its place');
  const keeper = await Keeper.connect({ transport: network.transport('client'), servers: addresses, sessionTimeoutMs: 2000, timeoutMs: 5000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/after-garbage', 'ok', CreateMode.PERSISTENT);
  t.is(new TextDecoder().decode((await keeper.getData('/after-garbage')).data), 'ok');
});
