import { IllegalGenerationError, RebalanceInProgressError, UnknownMemberIdError } from '../../../errors/index.js';
import type { HeartbeatRequest, HeartbeatResponse } from '../../api/group-types.js';
import { scheduleSession } from './rebalance.js';
import type { GroupContext } from '../context.js';

/*
 * Heartbeat: a member of the current generation keeps its session; during a join phase it
 * is told REBALANCE_IN_PROGRESS, so that it rejoins. A member of another generation gets
 * ILLEGAL_GENERATION, an unknown one UNKNOWN_MEMBER_ID, a replaced static one FENCED_INSTANCE_ID.
 */

export function heartbeat(ctx: GroupContext, request: HeartbeatRequest): HeartbeatResponse {
  const group = ctx.state.classic(request.groupId);
  if (!group) throw new UnknownMemberIdError(`Group ${request.groupId} has no classic members here`);
  const member = group.member(request.memberId, request.groupInstanceId);
  if (request.generationId !== group.generationId) throw new IllegalGenerationError(`Generation ${request.generationId} is not group ${group.groupId}'s, ${group.generationId}`);
  scheduleSession(ctx, group, member);
  if (group.state === 'PreparingRebalance') throw new RebalanceInProgressError(`Group ${group.groupId} is rebalancing`);
  return { errorCode: 0 };
}
