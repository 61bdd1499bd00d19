import test from 'ava';
import fc from 'fast-check';
import { BROKER_API_NAMES, BROKER_CODECS } from '../../../engine/broker/api/codec.js';
import { MAX_REQUEST_FIELDS } from '../../../engine/broker/api/field-budget.js';
import { GROUP_API_NAMES, GROUP_CODECS } from '../../../engine/broker/api/group-codec.js';

/*
 * What a peer's bytes can make a broker allocate, for every request the broker serves (its
 * own APIs and the groups'): lengths are checked against the bytes there before anything is
 * read, the number of fields (so of list elements, which protobuf does not count ahead) is
 * bounded, and bytes shaped like protobuf — tags, lengths and nested messages, of any field
 * number and wire type — decode as a request or fail with MALFORMED_FRAME, nothing else.
 */

const requests: Array<[string, { decode(bytes: Uint8Array): unknown }]> = [
  ...BROKER_API_NAMES.map((api) => [api, BROKER_CODECS[api].request] as [string, { decode(bytes: Uint8Array): unknown }]),
  ...GROUP_API_NAMES.map((api) => [api, GROUP_CODECS[api].request] as [string, { decode(bytes: Uint8Array): unknown }]),
];

function varint(n: number): number[] {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n % 128) | 0x80);
  out.push(n);
  return out;
}

const key = (field: number, wireType: number) => varint(field * 8 + wireType);

/** The error code `decode` fails with, or 'decoded'; anything but a typed error is rethrown. */
function outcome(decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): string {
  try {
    decode(bytes);
    return 'decoded';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === undefined) throw error;
    return code;
  }
}

test('a length longer than the bytes that follow is MALFORMED_FRAME before anything is read, in every request', (t) => {
  for (const [api, codec] of requests) {
    for (let field = 1; field <= 16; field++) {
      for (const length of [2 ** 31 - 1, 2 ** 35, 1000]) {
        const bytes = Uint8Array.from([...key(field, 2), ...varint(length), 1, 2, 3]);
        t.is(outcome((b) => codec.decode(b), bytes), 'MALFORMED_FRAME', `${api}: field ${field} claiming ${length} bytes`);
      }
    }
  }
});

test('a request holds at most MAX_REQUEST_FIELDS fields (list elements included): more is MALFORMED_FRAME, whatever the API', (t) => {
  // Varint fields, known or not (read, or skipped, one by one): 2 bytes each.
  const fields = (n: number) => {
    const bytes = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) bytes[2 * i] = 0x78; // field 15, varint 0: a key byte and a value byte
    return bytes;
  };
  const atTheBound = fields(MAX_REQUEST_FIELDS);
  const beyond = fields(MAX_REQUEST_FIELDS + 1);
  for (const [api, codec] of requests) {
    t.is(outcome((b) => codec.decode(b), atTheBound), 'decoded', `${api}: ${MAX_REQUEST_FIELDS} fields`);
    t.is(outcome((b) => codec.decode(b), beyond), 'MALFORMED_FRAME', `${api}: one more`);
  }
});

/** Bytes shaped like protobuf: fields of any number and wire type, nested messages among them. */
const protobufish: fc.Arbitrary<number[]> = fc.letrec<{ message: number[]; field: number[] }>((tie) => ({
  message: fc.array(tie('field'), { maxLength: 6 }).map((fields) => fields.flat()),
  field: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n })).map(([f, v]) => {
      const bytes = key(f, 0);
      let n = v;
      for (; n >= 0x80n; n >>= 7n) bytes.push(Number(n & 0x7fn) | 0x80);
      bytes.push(Number(n));
      return bytes;
    }),
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.uint8Array({ minLength: 8, maxLength: 8 })).map(([f, b]) => [...key(f, 1), ...b]),
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.uint8Array({ minLength: 4, maxLength: 4 })).map(([f, b]) => [...key(f, 5), ...b]),
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.uint8Array({ maxLength: 12 })).map(([f, b]) => [...key(f, 2), ...varint(b.length), ...b]),
    fc.tuple(fc.integer({ min: 1, max: 20 }), tie('message')).map(([f, inner]) => [...key(f, 2), ...varint(inner.length), ...inner]),
    fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 7 })).map(([f, w]) => key(f, w)),
  ),
})).message;

test('bytes shaped like protobuf (any field, any wire type, nested) decode as a request or fail with MALFORMED_FRAME', (t) => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(protobufish, (shape) => {
      const bytes = Uint8Array.from(shape);
      for (const [, codec] of requests) seen.add(outcome((b) => codec.decode(b), bytes));
    }),
    { numRuns: 400, seed: 11 },
  );
  t.deepEqual([...seen].sort(), ['MALFORMED_FRAME', 'decoded']);
});
