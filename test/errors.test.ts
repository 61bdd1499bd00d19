import test from 'ava';
import { readFileSync } from 'node:fs';
import {
  ERROR_CODES,
  LogkeeperError,
  ConnectionLossError,
  NotLeaderError,
  errorFromCode,
  errorFromKafkaCode,
  kafkaCodeOf,
  NotLeaderOrFollowerError,
  toLogkeeperError,
  type ErrorCode,
} from '../engine/errors/index.js';

const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
const codes = Object.keys(ERROR_CODES) as ErrorCode[];

test('every code is documented in docs/errors.md with its class and retriable flag, and nothing else is', (t) => {
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| `([A-Z_]+)` \| `(\w+)` \| (yes|no) \|/.exec(line);
    if (m) rows.set(m[1]!, [m[2]!, m[3]!]);
  }
  t.deepEqual([...rows.keys()].sort(), [...codes].sort());
  for (const code of codes) {
    const error = errorFromCode(code, 'x');
    t.is(rows.get(code)![0], error.constructor.name, `${code} names its class`);
    t.is(rows.get(code)![1], ERROR_CODES[code].retriable ? 'yes' : 'no', `${code} states its retriable flag`);
  }
});

test('each code revives as its own class with its default retriable flag', (t) => {
  for (const code of codes) {
    const error = errorFromCode(code, 'message');
    t.true(error instanceof LogkeeperError);
    t.is(error.code, code);
    t.is(error.retriable, ERROR_CODES[code].retriable);
    t.is(error.message, 'message');
    t.is(error.name, error.constructor.name);
  }
  t.true(errorFromCode('CONNECTION_LOSS', '') instanceof ConnectionLossError);
  t.is((errorFromCode('NOT_LEADER', 'x', true, { leader: 'n2' }) as NotLeaderError).leader, 'n2');
  t.deepEqual(errorFromCode('NOT_LEADER', 'x', true, { leader: 'n2' }).details, { leader: 'n2' });
});

test('an unknown code from a newer peer becomes INTERNAL, keeping its code and retriable flag', (t) => {
  const error = errorFromCode('SHINY_NEW_CODE', 'from the future', true);
  t.is(error.code, 'INTERNAL');
  t.true(error.retriable);
  t.regex(error.message, /SHINY_NEW_CODE: from the future/);
});

test('anything thrown becomes a LogkeeperError with the original as cause', (t) => {
  const original = new TypeError('oops');
  const wrapped = toLogkeeperError(original);
  t.is(wrapped.code, 'INTERNAL');
  t.is(wrapped.cause, original);
  const typed = new NotLeaderError();
  t.is(toLogkeeperError(typed), typed);
  t.is(typed.message, ERROR_CODES.NOT_LEADER.description);
});

test('Kafka numbers: each is given to one code, documented beside it, and revives as that code', (t) => {
  const numbers = new Map<number, string>();
  for (const code of codes) {
    const entry: { retriable: boolean; kafka?: number } = ERROR_CODES[code];
    if (entry.kafka === undefined) {
      t.is(kafkaCodeOf(code), -1, `${code} has no Kafka number: UNKNOWN_SERVER_ERROR`);
      continue;
    }
    t.false(numbers.has(entry.kafka), `${entry.kafka} is given to ${code} and ${numbers.get(entry.kafka)}`);
    numbers.set(entry.kafka, code);
    t.is(errorFromKafkaCode(entry.kafka)!.code, code);
    t.is(errorFromCode(code, 'x').kafkaCode, entry.kafka);
  }
  for (const line of doc.split('\n')) {
    const m = /^\| `([A-Z_]+)` \| `\w+` \| (?:yes|no) \| (-?\d+) \|/.exec(line);
    if (m) t.is(numbers.get(Number(m[2])), m[1], `docs/errors.md gives ${m[1]} Kafka's ${m[2]}`);
  }
  t.is(numbers.get(3), 'UNKNOWN_TOPIC_OR_PARTITION');
  t.is(numbers.get(6), 'NOT_LEADER_OR_FOLLOWER');
  t.is(errorFromKafkaCode(0), undefined, '0 is no error');
  t.is(errorFromKafkaCode(9999)!.code, 'INTERNAL', 'a number this version does not know');
  t.true(errorFromKafkaCode(6) instanceof NotLeaderOrFollowerError);
  t.true(errorFromKafkaCode(6)!.retriable);
});
