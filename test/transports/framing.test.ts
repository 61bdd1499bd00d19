import test from 'ava';
import fc from 'fast-check';
import { FrameParser, encodeFrame, frameHeader } from '../../transports/framing.js';
import { FrameBudget } from '../../transports/frame-budget.js';
import { FrameTooLargeError, LogkeeperError, OverloadedError } from '../../engine/errors/index.js';

/** Splits `bytes` at the given cut points. */
function chop(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.byteLength + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(at, p));
    at = p;
  }
  chunks.push(bytes.subarray(at));
  return chunks;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

test('frames survive any split of the byte stream', (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }),
      fc.array(fc.nat(), { maxLength: 30 }),
      (frames, cuts) => {
        const stream = concat(frames.map(encodeFrame));
        const parser = new FrameParser({ maxFrameBytes: 300 });
        const out = chop(stream, cuts).flatMap((chunk) => parser.push(chunk));
        t.deepEqual(out.map((f) => [...f]), frames.map((f) => [...f]));
        t.is(parser.buffered, 0);
      },
    ),
    { numRuns: 300 },
  );
});

test('random bytes give frames or a FrameTooLargeError, never anything else, never a frame over the limit', (t) => {
  const max = 64;
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), (chunks) => {
      const parser = new FrameParser({ maxFrameBytes: max });
      let failure: unknown = null;
      for (const chunk of chunks) {
        try {
          for (const frame of parser.push(chunk)) t.true(frame.byteLength <= max);
        } catch (error) {
          if (failure === null) failure = error;
          else t.is(error, failure, 'a failed parser keeps failing with the same error');
        }
        t.true(parser.buffered <= max + 4, 'never holds more than one frame and its header');
      }
      if (failure !== null) {
        t.true(failure instanceof FrameTooLargeError);
        t.true(failure instanceof LogkeeperError && failure.code === 'FRAME_TOO_LARGE');
      }
    }),
    { numRuns: 500 },
  );
});

test('an oversized length is refused as soon as its header arrives, before any body is buffered', (t) => {
  const parser = new FrameParser({ maxFrameBytes: 1024 });
  t.deepEqual(parser.push(frameHeader(1024).subarray(0, 2)), []);
  t.is(parser.push(frameHeader(1024).subarray(2)).length, 0, 'a frame of exactly the limit is fine');
  parser.push(new Uint8Array(1024));
  const error = t.throws(() => parser.push(frameHeader(0xffffffff)));
  t.true(error instanceof FrameTooLargeError);
  t.is(parser.buffered, 0);
  t.is(t.throws(() => parser.push(Uint8Array.of(0))), error);
});

test('frames a chunk completes before a refused one are returned, and the refusal comes after them', (t) => {
  const parser = new FrameParser({ maxFrameBytes: 1024 });
  const chunk = new Uint8Array([...encodeFrame(Uint8Array.of(1)), ...encodeFrame(Uint8Array.of(2, 2)), ...frameHeader(1025)]);
  t.deepEqual(parser.push(chunk).map((f) => [...f]), [[1], [2, 2]], 'the frames before the refused header');
  t.true(parser.failure instanceof FrameTooLargeError, 'failure tells of the refusal');
  t.is(parser.buffered, 0);
  t.is(t.throws(() => parser.push(Uint8Array.of(0))), parser.failure!, 'and the next push throws it');
});

test('the frame limit is exact: a frame of maxFrameBytes passes, one of maxFrameBytes + 1 is refused with FRAME_TOO_LARGE on its length prefix alone', (t) => {
  const max = 1024;
  const body = (n: number) => new Uint8Array(n).map((_, i) => i & 0xff);
  // Each parser first takes a small frame, so that the limit at work is maxFrameBytes, not the first frame's.
  const fresh = () => {
    const parser = new FrameParser({ maxFrameBytes: max });
    t.is(parser.push(encodeFrame(Uint8Array.of(1))).length, 1);
    return parser;
  };

  // Exactly the limit, whole in one chunk and in pieces (header split too).
  const whole = fresh().push(encodeFrame(body(max)));
  t.is(whole.length, 1);
  t.deepEqual([...whole[0]!], [...body(max)]);
  const pieces = fresh();
  const stream = encodeFrame(body(max));
  const out = [stream.subarray(0, 2), stream.subarray(2, 4), stream.subarray(4, 500), stream.subarray(500)].flatMap((c) => pieces.push(c));
  t.is(out.length, 1);
  t.deepEqual([...out[0]!], [...body(max)]);

  // One byte more: refused as the prefix completes, whether it comes in one chunk or split,
  // alone or with the body behind it; nothing is held, and the parser stays failed.
  const refusals: Array<[string, Uint8Array[]]> = [
    ['prefix alone', [frameHeader(max + 1)]],
    ['prefix split', [frameHeader(max + 1).subarray(0, 3), frameHeader(max + 1).subarray(3)]],
    ['prefix and body in one chunk', [encodeFrame(body(max + 1))]],
  ];
  for (const [how, chunks] of refusals) {
    const parser = fresh();
    for (const chunk of chunks.slice(0, -1)) t.deepEqual(parser.push(chunk), [], `${how}: nothing before the prefix completes`);
    const error = t.throws(() => parser.push(chunks.at(-1)!), undefined, how);
    t.true(error instanceof FrameTooLargeError, how);
    t.is((error as FrameTooLargeError).code, 'FRAME_TOO_LARGE', how);
    t.is(parser.buffered, 0, `${how}: nothing buffered`);
    t.is(parser.held, 0, `${how}: nothing held`);
    t.is(t.throws(() => parser.push(Uint8Array.of(0))), error, `${how}: stays failed`);
  }
});

test('a frame whole inside a chunk comes back without a copy', (t) => {
  const stream = concat([encodeFrame(Uint8Array.of(1, 2, 3)), encodeFrame(new Uint8Array(0))]);
  const [a, b] = new FrameParser().push(stream);
  t.is(a!.buffer, stream.buffer);
  t.deepEqual([...a!], [1, 2, 3]);
  t.is(b!.byteLength, 0);
});

test('the default limit is 16 MiB and the limit is configurable', (t) => {
  t.is(new FrameParser().maxFrameBytes, 16 * 1024 * 1024);
  t.is(new FrameParser({ maxFrameBytes: 10 }).maxFrameBytes, 10);
  t.throws(() => new FrameParser({ maxFrameBytes: -1 }), { code: 'BAD_ARGUMENTS' } as never);
});

// ---- the budget for unfinished frames ----

/** `bytes` as fresh chunks of `size` (as a socket delivers them: each its own memory). */
function chunksOf(bytes: number, size: number, fill = 1): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let left = bytes; left > 0; left -= size) out.push(new Uint8Array(Math.min(size, left)).fill(fill));
  return out;
}

test('an unfinished frame holds what has arrived, not what its header announced', (t) => {
  const budget = new FrameBudget(64 * 1024 * 1024);
  const parser = new FrameParser({ budget });
  parser.push(frameHeader(16 * 1024 * 1024));
  parser.push(new Uint8Array(10));
  t.true(parser.held <= 4096, `10 bytes in, ${parser.held} held`);
  t.is(budget.used, parser.held);
  for (const chunk of chunksOf(1024 * 1024, 64 * 1024)) parser.push(chunk);
  t.true(parser.held <= 1024 * 1024 + 4096, `1 MiB in, ${parser.held} held`);
  t.is(budget.used, parser.held);
});

test('parsers share the budget: a piece beyond it is refused with OVERLOADED (retriable), and every byte comes back', (t) => {
  const budget = new FrameBudget(100 * 1024);
  const a = new FrameParser({ budget });
  const b = new FrameParser({ budget });
  a.push(frameHeader(100 * 1024));
  for (const chunk of chunksOf(80 * 1024, 16 * 1024)) a.push(chunk);
  t.is(budget.used, 80 * 1024, 'views of large chunks: exactly what arrived');
  b.push(frameHeader(50 * 1024));
  const error = t.throws(() => b.push(new Uint8Array(30 * 1024)));
  t.true(error instanceof OverloadedError);
  t.is((error as OverloadedError).code, 'OVERLOADED');
  t.true((error as OverloadedError).retriable);
  t.is(b.held, 0, 'the refused parser holds nothing');
  t.is(budget.used, 80 * 1024, 'the refused piece took nothing');
  t.is(t.throws(() => b.push(new Uint8Array(1))), error, 'the refused parser stays failed');
  const frames = chunksOf(20 * 1024, 16 * 1024, 2).flatMap((chunk) => a.push(chunk));
  t.is(frames.length, 1);
  t.is(frames[0]!.byteLength, 100 * 1024);
  t.true(frames[0]!.subarray(0, 80 * 1024).every((x) => x === 1) && frames[0]!.subarray(80 * 1024).every((x) => x === 2), 'the pieces in order');
  t.is(budget.used, 0, 'a completed frame gives its bytes back');
});

test('release gives back what an unfinished frame holds; later pushes throw CONNECTION_CLOSED', (t) => {
  const budget = new FrameBudget(1024 * 1024);
  const parser = new FrameParser({ budget });
  parser.push(concat([frameHeader(500_000), new Uint8Array(300_000)]));
  t.true(budget.used >= 300_000);
  parser.release();
  t.is(budget.used, 0);
  t.is(parser.held, 0);
  t.is((t.throws(() => parser.push(new Uint8Array(1))) as LogkeeperError).code, 'CONNECTION_CLOSED');
  parser.release();
  t.is(budget.used, 0, 'release is idempotent');
});

test('the first frame is bounded on its own: exactly maxFirstFrameBytes passes, one byte more is refused at its header', (t) => {
  const ok = new FrameParser({ maxFirstFrameBytes: 100 });
  t.is(ok.push(frameHeader(100)).length, 0);
  t.is(ok.push(new Uint8Array(100)).length, 1, 'a first frame of exactly the limit');
  t.is(ok.push(encodeFrame(new Uint8Array(1000))).length, 1, 'later frames have only maxFrameBytes');
  const refused = new FrameParser({ maxFirstFrameBytes: 100 });
  const error = t.throws(() => refused.push(frameHeader(101)));
  t.true(error instanceof FrameTooLargeError);
  t.is(refused.buffered, 0);
  t.is(new FrameParser({ maxFrameBytes: 10, maxFirstFrameBytes: 100 }).maxFirstFrameBytes, 10, 'never above maxFrameBytes');
});

test('a frame whose header ends one chunk and whose body fills the next comes back without a copy', (t) => {
  const parser = new FrameParser();
  t.deepEqual(parser.push(frameHeader(3)), []);
  const body = Uint8Array.of(7, 8, 9);
  const [frame] = parser.push(body);
  t.is(frame!.buffer, body.buffer);
});

test('under any split and any budget: frames intact until a refusal, never over the budget, memory within twice what arrived, and all of it back', (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.nat(), { maxLength: 40 }),
      fc.integer({ min: 0, max: 120_000 }),
      (sizes, cuts, limit) => {
        const budget = new FrameBudget(limit);
        const frames = sizes.map((n, i) => new Uint8Array(n).fill(i + 1));
        const stream = concat(frames.map(encodeFrame));
        const parser = new FrameParser({ budget });
        const out: Uint8Array[] = [];
        let failure: unknown = null;
        for (const chunk of chop(stream, cuts)) {
          try {
            out.push(...parser.push(chunk.slice()));
          } catch (error) {
            failure = error;
            break;
          }
          t.true(budget.used <= limit, 'never over the budget');
          t.true(parser.held <= 2 * parser.buffered + 4096, `held ${parser.held} for ${parser.buffered} arrived`);
        }
        t.true(out.every((f, i) => Buffer.from(f).equals(frames[i]!)), 'the frames before any refusal are intact');
        if (failure !== null) t.is((failure as LogkeeperError).code, 'OVERLOADED');
        else t.is(out.length, frames.length);
        parser.release();
        t.is(budget.used, 0);
      },
    ),
    { numRuns: 200 },
  );
});
