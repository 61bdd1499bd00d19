import test from 'ava';
import protobuf from 'protobufjs/minimal.js';
import { encodeMessage, withEncoded } from '../../transports/encode.js';
import { Envelope } from '../../transports/envelope.js';
import { logkeeper } from '../../engine/consensus/generated/raft.js';

/* The shared writer gives the bytes a fresh writer would, whatever was encoded before or failed midway. */

const batch = (n: number, size: number) => ({
  messages: Array.from({ length: n }, (_, i) => ({ type: 0, to: 'b', from: 'a', term: 3, index: i, entries: [{ index: i + 1, term: 3, data: new Uint8Array(size).fill(i) }] })),
});

test('the reused writer encodes exactly what a fresh one does, small after large and large after small', (t) => {
  const MessageBatch = logkeeper.raft.MessageBatch;
  for (const [n, size] of [[1, 10], [64, 150], [1, 0], [3, 70_000], [2, 5]] as const) {
    const message = batch(n, size);
    const reused = encodeMessage(MessageBatch.encode, message);
    t.deepEqual(reused, MessageBatch.encode(message).finish(), `${n} x ${size}`);
  }
});

test('the bytes returned are a copy: a later encode does not change them', (t) => {
  const first = encodeMessage(Envelope.encode, { id: 1, method: 'a' });
  const copy = Uint8Array.from(first);
  encodeMessage(Envelope.encode, { id: 2, method: 'bbbbbbbb' });
  t.deepEqual([...first], [...copy]);
});

test('an encode that throws midway leaves the next one unharmed', (t) => {
  const MessageBatch = logkeeper.raft.MessageBatch;
  const bad = { messages: [{ type: 0, to: 'b', entries: [{ index: 1, data: new Uint8Array(4) }] }, { entries: [{ get data(): Uint8Array { throw new Error('boom'); } }] }] };
  t.throws(() => encodeMessage(MessageBatch.encode, bad as never), { message: 'boom' });
  const good = batch(2, 8);
  t.deepEqual(encodeMessage(MessageBatch.encode, good), MessageBatch.encode(good).finish());
});

test('a writer grown for a message of several MiB (a broker\'s fetch answer) is kept: the next such encode allocates once', (t) => {
  const MessageBatch = logkeeper.raft.MessageBatch;
  const big = batch(4, 1024 * 1024);
  encodeMessage(MessageBatch.encode, big);
  const writer = protobuf.BufferWriter as unknown as { alloc(size: number): Uint8Array };
  const alloc = writer.alloc;
  let allocations = 0;
  writer.alloc = (size: number) => {
    allocations++;
    return alloc(size);
  };
  try {
    encodeMessage(MessageBatch.encode, big);
  } finally {
    writer.alloc = alloc;
  }
  t.is(allocations, 1, 'only the copy out: the writer did not grow again from 128 bytes');
});

test('withEncoded lends the bytes (no copy); an encode that starts while they are lent does not overwrite them', (t) => {
  const MessageBatch = logkeeper.raft.MessageBatch;
  const message = batch(2, 300);
  const expected = MessageBatch.encode(message).finish();
  withEncoded(MessageBatch.encode, message, (lent) => {
    t.deepEqual([...encodeMessage(MessageBatch.encode, batch(3, 500))], [...MessageBatch.encode(batch(3, 500)).finish()]);
    t.deepEqual([...lent], [...expected]);
  });
  // The writer is shared again: the next lend is a view of the same memory.
  const buffers = new Set<ArrayBufferLike>();
  for (let i = 0; i < 2; i++) withEncoded(MessageBatch.encode, message, (lent) => buffers.add(lent.buffer));
  t.is(buffers.size, 1);
});
