import type { Random } from '../../../time/random.js';
import { coordinatorPartition, OFFSETS_TOPIC } from '../../groups/placement.js';
import type { SimBrokerCluster } from '../cluster.js';
import type { Nemesis } from '../nemesis.js';
import { partitionState } from '../observe.js';
import type { SimMember } from './member.js';

/*
 * How this works. The faults a consumer group meets, drawn from the seed before the run
 * (each at a time of its own in the fault phase, undone after a duration of its own), on top
 * of the broker faults of nemesis.ts:
 *
 *   crash        a member's process dies and comes back later as a new process — a static
 *                member as the same instance, within its session timeout or beyond it;
 *   pause        a member stops (no heartbeats, no processing: freezer.ts) for longer than
 *                its session timeout, then goes on where it was;
 *   coordinator  the broker leading the group's `__consumer_offsets` partition crashes
 *                (through the broker nemesis, which refuses crashes that could lose
 *                acknowledged records) and restarts later;
 *   cut off      the links between a member and every broker, or its coordinator only, are
 *                cut — both ways, or only the coordinator's answers — for a while.
 *
 * A fault aimed at a member that is not running then is skipped. `heal` ends every fault:
 * links are restored, paused members go on and crashed ones start again. `kinds` counts the
 * faults that struck, by kind (so that runs can show that each kind occurs).
 */

export const GROUP_FAULT_KINDS = [
  'crash, static, back within the session timeout',
  'crash, dynamic or away beyond the session timeout',
  'pause beyond the session timeout',
  'coordinator crash',
  'member cut off from every broker',
  'member cut off from its coordinator',
  "member deaf to its coordinator's answers",
] as const;
export type GroupFaultKind = (typeof GROUP_FAULT_KINDS)[number];

export interface GroupNemesisOptions {
  cluster: SimBrokerCluster;
  nemesis: Nemesis;
  members: readonly SimMember[];
  random: Random;
  sessionTimeoutMs: number;
  offsetsPartitions: number;
  /** Clock times of the fault phase. */
  from: number;
  until: number;
}

export class GroupNemesis {
  readonly #o: GroupNemesisOptions;
  readonly #undo = new Set<() => void>();
  faults = 0;
  readonly kinds = new Map<GroupFaultKind, number>();

  constructor(options: GroupNemesisOptions) {
    this.#o = options;
  }

  schedule(): void {
    const { random, from, until } = this.#o;
    let t = from + random.int(300);
    while (t < until - 50) {
      this.#plan(random.int(6), t);
      t += 150 + random.int(450);
    }
  }

  heal(): void {
    for (const undo of this.#undo) undo();
    this.#undo.clear();
    for (const m of this.#o.members) {
      if (m.status === 'paused') m.resume();
      else if (m.status === 'down') m.start();
    }
  }

  #plan(kind: number, at: number): void {
    const { cluster, members, random, sessionTimeoutMs: session } = this.#o;
    const member = random.pick(members);
    const brokers = cluster.ids;
    switch (kind) {
      case 0:
      case 1: {
        const within = random.chance(0.5);
        const away = member.instanceId !== null && within ? 50 + random.int(Math.round(session * 0.5)) : Math.round(session * (1.2 + random.next()));
        return this.#at(at, member, () => {
          this.#count(member.instanceId !== null && within ? 'crash, static, back within the session timeout' : 'crash, dynamic or away beyond the session timeout');
          member.crash();
          const incarnation = member.incarnation;
          this.#for(away, () => {
            if (member.status === 'down' && member.incarnation === incarnation) member.start();
          });
        });
      }
      case 2: {
        const duration = Math.round(session * (1.1 + random.next()));
        return this.#at(at, member, () => {
          this.#count('pause beyond the session timeout');
          member.pause();
          this.#for(duration, () => member.resume());
        });
      }
      case 3: {
        const duration = 50 + random.int(1500);
        return this.#at(at, null, () => {
          const leader = partitionState(cluster, OFFSETS_TOPIC, coordinatorPartition(member.groupId, this.#o.offsetsPartitions))?.leader ?? -1;
          if (leader < 0) return;
          const crashes = this.#o.nemesis.crashes;
          this.#o.nemesis.crash(String(leader), cluster.clock.now() + duration, `the coordinator of group ${member.groupId}`);
          if (this.#o.nemesis.crashes > crashes) this.#count('coordinator crash');
        });
      }
      case 4: {
        const duration = 50 + random.int(2 * session);
        return this.#at(at, member, () => {
          this.#count('member cut off from every broker');
          this.#for(duration, cluster.partition([[member.name], brokers]));
        });
      }
      case 5: {
        const duration = 50 + random.int(2 * session);
        const oneWay = random.chance(0.3);
        return this.#at(at, member, () => {
          const leader = partitionState(cluster, OFFSETS_TOPIC, coordinatorPartition(member.groupId, this.#o.offsetsPartitions))?.leader ?? -1;
          if (leader < 0) return;
          this.#count(oneWay ? "member deaf to its coordinator's answers" : 'member cut off from its coordinator');
          this.#for(duration, oneWay ? cluster.block(String(leader), member.name) : cluster.partition([[member.name], [String(leader)]]));
        });
      }
    }
  }

  /** Runs `action` at `time` if the fault phase is on and `member` (if any) is running then. */
  #at(time: number, member: SimMember | null, action: () => void): void {
    const { cluster } = this.#o;
    cluster.clock.setTimer(time - cluster.clock.now(), () => {
      if (cluster.clock.now() >= this.#o.until) return;
      if (member && member.status !== 'running') return void cluster.log(`skip a fault of consumer ${member.ref.label}: it is ${member.status}`);
      this.faults++;
      action();
    });
  }

  #count(kind: GroupFaultKind): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  /** Undoes a fault after `ms` (or at the heal, whichever comes first). */
  #for(ms: number, undo: () => void): void {
    this.#undo.add(undo);
    this.#o.cluster.clock.setTimer(ms, () => {
      if (this.#undo.delete(undo)) undo();
    });
  }
}
