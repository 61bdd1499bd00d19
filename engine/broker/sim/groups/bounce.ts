import type { SimBrokerCluster } from '../cluster.js';
import type { GroupChecker } from './checker.js';
import { ms } from './failures.js';
import type { SimMember } from './member.js';
import type { GroupRunPlan, StaticBouncePlan } from './plan.js';
import { watchMembers } from './unchanged.js';

/*
 * How this works: `static-no-rebalance`, in a quiet phase after the run settled (no faults,
 * nothing produced), so that anything the group does is the bounce's doing. A static member
 * stops — cleanly (a KIP-848 member steps away with epoch -2; a classic one sends no
 * LeaveGroup) or, classic only, by a crash — and a new process of the same instance joins
 * well within the session timeout. It must get its partitions back, and the other members
 * of its group must see nothing — no rebalance, no new generation or member epoch, the same
 * partitions — until a few heartbeats after the old process's session would have ended.
 */

export interface BounceOptions {
  cluster: SimBrokerCluster;
  checker: GroupChecker;
  plan: GroupRunPlan;
  bounce: StaticBouncePlan;
  members: readonly SimMember[];
  /** Runs the clock until `condition` holds, within `limitMs` (false: it did not). */
  until(condition: () => boolean, limitMs: number): Promise<boolean>;
  /** Awaits `promise` while the clock runs. */
  settle<T>(promise: Promise<T>): Promise<T>;
}

export async function staticBounce(o: BounceOptions): Promise<void> {
  const { cluster, checker, plan, bounce } = o;
  const group = plan.groups[bounce.group]!;
  const member = o.members.find((m) => m.name === group.members[bounce.member]!.name)!;
  const others = o.members.filter((m) => m.groupId === group.groupId && m !== member);
  const fail = (message: string) => checker.fail('static-no-rebalance', group.groupId, null, message);
  const owned = member.assignment();
  const changed = watchMembers(others);
  const from = cluster.elapsed();
  cluster.log(`static bounce: ${member.ref.label} (instance ${member.instanceId}) ${bounce.how === 'stop' ? 'stops' : 'crashes'}, back after ${bounce.awayMs} ms`);
  if (bounce.how === 'stop') await o.settle(member.stop());
  else member.crash();
  const stopped = cluster.elapsed();
  await o.until(() => cluster.elapsed() >= stopped + bounce.awayMs, bounce.awayMs + 100);
  member.start();
  const back = cluster.elapsed();
  const same = () => member.assignment().join(',') === owned.join(',');
  if (!(await o.until(same, 3 * plan.sessionTimeoutMs))) {
    fail(`${member.ref.label} (static ${member.instanceId}) came back ${ms(back - stopped)} after it stopped (session timeout ${plan.sessionTimeoutMs} ms) and did not get its partitions [${owned.join(',')}] back within ${3 * plan.sessionTimeoutMs} ms (it owns [${member.assignment().join(',')}])`);
    return;
  }
  // Long enough for a rebalance the bounce caused to show, even one at the end of the old process's session.
  const quietUntil = Math.max(cluster.elapsed(), stopped + plan.sessionTimeoutMs) + 4 * plan.heartbeatIntervalMs;
  await o.until(() => cluster.elapsed() >= quietUntil, quietUntil - cluster.elapsed() + 100);
  const what = changed();
  if (what) {
    fail(`${member.ref.label} (static ${member.instanceId}) stopped at ${ms(from)} and came back at ${ms(back)}, within the session timeout (${plan.sessionTimeoutMs} ms); meanwhile ${what}`);
    return;
  }
  cluster.log(`static bounce: ${member.ref.label} owns [${owned.join(',')}] again; the others saw no rebalance`);
}
