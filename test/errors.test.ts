import test from 'ava';
import { readFileSync } from 'node:fs';
import {
  ERROR_CODES,
  LogkeeperError,
  ConnectionLossError,
  NotLeaderError,
  errorFromCode,
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
