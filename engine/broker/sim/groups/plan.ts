import { Random } from '../../../time/random.js';

/*
 * What a group run is made of, drawn from its seed before anything starts (so that it
 * replays): the topic's partitions, how many partitions `__consumer_offsets` has (2: both
 * groups on one coordinator; 3: on two), the two groups on the topic — each with its
 * protocol's assignor (KIP-848: the server's uniform or range; classic: range, roundrobin or
 * cooperative-sticky), 2 or 3 members, some of them static, a way of committing after
 * processing (auto-commit after each fetch, every few ms, every few messages, or an explicit
 * commit after each message), and how long a message takes to process (now and then a slow
 * one) — and, for a quiet phase at the end, whether a static member is bounced and which
 * member leaves and comes back.
 *
 * Timeouts are short so that runs are short: a member is removed after `sessionTimeoutMs`
 * without a heartbeat (KIP-848: the broker's setting; classic: the member's), heartbeats every
 * `heartbeatIntervalMs`, and a rebalance waits `rebalanceTimeoutMs` for a member.
 */

export type GroupProtocolFamily = 'consumer' | 'classic';

export const TOPIC = 'events';
export const GROUP_IDS = ['alpha', 'beta'] as const;

/**
 * auto: after each fetch's messages; interval: every `ms`; threshold: every `messages`
 * messages or `ms`, whichever comes first (auto-commit, kafkajs's rules); explicit:
 * commitOffsets after each message (a failed commit is not retried: a later one covers it).
 */
export type CommitMode = { mode: 'auto' } | { mode: 'interval'; ms: number } | { mode: 'threshold'; messages: number; ms: number } | { mode: 'explicit' };

export interface MemberPlan {
  /** Its network node, and its name in reports. */
  name: string;
  /** Static membership: its groupInstanceId. */
  instanceId: string | null;
}

export interface GroupPlan {
  groupId: string;
  protocol: GroupProtocolFamily;
  /** KIP-848: the server assignor asked for; classic: the client assignor. */
  assignor: string;
  members: MemberPlan[];
  commit: CommitMode;
  /** Partitions processed at once by a member. */
  concurrency: number;
  /** A message takes from `processingMs[0]` to `processingMs[1]` ms, or `slowMs` with chance `slowChance`. */
  processingMs: [number, number];
  slowChance: number;
  slowMs: number;
}

export interface StaticBouncePlan {
  group: number;
  member: number;
  /** KIP-848's static member steps away (epoch -2) when stopped cleanly; a classic one may also crash. */
  how: 'stop' | 'crash';
  /** How long it is away: well within the session timeout. */
  awayMs: number;
}

/** A member that leaves in the quiet phase and comes back (membership-change.ts). */
export interface MembershipChangePlan {
  group: number;
  member: number;
  how: 'stop' | 'crash';
}

export interface GroupRunPlan {
  family: GroupProtocolFamily;
  partitions: number;
  offsetsPartitions: number;
  groups: GroupPlan[];
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  /** Classic: how long a new group waits for more members before its first rebalance. */
  initialRebalanceDelayMs: number;
  /** The quiet phase's static member, or null when none is drawn (or no member is static). */
  bounce: StaticBouncePlan | null;
  /** The quiet phase's member that leaves and comes back. */
  change: MembershipChangePlan;
  /**
   * Bound on a group's settling after a membership change in the quiet phase: the departed
   * member's session ends, then a rebalance no longer than its timeout, then commits.
   */
  changeBoundMs: number;
}

const SESSION_TIMEOUT_MS = 1000;
const HEARTBEAT_INTERVAL_MS = 100;
const REBALANCE_TIMEOUT_MS = 1500;

export function drawPlan(seed: number | string, family: GroupProtocolFamily): GroupRunPlan {
  const random = new Random(`group-plan:${seed}`);
  const assignors = family === 'consumer' ? ['uniform', 'range'] : ['range', 'roundrobin', 'cooperative-sticky'];
  const groups = GROUP_IDS.map((groupId): GroupPlan => {
    const size = 2 + random.int(2);
    const members = Array.from({ length: size }, (_, i) => {
      const name = `${groupId}-${i + 1}`;
      return { name, instanceId: random.chance(0.4) ? `${name}-instance` : null };
    });
    const commits: CommitMode[] = [{ mode: 'auto' }, { mode: 'interval', ms: 20 + random.int(200) }, { mode: 'threshold', messages: 2 + random.int(5), ms: 100 + random.int(400) }, { mode: 'explicit' }];
    const min = 1 + random.int(3);
    return {
      groupId,
      protocol: family,
      assignor: random.pick(assignors),
      members,
      commit: random.pick(commits),
      concurrency: 1 + random.int(2),
      processingMs: [min, min + random.int(6)],
      slowChance: random.chance(0.5) ? 0.02 + random.next() * 0.05 : 0,
      slowMs: 50 + random.int(250),
    };
  });
  const statics = groups.flatMap((g, gi) => g.members.flatMap((m, mi) => (m.instanceId === null ? [] : [{ group: gi, member: mi }])));
  const bounce: StaticBouncePlan | null =
    statics.length > 0 && random.chance(0.6)
      ? {
          ...random.pick(statics),
          how: family === 'consumer' || random.chance(0.5) ? 'stop' : 'crash',
          awayMs: Math.round(SESSION_TIMEOUT_MS * (0.1 + random.next() * 0.35)),
        }
      : null;
  const partitions = 2 + random.int(3);
  const offsetsPartitions = 2 + random.int(2);
  const initialRebalanceDelayMs = random.pick([0, 100, 300]);
  const changing = random.int(groups.length);
  const change: MembershipChangePlan = { group: changing, member: random.int(groups[changing]!.members.length), how: random.chance(0.5) ? 'stop' : 'crash' };
  return {
    family,
    partitions,
    offsetsPartitions,
    groups,
    sessionTimeoutMs: SESSION_TIMEOUT_MS,
    heartbeatIntervalMs: HEARTBEAT_INTERVAL_MS,
    rebalanceTimeoutMs: REBALANCE_TIMEOUT_MS,
    initialRebalanceDelayMs,
    bounce,
    change,
    changeBoundMs: SESSION_TIMEOUT_MS + REBALANCE_TIMEOUT_MS + 1000,
  };
}
