import type { RequestOptions } from '../../../rpc/index.js';
import type { GroupRequestOf, GroupResponseOf } from '../../api/group-codec.js';
import type { GroupApiName } from '../../api/group-types.js';
import type { Cluster } from '../cluster.js';

/**
 * Where a client's group requests go: to whichever broker answers (FindCoordinator), or to
 * one broker (the group's coordinator). `clusterGroupCalls` sends them over the client's
 * connections.
 */
export interface GroupCalls {
  any<K extends GroupApiName>(api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>>;
  at<K extends GroupApiName>(nodeId: number, api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>>;
  /** The ids of every broker (from fresh metadata): ListGroups asks each. */
  brokerIds(): Promise<number[]>;
}

/** Group requests over `cluster`'s connections; a broker not in the metadata yet refreshes it first. */
export function clusterGroupCalls(cluster: Cluster): GroupCalls {
  return {
    any: (api, request, options) => cluster.callAny(api, request, options),
    async at<K extends GroupApiName>(nodeId: number, api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>> {
      if (!cluster.metadata.broker(nodeId)) await cluster.refreshMetadata();
      return cluster.call(nodeId, api, request, options);
    },
    async brokerIds() {
      await cluster.refreshMetadata();
      return cluster.metadata.brokers.map((b) => b.nodeId);
    },
  };
}
