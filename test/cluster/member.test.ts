import test, { type ExecutionContext } from 'ava';
import { join } from 'node:path';
import { MemoryNetwork } from '../../adapters/memory/index.js';
import { RelayHub, RelayTransport } from '../../adapters/websocket/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { EnsembleMember, PEER_HELLO, SharedAddress, type MemberOptions } from '../../engine/server/index.js';
import { Storage } from '../../engine/storage/index.js';
import { deferred, nextFrames, within } from '../../conformance/helpers.js';
import type { Connection } from '../../transports/transport.js';
import { tempDir } from './processes.js';

/*
 * engine/server in one process, over the memory adapter: the shared address tells peers
 * from clients by the first frame; three EnsembleMembers elect a leader, serve a Keeper,
 * hand over leadership on shutdown; a member refuses another member's storage.
 */

// ---- SharedAddress ----

test('one address: a peer dial reaches the peer side without its hello, a client keeps its first frame', async (t) => {
  const network = new MemoryNetwork();
  const shared = await SharedAddress.listen(network.transport('m'), 'mem://m');
  t.teardown(() => shared.close());
  const peers = deferred<Connection>();
  const clients = deferred<Connection>();
  await shared.peerTransport.listen('advertised-elsewhere', (c) => peers.resolve(c));
  shared.onClient((c) => clients.resolve(c));

  const peerDial = await shared.peerTransport.connect('mem://m');
  peerDial.send(Uint8Array.of(1, 2));
  const peer = await within(peers.promise, 2000, 'the peer connection');
  t.deepEqual((await nextFrames(peer, 1))[0], Uint8Array.of(1, 2), 'the hello is swallowed');
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

  await t.throwsAsync(shared.peerTransport.listen('again', () => {}), { code: 'ADDRESS_IN_USE' });
  t.is(PEER_HELLO[0], 0xff, 'a byte no protobuf message starts with');
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

// ---- EnsembleMember ----

async function ensemble(t: ExecutionContext, ids: string[], extra: Partial<MemberOptions> = {}) {
  const network = new MemoryNetwork();
  const peers = ids.map((id) => ({ id, address: `mem://${id}` }));
  const members = new Map<string, EnsembleMember>();
  await Promise.all(ids.map(async (id) => {
    members.set(id, await EnsembleMember.start({
      id,
      address: `mem://${id}`,
      peers,
      transport: network.transport(id),
      raft: { tickMs: 20 },
      server: { tickMs: 200 },
      ...extra,
    }));
  }));
  t.teardown(() => Promise.all([...members.values()].map((m) => m.close())));
  const leader = async (not?: string) => {
    const found = deferred<EnsembleMember>();
    const check = () => {
      const l = [...members.values()].find((m) => m.isLeader && m.id !== not && !m.node.stopped);
      if (l) found.resolve(l);
    };
    const offs = [...members.values()].map((m) => m.onLeaderChange(check));
    check();
    try {
      return await within(found.promise, 5000, 'a leader');
    } finally {
      for (const off of offs) off();
    }
  };
  return { network, members, leader, addresses: ids.map((id) => `mem://${id}`) };
}

test('three members elect a leader and serve a client; the leader hands over on shutdown and the session lives on', async (t) => {
  const { network, members, leader, addresses } = await ensemble(t, ['a', 'b', 'c']);
  const first = await leader();
  const keeper = await Keeper.connect({ transport: network.transport('client'), servers: [first.address], sessionTimeoutMs: 2000, timeoutMs: 5000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/lock', 'me', CreateMode.EPHEMERAL);

  const report = await first.shutdown();
  t.truthy(report.handedOverTo, `handed over (${report.handOverError?.message})`);
  const next = members.get(report.handedOverTo!)!;
  t.true(next.isLeader, 'the member it handed over to leads');
  t.true(first.node.stopped);

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

test('a member refuses storage that belongs to another member', async (t) => {
  const directory = join(tempDir(t), 'data');
  const network = new MemoryNetwork();
  const one = await EnsembleMember.start({
    id: 'one', address: 'mem://one', peers: [{ id: 'one', address: 'mem://one' }],
    transport: network.transport('one'), storage: await Storage.open({ directory }),
  });
  await one.shutdown();
  const error = await t.throwsAsync(EnsembleMember.start({
    id: 'two', address: 'mem://two', peers: [{ id: 'two', address: 'mem://two' }],
    transport: network.transport('two'), storage: await Storage.open({ directory }),
  }));
  t.is((error as { code?: string }).code, 'INVALID_STATE');
  t.regex(error!.message, /belongs to member one/);
  // And the storage was closed on the way out: it opens again.
  const again = await EnsembleMember.start({
    id: 'one', address: 'mem://one', peers: [{ id: 'one', address: 'mem://one' }],
    transport: network.transport('one-again'), storage: await Storage.open({ directory }),
  });
  t.teardown(() => again.close());
  t.pass();
});

test('bad member options are refused before anything opens', async (t) => {
  const network = new MemoryNetwork();
  const transport = network.transport('x');
  await t.throwsAsync(EnsembleMember.start({ id: 'x', address: 'mem://x', peers: [{ id: 'y', address: 'mem://y' }], transport }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(EnsembleMember.start({ id: 'x', address: 'mem://x', peers: [{ id: 'x', address: 'mem://other' }], transport }), { code: 'BAD_ARGUMENTS' });
  await t.throwsAsync(EnsembleMember.start({ id: '', address: 'mem://x', peers: [], transport }), { code: 'BAD_ARGUMENTS' });
});

test('members reached through a relay hub by name (as tabs are), from Node', async (t) => {
  const hub = new RelayHub({ secret: 's', logger: silentLogger });
  t.teardown(() => hub.close());
  const { address: hubAddress } = await hub.listen('ws://127.0.0.1:0/relay');
  const ids = ['r1', 'r2', 'r3'];
  const peers = ids.map((id) => ({ id, address: `relay://${id}` }));
  const transports = ids.map(() => new RelayTransport({ hub: hubAddress, secret: 's', logger: silentLogger }));
  t.teardown(() => Promise.all(transports.map((x) => x.close())));
  const members = await Promise.all(ids.map((id, i) => EnsembleMember.start({ id, address: `relay://${id}`, peers, transport: transports[i]!, raft: { tickMs: 20 }, server: { tickMs: 200 } })));
  t.teardown(() => Promise.all(members.map((m) => m.close())));
  const keeper = await Keeper.connect({ transport: transports[0]!, servers: peers.map((p) => p.address), timeoutMs: 10_000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/relayed', 'yes');
  const leader = members.find((m) => m.isLeader);
  t.truthy(leader, 'a leader, since a write committed');
  t.is(new TextDecoder().decode((await keeper.getData('/relayed')).data), 'yes');
});

test('garbage at a member\'s address, as a client or behind the peer hello, is dropped and the ensemble carries on', async (t) => {
  const { network, leader, addresses } = await ensemble(t, ['a', 'b', 'c']);
  const first = await leader();
  const random = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (seed * 131 + i * 7919) & 0xff);
  for (const address of addresses) {
    for (let seed = 1; seed <= 20; seed++) {
      for (const hello of [false, true]) {
        const dial = await network.transport(`fuzz-${seed}-${hello}`).connect(address);
        const closed = new Promise((resolve) => dial.onClose(resolve));
        if (hello) dial.send(PEER_HELLO);
        for (let i = 0; i < 5; i++) dial.send(random(1 + ((seed * 37 + i) % 300), seed + i));
        await within(closed, 5000, `${address} to drop a ${hello ? 'fake peer' : 'client'} sending garbage (seed ${seed})`);
      }
    }
  }
  t.true(first.isLeader, 'the leader kept its place');
  const keeper = await Keeper.connect({ transport: network.transport('client'), servers: addresses, sessionTimeoutMs: 2000, timeoutMs: 5000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));
  await keeper.create('/after-garbage', 'ok', CreateMode.PERSISTENT);
  t.is(new TextDecoder().decode((await keeper.getData('/after-garbage')).data), 'ok');
});
