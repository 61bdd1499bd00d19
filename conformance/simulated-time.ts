import type { ExecutionContext, TestFn } from 'ava';
import { SimulatedClock } from '../engine/time/simulated-clock.js';
import type { Connection } from '../transports/transport.js';
import { featureGroup } from './group.js';
import { World, deferred, frameNumber, idleTurns, numberedFrame } from './helpers.js';
import type { ConformanceOptions } from './options.js';

/** Bound on the virtual time any step may take. */
const VIRTUAL_LIMIT_MS = 60_000;
/** Event-loop turns during which nothing may happen while the clock stands still. */
const STILL_TURNS = 50;

/**
 * `simulatedTime`: all the timing of a world comes from the injected Clock, so a run is a
 * function of the clock (and the fixture's seed) and replays exactly. With the clock standing
 * still nothing happens — no connect completes, no frame or close arrives — and running it
 * makes them happen; one script on two worlds gives the same events at the same virtual times.
 */
export function simulatedTimeGroup(test: TestFn, options: ConformanceOptions): void {
  const check = featureGroup(test, options, 'simulatedTime');

  check('nothing happens while the injected clock stands still; running it connects, delivers and closes', async (t) => {
    const clock = new SimulatedClock();
    const w = await World.create(t, options, { clock });
    const run = <T>(promise: Promise<T>, what: string) => w.within(clock.runUntilSettled(promise, VIRTUAL_LIMIT_MS), what);
    const until = (condition: () => boolean, what: string) => w.within(clock.runUntilTrue(condition, VIRTUAL_LIMIT_MS), what);
    const server = await w.transport();
    const client = await w.transport();
    const accepted: Connection[] = [];
    const listener = await run(server.listen(w.fixture.listenAddress(), (c) => accepted.push(c)), 'listen');

    let connected = false;
    const connecting = client.connect(listener.address).then((c) => ((connected = true), c));
    await idleTurns(STILL_TURNS);
    t.false(connected, 'connect completed while the injected clock stood still: the adapter keeps time of its own');
    const end = await run(connecting, 'connect, on the clock');
    await until(() => accepted.length === 1, 'the accept, on the clock');

    const frames: Uint8Array[] = [];
    accepted[0]!.onFrame((f) => frames.push(f));
    end.send(numberedFrame(7, 16));
    await idleTurns(STILL_TURNS);
    t.is(frames.length, 0, 'a frame arrived while the injected clock stood still');
    await until(() => frames.length === 1, 'the frame, on the clock');

    let closed = false;
    accepted[0]!.onClose(() => (closed = true));
    end.close();
    await idleTurns(STILL_TURNS);
    t.false(closed, 'the close arrived while the injected clock stood still');
    await until(() => closed, 'the close, on the clock');
  });

  check('one script on two worlds gives the same events at the same virtual times', async (t) => {
    const first = await script(t, options);
    const second = await script(t, options);
    t.true(first.length > 100, 'the script ran');
    t.deepEqual(second, first);
  });
}

/** Connects, exchanges 50 frames each way and closes, on a fresh clock; returns "time event" lines. */
async function script(t: ExecutionContext, options: ConformanceOptions): Promise<string[]> {
  const clock = new SimulatedClock();
  const w = await World.create(t, options, { clock });
  const events: string[] = [];
  const log = (what: string) => events.push(`${clock.now()} ${what}`);
  const server = await w.transport();
  const client = await w.transport();
  const accepted = deferred<Connection>();
  const listener = await w.within(clock.runUntilSettled(server.listen(w.fixture.listenAddress(), (c) => accepted.resolve(c)), VIRTUAL_LIMIT_MS), 'listen');
  const end = await w.within(clock.runUntilSettled(client.connect(listener.address), VIRTUAL_LIMIT_MS), 'connect');
  log('connected');
  const far = await w.within(clock.runUntilSettled(accepted.promise, VIRTUAL_LIMIT_MS), 'accept');
  log('accepted');
  let closed = false;
  far.onFrame((f) => log(`server got ${frameNumber(f)}`));
  end.onFrame((f) => log(`client got ${frameNumber(f)}`));
  far.onClose(() => {
    closed = true;
    log('server saw the close');
  });
  for (let i = 0; i < 50; i++) {
    end.send(numberedFrame(i, i * 13));
    far.send(numberedFrame(i, i * 7));
    if (i % 10 === 9) await w.within(clock.advance(1), 'a millisecond');
  }
  await w.within(clock.runUntilTrue(() => events.length >= 102, VIRTUAL_LIMIT_MS), 'the frames');
  end.close();
  await w.within(clock.runUntilTrue(() => closed, VIRTUAL_LIMIT_MS), 'the close');
  return events;
}
