import type { Router } from '../../rpc/index.js';
import { BROKER_API_NAMES, BROKER_CODECS, type MessageCodec } from './codec.js';
import type { RpcPeer } from '../../rpc/index.js';
import { GROUP_API_NAMES, GROUP_CODECS } from './group-codec.js';
import { encodeGroupNotice, GROUP_NOTICE } from './group-notice.js';
import type { GroupApi } from './group-types.js';
import { brokerMethod, type BrokerApi } from './types.js';

/**
 * Serves `api` on `router`: one `broker.<name>` handler per API that decodes the request
 * (MALFORMED_FRAME for bytes that are not one), calls the API and encodes its answer. An error
 * the API throws goes back as itself (typed, with its code); errors of single partitions or
 * topics travel inside the answer as Kafka's codes.
 */
export function serveBrokerApi(router: Router, api: BrokerApi): void {
  for (const name of BROKER_API_NAMES) serve(router, brokerMethod(name), BROKER_CODECS[name], api[name].bind(api));
}

/**
 * Serves the consumer groups' API (group-types.ts) on `router` the same way, beside the
 * BrokerApi. Each call is also given the channel it came on, where the coordinator sends its
 * "heartbeat now" notices (group-notice.ts).
 */
export function serveGroupApi(router: Router, api: GroupApi): void {
  for (const name of GROUP_API_NAMES) serve(router, brokerMethod(name), GROUP_CODECS[name], api[name].bind(api));
}

/** `codec` and `handler` belong to the same API (the callers index both tables by one name). */
function serve(router: Router, method: string, codec: object, handler: object): void {
  const { request, response } = codec as { request: MessageCodec<unknown>; response: MessageCodec<unknown> };
  const call = handler as (request: unknown, channel: unknown) => Promise<unknown>;
  router.handle(method, async (payload, context) => response.lazy(await call(request.decode(payload), noticeChannel(context.peer))));
}

function noticeChannel(peer: RpcPeer) {
  return { send: (groupId: string, memberId: string) => peer.notify(GROUP_NOTICE, encodeGroupNotice({ groupId, memberId })) };
}
