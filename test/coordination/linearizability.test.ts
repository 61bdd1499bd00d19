import test from 'ava';
import { Random } from '../../engine/time/index.js';
import { checkRegister, type Operation } from './linearizability.js';

const w = (client: string, value: number, call: number, ret?: number): Operation => ({ client, op: { kind: 'write', value }, call, ret, result: ret === undefined ? undefined : { ok: true } });
const r = (client: string, value: number, version: number, call: number, ret: number): Operation => ({ client, op: { kind: 'read' }, call, ret, result: { ok: true, value, version } });
const cas = (client: string, expected: number, value: number, ok: boolean, call: number, ret: number): Operation => ({ client, op: { kind: 'cas', expected, value }, call, ret, result: ok ? { ok: true } : { ok: false } });

test('checker: sequential and overlapping histories that are linearizable pass', (t) => {
  t.true(checkRegister([w('a', 1, 0, 1), r('b', 1, 1, 2, 3)]).ok);
  // Overlapping writes: a read may see either order.
  t.true(checkRegister([w('a', 1, 0, 10), w('b', 2, 1, 9), r('c', 1, 2, 11, 12)]).ok);
  t.true(checkRegister([w('a', 1, 0, 10), w('b', 2, 1, 9), r('c', 2, 2, 11, 12)]).ok);
  // A read concurrent with a write may see the old value.
  t.true(checkRegister([w('a', 1, 0, 10), r('b', 0, 0, 1, 2)]).ok);
  // CAS at the right version succeeds, at the wrong one fails.
  t.true(checkRegister([w('a', 5, 0, 1), cas('b', 1, 6, true, 2, 3), cas('c', 1, 7, false, 4, 5), r('d', 6, 2, 6, 7)]).ok);
});

test('checker: stale reads, lost writes and impossible CAS outcomes fail', (t) => {
  // A read after a completed write sees the old value: stale.
  t.false(checkRegister([w('a', 1, 0, 1), r('b', 0, 0, 2, 3)]).ok);
  // Two reads in sequence see the writes in opposite orders.
  t.false(checkRegister([w('a', 1, 0, 10), w('b', 2, 0, 10), r('c', 2, 2, 11, 12), r('c', 1, 2, 13, 14)]).ok);
  // A CAS that claims success at a version the register never had at that time.
  t.false(checkRegister([w('a', 5, 0, 1), w('a', 6, 2, 3), cas('b', 1, 9, true, 4, 5)]).ok);
  // A read that sees a value nobody wrote.
  t.false(checkRegister([w('a', 1, 0, 1), r('b', 42, 1, 2, 3)]).ok);
});

test('checker: a write with an unknown outcome may or may not have happened', (t) => {
  t.true(checkRegister([w('a', 1, 0), r('b', 0, 0, 5, 6)]).ok, 'never happened');
  t.true(checkRegister([w('a', 1, 0), r('b', 1, 1, 5, 6)]).ok, 'happened');
  t.true(checkRegister([w('a', 1, 0), r('b', 0, 0, 5, 6), r('b', 1, 1, 7, 8)]).ok, 'happened later');
  t.false(checkRegister([w('a', 1, 0), r('b', 1, 1, 5, 6), r('b', 0, 0, 7, 8)]).ok, 'but not undone');
});

test('checker: random sequential histories of a real register always pass; a corrupted read always fails', (t) => {
  const random = new Random('wgl');
  for (let round = 0; round < 50; round++) {
    const history: Operation[] = [];
    let value = 0;
    let version = 0;
    let time = 0;
    for (let i = 0; i < 40; i++) {
      const client = `c${random.int(4)}`;
      const call = time++;
      const roll = random.int(3);
      if (roll === 0) {
        value = random.int(100);
        version++;
        history.push(w(client, value, call, time++));
      } else if (roll === 1) {
        const expected = random.chance(0.5) ? version : version + 1;
        const ok = expected === version;
        const next = random.int(100);
        if (ok) {
          value = next;
          version++;
        }
        history.push(cas(client, expected, next, ok, call, time++));
      } else history.push(r(client, value, version, call, time++));
    }
    t.true(checkRegister(history).ok);
    const reads = history.filter((h) => h.op.kind === 'read' && h.result?.ok && h.result.version! > 0);
    if (reads.length === 0) continue;
    const victim = reads[random.int(reads.length)]!;
    (victim.result as { value: number }).value += 1000;
    t.false(checkRegister(history).ok);
  }
});
