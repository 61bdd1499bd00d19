import test from 'ava';
import { MessageType, Role, message } from '../../engine/consensus/types.js';
import { CoreNetwork, bytes } from './core-helpers.js';

/*
 * A follower's progress never points past the leader's log (engine/consensus/raft.ts, the
 * leader's handling of append acknowledgements). An acknowledgement in the leader's term of an
 * index it never had cannot be about its log — only an answer to another incarnation's appends
 * in the same term, after lost durable state, could carry one. Counted, it pointed `next` past
 * the log (the next append found no entry to follow and threw, then as "Entries for b are
 * compacted but there is no snapshot") and `match` at entries the follower never acknowledged.
 */

test('a leader ignores an acknowledgement past its last index: the follower\'s next and match stay within its log, and nothing commits on it', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  net.stabilize();
  net.node('a').raft.campaign();
  net.stabilize();
  const a = net.node('a').raft;
  t.is(a.role, Role.Leader);
  const last = a.log.lastIndex();
  const committed = a.log.committed;

  // c is away and b's real acknowledgements are lost: only the bogus one reaches a.
  net.isolate('c');
  net.cut.add('b->a');
  a.step(message({ type: MessageType.AppResp, from: 'b', to: 'a', term: a.term, index: last + 3 }));
  const pr = a.progress.get('b')!;
  t.true(pr.next <= a.log.lastIndex() + 1, `next ${pr.next} is within the log (last ${a.log.lastIndex()})`);
  t.true(pr.match <= a.log.lastIndex(), `match ${pr.match} is within the log`);

  // The leader goes on appending (it would have thrown here) past the index b claimed.
  for (let i = 0; i < 5; i++) a.propose(bytes(`x${i}`));
  net.stabilize();
  net.tickAll(3);
  t.true(a.log.lastIndex() >= last + 3);
  t.is(a.log.committed, committed, 'no entry commits on an acknowledgement b never made');
  t.true(pr.next <= a.log.lastIndex() + 1 && pr.match <= a.log.lastIndex());

  // With b heard again, replication goes on from where b really is.
  net.heal();
  net.stabilize();
  net.tickAll(2);
  t.is(a.log.committed, a.log.lastIndex());
  t.deepEqual(net.node('b').values(), ['x0', 'x1', 'x2', 'x3', 'x4']);
});
