import type { Router } from '../rpc/index.js';
import { BROKER_CODECS, type RequestOf, type ResponseOf } from './api/codec.js';
import type { Controller } from './controller/index.js';
import type { BrokerPeers, CallOptions } from './peers.js';

/*
 * Admin requests may reach any broker; only the active controller carries them out. A broker
 * that is not the controller forwards them to the one its metadata names, on methods of their
 * own (`broker.controller.<api>`) that the receiver never forwards again: a broker whose view
 * of the controller is stale gets NOT_CONTROLLER back (per item, retriable) instead of
 * starting a loop of forwards. Clients retry NOT_CONTROLLER after a metadata refresh.
 */

export type AdminApiName = 'createTopics' | 'deleteTopics' | 'createPartitions' | 'alterConfigs' | 'incrementalAlterConfigs';

export const ADMIN_APIS: readonly AdminApiName[] = ['createTopics', 'deleteTopics', 'createPartitions', 'alterConfigs', 'incrementalAlterConfigs'];

const controllerMethod = (api: AdminApiName) => `broker.controller.${api}`;

/** The controller's answer (NOT_CONTROLLER per item when it is not the active one). */
export function runOnController<K extends AdminApiName>(controller: Controller, api: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const call = controller[api].bind(controller) as (r: RequestOf<K>) => Promise<ResponseOf<K>>;
  return call(request);
}

/** Serves the controller-only methods on `router`. */
export function serveControllerApis(router: Router, controller: Controller): void {
  for (const api of ADMIN_APIS) {
    const codec = BROKER_CODECS[api];
    router.handle(controllerMethod(api), async (payload) => {
      const answer = await runOnController(controller, api, codec.request.decode(payload) as RequestOf<typeof api>);
      return codec.response.encode(answer as never);
    });
  }
}

/** Forwards an admin request to broker `controllerId`'s controller-only method. */
export async function forwardToController<K extends AdminApiName>(peers: BrokerPeers, controllerId: number, api: K, request: RequestOf<K>, options: CallOptions = {}): Promise<ResponseOf<K>> {
  const codec = BROKER_CODECS[api];
  const bytes = await peers.request(controllerId, controllerMethod(api), codec.request.encode(request as never), options);
  return codec.response.decode(bytes) as ResponseOf<K>;
}
