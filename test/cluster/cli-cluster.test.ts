import test from 'ava';
import { join } from 'node:path';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { Random } from '../../engine/time/random.js';
import { within } from '../../conformance/helpers.js';
import { freePorts, STARTED, startMember, tempDir, waitForAgreement } from './processes.js';

/*
 * Three `logkeeper start` processes on loopback (TCP, a cluster secret, classic-level in temp
 * directories) form an ensemble. A client on the leader's server holds an ephemeral node;
 * the leader's process is killed with SIGKILL; the others elect a new leader, the client
 * moves to another server with its session (and so its ephemeral) intact; the killed
 * member restarts from its data directory, rejoins and shows the writes it missed. Finally
 * SIGTERM stops every member cleanly (exit 0; the leader hands over first).
 */

const SECRET = 'cluster test secret';
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** A Random seed whose shuffle of `servers` puts `first` first, as a Keeper shuffles its list. */
function seedPutting(first: string, servers: string[]): number {
  for (let seed = 1; seed < 1000; seed++) if (new Random(seed).shuffle([...servers])[0] === first) return seed;
  throw new Error('no seed');
}

test('three logkeeper start processes: kill -9 the leader, the client keeps its session, the member restarts and catches up', async (t) => {
  t.timeout(60_000);
  const began = Date.now();
  const ports = await freePorts(3);
  const dir = tempDir(t);
  const ids = ['1', '2', '3'];
  const address = (id: string) => `tcp://127.0.0.1:${ports[Number(id) - 1]}`;
  const peers = ids.map((id) => `${id}=${address(id)}`).join(',');
  const args = (id: string) => ['--id', id, '--peers', peers, '--data', join(dir, id), '--secret', SECRET];
  const members = new Map(ids.map((id) => [id, startMember(t, args(id))]));

  for (const [id, member] of members) {
    const line = (await member.line(STARTED, 30_000, `member ${id} to start`)).input!;
    t.true(line.includes(`data=${join(dir, id)}`) && line.includes('storage=classic-level') && line.includes('auth=secret'), line);
  }
  const first = await waitForAgreement(members, 15_000, 'the first leader');
  t.log(`leader ${first.id} (term ${first.term}) after ${Date.now() - began} ms`);

  const transport = new TcpTransport({ secret: SECRET, logger: silentLogger });
  t.teardown(() => transport.close());
  const servers = ids.map(address);
  // The holder of the ephemeral connects to the leader's server first.
  const holder = await Keeper.connect({ transport, servers, random: seedPutting(address(first.id), servers), sessionTimeoutMs: 10_000, timeoutMs: 15_000 });
  t.teardown(() => holder.close({ timeoutMs: 1000 }));
  t.is(holder.server, address(first.id), 'the holder is on the leader');
  const session = holder.sessionId;
  await holder.create('/app', 'config');
  await holder.create('/app/master', 'holder', CreateMode.EPHEMERAL);

  // kill -9 the leader's process: its connections reset, nothing is handed over.
  const dead = members.get(first.id)!;
  dead.kill('SIGKILL');
  t.is((await within(dead.exited, 10_000, 'the killed leader to exit')).signal, 'SIGKILL');
  const killedAt = Date.now();
  const survivors = new Map([...members].filter(([id]) => id !== first.id));
  const second = await waitForAgreement(survivors, 20_000, 'a new leader', (l) => l.id !== first.id && l.term > first.term);
  t.log(`new leader ${second.id} (term ${second.term}) ${Date.now() - killedAt} ms after the kill`);

  // The holder moves to a live server with the same session; its ephemeral is still there.
  if (holder.state !== 'connected' || holder.server === address(first.id)) {
    await within(new Promise<void>((resolve) => {
      const check = (state: string) => {
        if (state === 'connected' && holder.server !== address(first.id)) {
          holder.off('state', check);
          resolve();
        }
      };
      holder.on('state', check);
    }), 20_000, 'the holder to reconnect to a live server');
  }
  t.not(holder.server, address(first.id));
  t.is(holder.sessionId, session, 'the same session');
  const stat = await holder.exists('/app/master');
  t.is(stat?.ephemeralOwner, session, 'the ephemeral survived the failover');
  t.log(`holder on ${holder.server} ${Date.now() - killedAt} ms after the kill`);

  // Writes while the member is down.
  for (let i = 0; i < 5; i++) await holder.create(`/app/while-down-${i}`, `v${i}`);
  await holder.setData('/app', 'config v2');

  // Restart the killed member on its data directory: it rejoins under the same leader...
  const back = startMember(t, args(first.id));
  members.set(first.id, back);
  await back.line(STARTED, 30_000, `member ${first.id} to restart`);
  await waitForAgreement(members, 20_000, 'the restarted member to agree on the leader');
  // ...and its own copy shows what it missed: a client that talks only to it reads it there.
  const reader = await Keeper.connect({ transport, servers: [address(first.id)], sessionTimeoutMs: 10_000, timeoutMs: 15_000 });
  t.teardown(() => reader.close({ timeoutMs: 1000 }));
  t.is(reader.server, address(first.id));
  t.deepEqual((await reader.getChildren('/app')).sort(), ['master', ...Array.from({ length: 5 }, (_, i) => `while-down-${i}`)].sort());
  t.is(text((await reader.getData('/app')).data), 'config v2');
  t.is((await reader.exists('/app/master'))?.ephemeralOwner, session);
  await reader.close();
  await holder.close();

  // SIGTERM: every member stops cleanly with exit code 0; the leader hands over first.
  const leaderNow = (await waitForAgreement(members, 20_000, 'the leader before stopping')).id;
  const order = [leaderNow, ...ids.filter((id) => id !== leaderNow)];
  for (const id of order) {
    const member = members.get(id)!;
    member.kill('SIGTERM');
    const exit = await within(member.exited, 15_000, `member ${id} to stop on SIGTERM`);
    t.deepEqual(exit, { code: 0, signal: null }, `member ${id}: ${member.errors.join(' | ')}`);
    t.truthy(member.lines.find((l) => l === `[logkeeper ${id}] stopped`));
    if (id === leaderNow) t.truthy(member.lines.find((l) => l.startsWith(`[logkeeper ${id}] handed leadership to `)), member.lines.join('\n'));
  }
  t.log(`whole scenario ${Date.now() - began} ms`);
});
