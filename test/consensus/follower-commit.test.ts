import test from 'ava';
import { encodeConfChange } from '../../engine/consensus/codec.js';
import { ConfChangeType, EntryType, MessageType, message } from '../../engine/consensus/types.js';
import { CoreNetwork, bytes } from './core-helpers.js';

/*
 * Follower commit (engine/consensus/raft.ts, #followerCommit): with at most three voters the
 * leader and one follower are a majority, so a follower that has written an entry of the
 * current term which the leader says (Stable) it has written too commits it at once, without
 * the leader's next append. Each test here names one condition of that rule and fails when
 * the code drops it.
 */

function elect(net: CoreNetwork, id: string): void {
  net.stabilize();
  net.node(id).raft.campaign();
  net.stabilize();
}

/** Drops what the followers say to the leader: it can never commit by counting acknowledgements. */
function silenceFollowers(net: CoreNetwork, leader: string): void {
  for (const id of net.nodes.keys()) if (id !== leader) net.cut.add(`${id}->${leader}`);
}

test('follower commit: with three voters, a follower that has written an entry the leader has written commits it, though the leader has not', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  silenceFollowers(net, 'a');
  net.node('a').raft.propose(bytes('x'));
  net.stabilize();
  const a = net.node('a').raft;
  const index = a.log.lastIndex();
  t.true(a.log.committed < index, 'the leader has no acknowledgement');
  for (const id of ['b', 'c']) {
    t.is(net.node(id).raft.log.committed, index, `${id} committed on its own`);
    t.deepEqual(net.node(id).values(), ['x'], `${id} applied it`);
  }
});

test('follower commit: not before the follower has written the entry itself', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  silenceFollowers(net, 'a');
  net.isolate('c');
  const a = net.node('a').raft;
  a.propose(bytes('x'));
  const index = a.log.lastIndex();
  net.processReady(); // a writes, sends its append early and then, written, its Stable
  t.true(net.inbox.some((m) => m.type === MessageType.Stable && m.to === 'b'), 'the leader says it has written the entry');
  net.deliver(); // b holds the entry and the Stable, but has not written the entry yet
  const b = net.node('b').raft;
  t.is(b.log.lastIndex(), index);
  t.true(b.log.committed < index, 'not committed while unwritten here');
  net.processReady(); // b writes
  t.is(b.log.committed, index, 'committed once written');
});

test('follower commit: not before the leader says it has written the entry', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  silenceFollowers(net, 'a');
  net.isolate('c');
  const a = net.node('a').raft;
  a.propose(bytes('x'));
  const index = a.log.lastIndex();
  net.processReady();
  net.inbox = net.inbox.filter((m) => m.type !== MessageType.Stable); // the leader's word is lost
  net.stabilize();
  const b = net.node('b').raft;
  t.is(b.log.stabled, index, 'b has written the entry');
  t.true(b.log.committed < index, 'but only b is known to have it');
});

test('follower commit: not with five voters, where the leader and one follower are no majority', (t) => {
  // The leader sends no Stable there…
  const net = new CoreNetwork(['a', 'b', 'c', 'd', 'e']);
  elect(net, 'a');
  silenceFollowers(net, 'a');
  net.node('a').raft.propose(bytes('x'));
  net.processReady();
  t.false(net.inbox.some((m) => m.type === MessageType.Stable), 'no Stable among five voters');
  // …and a follower given one anyway does not commit on it.
  const c = new CoreNetwork(['a', 'b', 'c', 'd', 'e']);
  const r = c.node('c').raft;
  const base = r.log.lastIndex();
  r.step(message({ type: MessageType.App, from: 'b', to: 'c', term: 3, index: base, logTerm: r.log.lastTerm(), entries: [{ index: base + 1, term: 3, type: EntryType.Normal, data: bytes('x') }], commit: base }));
  c.processReady();
  r.step(message({ type: MessageType.Stable, from: 'b', to: 'c', term: 3, index: base + 1 }));
  c.processReady();
  t.is(r.log.stabled, base + 1, 'c has written it');
  t.is(r.log.committed, base, 'c does not commit it');
});

test('follower commit: only onto an entry of the current term (Raft §5.4.2)', (t) => {
  // c, a follower, is brought up by b, leader of term 3, one entry at a time: first an
  // entry of term 2 that b's log holds before its own no-op. c has written it and b says its
  // log is written past it; still it is an earlier term's entry: it commits only with b's.
  const net = new CoreNetwork(['a', 'b', 'c']);
  const c = net.node('c').raft;
  const base = c.log.lastIndex();
  const baseTerm = c.log.lastTerm();
  const entry = (index: number, term: number, data: string) => ({ index, term, type: EntryType.Normal, data: bytes(data) });
  c.step(message({ type: MessageType.App, from: 'b', to: 'c', term: 3, index: base, logTerm: baseTerm, entries: [entry(base + 1, 2, 'old')], commit: base }));
  net.processReady(); // c writes it
  t.is(c.log.stabled, base + 1);
  c.step(message({ type: MessageType.Stable, from: 'b', to: 'c', term: 3, index: base + 2 }));
  net.processReady();
  t.is(c.log.committed, base, 'the term-2 entry is not committed on the leader\'s word');
  c.step(message({ type: MessageType.App, from: 'b', to: 'c', term: 3, index: base + 1, logTerm: 2, entries: [entry(base + 2, 3, '')], commit: base }));
  net.processReady();
  t.is(c.log.committed, base + 2, 'the leader\'s no-op commits, and the term-2 entry with it');
});

test('follower commit: a linearizable read point covers what a follower may have committed', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  elect(net, 'a');
  silenceFollowers(net, 'a');
  const a = net.node('a').raft;
  a.propose(bytes('x'));
  net.stabilize();
  const index = a.log.lastIndex();
  t.is(net.node('b').raft.log.committed, index, 'b committed (and could have answered its client)');
  t.true(a.log.committed < index);
  const reads: number[] = [];
  const ready = a.ready.bind(a);
  a.ready = () => {
    const rd = ready();
    for (const s of rd.readStates) reads.push(s.index);
    return rd;
  };
  net.heal();
  a.readIndex(bytes('r'));
  net.stabilize();
  t.deepEqual(reads, [index], 'a read that begins after b answered sees its write');
});

test('follower commit: not while a membership change in the log is unapplied (it may change who counts)', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  const c = net.node('c').raft;
  const base = c.log.lastIndex();
  const change = encodeConfChange({ type: ConfChangeType.AddVoter, id: 'd', address: 'd' });
  c.step(message({
    type: MessageType.App, from: 'b', to: 'c', term: 3, index: base, logTerm: c.log.lastTerm(),
    entries: [{ index: base + 1, term: 3, type: EntryType.ConfChange, data: change }], commit: base,
  }));
  net.processReady();
  c.step(message({ type: MessageType.Stable, from: 'b', to: 'c', term: 3, index: base + 1 }));
  net.processReady();
  t.is(c.log.stabled, base + 1);
  t.is(c.log.committed, base, 'the leader\'s commit decides while the voters may change');
});
