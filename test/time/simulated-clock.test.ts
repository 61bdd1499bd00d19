import test from 'ava';
import { SimulatedClock } from '../../engine/time/index.js';

test('timers fire in time order, ties in the order they were set, and time moves to each', async (t) => {
  const clock = new SimulatedClock(1000);
  const fired: string[] = [];
  clock.setTimer(30, () => fired.push(`c@${clock.now()}`));
  clock.setTimer(10, () => fired.push(`a@${clock.now()}`));
  clock.setTimer(10, () => fired.push(`b@${clock.now()}`));
  clock.setTimer(0, () => fired.push(`zero@${clock.now()}`));
  await clock.advance(20);
  t.deepEqual(fired, ['zero@1000', 'a@1010', 'b@1010']);
  t.is(clock.now(), 1020, 'advance ends at the target time');
  await clock.advance(20);
  t.deepEqual(fired.slice(3), ['c@1030']);
});

test('a cancelled timer never fires and does not count as pending', async (t) => {
  const clock = new SimulatedClock();
  let fired = false;
  const timer = clock.setTimer(5, () => (fired = true));
  t.is(clock.pending, 1);
  clock.cancel(timer);
  clock.cancel(timer);
  t.is(clock.pending, 0);
  await clock.runUntilQuiet();
  t.false(fired);
});

test('timers set by a timer fire in the same run when due', async (t) => {
  const clock = new SimulatedClock();
  const times: number[] = [];
  const tick = () => {
    times.push(clock.now());
    if (times.length < 5) clock.setTimer(100, tick);
  };
  clock.setTimer(100, tick);
  await clock.runUntilQuiet();
  t.deepEqual(times, [100, 200, 300, 400, 500]);
});

test('promise continuations run at the instant their timer fired', async (t) => {
  const clock = new SimulatedClock();
  const sleep = (ms: number) => new Promise<void>((resolve) => clock.setTimer(ms, resolve));
  const seen: number[] = [];
  const task = (async () => {
    await sleep(10);
    seen.push(clock.now());
    await Promise.resolve();
    await sleep(10);
    seen.push(clock.now());
  })();
  await clock.advance(100);
  await task;
  t.deepEqual(seen, [10, 20]);
});

test('runUntilQuiet is bounded when work never stops', async (t) => {
  const clock = new SimulatedClock();
  const beat = () => clock.setTimer(50, beat);
  beat();
  await t.throwsAsync(clock.runUntilQuiet(1000), { message: /still 1 timer/ });
  t.true(clock.now() <= 1000);
});

test('runUntilTrue waits for a condition with a bound', async (t) => {
  const clock = new SimulatedClock();
  let count = 0;
  const beat = () => {
    count++;
    clock.setTimer(10, beat);
  };
  clock.setTimer(10, beat);
  await clock.runUntilTrue(() => count === 7);
  t.is(clock.now(), 70);
  await t.throwsAsync(clock.runUntilTrue(() => false, 100), { message: /within 100 ms/ });
});

test('step fires exactly one timer', async (t) => {
  const clock = new SimulatedClock();
  let n = 0;
  clock.setTimer(5, () => n++);
  clock.setTimer(7, () => n++);
  t.is(clock.nextTimerAt(), 5);
  t.true(await clock.step());
  t.is(n, 1);
  t.is(clock.now(), 5);
  t.true(await clock.step());
  t.false(await clock.step());
});

test('runUntilTrue gives async work that takes several turns, with no timer set, the time it needs', async (t) => {
  const clock = new SimulatedClock();
  let done = false;
  // Like a storage write: a chain of macrotask turns, and no timer anywhere.
  const turns = (n: number): Promise<void> => (n === 0 ? Promise.resolve() : new Promise<void>((r) => setImmediate(r)).then(() => turns(n - 1)));
  void turns(5).then(() => (done = true));
  await clock.runUntilTrue(() => done, 10);
  t.true(done);
  t.is(clock.now(), 0, 'no virtual time passed');
  await t.throwsAsync(clock.runUntilTrue(() => false, 10), { message: /within 10 ms/ });
});

test('runUntilSettled runs time until a promise settles and hands back its outcome', async (t) => {
  const clock = new SimulatedClock();
  const later = (ms: number, value: string) => new Promise<string>((resolve) => clock.setTimer(ms, () => resolve(value)));
  t.is(await clock.runUntilSettled(later(250, 'v')), 'v');
  t.is(clock.now(), 250);
  const failing = new Promise((_, reject) => clock.setTimer(10, () => reject(new Error('no'))));
  await t.throwsAsync(clock.runUntilSettled(failing), { message: 'no' });
  await t.throwsAsync(clock.runUntilSettled(new Promise(() => {}), 100), { message: /within 100 ms/ });
});
