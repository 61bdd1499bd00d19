import type { RequestOptions, RpcPeer } from '../../rpc/index.js';
import { BROKER_CODECS, type MessageCodec, type RequestOf, type ResponseOf } from './codec.js';
import { GROUP_CODECS, type GroupRequestOf, type GroupResponseOf } from './group-codec.js';
import type { GroupApiName } from './group-types.js';
import { brokerMethod, type BrokerApiName } from './types.js';

const CODECS = { ...BROKER_CODECS, ...GROUP_CODECS } as unknown as Readonly<Record<string, { request: MessageCodec<unknown>; response: MessageCodec<unknown> }>>;

/**
 * Calls a broker's API (BrokerApi and GroupApi) over one RPC connection: encodes the request,
 * sends it as `broker.<api>`, decodes the answer. Rejects with BAD_ARGUMENTS for a request
 * that does not fit its message, with the broker's typed error, with the RPC layer's
 * (CONNECTION_LOSS, OPERATION_TIMEOUT, ABORTED), or with MALFORMED_FRAME for an answer that
 * is not one.
 */
export class BrokerApiClient {
  readonly peer: RpcPeer;

  constructor(peer: RpcPeer) {
    this.peer = peer;
  }

  call<K extends BrokerApiName>(api: K, request: RequestOf<K>, options?: RequestOptions): Promise<ResponseOf<K>>;
  call<K extends GroupApiName>(api: K, request: GroupRequestOf<K>, options?: RequestOptions): Promise<GroupResponseOf<K>>;
  async call(api: BrokerApiName | GroupApiName, request: unknown, options: RequestOptions = {}): Promise<unknown> {
    const codec = CODECS[api]!;
    const payload = codec.request.encode(request);
    return codec.response.decode(await this.peer.request(brokerMethod(api), payload, options));
  }
}
