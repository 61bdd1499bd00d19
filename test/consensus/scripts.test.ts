import test from 'ava';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfChangeType, MessageType, type Message } from '../../engine/consensus/types.js';
import { CoreNetwork, bytes } from './core-helpers.js';

/*
 * Scenario scripts with golden output, in the style of etcd's raft testdata: each file in
 * test/consensus/scripts/ is a series of blocks
 *
 *   command args...        (one or more lines)
 *   ----
 *   expected output        (up to a blank line)
 *
 * run against a CoreNetwork. UPDATE_GOLDEN=1 npx ava test/consensus/scripts.test.ts
 * rewrites the expected output from what the code does now (then review the diff).
 *
 * Commands: nodes <ids...> [max-message-bytes=<n>] | campaign <id> | tick <n> [id] |
 * stabilize [verbose] | round [n] [verbose] | propose <id> <value> | isolate <id> | cut <from> <to> | heal | restart <id> |
 * compact <id> | transfer <from> <to> | read-index <id> <ctx> | add-learner <leader> <id> |
 * promote <leader> <id> | remove <leader> <id> | status | values | log <id>
 */

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'scripts');
const dec = new TextDecoder();

function describe(m: Message): string {
  const parts = [`${m.from}->${m.to} ${MessageType[m.type]} term=${m.term}`];
  if (m.type === MessageType.App) parts.push(`prev=${m.index}/${m.logTerm} entries=${m.entries.length} commit=${m.commit}`);
  if (m.type === MessageType.AppResp) parts.push(m.reject ? `reject=${m.index} hint=${m.rejectHint}/${m.logTerm}` : `index=${m.index}`);
  if (m.type === MessageType.Vote || m.type === MessageType.PreVote) parts.push(`last=${m.index}/${m.logTerm}${m.force ? ' force' : ''}`);
  if ((m.type === MessageType.VoteResp || m.type === MessageType.PreVoteResp) && m.reject) parts.push('reject');
  if (m.type === MessageType.Snap) parts.push(`snapshot=${m.snapshot!.meta.index}/${m.snapshot!.meta.term}`);
  if (m.type === MessageType.ReadIndexResp || m.type === MessageType.Stable) parts.push(`index=${m.index}`);
  return parts.join(' ');
}

class Script {
  net: CoreNetwork | null = null;
  reads: string[] = [];

  run(line: string): string[] {
    const [cmd, ...args] = line.trim().split(/\s+/);
    const net = this.net;
    const node = (id: string) => {
      if (!net?.nodes.has(id)) throw new Error(`no node ${id}`);
      return net.node(id);
    };
    switch (cmd) {
      case 'nodes': {
        const ids = args.filter((a) => !a.includes('='));
        const max = args.find((a) => a.startsWith('max-message-bytes='));
        this.net = new CoreNetwork(ids, { seed: 1, ...(max ? { maxMessageBytes: Number(max.split('=')[1]) } : {}) });
        this.#watchReads();
        return [];
      }
      case 'campaign':
        node(args[0]!).raft.campaign();
        return [];
      case 'tick': {
        const n = Number(args[0] ?? 1);
        if (args[1]) for (let i = 0; i < n; i++) node(args[1]).raft.tick();
        else net!.tickAll(n);
        return [];
      }
      case 'stabilize': {
        const out: string[] = [];
        for (let i = 0; i < 1000; i++) {
          const moved = net!.processReady();
          if (args[0] === 'verbose') out.push(...this.#inFlight());
          const delivered = net!.deliver();
          if (!moved && !delivered) break;
        }
        return out;
      }
      case 'round': {
        // One network hop at a time: every member handles its Ready, then the messages in
        // flight are delivered (what they answer waits for the next round).
        const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
        const out: string[] = [];
        for (let i = 0; i < n; i++) {
          net!.processReady();
          if (args.includes('verbose')) out.push(...this.#inFlight());
          net!.deliver();
        }
        return out;
      }
      case 'propose': {
        const outcome = node(args[0]!).raft.propose(bytes(args[1]!));
        return outcome.kind === 'appended' ? [`appended at ${outcome.index} term ${outcome.term}`] : [outcome.kind];
      }
      case 'isolate':
        net!.isolate(args[0]!);
        return [];
      case 'cut':
        net!.cut.add(`${args[0]}->${args[1]}`);
        return [];
      case 'heal':
        net!.heal();
        return [];
      case 'restart':
        net!.restart(args[0]!);
        this.#watchReads();
        return [];
      case 'compact': {
        const s = net!.snapshot(args[0]!);
        return [`snapshot at ${s.meta.index} term ${s.meta.term}`];
      }
      case 'transfer':
        node(args[0]!).raft.transferLeader(args[1]!);
        return [];
      case 'read-index':
        return node(args[0]!).raft.readIndex(bytes(args[1]!)) ? [] : ['no leader known'];
      case 'add-learner':
        net!.addEmpty(args[1]!);
        this.#watchReads();
        node(args[0]!).raft.proposeConfChange({ type: ConfChangeType.AddLearner, id: args[1]!, address: args[1]! });
        return [];
      case 'promote':
        node(args[0]!).raft.proposeConfChange({ type: ConfChangeType.AddVoter, id: args[1]!, address: '' });
        return [];
      case 'remove':
        node(args[0]!).raft.proposeConfChange({ type: ConfChangeType.Remove, id: args[1]!, address: '' });
        return [];
      case 'status':
        return [...net!.nodes.values()].map((n) => {
          const r = n.raft;
          const conf = r.confState();
          return `${r.id}: ${r.role} term=${r.term} lead=${r.lead || '-'} commit=${r.log.committed} applied=${r.log.applied} last=${r.log.lastIndex()}`
            + ` voters=${conf.voters.map((m) => m.id).sort().join(',')}${conf.learners.length ? ` learners=${conf.learners.map((m) => m.id).join(',')}` : ''}`;
        });
      case 'values':
        return [...net!.nodes.values()].map((n) => `${n.raft.id}: ${n.values().join(' ') || '(none)'}`);
      case 'reads': {
        const out = this.reads;
        this.reads = [];
        return out.length ? out : ['(none)'];
      }
      case 'log': {
        const log = node(args[0]!).raft.log;
        const lines = [`snapshot ${log.snapshotIndex}/${log.snapshotTerm}`];
        for (const e of log.entries) lines.push(`${e.index}/${e.term} ${e.type === 1 ? 'conf' : e.data.byteLength ? dec.decode(e.data) : 'no-op'}`);
        return lines;
      }
      default:
        throw new Error(`unknown command ${cmd}`);
    }
  }

  /** The messages in flight that a cut link does not drop, described. */
  #inFlight(): string[] {
    const net = this.net!;
    return net.inbox.filter((m) => !net.cut.has(`${m.from}->${m.to}`)).map(describe);
  }

  /** Records the read states each member's Ready hands out. */
  #watchReads(): void {
    for (const n of this.net!.nodes.values()) {
      const r = n.raft as typeof n.raft & { watched?: boolean };
      if (r.watched) continue;
      r.watched = true;
      const ready = r.ready.bind(r);
      r.ready = () => {
        const rd = ready();
        for (const s of rd.readStates) this.reads.push(`${r.id}: read ${dec.decode(s.context)} at ${s.index}`);
        return rd;
      };
    }
  }
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  test(`script ${file}`, (t) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const script = new Script();
    const out: string[] = [];
    const blocks = text.split(/\n\n+/);
    for (const block of blocks) {
      if (!block.trim()) continue;
      const [commandPart, expected = ''] = block.split(/^----$/m) as [string, string?];
      const commands = commandPart.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
      const comments = commandPart.split('\n').filter((l) => l.trim().startsWith('#'));
      const actual = commands.flatMap((c) => script.run(c));
      const actualText = actual.join('\n');
      out.push([...comments, ...commands, '----', ...actual].join('\n'));
      if (!process.env.UPDATE_GOLDEN) t.is(actualText, expected.replace(/^\n/, '').replace(/\n$/, ''), `${file}: ${commands.join('; ')}`);
    }
    if (process.env.UPDATE_GOLDEN) {
      writeFileSync(path, `${out.join('\n\n')}\n`);
      t.pass();
    }
  });
}
