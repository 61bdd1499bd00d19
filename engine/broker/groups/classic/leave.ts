import { toLogkeeperError, kafkaCodeOf, UnknownMemberIdError } from '../../../errors/index.js';
import type { LeaveGroupRequest, LeaveGroupResponse } from '../../api/group-types.js';
import type { ClassicMember } from './group.js';
import { afterDeparture, pendingMemberTimer, removeMember } from './rebalance.js';
import type { GroupContext } from '../context.js';

/*
 * LeaveGroup: members leave, by member id, or by static instance id alone (an admin
 * removing a static member). Each is answered on its own; the group then rebalances once.
 */

export function leaveGroup(ctx: GroupContext, request: LeaveGroupRequest): LeaveGroupResponse {
  const group = ctx.state.classic(request.groupId);
  if (!group) throw new UnknownMemberIdError(`Group ${request.groupId} has no classic members here`);
  let left = false;
  const members = request.members.map(({ memberId, groupInstanceId }) => {
    try {
      if (memberId !== '' && group.pendingMembers.delete(memberId)) {
        ctx.op.timers.cancel(pendingMemberTimer(group, memberId));
      } else {
        let member: ClassicMember;
        if (memberId === '') {
          const owner = groupInstanceId === null ? undefined : group.staticMembers.get(groupInstanceId);
          if (owner === undefined) throw new UnknownMemberIdError(`Group ${group.groupId} has no static member ${String(groupInstanceId)}`);
          member = group.members.get(owner)!;
        } else member = group.member(memberId, groupInstanceId);
        removeMember(ctx, group, member, false);
      }
      left = true;
      return { memberId, groupInstanceId, errorCode: 0 };
    } catch (error) {
      return { memberId, groupInstanceId, errorCode: kafkaCodeOf(toLogkeeperError(error).code) };
    }
  });
  if (left) afterDeparture(ctx, group);
  return { errorCode: 0, members };
}
