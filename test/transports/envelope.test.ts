import test from 'ava';
import fc from 'fast-check';
import { decodeEnvelope, encodeEnvelope, ENVELOPE_OVERHEAD_BYTES, EnvelopeKind } from '../../transports/envelope.js';
import { MalformedFrameError } from '../../engine/errors/index.js';
import { LazyMessage } from '../../transports/encode.js';
import { logkeeper } from '../../engine/consensus/generated/raft.js';

test('an envelope round-trips', (t) => {
  const bytes = encodeEnvelope({
    kind: EnvelopeKind.ERROR,
    id: 0xffffffff,
    method: 'keeper.create',
    payload: Uint8Array.of(1, 2),
    error: { code: 'NOT_LEADER', message: 'go there', retriable: true, details: { leader: 'n2' } },
    credit: 5,
  });
  const e = decodeEnvelope(bytes);
  t.is(e.kind, EnvelopeKind.ERROR);
  t.is(e.id, 0xffffffff);
  t.is(e.method, 'keeper.create');
  t.deepEqual([...e.payload], [1, 2]);
  t.like(e.error, { code: 'NOT_LEADER', message: 'go there', retriable: true, details: { leader: 'n2' } });
  t.is(e.credit, 5);
});

test('garbage decodes to an envelope or a MalformedFrameError, nothing else', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      try {
        decodeEnvelope(bytes);
      } catch (error) {
        t.true(error instanceof MalformedFrameError, String(error));
      }
    }),
    { numRuns: 2000 },
  );
});

test('a truncated envelope is malformed', (t) => {
  const bytes = encodeEnvelope({ kind: EnvelopeKind.REQUEST, id: 1, method: 'x', payload: new Uint8Array(100) });
  t.throws(() => decodeEnvelope(bytes.subarray(0, bytes.length - 10)), { instanceOf: MalformedFrameError });
});

test('ENVELOPE_OVERHEAD_BYTES bounds what a response or a stream push adds to its payload', (t) => {
  // The payload's length takes a varint of 5 bytes only from 256 MiB on: one byte more per step below.
  const steps = [0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152];
  for (const kind of [EnvelopeKind.RESPONSE, EnvelopeKind.STREAM_DATA]) {
    for (const length of steps) {
      const frame = encodeEnvelope({ kind, id: 0xffffffff, payload: new Uint8Array(length) });
      const lengthBytes = length < 128 ? 1 : length < 16_384 ? 2 : length < 2_097_152 ? 3 : 4;
      t.true(frame.byteLength - length + (5 - lengthBytes) <= ENVELOPE_OVERHEAD_BYTES, `${kind} ${length}: ${frame.byteLength - length}`);
    }
  }
  t.is(encodeEnvelope({ kind: EnvelopeKind.STREAM_DATA, id: 0xffffffff, payload: new Uint8Array(2_097_152) }).byteLength - 2_097_152 + 1, ENVELOPE_OVERHEAD_BYTES, 'and it is tight');
});

test('a payload written straight into the envelope (LazyMessage) decodes as the same envelope with its bytes', (t) => {
  const MessageBatch = logkeeper.raft.MessageBatch;
  for (const size of [0, 10, 200, 70_000]) {
    const message = { messages: [{ type: 0, to: 'b', from: 'a', term: 3, index: 1, entries: [{ index: 2, term: 3, data: new Uint8Array(size).fill(7) }] }] };
    const bytes = MessageBatch.encode(message).finish();
    const fields = { kind: EnvelopeKind.RESPONSE, id: 9, method: 'm', credit: 2 };
    const lazy = decodeEnvelope(encodeEnvelope({ ...fields, payload: LazyMessage.of(MessageBatch.encode, message) }));
    const eager = decodeEnvelope(encodeEnvelope({ ...fields, payload: bytes }));
    t.deepEqual([...lazy.payload], [...bytes], `${size}`);
    t.like(lazy, { kind: eager.kind, id: eager.id, method: eager.method, credit: eager.credit });
  }
});
