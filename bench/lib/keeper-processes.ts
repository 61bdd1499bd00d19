import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreedLeader, freePorts, MemberProcess, STARTED, waitForAgreement } from '../../test/cluster/processes.js';
import { forget, track } from './children.js';

/*
 * A logkeeper ensemble as a user runs it: N `logkeeper start` child processes on free
 * loopback ports, each with its own classic-level data directory (fsync on), one address
 * per member for peers and clients. Started, it knows the leader all members agree on and
 * the followers; `stop()` sends SIGTERM (a planned stop: the leader hands over, CPU profiles
 * are written) and SIGKILLs whatever is still running after a bound.
 */

export interface KeeperProcessesOptions {
  count?: number;
  /** Node flags for every member (before the script), e.g. `--cpu-prof --cpu-prof-dir <dir>`. */
  nodeArgs?: string[];
  /** More `logkeeper start` options for every member. */
  startArgs?: string[];
  /** Parent of the data directories (a fresh temp directory by default, removed at stop). */
  dataRoot?: string;
}

export interface KeeperProcesses {
  ids: string[];
  /** A member's address (for peers and clients), e.g. tcp://127.0.0.1:40123. */
  address(id: string): string;
  leader: string;
  followers: string[];
  pids: number[];
  members: Map<string, MemberProcess>;
  /** The leader the members agree on now (undefined during an election). */
  currentLeader(): string | undefined;
  stop(): Promise<void>;
}

const START_MS = 30_000;
const AGREE_MS = 20_000;
const STOP_MS = 25_000;

async function stopMembers(members: Iterable<MemberProcess>, ms = STOP_MS): Promise<void> {
  await Promise.all([...members].map(async (m) => {
    m.kill('SIGTERM');
    const bound = new Promise<'late'>((resolve) => setTimeout(resolve, ms, 'late').unref());
    if ((await Promise.race([m.exited, bound])) === 'late') {
      m.kill('SIGKILL');
      await m.exited;
    }
    forget(m);
  }));
}

export async function startKeeperProcesses(options: KeeperProcessesOptions = {}): Promise<KeeperProcesses> {
  const count = options.count ?? 3;
  const ids = Array.from({ length: count }, (_, i) => String(i + 1));
  const ports = await freePorts(count);
  const address = (id: string) => `tcp://127.0.0.1:${ports[Number(id) - 1]}`;
  const peers = ids.map((id) => `${id}=${address(id)}`).join(',');
  const ownRoot = options.dataRoot === undefined;
  const root = options.dataRoot ?? mkdtempSync(join(tmpdir(), 'logkeeper-bench-processes-'));
  const members = new Map(ids.map((id) => {
    const m = new MemberProcess(['--id', id, '--peers', peers, '--data', join(root, id), ...(options.startArgs ?? [])], options.nodeArgs ?? []);
    track(m);
    return [id, m] as const;
  }));
  const stop = async () => {
    await stopMembers(members.values());
    if (ownRoot) rmSync(root, { recursive: true, force: true });
  };
  try {
    await Promise.all([...members].map(([id, m]) => m.line(STARTED, START_MS, `member ${id} to start`)));
    const { id: leader } = await waitForAgreement(members, AGREE_MS, 'a leader');
    return {
      ids,
      address,
      leader,
      followers: ids.filter((id) => id !== leader),
      pids: [...members.values()].map((m) => m.pid),
      members,
      currentLeader: () => agreedLeader(members)?.id,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
