import type { RequestOptions, RpcPeer } from '../../rpc/index.js';
import { BROKER_CODECS, type RequestOf, type ResponseOf } from './codec.js';
import { brokerMethod, type BrokerApiName } from './types.js';

/**
 * Calls a broker's API over one RPC connection: encodes the request, sends it as
 * `broker.<api>`, decodes the answer. Rejects with BAD_ARGUMENTS for a request that does not
 * fit its message, with the broker's typed error, with the RPC layer's (CONNECTION_LOSS,
 * OPERATION_TIMEOUT, ABORTED), or with MALFORMED_FRAME for an answer that is not one.
 */
export class BrokerApiClient {
  readonly peer: RpcPeer;

  constructor(peer: RpcPeer) {
    this.peer = peer;
  }

  async call<K extends BrokerApiName>(api: K, request: RequestOf<K>, options: RequestOptions = {}): Promise<ResponseOf<K>> {
    const codec = BROKER_CODECS[api];
    const payload = codec.request.encode(request);
    return codec.response.decode(await this.peer.request(brokerMethod(api), payload, options));
  }
}
