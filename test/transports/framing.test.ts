import test from 'ava';
import fc from 'fast-check';
import { FrameParser, encodeFrame, frameHeader } from '../../transports/framing.js';
import { FrameTooLargeError, LogkeeperError } from '../../engine/errors/index.js';

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
