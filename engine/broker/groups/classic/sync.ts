import { IllegalGenerationError, InconsistentGroupProtocolError, RebalanceInProgressError, UnknownMemberIdError } from '../../../errors/index.js';
import type { SyncGroupRequest, SyncGroupResponse } from '../../api/group-types.js';
import { deferred } from '../runtime/op.js';
import type { ClassicGroup, ClassicMember } from './group.js';
import { scheduleSession } from './rebalance.js';
import type { GroupContext } from '../context.js';

/*
 * SyncGroup: after the join phase, each member asks for its part of the assignment; the
 * leader's request carries the whole of it. The leader's makes the group Stable and is
 * persisted (GroupMetadataValue, every member's assignment); every waiting member is then
 * answered with its own part, once that record is committed, and its session timer starts
 * again (its SyncGroup may have waited most of a session for the leader's). A member of a
 * Stable group gets its part at once (a static member back with no rebalance, or a retried
 * request).
 */

const EMPTY = new Uint8Array(0);

export function syncGroup(ctx: GroupContext, request: SyncGroupRequest): SyncGroupResponse | Promise<SyncGroupResponse> {
  const { op } = ctx;
  const group = ctx.state.classic(request.groupId);
  if (!group) throw new UnknownMemberIdError(`Group ${request.groupId} has no classic members here`);
  const member = group.member(request.memberId, request.groupInstanceId);
  if (request.generationId !== group.generationId) throw new IllegalGenerationError(`Generation ${request.generationId} is not group ${group.groupId}'s, ${group.generationId}`);
  if ((request.protocolType !== null && request.protocolType !== group.protocolType) || (request.protocolName !== null && request.protocolName !== group.protocolName)) {
    throw new InconsistentGroupProtocolError(`Group ${group.groupId} runs ${group.protocolType}/${group.protocolName}`);
  }
  if (group.state === 'PreparingRebalance') throw new RebalanceInProgressError(`Group ${group.groupId} is rebalancing`);
  group.pendingSync.delete(member.memberId);
  scheduleSession(ctx, group, member);
  if (group.state === 'Stable') return answer(group, member);
  const { promise, reply } = deferred<SyncGroupResponse>();
  member.awaitingSync?.reject(new RebalanceInProgressError(`Member ${member.memberId} sent SyncGroup again`));
  member.awaitingSync = reply;
  if (group.leaderId === member.memberId) {
    const given = new Map(request.assignments.map((a) => [a.memberId, a.assignment]));
    for (const m of group.members.values()) m.assignment = given.get(m.memberId) ?? EMPTY;
    group.transition('Stable', op.now);
    op.persist({ kind: 'classic', groupId: group.groupId, value: group.value(op.now) });
    for (const m of group.members.values()) {
      if (!m.awaitingSync) continue;
      op.reply(m.awaitingSync, answer(group, m));
      m.awaitingSync = null;
      // Its session starts again with its answer, as Kafka's: it may have waited for the
      // leader most of a session, unable to heartbeat meanwhile, and must not expire before
      // it has even heard its assignment.
      scheduleSession(ctx, group, m);
    }
  }
  return promise;
}

function answer(group: ClassicGroup, member: ClassicMember): SyncGroupResponse {
  return { errorCode: 0, protocolType: group.protocolType, protocolName: group.protocolName, assignment: member.assignment };
}
