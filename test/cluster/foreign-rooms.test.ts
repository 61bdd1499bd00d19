import test from 'ava';
import { ForeignRooms } from '../../engine/server/foreign-rooms.js';
import type { ByteStream, ForeignProtocol } from '../../transports/byte-stream.js';

/** A ByteStream fed by hand: `push` delivers a chunk as the adapter would. */
function fakeStream() {
  let handler: ((chunk: Uint8Array) => void) | null = null;
  const kept: Uint8Array[] = [];
  const stream: ByteStream & { push(chunk: Uint8Array): void; closedByUs: boolean } = {
    localAddress: 'l', remoteAddress: 'r', closed: false, bufferedAmount: 0, closedByUs: false,
    write: () => true,
    onData(h) {
      handler = h;
      for (const chunk of kept.splice(0)) h(chunk);
    },
    onClose() {},
    onDrain() {},
    pause() {},
    resume() {},
    close() {
      stream.closedByUs = true;
    },
    push(chunk) {
      if (handler) handler(chunk);
      else kept.push(chunk);
    },
  };
  return stream;
}

const ascii = (s: string) => new TextEncoder().encode(s);

function protocol(name: string, word: string, got: string[]): ForeignProtocol {
  return {
    name,
    matches: (prefix) => {
      const text = new TextDecoder().decode(prefix.subarray(0, word.length));
      if (prefix.byteLength < word.length) return word.startsWith(text) ? undefined : false;
      return text === word;
    },
    accept: (stream) => stream.onData((chunk) => got.push(`${name}:${new TextDecoder().decode(chunk)}`)),
  };
}

test('the protocols added after listening are asked in order; the one that claims the bytes gets them replayed, then the rest', (t) => {
  const rooms = new ForeignRooms();
  const got: string[] = [];
  rooms.add(protocol('four', 'ruok', got));
  const removeKafka = rooms.add(protocol('kafka', 'KAFKA', got));
  t.is(rooms.matches(ascii('ru')), undefined, 'needs more bytes');
  t.true(rooms.matches(ascii('ruok')));
  t.true(rooms.matches(ascii('KAFKA!')));
  t.false(rooms.matches(ascii('GET /')));

  const stream = fakeStream();
  stream.push(ascii('KAF'));
  rooms.accept(stream);
  stream.push(ascii('KA-1'));
  stream.push(ascii('-2'));
  t.deepEqual(got, ['kafka:KAFKA-1', 'kafka:-2'], 'the bytes it was recognised by come first, whole');

  removeKafka();
  t.false(rooms.matches(ascii('KAFKA')));
  const late = fakeStream();
  rooms.accept(late);
  late.push(ascii('KAFKA'));
  t.true(late.closedByUs, 'a stream whose protocol went away meanwhile is closed');
});
