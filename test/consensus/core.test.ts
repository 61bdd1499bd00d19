import test from 'ava';
import { Raft } from '../../engine/consensus/raft.js';
import { ConfChangeType, MessageType, Role, message } from '../../engine/consensus/types.js';
import { Random } from '../../engine/time/random.js';
import { CoreNetwork, bytes } from './core-helpers.js';

/*
 * The pure core, driven message by message (no driver, no transport, no disk), the way
 * etcd's raft is tested. Each test reads as a scenario.
 */

function elect(net: CoreNetwork, id: string): void {
  net.stabilize();
  net.node(id).raft.campaign();
  net.stabilize();
}

test('elect: a campaign wins a majority, the term goes up by one, everyone follows', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  t.is(net.node('a').raft.role, Role.Leader);
  for (const id of ['b', 'c']) {
    t.is(net.node(id).raft.role, Role.Follower);
    t.is(net.node(id).raft.lead, 'a');
    t.is(net.node(id).raft.term, 2);
  }
});

test('elect: ticking alone elects exactly one leader (randomized timeouts)', (t) => {
  for (let seed = 1; seed <= 20; seed++) {
    const net = new CoreNetwork(['a', 'b', 'c', 'd', 'e'], { seed });
    for (let i = 0; i < 60 && !net.leader(); i++) net.tickAll();
    const leaders = [...net.nodes.values()].filter((n) => n.raft.role === Role.Leader);
    t.is(leaders.length, 1, `seed ${seed}`);
  }
});

test('a proposal commits on a majority and every member applies it in order', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  for (const v of ['x', 'y', 'z']) net.node('a').raft.propose(bytes(v));
  net.stabilize();
  for (const n of net.nodes.values()) t.deepEqual(n.values(), ['x', 'y', 'z']);
});

test('partition the leader: the majority elects a new one; on heal the old leader follows and its uncommitted entries are replaced', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.node('a').raft.propose(bytes('before'));
  net.stabilize();
  net.isolate('a');
  net.node('a').raft.propose(bytes('lost'));
  net.stabilize();
  // check-quorum: the cut-off leader steps down within two election timeouts
  net.tickAll(2 * net.node('a').raft.electionTicks + 1);
  t.is(net.node('a').raft.role, Role.Follower);
  for (let i = 0; i < 40 && !['b', 'c'].some((id) => net.node(id).raft.role === Role.Leader); i++) net.tickAll();
  const leader = ['b', 'c'].find((id) => net.node(id).raft.role === Role.Leader)!;
  t.truthy(leader);
  net.node(leader).raft.propose(bytes('after'));
  net.stabilize();
  net.heal();
  net.tickAll(3);
  for (const n of net.nodes.values()) t.deepEqual(n.values(), ['before', 'after'], n.raft.id);
});

test('pre-vote: a member cut off and back does not bump the term or depose the leader', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.isolate('c');
  net.tickAll(100);
  t.is(net.node('c').raft.term, 2, 'pre-votes never win, so the term stays');
  t.is(net.node('c').raft.role, Role.PreCandidate);
  net.heal();
  net.tickAll(2);
  t.is(net.node('a').raft.role, Role.Leader);
  t.is(net.node('a').raft.term, 2);
  t.is(net.node('c').raft.lead, 'a');
});

test('check-quorum: followers that hear from their leader ignore a disruptive vote (leader lease)', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c'], { preVote: false });
  elect(net, 'a');
  net.tickAll(1);
  const b = net.node('b').raft;
  b.step(message({ type: MessageType.Vote, to: 'b', from: 'c', term: 9, index: 100, logTerm: 9 }));
  t.is(b.term, 2, 'ignored: the leader was heard from within the election timeout');
});

test('commit only by counting replicas in the current term (Raft §5.4.2)', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  // a (term 2) writes an entry that only b gets, then a dies.
  net.isolate('c');
  net.cut.add('b->a'); // a never learns that b has it
  net.node('a').raft.propose(bytes('old'));
  net.stabilize();
  const index = net.node('a').raft.log.lastIndex();
  t.is(net.node('b').raft.log.lastIndex(), index);
  t.true(net.node('a').raft.log.committed < index);
  net.nodes.delete('a');
  net.heal();
  // b leads term 3: it has the term-2 entry on a majority (b, c after replication), but may
  // commit it only together with an entry of its own term.
  const b = net.node('b').raft;
  for (let i = 0; i < 60 && b.role !== Role.Leader; i++) net.tickAll(); // c's lease on a runs out first
  t.is(b.role, Role.Leader, 'c cannot win: its log lacks the entry');
  const noop = b.log.lastIndex();
  t.is(b.log.term(noop), b.term);
  t.true(b.log.committed >= noop, 'the no-op of the new term commits, and the old entry with it');
  t.deepEqual(net.node('c').values(), ['old']);
});

test('fast backtracking: a follower with a long divergent tail is repaired in one rejection, not fifty', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  // a (term 2) writes 50 entries that only it has, cut off.
  net.isolate('a');
  for (let i = 0; i < 50; i++) net.node('a').raft.propose(bytes(`stale${i}`));
  net.stabilize();
  // b and c elect a leader and write 50 others, then hand leadership over, so the new
  // leader's probe for a starts at the end of its log, far past where a's log diverges.
  const leaderOf = () => ['b', 'c'].map((id) => net.node(id).raft).find((r) => r.role === Role.Leader);
  for (let i = 0; i < 60 && !leaderOf(); i++) net.tickAll();
  const first = leaderOf()!;
  for (let i = 0; i < 50; i++) first.propose(bytes(`new${i}`));
  net.stabilize();
  const other = first.id === 'b' ? 'c' : 'b';
  first.transferLeader(other);
  net.stabilize();
  const leader = net.node(other).raft;
  t.is(leader.role, Role.Leader);
  net.tickAll(2 * leader.electionTicks);
  t.not(net.node('a').raft.role, Role.Leader, 'a stepped down (check-quorum)');
  let rejections = 0;
  const step = leader.step.bind(leader);
  leader.step = (m) => {
    if (m.type === MessageType.AppResp && m.reject && m.from === 'a') rejections++;
    step(m);
  };
  net.heal();
  net.tickAll(3);
  const a = net.node('a').raft;
  t.is(a.log.lastIndex(), leader.log.lastIndex());
  t.is(rejections, 1, 'the hint (index, term) skips the whole divergent term at once');
  t.deepEqual(net.node('a').values().slice(-1), ['new49']);
});

test('pipelining: at most maxInflight appends go unanswered to a silent follower', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c'], { maxInflight: 4 });
  elect(net, 'a');
  net.cut.add('c->a'); // c's answers are lost
  let appsToC = 0;
  const a = net.node('a').raft;
  for (let i = 0; i < 20; i++) {
    a.propose(bytes(`v${i}`));
    // one Ready per proposal, so each goes out as its own append
    while (a.hasReady()) {
      const rd = a.ready();
      for (const m of [...rd.earlyMessages, ...rd.messages]) {
        if (m.to === 'c' && m.type === MessageType.App && m.entries.length > 0) appsToC++;
        net.inbox.push(m);
      }
      a.advance(rd);
    }
    net.stabilize();
  }
  t.is(appsToC, 4);
  t.deepEqual(net.node('b').values().length, 20, 'b keeps up');
});

test('compact and snapshot-install: a follower behind the compacted log gets a snapshot, then entries', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.isolate('c');
  for (let i = 0; i < 10; i++) net.node('a').raft.propose(bytes(`v${i}`));
  net.stabilize();
  const snap = net.snapshot('a');
  t.is(net.node('a').raft.log.snapshotIndex, snap.meta.index);
  t.is(net.node('a').raft.log.entries.length, 0);
  net.heal();
  net.node('a').raft.propose(bytes('after'));
  net.stabilize();
  net.tickAll(2);
  const c = net.node('c');
  t.is(c.raft.log.snapshotIndex, snap.meta.index, 'c installed the snapshot');
  t.deepEqual(c.values(), [...Array.from({ length: 10 }, (_, i) => `v${i}`), 'after']);
});

test('restart: a member comes back from what it wrote, with its term, vote and log', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.node('a').raft.propose(bytes('x'));
  net.stabilize();
  const before = net.node('b').raft;
  const b = net.restart('b').raft;
  t.is(b.term, before.term);
  t.is(b.log.lastIndex(), before.log.lastIndex());
  net.tickAll(2);
  t.deepEqual(net.node('b').values(), ['x']);
});

test('ReadIndex: the leader answers after a heartbeat round confirms it; a follower forwards to it', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.node('a').raft.propose(bytes('x'));
  net.stabilize();
  const a = net.node('a').raft;
  const reads: Array<{ id: string; index: number }> = [];
  const collect = () => {
    for (const n of net.nodes.values()) {
      const r = n.raft;
      const orig = r.ready.bind(r);
      r.ready = () => {
        const rd = orig();
        for (const s of rd.readStates) reads.push({ id: r.id, index: s.index });
        return rd;
      };
    }
  };
  collect();
  a.readIndex(bytes('r1'));
  t.deepEqual(reads, [], 'not before the heartbeat round');
  net.stabilize();
  t.deepEqual(reads, [{ id: 'a', index: a.log.committed }]);
  net.node('b').raft.readIndex(bytes('r2'));
  net.stabilize();
  t.deepEqual(reads[1], { id: 'b', index: a.log.committed });
  // A leader cut off from everyone cannot confirm a read.
  net.isolate('a');
  a.readIndex(bytes('r3'));
  net.stabilize();
  t.is(reads.length, 2);
});

test('leadership transfer: the target catches up, campaigns at once and wins the next term', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  net.node('a').raft.transferLeader('c');
  net.stabilize();
  t.is(net.node('c').raft.role, Role.Leader);
  t.is(net.node('c').raft.term, 3);
  t.is(net.node('a').raft.lead, 'c');
  t.throws(() => net.node('a').raft.transferLeader('b'), { code: 'INVALID_STATE' });
});

test('membership: a learner replicates without voting, is promoted, and a removed leader steps down', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  const a = net.node('a').raft;
  net.addEmpty('d');
  a.proposeConfChange({ type: ConfChangeType.AddLearner, id: 'd', address: 'd' });
  t.throws(() => a.proposeConfChange({ type: ConfChangeType.AddVoter, id: 'd', address: 'd' }), { code: 'INVALID_STATE' }, 'one change at a time');
  net.stabilize();
  a.propose(bytes('x'));
  net.stabilize();
  const d = net.node('d').raft;
  t.deepEqual(net.node('d').values(), ['x']);
  t.false(d.promotable(), 'a learner never campaigns');
  t.deepEqual(a.confState().learners.map((m) => m.id), ['d']);
  // With b and c cut off, a + learner d are not a quorum.
  net.isolate('b');
  net.isolate('c');
  net.heal();
  a.proposeConfChange({ type: ConfChangeType.AddVoter, id: 'd', address: 'd' });
  net.stabilize();
  t.deepEqual(a.confState().voters.map((m) => m.id).sort(), ['a', 'b', 'c', 'd']);
  t.true(d.promotable());
  a.proposeConfChange({ type: ConfChangeType.Remove, id: 'a', address: '' });
  net.stabilize();
  t.is(a.role, Role.Follower, 'the removed leader stepped down');
  for (let i = 0; i < 60 && !['b', 'c', 'd'].some((id) => net.node(id).raft.role === Role.Leader); i++) net.tickAll();
  const leader = ['b', 'c', 'd'].map((id) => net.node(id).raft).find((r) => r.role === Role.Leader)!;
  t.truthy(leader);
  t.deepEqual(leader.confState().voters.map((m) => m.id).sort(), ['b', 'c', 'd']);
  t.throws(() => leader.proposeConfChange({ type: ConfChangeType.Remove, id: 'zz', address: '' }), { code: 'BAD_ARGUMENTS' });
});

test('the Ready contract fails loudly when broken', (t) => {
  const r = new Raft({ id: 'a', random: new Random(1) });
  r.becomeFollower(1, '');
  r.ready();
  t.throws(() => r.ready(), { code: 'INVALID_STATE' });
  t.throws(() => r.propose(new Uint8Array(0)), { code: 'BAD_ARGUMENTS' });
});

test('early messages are those that claim nothing unwritten: a forwarded proposal and its answer go before the write, an append acknowledgement after it', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  const a = net.node('a').raft;
  const b = net.node('b').raft;
  // b has an append to write and a proposal to forward in the same Ready.
  a.propose(bytes('x'));
  while (a.hasReady()) {
    const rd = a.ready();
    net.inbox.push(...rd.earlyMessages, ...rd.messages);
    a.advance(rd);
  }
  for (const m of net.inbox.splice(0)) if (m.to === 'b') b.step(m);
  b.propose(bytes('y'), new Uint8Array([1]));
  const rd = b.ready();
  t.true(rd.entries.length > 0, 'b has entries to write');
  t.deepEqual(rd.earlyMessages.map((m) => m.type), [MessageType.Prop], 'the forwarded proposal does not wait for the write');
  t.deepEqual(rd.messages.map((m) => m.type), [MessageType.AppResp], 'the acknowledgement of the append waits for it');
  b.advance(rd);
  // The leader places the proposal: its answer goes out with its appends, before its own write.
  a.step(rd.earlyMessages[0]!);
  const lrd = a.ready();
  t.true(lrd.entries.length > 0);
  t.true(lrd.earlyMessages.some((m) => m.type === MessageType.PropResp && m.to === 'b'));
  t.false(lrd.messages.some((m) => m.type === MessageType.PropResp));
  a.advance(lrd);
});
