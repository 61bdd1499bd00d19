import test from 'ava';
import { CoreNetwork, bytes } from './core-helpers.js';

test('a 3-node cluster elects one leader and replicates a proposal', (t) => {
  const net = new CoreNetwork(['a', 'b', 'c']);
  net.stabilize();
  net.node('a').raft.campaign();
  net.stabilize();
  const leader = net.leader();
  t.is(leader?.raft.id, 'a');
  t.is(leader?.raft.term, 2);
  const out = leader!.raft.propose(bytes('x'));
  t.is(out.kind, 'appended');
  net.stabilize();
  for (const n of net.nodes.values()) t.deepEqual(n.values(), ['x']);
});
