import type { Router } from '../../rpc/index.js';
import { BROKER_API_NAMES, BROKER_CODECS } from './codec.js';
import { brokerMethod, type BrokerApi, type BrokerApiName } from './types.js';

/**
 * Serves `api` on `router`: one `broker.<name>` handler per API that decodes the request
 * (MALFORMED_FRAME for bytes that are not one), calls the API and encodes its answer. An error
 * the API throws goes back as itself (typed, with its code); errors of single partitions or
 * topics travel inside the answer as Kafka's codes.
 */
export function serveBrokerApi(router: Router, api: BrokerApi): void {
  for (const name of BROKER_API_NAMES) register(router, api, name);
}

function register<K extends BrokerApiName>(router: Router, api: BrokerApi, name: K): void {
  const codec = BROKER_CODECS[name];
  const call = api[name].bind(api) as (request: unknown) => Promise<unknown>;
  router.handle(brokerMethod(name), async (payload) => {
    const request = codec.request.decode(payload);
    return codec.response.encode((await call(request)) as never);
  });
}
