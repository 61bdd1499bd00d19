import test from 'ava';
import { join } from 'node:path';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { freePorts, LEADER, STARTED, startMember, tempDir, waitForAgreement } from './processes.js';

/*
 * Writes through a leader's SIGKILL, as a user meets it: three `logkeeper start` processes
 * over TCP with classic-level, a Keeper on the two followers, a write issued every 10 ms
 * with a 5 s timeout. A write in flight when the leader dies, and those sent before the
 * others notice, fail at once with CONNECTION_LOSS when the follower gives up on the old
 * leader (they used to wait their whole timeout); writes sent once a new leader exists go to
 * it. The bounds checked here are loose (this machine is shared); `npm run bench -- keeper`
 * reports the figures.
 */

const RAFT_TICK_MS = 100;
const ELECTION_TICKS = 10;
/** Raft draws election timeouts from [1x, 2x] the election ticks. */
const MAX_ELECTION_MS = 2 * ELECTION_TICKS * RAFT_TICK_MS;
const WRITE_TIMEOUT_MS = 5_000;

interface Write {
  sent: number;
  done: number;
  outcome: string;
}

test('writes through a leader\'s SIGKILL: the first acknowledged within 2x the election timeout, none waits out its timeout', async (t) => {
  t.timeout(90_000);
  const ports = await freePorts(3);
  const dir = tempDir(t);
  const ids = ['1', '2', '3'];
  const address = (id: string) => `tcp://127.0.0.1:${ports[Number(id) - 1]}`;
  const peers = ids.map((id) => `${id}=${address(id)}`).join(',');
  const args = (id: string) => ['--id', id, '--peers', peers, '--data', join(dir, id), '--raft-tick', String(RAFT_TICK_MS), '--election-ticks', String(ELECTION_TICKS)];
  const members = new Map(ids.map((id) => [id, startMember(t, args(id))]));
  for (const [id, member] of members) await member.line(STARTED, 30_000, `member ${id} to start`);
  const first = await waitForAgreement(members, 15_000, 'the first leader');
  const followers = ids.filter((id) => id !== first.id);

  const transport = new TcpTransport({ logger: silentLogger });
  t.teardown(() => transport.close());
  const keeper = await Keeper.connect({ transport, servers: followers.map(address), sessionTimeoutMs: 10_000, requestTimeoutMs: WRITE_TIMEOUT_MS, timeoutMs: 10_000 });
  t.teardown(() => keeper.close({ timeoutMs: 1000 }));
  await keeper.create('/w', '');

  const writes: Write[] = [];
  let stop = false;
  let n = 0;
  const loop = (async () => {
    const pending: Promise<void>[] = [];
    while (!stop) {
      const write: Write = { sent: Date.now(), done: 0, outcome: '' };
      writes.push(write);
      pending.push(keeper.setData('/w', String(n++), -1, { timeoutMs: WRITE_TIMEOUT_MS }).then(
        () => void (write.outcome = 'ok'),
        (error: { code?: string }) => void (write.outcome = error.code ?? 'error'),
      ).finally(() => (write.done = Date.now())));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.all(pending);
  })();

  // Some writes before the kill, then the kill.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const victim = members.get(first.id)!;
  const killedAt = Date.now();
  victim.kill('SIGKILL');
  await victim.exited;
  members.delete(first.id);
  const from = new Map([...members].map(([id, m]) => [id, m.lines.length]));
  const second = await waitForAgreement(members, 15_000, 'a new leader', (l) => l.id !== first.id);
  // When the new leader took over: the first of the survivors' lines that names it.
  const electedAt = Math.min(...[...members].map(([id, m]) => {
    const index = m.lines.findIndex((line, i) => i >= from.get(id)! && LEADER.test(line) && (line.includes(`leader: ${second.id} `) || (id === second.id && line.includes('this member'))));
    return index >= 0 ? m.lineTimes[index]! : Infinity;
  }));
  // Keep writing a while under the new leader.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  stop = true;
  await loop;

  const after = writes.filter((w) => w.sent >= killedAt);
  const firstAck = after.find((w) => w.outcome === 'ok');
  t.truthy(firstAck, 'writes succeed again after the kill');
  const firstAckMs = firstAck!.done - killedAt;
  const slowest = Math.max(...after.map((w) => w.done - w.sent));
  const lateAfterElection = writes.filter((w) => w.sent >= electedAt).map((w) => w.done - w.sent);
  t.log(`first write acknowledged ${firstAckMs} ms after the SIGKILL (2x the longest election timeout: ${2 * MAX_ELECTION_MS} ms); new leader ${second.id} after ${electedAt - killedAt} ms`);
  t.log(`writes sent after the election: ${lateAfterElection.length}, slowest ${Math.max(...lateAfterElection)} ms; slowest write sent after the kill: ${slowest} ms; outcomes: ${JSON.stringify(count(after.map((w) => w.outcome)))}`);
  t.true(firstAckMs <= 2 * MAX_ELECTION_MS + 1_000, `the first write after the kill was acknowledged ${firstAckMs} ms after it`);
  t.true(slowest < WRITE_TIMEOUT_MS, `no write waited out its ${WRITE_TIMEOUT_MS} ms timeout (slowest ${slowest} ms)`);
  t.true(lateAfterElection.every((ms) => ms < 1_000), 'writes sent once the new leader exists go to it');
  t.true(after.every((w) => w.outcome === 'ok' || w.outcome === 'CONNECTION_LOSS' || w.outcome === 'NOT_LEADER'), 'failures say the outcome is unknown or not applied');
});

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
