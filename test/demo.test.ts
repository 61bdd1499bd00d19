import test from 'ava';
import { runDemo } from '../bin/demo.js';

// `npm start` runs this story; it must keep telling the truth: one master per term, tokens
// that grow, a stale master refused downstream, sessions that survive the ensemble's failover.

test('the main job elects masters through three faults and fences the stale one', async (t) => {
  const lines: string[] = [];
  await runDemo({ sessionTimeoutMs: 1500, seed: 1, out: (line) => lines.push(line) });
  const log = lines.join('\n');
  const tokens = [...log.matchAll(/elected master, fencing token (\d+)/g)].map((m) => Number(m[1]));
  t.is(tokens.length, 3, `three terms: the first master, after the crash, after the partition\n${log}`);
  t.true(tokens[0]! < tokens[1]! && tokens[1]! < tokens[2]!, 'every term has a larger token');
  t.regex(log, /late write from db-\d with token \d+ REFUSED/);
  t.is([...log.matchAll(/REFUSED/g)].length, 1, 'only the stale write is refused');
  t.regex(log, /kept its session \w+ and its term/);
  for (const app of ['app-1', 'app-2']) {
    const seen = [...log.matchAll(new RegExp(`${app}: master is now db-\\d:5432 \\(token (\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
    t.deepEqual(seen, tokens, `${app} learned every master`);
  }
});
