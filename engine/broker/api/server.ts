import type { Router } from '../../rpc/index.js';
import { BROKER_API_NAMES, BROKER_CODECS, type MessageCodec } from './codec.js';
import { GROUP_API_NAMES, GROUP_CODECS } from './group-codec.js';
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

/** Serves the consumer groups' API (group-types.ts) on `router` the same way, beside the BrokerApi. */
export function serveGroupApi(router: Router, api: GroupApi): void {
  for (const name of GROUP_API_NAMES) serve(router, brokerMethod(name), GROUP_CODECS[name], api[name].bind(api));
}

/** `codec` and `handler` belong to the same API (the callers index both tables by one name). */
function serve(router: Router, method: string, codec: object, handler: object): void {
  const { request, response } = codec as { request: MessageCodec<unknown>; response: MessageCodec<unknown> };
  const call = handler as (request: unknown) => Promise<unknown>;
  router.handle(method, async (payload) => response.encode(await call(request.decode(payload))));
}
