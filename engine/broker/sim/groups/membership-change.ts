import type { SimBrokerCluster } from '../cluster.js';
import type { GroupChecker } from './checker.js';
import type { SimMember } from './member.js';
import type { GroupRunPlan, MembershipChangePlan } from './plan.js';
import { watchMembers } from './unchanged.js';

/*
 * How this works: one-owner after a membership change, and groups-independent, measured in
 * the quiet phase at the end of a run, where nothing else happens. A member of one group
 * leaves — stopped cleanly (a dynamic member sends LeaveGroup; a static one only steps away
 * and is removed when its session ends) or crashed (removed when its session ends) — and,
 * once its group settled without it, comes back as a new process. After each change the
 * group must settle within `plan.changeBoundMs` (`settle`: each partition owned by exactly one
 * live member, as the coordinator sees it too; everything processed and committed), and the
 * other group's members must see nothing of it: no rebalance, no new generation or member
 * epoch, the same partitions.
 */

export interface MembershipChangeOptions {
  cluster: SimBrokerCluster;
  checker: GroupChecker;
  plan: GroupRunPlan;
  change: MembershipChangePlan;
  members: readonly SimMember[];
  /** The groups settle within `limitMs` (else the checker is told). */
  settle(limitMs: number, when: string): Promise<void>;
  /** Awaits `promise` while the clock runs. */
  await<T>(promise: Promise<T>): Promise<T>;
}

export async function membershipChange(o: MembershipChangeOptions): Promise<void> {
  const { cluster, checker, plan, change } = o;
  const group = plan.groups[change.group]!;
  const member = o.members.find((m) => m.name === group.members[change.member]!.name)!;
  const other = o.members.filter((m) => m.groupId !== group.groupId);
  const changed = watchMembers(other);
  const independent = (when: string) => {
    const what = changed();
    if (what) checker.fail('groups-independent', other[0]!.groupId, null, `${when} of group ${group.groupId}, ${what}`);
  };
  const kind = member.instanceId ? `static ${member.instanceId}` : 'dynamic';
  cluster.log(`membership change: ${member.ref.label} (${kind}) ${change.how === 'stop' ? 'stops' : 'crashes'}`);
  const left = `after ${member.ref.label} (${kind}) ${change.how === 'stop' ? 'stopped' : 'crashed'} at ${cluster.elapsed().toFixed(0)} ms`;
  if (change.how === 'stop') await o.await(member.stop());
  else member.crash();
  await o.settle(plan.changeBoundMs, left);
  independent(left);
  if (checker.violation) return;
  member.start();
  const joined = `after ${member.ref.label} (${kind}) started at ${cluster.elapsed().toFixed(0)} ms`;
  cluster.log(`membership change: ${member.ref.label} (${kind}) starts`);
  await o.settle(plan.changeBoundMs, joined);
  independent(joined);
}
