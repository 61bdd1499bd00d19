import test from 'ava';
import { Random, RealClock } from '../../engine/time/index.js';

const draw = (r: Random, n: number) => Array.from({ length: n }, () => r.uint32());

test('one seed gives one sequence; another seed another', (t) => {
  t.deepEqual(draw(new Random(42), 100), draw(new Random(42), 100));
  t.deepEqual(draw(new Random('seed'), 100), draw(new Random('seed'), 100));
  t.notDeepEqual(draw(new Random(42), 100), draw(new Random(43), 100));
  t.notDeepEqual(draw(new Random(0), 10), draw(new Random(2 ** 32), 10), 'high bits of a seed count');
});

test('draws stay in their ranges and are roughly uniform', (t) => {
  const r = new Random(7);
  const buckets = new Array<number>(10).fill(0);
  for (let i = 0; i < 100_000; i++) {
    const x = r.next();
    t.true(x >= 0 && x < 1);
    buckets[Math.floor(x * 10)]!++;
  }
  for (const b of buckets) t.true(b > 9_000 && b < 11_000, `bucket of ${b}`);
  for (let i = 0; i < 1000; i++) {
    const v = r.between(3, 5);
    t.true(v >= 3 && v <= 5 && Number.isInteger(v));
  }
  t.false(r.chance(0));
  t.true(r.chance(1));
});

test('shuffle permutes; pick chooses a member; fork is independent and deterministic', (t) => {
  const r = new Random(1);
  const items = Array.from({ length: 50 }, (_, i) => i);
  const shuffled = r.shuffle([...items]);
  t.notDeepEqual(shuffled, items);
  t.deepEqual([...shuffled].sort((a, b) => a - b), items);
  t.true(items.includes(r.pick(items)));
  t.throws(() => r.pick([]));
  t.deepEqual(draw(new Random(5).fork('a'), 10), draw(new Random(5).fork('a'), 10));
  t.notDeepEqual(draw(new Random(5).fork('a'), 10), draw(new Random(5).fork('b'), 10));
});

test('the real clock gives epoch milliseconds that never go backwards, and its timers fire', async (t) => {
  const clock = new RealClock();
  const a = clock.now();
  t.true(Math.abs(a - Date.now()) < 1000);
  t.true(clock.now() >= a);
  await new Promise<void>((resolve) => clock.setTimer(0, resolve));
  await new Promise<void>((resolve) => clock.setTimer(1, resolve));
  let fired = false;
  const timer = clock.setTimer(1, () => (fired = true));
  clock.cancel(timer);
  await new Promise<void>((resolve) => clock.setTimer(5, resolve));
  t.false(fired);
});
