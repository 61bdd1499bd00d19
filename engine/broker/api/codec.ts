import type protobuf from 'protobufjs/minimal.js';
import { MalformedFrameError } from '../../errors/index.js';
import { encodeMessage, LazyMessage } from '../../../transports/encode.js';
import { FieldBudgetReader, MAX_REQUEST_FIELDS } from './field-budget.js';
import { logkeeper } from './generated/broker.js';
import { API_MESSAGES, type RequestOf, type ResponseOf } from './messages.js';
import { fromWire, toWire, type AnyDesc } from './schema.js';
import type { BrokerApiName } from './types.js';

/*
 * The `broker.<name>` payloads: each API's request and response as bytes and back. Encoding
 * checks the value (BAD_ARGUMENTS); decoding turns bytes that are not the message into
 * MALFORMED_FRAME and never anything else (see schema.ts for what is checked). A request may
 * hold at most MAX_REQUEST_FIELDS fields (field-budget.ts), so that a peer cannot make a
 * broker allocate far more than the frame it sent.
 */

const pb = logkeeper.broker;

export interface GeneratedType {
  encode(message: never, writer?: protobuf.Writer): protobuf.Writer;
  decode(bytes: Uint8Array | protobuf.Reader): unknown;
}

export interface MessageCodec<T> {
  readonly name: string;
  encode(value: T): Uint8Array;
  /** The value checked and ready to be written straight into what carries it (an answer's envelope). */
  lazy(value: T): LazyMessage;
  decode(bytes: Uint8Array): T;
}

/** A codec of one message: its generated type and its descriptor (also used by group-codec.ts); `maxFields` bounds what it decodes. */
export function messageCodec<T>(name: string, type: GeneratedType, desc: AnyDesc, maxFields = Infinity): MessageCodec<T> {
  const encode = type.encode as (message: unknown, writer: protobuf.Writer) => protobuf.Writer;
  return {
    name,
    encode: (value) => encodeMessage(encode, toWire(desc, value, name)),
    lazy: (value) => LazyMessage.of(encode, toWire(desc, value, name)),
    decode(bytes) {
      if (!(bytes instanceof Uint8Array)) throw new MalformedFrameError(`${name}: the payload is not bytes`);
      let wire: unknown;
      try {
        wire = type.decode(maxFields === Infinity ? bytes : new FieldBudgetReader(bytes, maxFields, name));
      } catch (error) {
        throw new MalformedFrameError(`Undecodable ${name}: ${(error as Error)?.message ?? error}`, { cause: error });
      }
      return fromWire(desc, wire, name) as T;
    },
  };
}

const GENERATED: { readonly [K in BrokerApiName]: readonly [GeneratedType, GeneratedType] } = {
  metadata: [pb.MetadataRequest, pb.MetadataResponse],
  describeCluster: [pb.DescribeClusterRequest, pb.DescribeClusterResponse],
  produce: [pb.ProduceRequest, pb.ProduceResponse],
  fetch: [pb.FetchRequest, pb.FetchResponse],
  listOffsets: [pb.ListOffsetsRequest, pb.ListOffsetsResponse],
  offsetForLeaderEpoch: [pb.OffsetForLeaderEpochRequest, pb.OffsetForLeaderEpochResponse],
  deleteRecords: [pb.DeleteRecordsRequest, pb.DeleteRecordsResponse],
  initProducerId: [pb.InitProducerIdRequest, pb.InitProducerIdResponse],
  createTopics: [pb.CreateTopicsRequest, pb.CreateTopicsResponse],
  deleteTopics: [pb.DeleteTopicsRequest, pb.DeleteTopicsResponse],
  createPartitions: [pb.CreatePartitionsRequest, pb.CreatePartitionsResponse],
  describeConfigs: [pb.DescribeConfigsRequest, pb.DescribeConfigsResponse],
  alterConfigs: [pb.AlterConfigsRequest, pb.AlterConfigsResponse],
  incrementalAlterConfigs: [pb.IncrementalAlterConfigsRequest, pb.AlterConfigsResponse],
};

/** Every API name, in the order of BrokerApi. */
export const BROKER_API_NAMES = Object.freeze(Object.keys(GENERATED)) as readonly BrokerApiName[];

export interface ApiCodec<K extends BrokerApiName> {
  readonly request: MessageCodec<RequestOf<K>>;
  readonly response: MessageCodec<ResponseOf<K>>;
}

function apiCodec<K extends BrokerApiName>(api: K): ApiCodec<K> {
  const [request, response] = GENERATED[api];
  const descs: Readonly<Record<BrokerApiName, { request: AnyDesc; response: AnyDesc }>> = API_MESSAGES;
  const { request: requestDesc, response: responseDesc } = descs[api];
  return {
    request: messageCodec(`${api} request`, request, requestDesc, MAX_REQUEST_FIELDS),
    response: messageCodec(`${api} response`, response, responseDesc),
  };
}

/** The codecs of each API, by name. */
export const BROKER_CODECS = Object.freeze(
  Object.fromEntries(BROKER_API_NAMES.map((api) => [api, apiCodec(api)])),
) as { readonly [K in BrokerApiName]: ApiCodec<K> };

export type { RequestOf, ResponseOf };
