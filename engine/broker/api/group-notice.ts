import { MalformedFrameError } from '../../errors/index.js';

/*
 * The "heartbeat now" notice a group coordinator sends a member of logkeeper's own clients
 * (groups/notify.ts), on the connection of its last group request: an RPC notice (one way,
 * no answer) named GROUP_NOTICE whose payload is the group and member, as UTF-8 JSON. It is
 * logkeeper's extra, not Kafka's: a member that ignores it heartbeats at its interval.
 */

export const GROUP_NOTICE = 'broker.groupNotice';

export interface GroupNotice {
  groupId: string;
  memberId: string;
}

export function encodeGroupNotice(notice: GroupNotice): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ groupId: notice.groupId, memberId: notice.memberId }));
}

export function decodeGroupNotice(payload: Uint8Array): GroupNotice {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    throw new MalformedFrameError('A group notice is not JSON');
  }
  const v = value as Partial<GroupNotice> | null;
  if (typeof v?.groupId !== 'string' || typeof v.memberId !== 'string') throw new MalformedFrameError('A group notice needs a groupId and a memberId');
  return { groupId: v.groupId, memberId: v.memberId };
}
