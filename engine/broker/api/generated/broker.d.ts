import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace logkeeper. */
export namespace logkeeper {

    /** Namespace broker. */
    namespace broker {

        /**
         * Properties of a StringList.
         * @deprecated Use logkeeper.broker.StringList.$Properties instead.
         */
        interface IStringList extends logkeeper.broker.StringList.$Properties {
        }

        /** Represents a StringList. */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringList items. */
            items: string[];

            /**
             * Encodes the specified StringList message. Does not implicitly {@link logkeeper.broker.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.StringList & logkeeper.broker.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.StringList & logkeeper.broker.StringList.$Shape;
        }

        namespace StringList {

            /** Properties of a StringList. */
            interface $Properties {

                /** StringList items */
                items?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringList. */
            type $Shape = logkeeper.broker.StringList.$Properties;
        }

        /**
         * Properties of an Int32List.
         * @deprecated Use logkeeper.broker.Int32List.$Properties instead.
         */
        interface IInt32List extends logkeeper.broker.Int32List.$Properties {
        }

        /** Represents an Int32List. */
        class Int32List {

            /**
             * Constructs a new Int32List.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.Int32List.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32List items. */
            items: number[];

            /**
             * Encodes the specified Int32List message. Does not implicitly {@link logkeeper.broker.Int32List.verify|verify} messages.
             * @param message Int32List message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.Int32List.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32List message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.Int32List & logkeeper.broker.Int32List.$Shape} Int32List
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.Int32List & logkeeper.broker.Int32List.$Shape;
        }

        namespace Int32List {

            /** Properties of an Int32List. */
            interface $Properties {

                /** Int32List items */
                items?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32List. */
            type $Shape = logkeeper.broker.Int32List.$Properties;
        }

        /**
         * Properties of an Int32Lists.
         * @deprecated Use logkeeper.broker.Int32Lists.$Properties instead.
         */
        interface IInt32Lists extends logkeeper.broker.Int32Lists.$Properties {
        }

        /** Represents an Int32Lists. */
        class Int32Lists {

            /**
             * Constructs a new Int32Lists.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.Int32Lists.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Int32Lists lists. */
            lists: logkeeper.broker.Int32List.$Properties[];

            /**
             * Encodes the specified Int32Lists message. Does not implicitly {@link logkeeper.broker.Int32Lists.verify|verify} messages.
             * @param message Int32Lists message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.Int32Lists.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Int32Lists message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.Int32Lists & logkeeper.broker.Int32Lists.$Shape} Int32Lists
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.Int32Lists & logkeeper.broker.Int32Lists.$Shape;
        }

        namespace Int32Lists {

            /** Properties of an Int32Lists. */
            interface $Properties {

                /** Int32Lists lists */
                lists?: (logkeeper.broker.Int32List.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Int32Lists. */
            type $Shape = logkeeper.broker.Int32Lists.$Properties;
        }

        /**
         * Properties of a BrokerEndpoint.
         * @deprecated Use logkeeper.broker.BrokerEndpoint.$Properties instead.
         */
        interface IBrokerEndpoint extends logkeeper.broker.BrokerEndpoint.$Properties {
        }

        /** Represents a BrokerEndpoint. */
        class BrokerEndpoint {

            /**
             * Constructs a new BrokerEndpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.BrokerEndpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BrokerEndpoint nodeId. */
            nodeId: number;

            /** BrokerEndpoint address. */
            address: string;

            /** BrokerEndpoint rack. */
            rack?: (string|null);

            /** BrokerEndpoint listeners. */
            listeners: { [k: string]: string };

            /**
             * Encodes the specified BrokerEndpoint message. Does not implicitly {@link logkeeper.broker.BrokerEndpoint.verify|verify} messages.
             * @param message BrokerEndpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.BrokerEndpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BrokerEndpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.BrokerEndpoint & logkeeper.broker.BrokerEndpoint.$Shape} BrokerEndpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.BrokerEndpoint & logkeeper.broker.BrokerEndpoint.$Shape;
        }

        namespace BrokerEndpoint {

            /** Properties of a BrokerEndpoint. */
            interface $Properties {

                /** BrokerEndpoint nodeId */
                nodeId?: (number|null);

                /** BrokerEndpoint address */
                address?: (string|null);

                /** BrokerEndpoint rack */
                rack?: (string|null);

                /** BrokerEndpoint listeners */
                listeners?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BrokerEndpoint. */
            type $Shape = logkeeper.broker.BrokerEndpoint.$Properties;
        }

        /**
         * Properties of a MetadataRequest.
         * @deprecated Use logkeeper.broker.MetadataRequest.$Properties instead.
         */
        interface IMetadataRequest extends logkeeper.broker.MetadataRequest.$Properties {
        }

        /** Represents a MetadataRequest. */
        class MetadataRequest {

            /**
             * Constructs a new MetadataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.MetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataRequest topics. */
            topics?: (logkeeper.broker.StringList.$Properties|null);

            /** MetadataRequest allowAutoTopicCreation. */
            allowAutoTopicCreation: boolean;

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link logkeeper.broker.MetadataRequest.verify|verify} messages.
             * @param message MetadataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.MetadataRequest & logkeeper.broker.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.MetadataRequest & logkeeper.broker.MetadataRequest.$Shape;
        }

        namespace MetadataRequest {

            /** Properties of a MetadataRequest. */
            interface $Properties {

                /** MetadataRequest topics */
                topics?: (logkeeper.broker.StringList.$Properties|null);

                /** MetadataRequest allowAutoTopicCreation */
                allowAutoTopicCreation?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataRequest. */
            type $Shape = logkeeper.broker.MetadataRequest.$Properties;
        }

        /**
         * Properties of a PartitionMetadata.
         * @deprecated Use logkeeper.broker.PartitionMetadata.$Properties instead.
         */
        interface IPartitionMetadata extends logkeeper.broker.PartitionMetadata.$Properties {
        }

        /** Represents a PartitionMetadata. */
        class PartitionMetadata {

            /**
             * Constructs a new PartitionMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.PartitionMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartitionMetadata partition. */
            partition: number;

            /** PartitionMetadata errorCode. */
            errorCode: number;

            /** PartitionMetadata leader. */
            leader: number;

            /** PartitionMetadata leaderEpoch. */
            leaderEpoch: number;

            /** PartitionMetadata replicas. */
            replicas: number[];

            /** PartitionMetadata isr. */
            isr: number[];

            /** PartitionMetadata offlineReplicas. */
            offlineReplicas: number[];

            /**
             * Encodes the specified PartitionMetadata message. Does not implicitly {@link logkeeper.broker.PartitionMetadata.verify|verify} messages.
             * @param message PartitionMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.PartitionMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartitionMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.PartitionMetadata & logkeeper.broker.PartitionMetadata.$Shape} PartitionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.PartitionMetadata & logkeeper.broker.PartitionMetadata.$Shape;
        }

        namespace PartitionMetadata {

            /** Properties of a PartitionMetadata. */
            interface $Properties {

                /** PartitionMetadata partition */
                partition?: (number|null);

                /** PartitionMetadata errorCode */
                errorCode?: (number|null);

                /** PartitionMetadata leader */
                leader?: (number|null);

                /** PartitionMetadata leaderEpoch */
                leaderEpoch?: (number|null);

                /** PartitionMetadata replicas */
                replicas?: (number[]|null);

                /** PartitionMetadata isr */
                isr?: (number[]|null);

                /** PartitionMetadata offlineReplicas */
                offlineReplicas?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartitionMetadata. */
            type $Shape = logkeeper.broker.PartitionMetadata.$Properties;
        }

        /**
         * Properties of a TopicMetadata.
         * @deprecated Use logkeeper.broker.TopicMetadata.$Properties instead.
         */
        interface ITopicMetadata extends logkeeper.broker.TopicMetadata.$Properties {
        }

        /** Represents a TopicMetadata. */
        class TopicMetadata {

            /**
             * Constructs a new TopicMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.TopicMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicMetadata name. */
            name: string;

            /** TopicMetadata topicId. */
            topicId: string;

            /** TopicMetadata errorCode. */
            errorCode: number;

            /** TopicMetadata isInternal. */
            isInternal: boolean;

            /** TopicMetadata partitions. */
            partitions: logkeeper.broker.PartitionMetadata.$Properties[];

            /**
             * Encodes the specified TopicMetadata message. Does not implicitly {@link logkeeper.broker.TopicMetadata.verify|verify} messages.
             * @param message TopicMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.TopicMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.TopicMetadata & logkeeper.broker.TopicMetadata.$Shape} TopicMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.TopicMetadata & logkeeper.broker.TopicMetadata.$Shape;
        }

        namespace TopicMetadata {

            /** Properties of a TopicMetadata. */
            interface $Properties {

                /** TopicMetadata name */
                name?: (string|null);

                /** TopicMetadata topicId */
                topicId?: (string|null);

                /** TopicMetadata errorCode */
                errorCode?: (number|null);

                /** TopicMetadata isInternal */
                isInternal?: (boolean|null);

                /** TopicMetadata partitions */
                partitions?: (logkeeper.broker.PartitionMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicMetadata. */
            type $Shape = logkeeper.broker.TopicMetadata.$Properties;
        }

        /**
         * Properties of a MetadataResponse.
         * @deprecated Use logkeeper.broker.MetadataResponse.$Properties instead.
         */
        interface IMetadataResponse extends logkeeper.broker.MetadataResponse.$Properties {
        }

        /** Represents a MetadataResponse. */
        class MetadataResponse {

            /**
             * Constructs a new MetadataResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.MetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataResponse clusterId. */
            clusterId: string;

            /** MetadataResponse controllerId. */
            controllerId: number;

            /** MetadataResponse brokers. */
            brokers: logkeeper.broker.BrokerEndpoint.$Properties[];

            /** MetadataResponse topics. */
            topics: logkeeper.broker.TopicMetadata.$Properties[];

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link logkeeper.broker.MetadataResponse.verify|verify} messages.
             * @param message MetadataResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.MetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.MetadataResponse & logkeeper.broker.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.MetadataResponse & logkeeper.broker.MetadataResponse.$Shape;
        }

        namespace MetadataResponse {

            /** Properties of a MetadataResponse. */
            interface $Properties {

                /** MetadataResponse clusterId */
                clusterId?: (string|null);

                /** MetadataResponse controllerId */
                controllerId?: (number|null);

                /** MetadataResponse brokers */
                brokers?: (logkeeper.broker.BrokerEndpoint.$Properties[]|null);

                /** MetadataResponse topics */
                topics?: (logkeeper.broker.TopicMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataResponse. */
            type $Shape = logkeeper.broker.MetadataResponse.$Properties;
        }

        /**
         * Properties of a DescribeClusterRequest.
         * @deprecated Use logkeeper.broker.DescribeClusterRequest.$Properties instead.
         */
        interface IDescribeClusterRequest extends logkeeper.broker.DescribeClusterRequest.$Properties {
        }

        /** Represents a DescribeClusterRequest. */
        class DescribeClusterRequest {

            /**
             * Constructs a new DescribeClusterRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeClusterRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified DescribeClusterRequest message. Does not implicitly {@link logkeeper.broker.DescribeClusterRequest.verify|verify} messages.
             * @param message DescribeClusterRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeClusterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeClusterRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeClusterRequest & logkeeper.broker.DescribeClusterRequest.$Shape} DescribeClusterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeClusterRequest & logkeeper.broker.DescribeClusterRequest.$Shape;
        }

        namespace DescribeClusterRequest {

            /** Properties of a DescribeClusterRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeClusterRequest. */
            type $Shape = logkeeper.broker.DescribeClusterRequest.$Properties;
        }

        /**
         * Properties of a DescribeClusterResponse.
         * @deprecated Use logkeeper.broker.DescribeClusterResponse.$Properties instead.
         */
        interface IDescribeClusterResponse extends logkeeper.broker.DescribeClusterResponse.$Properties {
        }

        /** Represents a DescribeClusterResponse. */
        class DescribeClusterResponse {

            /**
             * Constructs a new DescribeClusterResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeClusterResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeClusterResponse errorCode. */
            errorCode: number;

            /** DescribeClusterResponse errorMessage. */
            errorMessage?: (string|null);

            /** DescribeClusterResponse clusterId. */
            clusterId: string;

            /** DescribeClusterResponse controllerId. */
            controllerId: number;

            /** DescribeClusterResponse brokers. */
            brokers: logkeeper.broker.BrokerEndpoint.$Properties[];

            /**
             * Encodes the specified DescribeClusterResponse message. Does not implicitly {@link logkeeper.broker.DescribeClusterResponse.verify|verify} messages.
             * @param message DescribeClusterResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeClusterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeClusterResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeClusterResponse & logkeeper.broker.DescribeClusterResponse.$Shape} DescribeClusterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeClusterResponse & logkeeper.broker.DescribeClusterResponse.$Shape;
        }

        namespace DescribeClusterResponse {

            /** Properties of a DescribeClusterResponse. */
            interface $Properties {

                /** DescribeClusterResponse errorCode */
                errorCode?: (number|null);

                /** DescribeClusterResponse errorMessage */
                errorMessage?: (string|null);

                /** DescribeClusterResponse clusterId */
                clusterId?: (string|null);

                /** DescribeClusterResponse controllerId */
                controllerId?: (number|null);

                /** DescribeClusterResponse brokers */
                brokers?: (logkeeper.broker.BrokerEndpoint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeClusterResponse. */
            type $Shape = logkeeper.broker.DescribeClusterResponse.$Properties;
        }

        /**
         * Properties of a ProducePartitionData.
         * @deprecated Use logkeeper.broker.ProducePartitionData.$Properties instead.
         */
        interface IProducePartitionData extends logkeeper.broker.ProducePartitionData.$Properties {
        }

        /** Represents a ProducePartitionData. */
        class ProducePartitionData {

            /**
             * Constructs a new ProducePartitionData.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProducePartitionData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProducePartitionData partition. */
            partition: number;

            /** ProducePartitionData records. */
            records: Uint8Array;

            /**
             * Encodes the specified ProducePartitionData message. Does not implicitly {@link logkeeper.broker.ProducePartitionData.verify|verify} messages.
             * @param message ProducePartitionData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProducePartitionData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProducePartitionData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProducePartitionData & logkeeper.broker.ProducePartitionData.$Shape} ProducePartitionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProducePartitionData & logkeeper.broker.ProducePartitionData.$Shape;
        }

        namespace ProducePartitionData {

            /** Properties of a ProducePartitionData. */
            interface $Properties {

                /** ProducePartitionData partition */
                partition?: (number|null);

                /** ProducePartitionData records */
                records?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProducePartitionData. */
            type $Shape = logkeeper.broker.ProducePartitionData.$Properties;
        }

        /**
         * Properties of a ProduceTopicData.
         * @deprecated Use logkeeper.broker.ProduceTopicData.$Properties instead.
         */
        interface IProduceTopicData extends logkeeper.broker.ProduceTopicData.$Properties {
        }

        /** Represents a ProduceTopicData. */
        class ProduceTopicData {

            /**
             * Constructs a new ProduceTopicData.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProduceTopicData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceTopicData name. */
            name: string;

            /** ProduceTopicData partitions. */
            partitions: logkeeper.broker.ProducePartitionData.$Properties[];

            /**
             * Encodes the specified ProduceTopicData message. Does not implicitly {@link logkeeper.broker.ProduceTopicData.verify|verify} messages.
             * @param message ProduceTopicData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProduceTopicData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceTopicData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceTopicData & logkeeper.broker.ProduceTopicData.$Shape} ProduceTopicData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProduceTopicData & logkeeper.broker.ProduceTopicData.$Shape;
        }

        namespace ProduceTopicData {

            /** Properties of a ProduceTopicData. */
            interface $Properties {

                /** ProduceTopicData name */
                name?: (string|null);

                /** ProduceTopicData partitions */
                partitions?: (logkeeper.broker.ProducePartitionData.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceTopicData. */
            type $Shape = logkeeper.broker.ProduceTopicData.$Properties;
        }

        /**
         * Properties of a ProduceRequest.
         * @deprecated Use logkeeper.broker.ProduceRequest.$Properties instead.
         */
        interface IProduceRequest extends logkeeper.broker.ProduceRequest.$Properties {
        }

        /** Represents a ProduceRequest. */
        class ProduceRequest {

            /**
             * Constructs a new ProduceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProduceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceRequest acks. */
            acks: number;

            /** ProduceRequest timeoutMs. */
            timeoutMs: number;

            /** ProduceRequest transactionalId. */
            transactionalId?: (string|null);

            /** ProduceRequest topics. */
            topics: logkeeper.broker.ProduceTopicData.$Properties[];

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link logkeeper.broker.ProduceRequest.verify|verify} messages.
             * @param message ProduceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProduceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceRequest & logkeeper.broker.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProduceRequest & logkeeper.broker.ProduceRequest.$Shape;
        }

        namespace ProduceRequest {

            /** Properties of a ProduceRequest. */
            interface $Properties {

                /** ProduceRequest acks */
                acks?: (number|null);

                /** ProduceRequest timeoutMs */
                timeoutMs?: (number|null);

                /** ProduceRequest transactionalId */
                transactionalId?: (string|null);

                /** ProduceRequest topics */
                topics?: (logkeeper.broker.ProduceTopicData.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceRequest. */
            type $Shape = logkeeper.broker.ProduceRequest.$Properties;
        }

        /**
         * Properties of a ProducePartitionResponse.
         * @deprecated Use logkeeper.broker.ProducePartitionResponse.$Properties instead.
         */
        interface IProducePartitionResponse extends logkeeper.broker.ProducePartitionResponse.$Properties {
        }

        /** Represents a ProducePartitionResponse. */
        class ProducePartitionResponse {

            /**
             * Constructs a new ProducePartitionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProducePartitionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProducePartitionResponse partition. */
            partition: number;

            /** ProducePartitionResponse errorCode. */
            errorCode: number;

            /** ProducePartitionResponse errorMessage. */
            errorMessage?: (string|null);

            /** ProducePartitionResponse baseOffset. */
            baseOffset: number;

            /** ProducePartitionResponse logAppendTime. */
            logAppendTime: number;

            /** ProducePartitionResponse logStartOffset. */
            logStartOffset: number;

            /**
             * Encodes the specified ProducePartitionResponse message. Does not implicitly {@link logkeeper.broker.ProducePartitionResponse.verify|verify} messages.
             * @param message ProducePartitionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProducePartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProducePartitionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProducePartitionResponse & logkeeper.broker.ProducePartitionResponse.$Shape} ProducePartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProducePartitionResponse & logkeeper.broker.ProducePartitionResponse.$Shape;
        }

        namespace ProducePartitionResponse {

            /** Properties of a ProducePartitionResponse. */
            interface $Properties {

                /** ProducePartitionResponse partition */
                partition?: (number|null);

                /** ProducePartitionResponse errorCode */
                errorCode?: (number|null);

                /** ProducePartitionResponse errorMessage */
                errorMessage?: (string|null);

                /** ProducePartitionResponse baseOffset */
                baseOffset?: (number|null);

                /** ProducePartitionResponse logAppendTime */
                logAppendTime?: (number|null);

                /** ProducePartitionResponse logStartOffset */
                logStartOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProducePartitionResponse. */
            type $Shape = logkeeper.broker.ProducePartitionResponse.$Properties;
        }

        /**
         * Properties of a ProduceTopicResponse.
         * @deprecated Use logkeeper.broker.ProduceTopicResponse.$Properties instead.
         */
        interface IProduceTopicResponse extends logkeeper.broker.ProduceTopicResponse.$Properties {
        }

        /** Represents a ProduceTopicResponse. */
        class ProduceTopicResponse {

            /**
             * Constructs a new ProduceTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProduceTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceTopicResponse name. */
            name: string;

            /** ProduceTopicResponse partitions. */
            partitions: logkeeper.broker.ProducePartitionResponse.$Properties[];

            /**
             * Encodes the specified ProduceTopicResponse message. Does not implicitly {@link logkeeper.broker.ProduceTopicResponse.verify|verify} messages.
             * @param message ProduceTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProduceTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceTopicResponse & logkeeper.broker.ProduceTopicResponse.$Shape} ProduceTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProduceTopicResponse & logkeeper.broker.ProduceTopicResponse.$Shape;
        }

        namespace ProduceTopicResponse {

            /** Properties of a ProduceTopicResponse. */
            interface $Properties {

                /** ProduceTopicResponse name */
                name?: (string|null);

                /** ProduceTopicResponse partitions */
                partitions?: (logkeeper.broker.ProducePartitionResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceTopicResponse. */
            type $Shape = logkeeper.broker.ProduceTopicResponse.$Properties;
        }

        /**
         * Properties of a ProduceResponse.
         * @deprecated Use logkeeper.broker.ProduceResponse.$Properties instead.
         */
        interface IProduceResponse extends logkeeper.broker.ProduceResponse.$Properties {
        }

        /** Represents a ProduceResponse. */
        class ProduceResponse {

            /**
             * Constructs a new ProduceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ProduceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceResponse topics. */
            topics: logkeeper.broker.ProduceTopicResponse.$Properties[];

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link logkeeper.broker.ProduceResponse.verify|verify} messages.
             * @param message ProduceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ProduceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceResponse & logkeeper.broker.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ProduceResponse & logkeeper.broker.ProduceResponse.$Shape;
        }

        namespace ProduceResponse {

            /** Properties of a ProduceResponse. */
            interface $Properties {

                /** ProduceResponse topics */
                topics?: (logkeeper.broker.ProduceTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceResponse. */
            type $Shape = logkeeper.broker.ProduceResponse.$Properties;
        }

        /**
         * Properties of a FetchPartition.
         * @deprecated Use logkeeper.broker.FetchPartition.$Properties instead.
         */
        interface IFetchPartition extends logkeeper.broker.FetchPartition.$Properties {
        }

        /** Represents a FetchPartition. */
        class FetchPartition {

            /**
             * Constructs a new FetchPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchPartition partition. */
            partition: number;

            /** FetchPartition currentLeaderEpoch. */
            currentLeaderEpoch: number;

            /** FetchPartition fetchOffset. */
            fetchOffset: number;

            /** FetchPartition logStartOffset. */
            logStartOffset: number;

            /** FetchPartition partitionMaxBytes. */
            partitionMaxBytes: number;

            /**
             * Encodes the specified FetchPartition message. Does not implicitly {@link logkeeper.broker.FetchPartition.verify|verify} messages.
             * @param message FetchPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchPartition & logkeeper.broker.FetchPartition.$Shape} FetchPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchPartition & logkeeper.broker.FetchPartition.$Shape;
        }

        namespace FetchPartition {

            /** Properties of a FetchPartition. */
            interface $Properties {

                /** FetchPartition partition */
                partition?: (number|null);

                /** FetchPartition currentLeaderEpoch */
                currentLeaderEpoch?: (number|null);

                /** FetchPartition fetchOffset */
                fetchOffset?: (number|null);

                /** FetchPartition logStartOffset */
                logStartOffset?: (number|null);

                /** FetchPartition partitionMaxBytes */
                partitionMaxBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchPartition. */
            type $Shape = logkeeper.broker.FetchPartition.$Properties;
        }

        /**
         * Properties of a FetchTopic.
         * @deprecated Use logkeeper.broker.FetchTopic.$Properties instead.
         */
        interface IFetchTopic extends logkeeper.broker.FetchTopic.$Properties {
        }

        /** Represents a FetchTopic. */
        class FetchTopic {

            /**
             * Constructs a new FetchTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchTopic name. */
            name: string;

            /** FetchTopic partitions. */
            partitions: logkeeper.broker.FetchPartition.$Properties[];

            /**
             * Encodes the specified FetchTopic message. Does not implicitly {@link logkeeper.broker.FetchTopic.verify|verify} messages.
             * @param message FetchTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchTopic & logkeeper.broker.FetchTopic.$Shape} FetchTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchTopic & logkeeper.broker.FetchTopic.$Shape;
        }

        namespace FetchTopic {

            /** Properties of a FetchTopic. */
            interface $Properties {

                /** FetchTopic name */
                name?: (string|null);

                /** FetchTopic partitions */
                partitions?: (logkeeper.broker.FetchPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchTopic. */
            type $Shape = logkeeper.broker.FetchTopic.$Properties;
        }

        /**
         * Properties of a FetchRequest.
         * @deprecated Use logkeeper.broker.FetchRequest.$Properties instead.
         */
        interface IFetchRequest extends logkeeper.broker.FetchRequest.$Properties {
        }

        /** Represents a FetchRequest. */
        class FetchRequest {

            /**
             * Constructs a new FetchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchRequest replicaId. */
            replicaId: number;

            /** FetchRequest maxWaitMs. */
            maxWaitMs: number;

            /** FetchRequest minBytes. */
            minBytes: number;

            /** FetchRequest maxBytes. */
            maxBytes: number;

            /** FetchRequest isolationLevel. */
            isolationLevel: number;

            /** FetchRequest topics. */
            topics: logkeeper.broker.FetchTopic.$Properties[];

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link logkeeper.broker.FetchRequest.verify|verify} messages.
             * @param message FetchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchRequest & logkeeper.broker.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchRequest & logkeeper.broker.FetchRequest.$Shape;
        }

        namespace FetchRequest {

            /** Properties of a FetchRequest. */
            interface $Properties {

                /** FetchRequest replicaId */
                replicaId?: (number|null);

                /** FetchRequest maxWaitMs */
                maxWaitMs?: (number|null);

                /** FetchRequest minBytes */
                minBytes?: (number|null);

                /** FetchRequest maxBytes */
                maxBytes?: (number|null);

                /** FetchRequest isolationLevel */
                isolationLevel?: (number|null);

                /** FetchRequest topics */
                topics?: (logkeeper.broker.FetchTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchRequest. */
            type $Shape = logkeeper.broker.FetchRequest.$Properties;
        }

        /**
         * Properties of a FetchPartitionResponse.
         * @deprecated Use logkeeper.broker.FetchPartitionResponse.$Properties instead.
         */
        interface IFetchPartitionResponse extends logkeeper.broker.FetchPartitionResponse.$Properties {
        }

        /** Represents a FetchPartitionResponse. */
        class FetchPartitionResponse {

            /**
             * Constructs a new FetchPartitionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchPartitionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchPartitionResponse partition. */
            partition: number;

            /** FetchPartitionResponse errorCode. */
            errorCode: number;

            /** FetchPartitionResponse highWatermark. */
            highWatermark: number;

            /** FetchPartitionResponse lastStableOffset. */
            lastStableOffset: number;

            /** FetchPartitionResponse logStartOffset. */
            logStartOffset: number;

            /** FetchPartitionResponse records. */
            records: Uint8Array[];

            /**
             * Encodes the specified FetchPartitionResponse message. Does not implicitly {@link logkeeper.broker.FetchPartitionResponse.verify|verify} messages.
             * @param message FetchPartitionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchPartitionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchPartitionResponse & logkeeper.broker.FetchPartitionResponse.$Shape} FetchPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchPartitionResponse & logkeeper.broker.FetchPartitionResponse.$Shape;
        }

        namespace FetchPartitionResponse {

            /** Properties of a FetchPartitionResponse. */
            interface $Properties {

                /** FetchPartitionResponse partition */
                partition?: (number|null);

                /** FetchPartitionResponse errorCode */
                errorCode?: (number|null);

                /** FetchPartitionResponse highWatermark */
                highWatermark?: (number|null);

                /** FetchPartitionResponse lastStableOffset */
                lastStableOffset?: (number|null);

                /** FetchPartitionResponse logStartOffset */
                logStartOffset?: (number|null);

                /** FetchPartitionResponse records */
                records?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchPartitionResponse. */
            type $Shape = logkeeper.broker.FetchPartitionResponse.$Properties;
        }

        /**
         * Properties of a FetchTopicResponse.
         * @deprecated Use logkeeper.broker.FetchTopicResponse.$Properties instead.
         */
        interface IFetchTopicResponse extends logkeeper.broker.FetchTopicResponse.$Properties {
        }

        /** Represents a FetchTopicResponse. */
        class FetchTopicResponse {

            /**
             * Constructs a new FetchTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchTopicResponse name. */
            name: string;

            /** FetchTopicResponse partitions. */
            partitions: logkeeper.broker.FetchPartitionResponse.$Properties[];

            /**
             * Encodes the specified FetchTopicResponse message. Does not implicitly {@link logkeeper.broker.FetchTopicResponse.verify|verify} messages.
             * @param message FetchTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchTopicResponse & logkeeper.broker.FetchTopicResponse.$Shape} FetchTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchTopicResponse & logkeeper.broker.FetchTopicResponse.$Shape;
        }

        namespace FetchTopicResponse {

            /** Properties of a FetchTopicResponse. */
            interface $Properties {

                /** FetchTopicResponse name */
                name?: (string|null);

                /** FetchTopicResponse partitions */
                partitions?: (logkeeper.broker.FetchPartitionResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchTopicResponse. */
            type $Shape = logkeeper.broker.FetchTopicResponse.$Properties;
        }

        /**
         * Properties of a FetchResponse.
         * @deprecated Use logkeeper.broker.FetchResponse.$Properties instead.
         */
        interface IFetchResponse extends logkeeper.broker.FetchResponse.$Properties {
        }

        /** Represents a FetchResponse. */
        class FetchResponse {

            /**
             * Constructs a new FetchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.FetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchResponse errorCode. */
            errorCode: number;

            /** FetchResponse topics. */
            topics: logkeeper.broker.FetchTopicResponse.$Properties[];

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link logkeeper.broker.FetchResponse.verify|verify} messages.
             * @param message FetchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchResponse & logkeeper.broker.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.FetchResponse & logkeeper.broker.FetchResponse.$Shape;
        }

        namespace FetchResponse {

            /** Properties of a FetchResponse. */
            interface $Properties {

                /** FetchResponse errorCode */
                errorCode?: (number|null);

                /** FetchResponse topics */
                topics?: (logkeeper.broker.FetchTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchResponse. */
            type $Shape = logkeeper.broker.FetchResponse.$Properties;
        }

        /**
         * Properties of a ListOffsetsPartition.
         * @deprecated Use logkeeper.broker.ListOffsetsPartition.$Properties instead.
         */
        interface IListOffsetsPartition extends logkeeper.broker.ListOffsetsPartition.$Properties {
        }

        /** Represents a ListOffsetsPartition. */
        class ListOffsetsPartition {

            /**
             * Constructs a new ListOffsetsPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsPartition partition. */
            partition: number;

            /** ListOffsetsPartition currentLeaderEpoch. */
            currentLeaderEpoch: number;

            /** ListOffsetsPartition timestamp. */
            timestamp: number;

            /**
             * Encodes the specified ListOffsetsPartition message. Does not implicitly {@link logkeeper.broker.ListOffsetsPartition.verify|verify} messages.
             * @param message ListOffsetsPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsPartition & logkeeper.broker.ListOffsetsPartition.$Shape} ListOffsetsPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsPartition & logkeeper.broker.ListOffsetsPartition.$Shape;
        }

        namespace ListOffsetsPartition {

            /** Properties of a ListOffsetsPartition. */
            interface $Properties {

                /** ListOffsetsPartition partition */
                partition?: (number|null);

                /** ListOffsetsPartition currentLeaderEpoch */
                currentLeaderEpoch?: (number|null);

                /** ListOffsetsPartition timestamp */
                timestamp?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsPartition. */
            type $Shape = logkeeper.broker.ListOffsetsPartition.$Properties;
        }

        /**
         * Properties of a ListOffsetsTopic.
         * @deprecated Use logkeeper.broker.ListOffsetsTopic.$Properties instead.
         */
        interface IListOffsetsTopic extends logkeeper.broker.ListOffsetsTopic.$Properties {
        }

        /** Represents a ListOffsetsTopic. */
        class ListOffsetsTopic {

            /**
             * Constructs a new ListOffsetsTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsTopic name. */
            name: string;

            /** ListOffsetsTopic partitions. */
            partitions: logkeeper.broker.ListOffsetsPartition.$Properties[];

            /**
             * Encodes the specified ListOffsetsTopic message. Does not implicitly {@link logkeeper.broker.ListOffsetsTopic.verify|verify} messages.
             * @param message ListOffsetsTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsTopic & logkeeper.broker.ListOffsetsTopic.$Shape} ListOffsetsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsTopic & logkeeper.broker.ListOffsetsTopic.$Shape;
        }

        namespace ListOffsetsTopic {

            /** Properties of a ListOffsetsTopic. */
            interface $Properties {

                /** ListOffsetsTopic name */
                name?: (string|null);

                /** ListOffsetsTopic partitions */
                partitions?: (logkeeper.broker.ListOffsetsPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsTopic. */
            type $Shape = logkeeper.broker.ListOffsetsTopic.$Properties;
        }

        /**
         * Properties of a ListOffsetsRequest.
         * @deprecated Use logkeeper.broker.ListOffsetsRequest.$Properties instead.
         */
        interface IListOffsetsRequest extends logkeeper.broker.ListOffsetsRequest.$Properties {
        }

        /** Represents a ListOffsetsRequest. */
        class ListOffsetsRequest {

            /**
             * Constructs a new ListOffsetsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsRequest replicaId. */
            replicaId: number;

            /** ListOffsetsRequest isolationLevel. */
            isolationLevel: number;

            /** ListOffsetsRequest topics. */
            topics: logkeeper.broker.ListOffsetsTopic.$Properties[];

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link logkeeper.broker.ListOffsetsRequest.verify|verify} messages.
             * @param message ListOffsetsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsRequest & logkeeper.broker.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsRequest & logkeeper.broker.ListOffsetsRequest.$Shape;
        }

        namespace ListOffsetsRequest {

            /** Properties of a ListOffsetsRequest. */
            interface $Properties {

                /** ListOffsetsRequest replicaId */
                replicaId?: (number|null);

                /** ListOffsetsRequest isolationLevel */
                isolationLevel?: (number|null);

                /** ListOffsetsRequest topics */
                topics?: (logkeeper.broker.ListOffsetsTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsRequest. */
            type $Shape = logkeeper.broker.ListOffsetsRequest.$Properties;
        }

        /**
         * Properties of a ListOffsetsPartitionResponse.
         * @deprecated Use logkeeper.broker.ListOffsetsPartitionResponse.$Properties instead.
         */
        interface IListOffsetsPartitionResponse extends logkeeper.broker.ListOffsetsPartitionResponse.$Properties {
        }

        /** Represents a ListOffsetsPartitionResponse. */
        class ListOffsetsPartitionResponse {

            /**
             * Constructs a new ListOffsetsPartitionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsPartitionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsPartitionResponse partition. */
            partition: number;

            /** ListOffsetsPartitionResponse errorCode. */
            errorCode: number;

            /** ListOffsetsPartitionResponse timestamp. */
            timestamp: number;

            /** ListOffsetsPartitionResponse offset. */
            offset: number;

            /** ListOffsetsPartitionResponse leaderEpoch. */
            leaderEpoch: number;

            /**
             * Encodes the specified ListOffsetsPartitionResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsPartitionResponse.verify|verify} messages.
             * @param message ListOffsetsPartitionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsPartitionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsPartitionResponse & logkeeper.broker.ListOffsetsPartitionResponse.$Shape} ListOffsetsPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsPartitionResponse & logkeeper.broker.ListOffsetsPartitionResponse.$Shape;
        }

        namespace ListOffsetsPartitionResponse {

            /** Properties of a ListOffsetsPartitionResponse. */
            interface $Properties {

                /** ListOffsetsPartitionResponse partition */
                partition?: (number|null);

                /** ListOffsetsPartitionResponse errorCode */
                errorCode?: (number|null);

                /** ListOffsetsPartitionResponse timestamp */
                timestamp?: (number|null);

                /** ListOffsetsPartitionResponse offset */
                offset?: (number|null);

                /** ListOffsetsPartitionResponse leaderEpoch */
                leaderEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsPartitionResponse. */
            type $Shape = logkeeper.broker.ListOffsetsPartitionResponse.$Properties;
        }

        /**
         * Properties of a ListOffsetsTopicResponse.
         * @deprecated Use logkeeper.broker.ListOffsetsTopicResponse.$Properties instead.
         */
        interface IListOffsetsTopicResponse extends logkeeper.broker.ListOffsetsTopicResponse.$Properties {
        }

        /** Represents a ListOffsetsTopicResponse. */
        class ListOffsetsTopicResponse {

            /**
             * Constructs a new ListOffsetsTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsTopicResponse name. */
            name: string;

            /** ListOffsetsTopicResponse partitions. */
            partitions: logkeeper.broker.ListOffsetsPartitionResponse.$Properties[];

            /**
             * Encodes the specified ListOffsetsTopicResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsTopicResponse.verify|verify} messages.
             * @param message ListOffsetsTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsTopicResponse & logkeeper.broker.ListOffsetsTopicResponse.$Shape} ListOffsetsTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsTopicResponse & logkeeper.broker.ListOffsetsTopicResponse.$Shape;
        }

        namespace ListOffsetsTopicResponse {

            /** Properties of a ListOffsetsTopicResponse. */
            interface $Properties {

                /** ListOffsetsTopicResponse name */
                name?: (string|null);

                /** ListOffsetsTopicResponse partitions */
                partitions?: (logkeeper.broker.ListOffsetsPartitionResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsTopicResponse. */
            type $Shape = logkeeper.broker.ListOffsetsTopicResponse.$Properties;
        }

        /**
         * Properties of a ListOffsetsResponse.
         * @deprecated Use logkeeper.broker.ListOffsetsResponse.$Properties instead.
         */
        interface IListOffsetsResponse extends logkeeper.broker.ListOffsetsResponse.$Properties {
        }

        /** Represents a ListOffsetsResponse. */
        class ListOffsetsResponse {

            /**
             * Constructs a new ListOffsetsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ListOffsetsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsResponse topics. */
            topics: logkeeper.broker.ListOffsetsTopicResponse.$Properties[];

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsResponse.verify|verify} messages.
             * @param message ListOffsetsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ListOffsetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsResponse & logkeeper.broker.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ListOffsetsResponse & logkeeper.broker.ListOffsetsResponse.$Shape;
        }

        namespace ListOffsetsResponse {

            /** Properties of a ListOffsetsResponse. */
            interface $Properties {

                /** ListOffsetsResponse topics */
                topics?: (logkeeper.broker.ListOffsetsTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsResponse. */
            type $Shape = logkeeper.broker.ListOffsetsResponse.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochPartition.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochPartition.$Properties instead.
         */
        interface IOffsetForLeaderEpochPartition extends logkeeper.broker.OffsetForLeaderEpochPartition.$Properties {
        }

        /** Represents an OffsetForLeaderEpochPartition. */
        class OffsetForLeaderEpochPartition {

            /**
             * Constructs a new OffsetForLeaderEpochPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochPartition partition. */
            partition: number;

            /** OffsetForLeaderEpochPartition currentLeaderEpoch. */
            currentLeaderEpoch: number;

            /** OffsetForLeaderEpochPartition leaderEpoch. */
            leaderEpoch: number;

            /**
             * Encodes the specified OffsetForLeaderEpochPartition message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochPartition.verify|verify} messages.
             * @param message OffsetForLeaderEpochPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochPartition & logkeeper.broker.OffsetForLeaderEpochPartition.$Shape} OffsetForLeaderEpochPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochPartition & logkeeper.broker.OffsetForLeaderEpochPartition.$Shape;
        }

        namespace OffsetForLeaderEpochPartition {

            /** Properties of an OffsetForLeaderEpochPartition. */
            interface $Properties {

                /** OffsetForLeaderEpochPartition partition */
                partition?: (number|null);

                /** OffsetForLeaderEpochPartition currentLeaderEpoch */
                currentLeaderEpoch?: (number|null);

                /** OffsetForLeaderEpochPartition leaderEpoch */
                leaderEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochPartition. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochPartition.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochTopic.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochTopic.$Properties instead.
         */
        interface IOffsetForLeaderEpochTopic extends logkeeper.broker.OffsetForLeaderEpochTopic.$Properties {
        }

        /** Represents an OffsetForLeaderEpochTopic. */
        class OffsetForLeaderEpochTopic {

            /**
             * Constructs a new OffsetForLeaderEpochTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochTopic name. */
            name: string;

            /** OffsetForLeaderEpochTopic partitions. */
            partitions: logkeeper.broker.OffsetForLeaderEpochPartition.$Properties[];

            /**
             * Encodes the specified OffsetForLeaderEpochTopic message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochTopic.verify|verify} messages.
             * @param message OffsetForLeaderEpochTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochTopic & logkeeper.broker.OffsetForLeaderEpochTopic.$Shape} OffsetForLeaderEpochTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochTopic & logkeeper.broker.OffsetForLeaderEpochTopic.$Shape;
        }

        namespace OffsetForLeaderEpochTopic {

            /** Properties of an OffsetForLeaderEpochTopic. */
            interface $Properties {

                /** OffsetForLeaderEpochTopic name */
                name?: (string|null);

                /** OffsetForLeaderEpochTopic partitions */
                partitions?: (logkeeper.broker.OffsetForLeaderEpochPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochTopic. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochTopic.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochRequest.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochRequest.$Properties instead.
         */
        interface IOffsetForLeaderEpochRequest extends logkeeper.broker.OffsetForLeaderEpochRequest.$Properties {
        }

        /** Represents an OffsetForLeaderEpochRequest. */
        class OffsetForLeaderEpochRequest {

            /**
             * Constructs a new OffsetForLeaderEpochRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochRequest replicaId. */
            replicaId: number;

            /** OffsetForLeaderEpochRequest topics. */
            topics: logkeeper.broker.OffsetForLeaderEpochTopic.$Properties[];

            /**
             * Encodes the specified OffsetForLeaderEpochRequest message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochRequest.verify|verify} messages.
             * @param message OffsetForLeaderEpochRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochRequest & logkeeper.broker.OffsetForLeaderEpochRequest.$Shape} OffsetForLeaderEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochRequest & logkeeper.broker.OffsetForLeaderEpochRequest.$Shape;
        }

        namespace OffsetForLeaderEpochRequest {

            /** Properties of an OffsetForLeaderEpochRequest. */
            interface $Properties {

                /** OffsetForLeaderEpochRequest replicaId */
                replicaId?: (number|null);

                /** OffsetForLeaderEpochRequest topics */
                topics?: (logkeeper.broker.OffsetForLeaderEpochTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochRequest. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochRequest.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochPartitionResponse.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties instead.
         */
        interface IOffsetForLeaderEpochPartitionResponse extends logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties {
        }

        /** Represents an OffsetForLeaderEpochPartitionResponse. */
        class OffsetForLeaderEpochPartitionResponse {

            /**
             * Constructs a new OffsetForLeaderEpochPartitionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochPartitionResponse partition. */
            partition: number;

            /** OffsetForLeaderEpochPartitionResponse errorCode. */
            errorCode: number;

            /** OffsetForLeaderEpochPartitionResponse leaderEpoch. */
            leaderEpoch: number;

            /** OffsetForLeaderEpochPartitionResponse endOffset. */
            endOffset: number;

            /**
             * Encodes the specified OffsetForLeaderEpochPartitionResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochPartitionResponse.verify|verify} messages.
             * @param message OffsetForLeaderEpochPartitionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochPartitionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochPartitionResponse & logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Shape} OffsetForLeaderEpochPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochPartitionResponse & logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Shape;
        }

        namespace OffsetForLeaderEpochPartitionResponse {

            /** Properties of an OffsetForLeaderEpochPartitionResponse. */
            interface $Properties {

                /** OffsetForLeaderEpochPartitionResponse partition */
                partition?: (number|null);

                /** OffsetForLeaderEpochPartitionResponse errorCode */
                errorCode?: (number|null);

                /** OffsetForLeaderEpochPartitionResponse leaderEpoch */
                leaderEpoch?: (number|null);

                /** OffsetForLeaderEpochPartitionResponse endOffset */
                endOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochPartitionResponse. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochTopicResponse.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties instead.
         */
        interface IOffsetForLeaderEpochTopicResponse extends logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties {
        }

        /** Represents an OffsetForLeaderEpochTopicResponse. */
        class OffsetForLeaderEpochTopicResponse {

            /**
             * Constructs a new OffsetForLeaderEpochTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochTopicResponse name. */
            name: string;

            /** OffsetForLeaderEpochTopicResponse partitions. */
            partitions: logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties[];

            /**
             * Encodes the specified OffsetForLeaderEpochTopicResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochTopicResponse.verify|verify} messages.
             * @param message OffsetForLeaderEpochTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochTopicResponse & logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Shape} OffsetForLeaderEpochTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochTopicResponse & logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Shape;
        }

        namespace OffsetForLeaderEpochTopicResponse {

            /** Properties of an OffsetForLeaderEpochTopicResponse. */
            interface $Properties {

                /** OffsetForLeaderEpochTopicResponse name */
                name?: (string|null);

                /** OffsetForLeaderEpochTopicResponse partitions */
                partitions?: (logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochTopicResponse. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties;
        }

        /**
         * Properties of an OffsetForLeaderEpochResponse.
         * @deprecated Use logkeeper.broker.OffsetForLeaderEpochResponse.$Properties instead.
         */
        interface IOffsetForLeaderEpochResponse extends logkeeper.broker.OffsetForLeaderEpochResponse.$Properties {
        }

        /** Represents an OffsetForLeaderEpochResponse. */
        class OffsetForLeaderEpochResponse {

            /**
             * Constructs a new OffsetForLeaderEpochResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.OffsetForLeaderEpochResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetForLeaderEpochResponse topics. */
            topics: logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties[];

            /**
             * Encodes the specified OffsetForLeaderEpochResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochResponse.verify|verify} messages.
             * @param message OffsetForLeaderEpochResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.OffsetForLeaderEpochResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetForLeaderEpochResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochResponse & logkeeper.broker.OffsetForLeaderEpochResponse.$Shape} OffsetForLeaderEpochResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.OffsetForLeaderEpochResponse & logkeeper.broker.OffsetForLeaderEpochResponse.$Shape;
        }

        namespace OffsetForLeaderEpochResponse {

            /** Properties of an OffsetForLeaderEpochResponse. */
            interface $Properties {

                /** OffsetForLeaderEpochResponse topics */
                topics?: (logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetForLeaderEpochResponse. */
            type $Shape = logkeeper.broker.OffsetForLeaderEpochResponse.$Properties;
        }

        /**
         * Properties of a DeleteRecordsPartition.
         * @deprecated Use logkeeper.broker.DeleteRecordsPartition.$Properties instead.
         */
        interface IDeleteRecordsPartition extends logkeeper.broker.DeleteRecordsPartition.$Properties {
        }

        /** Represents a DeleteRecordsPartition. */
        class DeleteRecordsPartition {

            /**
             * Constructs a new DeleteRecordsPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsPartition partition. */
            partition: number;

            /** DeleteRecordsPartition offset. */
            offset: number;

            /**
             * Encodes the specified DeleteRecordsPartition message. Does not implicitly {@link logkeeper.broker.DeleteRecordsPartition.verify|verify} messages.
             * @param message DeleteRecordsPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsPartition & logkeeper.broker.DeleteRecordsPartition.$Shape} DeleteRecordsPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsPartition & logkeeper.broker.DeleteRecordsPartition.$Shape;
        }

        namespace DeleteRecordsPartition {

            /** Properties of a DeleteRecordsPartition. */
            interface $Properties {

                /** DeleteRecordsPartition partition */
                partition?: (number|null);

                /** DeleteRecordsPartition offset */
                offset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsPartition. */
            type $Shape = logkeeper.broker.DeleteRecordsPartition.$Properties;
        }

        /**
         * Properties of a DeleteRecordsTopic.
         * @deprecated Use logkeeper.broker.DeleteRecordsTopic.$Properties instead.
         */
        interface IDeleteRecordsTopic extends logkeeper.broker.DeleteRecordsTopic.$Properties {
        }

        /** Represents a DeleteRecordsTopic. */
        class DeleteRecordsTopic {

            /**
             * Constructs a new DeleteRecordsTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsTopic name. */
            name: string;

            /** DeleteRecordsTopic partitions. */
            partitions: logkeeper.broker.DeleteRecordsPartition.$Properties[];

            /**
             * Encodes the specified DeleteRecordsTopic message. Does not implicitly {@link logkeeper.broker.DeleteRecordsTopic.verify|verify} messages.
             * @param message DeleteRecordsTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsTopic & logkeeper.broker.DeleteRecordsTopic.$Shape} DeleteRecordsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsTopic & logkeeper.broker.DeleteRecordsTopic.$Shape;
        }

        namespace DeleteRecordsTopic {

            /** Properties of a DeleteRecordsTopic. */
            interface $Properties {

                /** DeleteRecordsTopic name */
                name?: (string|null);

                /** DeleteRecordsTopic partitions */
                partitions?: (logkeeper.broker.DeleteRecordsPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsTopic. */
            type $Shape = logkeeper.broker.DeleteRecordsTopic.$Properties;
        }

        /**
         * Properties of a DeleteRecordsRequest.
         * @deprecated Use logkeeper.broker.DeleteRecordsRequest.$Properties instead.
         */
        interface IDeleteRecordsRequest extends logkeeper.broker.DeleteRecordsRequest.$Properties {
        }

        /** Represents a DeleteRecordsRequest. */
        class DeleteRecordsRequest {

            /**
             * Constructs a new DeleteRecordsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsRequest timeoutMs. */
            timeoutMs: number;

            /** DeleteRecordsRequest topics. */
            topics: logkeeper.broker.DeleteRecordsTopic.$Properties[];

            /**
             * Encodes the specified DeleteRecordsRequest message. Does not implicitly {@link logkeeper.broker.DeleteRecordsRequest.verify|verify} messages.
             * @param message DeleteRecordsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsRequest & logkeeper.broker.DeleteRecordsRequest.$Shape} DeleteRecordsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsRequest & logkeeper.broker.DeleteRecordsRequest.$Shape;
        }

        namespace DeleteRecordsRequest {

            /** Properties of a DeleteRecordsRequest. */
            interface $Properties {

                /** DeleteRecordsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** DeleteRecordsRequest topics */
                topics?: (logkeeper.broker.DeleteRecordsTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsRequest. */
            type $Shape = logkeeper.broker.DeleteRecordsRequest.$Properties;
        }

        /**
         * Properties of a DeleteRecordsPartitionResponse.
         * @deprecated Use logkeeper.broker.DeleteRecordsPartitionResponse.$Properties instead.
         */
        interface IDeleteRecordsPartitionResponse extends logkeeper.broker.DeleteRecordsPartitionResponse.$Properties {
        }

        /** Represents a DeleteRecordsPartitionResponse. */
        class DeleteRecordsPartitionResponse {

            /**
             * Constructs a new DeleteRecordsPartitionResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsPartitionResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsPartitionResponse partition. */
            partition: number;

            /** DeleteRecordsPartitionResponse lowWatermark. */
            lowWatermark: number;

            /** DeleteRecordsPartitionResponse errorCode. */
            errorCode: number;

            /**
             * Encodes the specified DeleteRecordsPartitionResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsPartitionResponse.verify|verify} messages.
             * @param message DeleteRecordsPartitionResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsPartitionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsPartitionResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsPartitionResponse & logkeeper.broker.DeleteRecordsPartitionResponse.$Shape} DeleteRecordsPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsPartitionResponse & logkeeper.broker.DeleteRecordsPartitionResponse.$Shape;
        }

        namespace DeleteRecordsPartitionResponse {

            /** Properties of a DeleteRecordsPartitionResponse. */
            interface $Properties {

                /** DeleteRecordsPartitionResponse partition */
                partition?: (number|null);

                /** DeleteRecordsPartitionResponse lowWatermark */
                lowWatermark?: (number|null);

                /** DeleteRecordsPartitionResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsPartitionResponse. */
            type $Shape = logkeeper.broker.DeleteRecordsPartitionResponse.$Properties;
        }

        /**
         * Properties of a DeleteRecordsTopicResponse.
         * @deprecated Use logkeeper.broker.DeleteRecordsTopicResponse.$Properties instead.
         */
        interface IDeleteRecordsTopicResponse extends logkeeper.broker.DeleteRecordsTopicResponse.$Properties {
        }

        /** Represents a DeleteRecordsTopicResponse. */
        class DeleteRecordsTopicResponse {

            /**
             * Constructs a new DeleteRecordsTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsTopicResponse name. */
            name: string;

            /** DeleteRecordsTopicResponse partitions. */
            partitions: logkeeper.broker.DeleteRecordsPartitionResponse.$Properties[];

            /**
             * Encodes the specified DeleteRecordsTopicResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsTopicResponse.verify|verify} messages.
             * @param message DeleteRecordsTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsTopicResponse & logkeeper.broker.DeleteRecordsTopicResponse.$Shape} DeleteRecordsTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsTopicResponse & logkeeper.broker.DeleteRecordsTopicResponse.$Shape;
        }

        namespace DeleteRecordsTopicResponse {

            /** Properties of a DeleteRecordsTopicResponse. */
            interface $Properties {

                /** DeleteRecordsTopicResponse name */
                name?: (string|null);

                /** DeleteRecordsTopicResponse partitions */
                partitions?: (logkeeper.broker.DeleteRecordsPartitionResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsTopicResponse. */
            type $Shape = logkeeper.broker.DeleteRecordsTopicResponse.$Properties;
        }

        /**
         * Properties of a DeleteRecordsResponse.
         * @deprecated Use logkeeper.broker.DeleteRecordsResponse.$Properties instead.
         */
        interface IDeleteRecordsResponse extends logkeeper.broker.DeleteRecordsResponse.$Properties {
        }

        /** Represents a DeleteRecordsResponse. */
        class DeleteRecordsResponse {

            /**
             * Constructs a new DeleteRecordsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteRecordsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRecordsResponse topics. */
            topics: logkeeper.broker.DeleteRecordsTopicResponse.$Properties[];

            /**
             * Encodes the specified DeleteRecordsResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsResponse.verify|verify} messages.
             * @param message DeleteRecordsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteRecordsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRecordsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsResponse & logkeeper.broker.DeleteRecordsResponse.$Shape} DeleteRecordsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteRecordsResponse & logkeeper.broker.DeleteRecordsResponse.$Shape;
        }

        namespace DeleteRecordsResponse {

            /** Properties of a DeleteRecordsResponse. */
            interface $Properties {

                /** DeleteRecordsResponse topics */
                topics?: (logkeeper.broker.DeleteRecordsTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRecordsResponse. */
            type $Shape = logkeeper.broker.DeleteRecordsResponse.$Properties;
        }

        /**
         * Properties of an InitProducerIdRequest.
         * @deprecated Use logkeeper.broker.InitProducerIdRequest.$Properties instead.
         */
        interface IInitProducerIdRequest extends logkeeper.broker.InitProducerIdRequest.$Properties {
        }

        /** Represents an InitProducerIdRequest. */
        class InitProducerIdRequest {

            /**
             * Constructs a new InitProducerIdRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.InitProducerIdRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerIdRequest transactionalId. */
            transactionalId?: (string|null);

            /** InitProducerIdRequest transactionTimeoutMs. */
            transactionTimeoutMs: number;

            /** InitProducerIdRequest producerId. */
            producerId: number;

            /** InitProducerIdRequest producerEpoch. */
            producerEpoch: number;

            /**
             * Encodes the specified InitProducerIdRequest message. Does not implicitly {@link logkeeper.broker.InitProducerIdRequest.verify|verify} messages.
             * @param message InitProducerIdRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.InitProducerIdRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerIdRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.InitProducerIdRequest & logkeeper.broker.InitProducerIdRequest.$Shape} InitProducerIdRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.InitProducerIdRequest & logkeeper.broker.InitProducerIdRequest.$Shape;
        }

        namespace InitProducerIdRequest {

            /** Properties of an InitProducerIdRequest. */
            interface $Properties {

                /** InitProducerIdRequest transactionalId */
                transactionalId?: (string|null);

                /** InitProducerIdRequest transactionTimeoutMs */
                transactionTimeoutMs?: (number|null);

                /** InitProducerIdRequest producerId */
                producerId?: (number|null);

                /** InitProducerIdRequest producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerIdRequest. */
            type $Shape = logkeeper.broker.InitProducerIdRequest.$Properties;
        }

        /**
         * Properties of an InitProducerIdResponse.
         * @deprecated Use logkeeper.broker.InitProducerIdResponse.$Properties instead.
         */
        interface IInitProducerIdResponse extends logkeeper.broker.InitProducerIdResponse.$Properties {
        }

        /** Represents an InitProducerIdResponse. */
        class InitProducerIdResponse {

            /**
             * Constructs a new InitProducerIdResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.InitProducerIdResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerIdResponse errorCode. */
            errorCode: number;

            /** InitProducerIdResponse producerId. */
            producerId: number;

            /** InitProducerIdResponse producerEpoch. */
            producerEpoch: number;

            /**
             * Encodes the specified InitProducerIdResponse message. Does not implicitly {@link logkeeper.broker.InitProducerIdResponse.verify|verify} messages.
             * @param message InitProducerIdResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.InitProducerIdResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerIdResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.InitProducerIdResponse & logkeeper.broker.InitProducerIdResponse.$Shape} InitProducerIdResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.InitProducerIdResponse & logkeeper.broker.InitProducerIdResponse.$Shape;
        }

        namespace InitProducerIdResponse {

            /** Properties of an InitProducerIdResponse. */
            interface $Properties {

                /** InitProducerIdResponse errorCode */
                errorCode?: (number|null);

                /** InitProducerIdResponse producerId */
                producerId?: (number|null);

                /** InitProducerIdResponse producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerIdResponse. */
            type $Shape = logkeeper.broker.InitProducerIdResponse.$Properties;
        }

        /**
         * Properties of a ConfigValue.
         * @deprecated Use logkeeper.broker.ConfigValue.$Properties instead.
         */
        interface IConfigValue extends logkeeper.broker.ConfigValue.$Properties {
        }

        /** Represents a ConfigValue. */
        class ConfigValue {

            /**
             * Constructs a new ConfigValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ConfigValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigValue name. */
            name: string;

            /** ConfigValue value. */
            value?: (string|null);

            /**
             * Encodes the specified ConfigValue message. Does not implicitly {@link logkeeper.broker.ConfigValue.verify|verify} messages.
             * @param message ConfigValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ConfigValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ConfigValue & logkeeper.broker.ConfigValue.$Shape} ConfigValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ConfigValue & logkeeper.broker.ConfigValue.$Shape;
        }

        namespace ConfigValue {

            /** Properties of a ConfigValue. */
            interface $Properties {

                /** ConfigValue name */
                name?: (string|null);

                /** ConfigValue value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigValue. */
            type $Shape = logkeeper.broker.ConfigValue.$Properties;
        }

        /**
         * Properties of a ReplicaAssignment.
         * @deprecated Use logkeeper.broker.ReplicaAssignment.$Properties instead.
         */
        interface IReplicaAssignment extends logkeeper.broker.ReplicaAssignment.$Properties {
        }

        /** Represents a ReplicaAssignment. */
        class ReplicaAssignment {

            /**
             * Constructs a new ReplicaAssignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.ReplicaAssignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaAssignment partition. */
            partition: number;

            /** ReplicaAssignment brokerIds. */
            brokerIds: number[];

            /**
             * Encodes the specified ReplicaAssignment message. Does not implicitly {@link logkeeper.broker.ReplicaAssignment.verify|verify} messages.
             * @param message ReplicaAssignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.ReplicaAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaAssignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.ReplicaAssignment & logkeeper.broker.ReplicaAssignment.$Shape} ReplicaAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.ReplicaAssignment & logkeeper.broker.ReplicaAssignment.$Shape;
        }

        namespace ReplicaAssignment {

            /** Properties of a ReplicaAssignment. */
            interface $Properties {

                /** ReplicaAssignment partition */
                partition?: (number|null);

                /** ReplicaAssignment brokerIds */
                brokerIds?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaAssignment. */
            type $Shape = logkeeper.broker.ReplicaAssignment.$Properties;
        }

        /**
         * Properties of a CreatableTopic.
         * @deprecated Use logkeeper.broker.CreatableTopic.$Properties instead.
         */
        interface ICreatableTopic extends logkeeper.broker.CreatableTopic.$Properties {
        }

        /** Represents a CreatableTopic. */
        class CreatableTopic {

            /**
             * Constructs a new CreatableTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatableTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatableTopic name. */
            name: string;

            /** CreatableTopic numPartitions. */
            numPartitions: number;

            /** CreatableTopic replicationFactor. */
            replicationFactor: number;

            /** CreatableTopic assignments. */
            assignments: logkeeper.broker.ReplicaAssignment.$Properties[];

            /** CreatableTopic configs. */
            configs: logkeeper.broker.ConfigValue.$Properties[];

            /**
             * Encodes the specified CreatableTopic message. Does not implicitly {@link logkeeper.broker.CreatableTopic.verify|verify} messages.
             * @param message CreatableTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatableTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatableTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatableTopic & logkeeper.broker.CreatableTopic.$Shape} CreatableTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatableTopic & logkeeper.broker.CreatableTopic.$Shape;
        }

        namespace CreatableTopic {

            /** Properties of a CreatableTopic. */
            interface $Properties {

                /** CreatableTopic name */
                name?: (string|null);

                /** CreatableTopic numPartitions */
                numPartitions?: (number|null);

                /** CreatableTopic replicationFactor */
                replicationFactor?: (number|null);

                /** CreatableTopic assignments */
                assignments?: (logkeeper.broker.ReplicaAssignment.$Properties[]|null);

                /** CreatableTopic configs */
                configs?: (logkeeper.broker.ConfigValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatableTopic. */
            type $Shape = logkeeper.broker.CreatableTopic.$Properties;
        }

        /**
         * Properties of a CreateTopicsRequest.
         * @deprecated Use logkeeper.broker.CreateTopicsRequest.$Properties instead.
         */
        interface ICreateTopicsRequest extends logkeeper.broker.CreateTopicsRequest.$Properties {
        }

        /** Represents a CreateTopicsRequest. */
        class CreateTopicsRequest {

            /**
             * Constructs a new CreateTopicsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreateTopicsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicsRequest topics. */
            topics: logkeeper.broker.CreatableTopic.$Properties[];

            /** CreateTopicsRequest timeoutMs. */
            timeoutMs: number;

            /** CreateTopicsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Encodes the specified CreateTopicsRequest message. Does not implicitly {@link logkeeper.broker.CreateTopicsRequest.verify|verify} messages.
             * @param message CreateTopicsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreateTopicsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreateTopicsRequest & logkeeper.broker.CreateTopicsRequest.$Shape} CreateTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreateTopicsRequest & logkeeper.broker.CreateTopicsRequest.$Shape;
        }

        namespace CreateTopicsRequest {

            /** Properties of a CreateTopicsRequest. */
            interface $Properties {

                /** CreateTopicsRequest topics */
                topics?: (logkeeper.broker.CreatableTopic.$Properties[]|null);

                /** CreateTopicsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** CreateTopicsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicsRequest. */
            type $Shape = logkeeper.broker.CreateTopicsRequest.$Properties;
        }

        /**
         * Properties of a CreatableTopicResult.
         * @deprecated Use logkeeper.broker.CreatableTopicResult.$Properties instead.
         */
        interface ICreatableTopicResult extends logkeeper.broker.CreatableTopicResult.$Properties {
        }

        /** Represents a CreatableTopicResult. */
        class CreatableTopicResult {

            /**
             * Constructs a new CreatableTopicResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatableTopicResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatableTopicResult name. */
            name: string;

            /** CreatableTopicResult topicId. */
            topicId: string;

            /** CreatableTopicResult errorCode. */
            errorCode: number;

            /** CreatableTopicResult errorMessage. */
            errorMessage?: (string|null);

            /** CreatableTopicResult numPartitions. */
            numPartitions: number;

            /** CreatableTopicResult replicationFactor. */
            replicationFactor: number;

            /**
             * Encodes the specified CreatableTopicResult message. Does not implicitly {@link logkeeper.broker.CreatableTopicResult.verify|verify} messages.
             * @param message CreatableTopicResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatableTopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatableTopicResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatableTopicResult & logkeeper.broker.CreatableTopicResult.$Shape} CreatableTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatableTopicResult & logkeeper.broker.CreatableTopicResult.$Shape;
        }

        namespace CreatableTopicResult {

            /** Properties of a CreatableTopicResult. */
            interface $Properties {

                /** CreatableTopicResult name */
                name?: (string|null);

                /** CreatableTopicResult topicId */
                topicId?: (string|null);

                /** CreatableTopicResult errorCode */
                errorCode?: (number|null);

                /** CreatableTopicResult errorMessage */
                errorMessage?: (string|null);

                /** CreatableTopicResult numPartitions */
                numPartitions?: (number|null);

                /** CreatableTopicResult replicationFactor */
                replicationFactor?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatableTopicResult. */
            type $Shape = logkeeper.broker.CreatableTopicResult.$Properties;
        }

        /**
         * Properties of a CreateTopicsResponse.
         * @deprecated Use logkeeper.broker.CreateTopicsResponse.$Properties instead.
         */
        interface ICreateTopicsResponse extends logkeeper.broker.CreateTopicsResponse.$Properties {
        }

        /** Represents a CreateTopicsResponse. */
        class CreateTopicsResponse {

            /**
             * Constructs a new CreateTopicsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreateTopicsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicsResponse topics. */
            topics: logkeeper.broker.CreatableTopicResult.$Properties[];

            /**
             * Encodes the specified CreateTopicsResponse message. Does not implicitly {@link logkeeper.broker.CreateTopicsResponse.verify|verify} messages.
             * @param message CreateTopicsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreateTopicsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreateTopicsResponse & logkeeper.broker.CreateTopicsResponse.$Shape} CreateTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreateTopicsResponse & logkeeper.broker.CreateTopicsResponse.$Shape;
        }

        namespace CreateTopicsResponse {

            /** Properties of a CreateTopicsResponse. */
            interface $Properties {

                /** CreateTopicsResponse topics */
                topics?: (logkeeper.broker.CreatableTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicsResponse. */
            type $Shape = logkeeper.broker.CreateTopicsResponse.$Properties;
        }

        /**
         * Properties of a DeleteTopicsRequest.
         * @deprecated Use logkeeper.broker.DeleteTopicsRequest.$Properties instead.
         */
        interface IDeleteTopicsRequest extends logkeeper.broker.DeleteTopicsRequest.$Properties {
        }

        /** Represents a DeleteTopicsRequest. */
        class DeleteTopicsRequest {

            /**
             * Constructs a new DeleteTopicsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteTopicsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteTopicsRequest topicNames. */
            topicNames: string[];

            /** DeleteTopicsRequest timeoutMs. */
            timeoutMs: number;

            /**
             * Encodes the specified DeleteTopicsRequest message. Does not implicitly {@link logkeeper.broker.DeleteTopicsRequest.verify|verify} messages.
             * @param message DeleteTopicsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteTopicsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteTopicsRequest & logkeeper.broker.DeleteTopicsRequest.$Shape} DeleteTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteTopicsRequest & logkeeper.broker.DeleteTopicsRequest.$Shape;
        }

        namespace DeleteTopicsRequest {

            /** Properties of a DeleteTopicsRequest. */
            interface $Properties {

                /** DeleteTopicsRequest topicNames */
                topicNames?: (string[]|null);

                /** DeleteTopicsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicsRequest. */
            type $Shape = logkeeper.broker.DeleteTopicsRequest.$Properties;
        }

        /**
         * Properties of a DeletableTopicResult.
         * @deprecated Use logkeeper.broker.DeletableTopicResult.$Properties instead.
         */
        interface IDeletableTopicResult extends logkeeper.broker.DeletableTopicResult.$Properties {
        }

        /** Represents a DeletableTopicResult. */
        class DeletableTopicResult {

            /**
             * Constructs a new DeletableTopicResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeletableTopicResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletableTopicResult name. */
            name: string;

            /** DeletableTopicResult topicId. */
            topicId: string;

            /** DeletableTopicResult errorCode. */
            errorCode: number;

            /** DeletableTopicResult errorMessage. */
            errorMessage?: (string|null);

            /**
             * Encodes the specified DeletableTopicResult message. Does not implicitly {@link logkeeper.broker.DeletableTopicResult.verify|verify} messages.
             * @param message DeletableTopicResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeletableTopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletableTopicResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeletableTopicResult & logkeeper.broker.DeletableTopicResult.$Shape} DeletableTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeletableTopicResult & logkeeper.broker.DeletableTopicResult.$Shape;
        }

        namespace DeletableTopicResult {

            /** Properties of a DeletableTopicResult. */
            interface $Properties {

                /** DeletableTopicResult name */
                name?: (string|null);

                /** DeletableTopicResult topicId */
                topicId?: (string|null);

                /** DeletableTopicResult errorCode */
                errorCode?: (number|null);

                /** DeletableTopicResult errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletableTopicResult. */
            type $Shape = logkeeper.broker.DeletableTopicResult.$Properties;
        }

        /**
         * Properties of a DeleteTopicsResponse.
         * @deprecated Use logkeeper.broker.DeleteTopicsResponse.$Properties instead.
         */
        interface IDeleteTopicsResponse extends logkeeper.broker.DeleteTopicsResponse.$Properties {
        }

        /** Represents a DeleteTopicsResponse. */
        class DeleteTopicsResponse {

            /**
             * Constructs a new DeleteTopicsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DeleteTopicsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteTopicsResponse topics. */
            topics: logkeeper.broker.DeletableTopicResult.$Properties[];

            /**
             * Encodes the specified DeleteTopicsResponse message. Does not implicitly {@link logkeeper.broker.DeleteTopicsResponse.verify|verify} messages.
             * @param message DeleteTopicsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DeleteTopicsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteTopicsResponse & logkeeper.broker.DeleteTopicsResponse.$Shape} DeleteTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DeleteTopicsResponse & logkeeper.broker.DeleteTopicsResponse.$Shape;
        }

        namespace DeleteTopicsResponse {

            /** Properties of a DeleteTopicsResponse. */
            interface $Properties {

                /** DeleteTopicsResponse topics */
                topics?: (logkeeper.broker.DeletableTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicsResponse. */
            type $Shape = logkeeper.broker.DeleteTopicsResponse.$Properties;
        }

        /**
         * Properties of a CreatePartitionsTopic.
         * @deprecated Use logkeeper.broker.CreatePartitionsTopic.$Properties instead.
         */
        interface ICreatePartitionsTopic extends logkeeper.broker.CreatePartitionsTopic.$Properties {
        }

        /** Represents a CreatePartitionsTopic. */
        class CreatePartitionsTopic {

            /**
             * Constructs a new CreatePartitionsTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatePartitionsTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatePartitionsTopic name. */
            name: string;

            /** CreatePartitionsTopic count. */
            count: number;

            /** CreatePartitionsTopic assignments. */
            assignments?: (logkeeper.broker.Int32Lists.$Properties|null);

            /**
             * Encodes the specified CreatePartitionsTopic message. Does not implicitly {@link logkeeper.broker.CreatePartitionsTopic.verify|verify} messages.
             * @param message CreatePartitionsTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatePartitionsTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatePartitionsTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsTopic & logkeeper.broker.CreatePartitionsTopic.$Shape} CreatePartitionsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatePartitionsTopic & logkeeper.broker.CreatePartitionsTopic.$Shape;
        }

        namespace CreatePartitionsTopic {

            /** Properties of a CreatePartitionsTopic. */
            interface $Properties {

                /** CreatePartitionsTopic name */
                name?: (string|null);

                /** CreatePartitionsTopic count */
                count?: (number|null);

                /** CreatePartitionsTopic assignments */
                assignments?: (logkeeper.broker.Int32Lists.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatePartitionsTopic. */
            type $Shape = logkeeper.broker.CreatePartitionsTopic.$Properties;
        }

        /**
         * Properties of a CreatePartitionsRequest.
         * @deprecated Use logkeeper.broker.CreatePartitionsRequest.$Properties instead.
         */
        interface ICreatePartitionsRequest extends logkeeper.broker.CreatePartitionsRequest.$Properties {
        }

        /** Represents a CreatePartitionsRequest. */
        class CreatePartitionsRequest {

            /**
             * Constructs a new CreatePartitionsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatePartitionsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatePartitionsRequest topics. */
            topics: logkeeper.broker.CreatePartitionsTopic.$Properties[];

            /** CreatePartitionsRequest timeoutMs. */
            timeoutMs: number;

            /** CreatePartitionsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Encodes the specified CreatePartitionsRequest message. Does not implicitly {@link logkeeper.broker.CreatePartitionsRequest.verify|verify} messages.
             * @param message CreatePartitionsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatePartitionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatePartitionsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsRequest & logkeeper.broker.CreatePartitionsRequest.$Shape} CreatePartitionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatePartitionsRequest & logkeeper.broker.CreatePartitionsRequest.$Shape;
        }

        namespace CreatePartitionsRequest {

            /** Properties of a CreatePartitionsRequest. */
            interface $Properties {

                /** CreatePartitionsRequest topics */
                topics?: (logkeeper.broker.CreatePartitionsTopic.$Properties[]|null);

                /** CreatePartitionsRequest timeoutMs */
                timeoutMs?: (number|null);

                /** CreatePartitionsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatePartitionsRequest. */
            type $Shape = logkeeper.broker.CreatePartitionsRequest.$Properties;
        }

        /**
         * Properties of a CreatePartitionsTopicResult.
         * @deprecated Use logkeeper.broker.CreatePartitionsTopicResult.$Properties instead.
         */
        interface ICreatePartitionsTopicResult extends logkeeper.broker.CreatePartitionsTopicResult.$Properties {
        }

        /** Represents a CreatePartitionsTopicResult. */
        class CreatePartitionsTopicResult {

            /**
             * Constructs a new CreatePartitionsTopicResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatePartitionsTopicResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatePartitionsTopicResult name. */
            name: string;

            /** CreatePartitionsTopicResult errorCode. */
            errorCode: number;

            /** CreatePartitionsTopicResult errorMessage. */
            errorMessage?: (string|null);

            /**
             * Encodes the specified CreatePartitionsTopicResult message. Does not implicitly {@link logkeeper.broker.CreatePartitionsTopicResult.verify|verify} messages.
             * @param message CreatePartitionsTopicResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatePartitionsTopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatePartitionsTopicResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsTopicResult & logkeeper.broker.CreatePartitionsTopicResult.$Shape} CreatePartitionsTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatePartitionsTopicResult & logkeeper.broker.CreatePartitionsTopicResult.$Shape;
        }

        namespace CreatePartitionsTopicResult {

            /** Properties of a CreatePartitionsTopicResult. */
            interface $Properties {

                /** CreatePartitionsTopicResult name */
                name?: (string|null);

                /** CreatePartitionsTopicResult errorCode */
                errorCode?: (number|null);

                /** CreatePartitionsTopicResult errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatePartitionsTopicResult. */
            type $Shape = logkeeper.broker.CreatePartitionsTopicResult.$Properties;
        }

        /**
         * Properties of a CreatePartitionsResponse.
         * @deprecated Use logkeeper.broker.CreatePartitionsResponse.$Properties instead.
         */
        interface ICreatePartitionsResponse extends logkeeper.broker.CreatePartitionsResponse.$Properties {
        }

        /** Represents a CreatePartitionsResponse. */
        class CreatePartitionsResponse {

            /**
             * Constructs a new CreatePartitionsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.CreatePartitionsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreatePartitionsResponse results. */
            results: logkeeper.broker.CreatePartitionsTopicResult.$Properties[];

            /**
             * Encodes the specified CreatePartitionsResponse message. Does not implicitly {@link logkeeper.broker.CreatePartitionsResponse.verify|verify} messages.
             * @param message CreatePartitionsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.CreatePartitionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreatePartitionsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsResponse & logkeeper.broker.CreatePartitionsResponse.$Shape} CreatePartitionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.CreatePartitionsResponse & logkeeper.broker.CreatePartitionsResponse.$Shape;
        }

        namespace CreatePartitionsResponse {

            /** Properties of a CreatePartitionsResponse. */
            interface $Properties {

                /** CreatePartitionsResponse results */
                results?: (logkeeper.broker.CreatePartitionsTopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreatePartitionsResponse. */
            type $Shape = logkeeper.broker.CreatePartitionsResponse.$Properties;
        }

        /**
         * Properties of a DescribeConfigsResource.
         * @deprecated Use logkeeper.broker.DescribeConfigsResource.$Properties instead.
         */
        interface IDescribeConfigsResource extends logkeeper.broker.DescribeConfigsResource.$Properties {
        }

        /** Represents a DescribeConfigsResource. */
        class DescribeConfigsResource {

            /**
             * Constructs a new DescribeConfigsResource.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeConfigsResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsResource resourceType. */
            resourceType: number;

            /** DescribeConfigsResource resourceName. */
            resourceName: string;

            /** DescribeConfigsResource configurationKeys. */
            configurationKeys?: (logkeeper.broker.StringList.$Properties|null);

            /**
             * Encodes the specified DescribeConfigsResource message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResource.verify|verify} messages.
             * @param message DescribeConfigsResource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeConfigsResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsResource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResource & logkeeper.broker.DescribeConfigsResource.$Shape} DescribeConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeConfigsResource & logkeeper.broker.DescribeConfigsResource.$Shape;
        }

        namespace DescribeConfigsResource {

            /** Properties of a DescribeConfigsResource. */
            interface $Properties {

                /** DescribeConfigsResource resourceType */
                resourceType?: (number|null);

                /** DescribeConfigsResource resourceName */
                resourceName?: (string|null);

                /** DescribeConfigsResource configurationKeys */
                configurationKeys?: (logkeeper.broker.StringList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsResource. */
            type $Shape = logkeeper.broker.DescribeConfigsResource.$Properties;
        }

        /**
         * Properties of a DescribeConfigsRequest.
         * @deprecated Use logkeeper.broker.DescribeConfigsRequest.$Properties instead.
         */
        interface IDescribeConfigsRequest extends logkeeper.broker.DescribeConfigsRequest.$Properties {
        }

        /** Represents a DescribeConfigsRequest. */
        class DescribeConfigsRequest {

            /**
             * Constructs a new DescribeConfigsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsRequest resources. */
            resources: logkeeper.broker.DescribeConfigsResource.$Properties[];

            /** DescribeConfigsRequest includeSynonyms. */
            includeSynonyms: boolean;

            /** DescribeConfigsRequest includeDocumentation. */
            includeDocumentation: boolean;

            /**
             * Encodes the specified DescribeConfigsRequest message. Does not implicitly {@link logkeeper.broker.DescribeConfigsRequest.verify|verify} messages.
             * @param message DescribeConfigsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeConfigsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsRequest & logkeeper.broker.DescribeConfigsRequest.$Shape} DescribeConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeConfigsRequest & logkeeper.broker.DescribeConfigsRequest.$Shape;
        }

        namespace DescribeConfigsRequest {

            /** Properties of a DescribeConfigsRequest. */
            interface $Properties {

                /** DescribeConfigsRequest resources */
                resources?: (logkeeper.broker.DescribeConfigsResource.$Properties[]|null);

                /** DescribeConfigsRequest includeSynonyms */
                includeSynonyms?: (boolean|null);

                /** DescribeConfigsRequest includeDocumentation */
                includeDocumentation?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsRequest. */
            type $Shape = logkeeper.broker.DescribeConfigsRequest.$Properties;
        }

        /**
         * Properties of a DescribedConfig.
         * @deprecated Use logkeeper.broker.DescribedConfig.$Properties instead.
         */
        interface IDescribedConfig extends logkeeper.broker.DescribedConfig.$Properties {
        }

        /** Represents a DescribedConfig. */
        class DescribedConfig {

            /**
             * Constructs a new DescribedConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribedConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribedConfig name. */
            name: string;

            /** DescribedConfig value. */
            value?: (string|null);

            /** DescribedConfig readOnly. */
            readOnly: boolean;

            /** DescribedConfig configSource. */
            configSource: number;

            /** DescribedConfig isSensitive. */
            isSensitive: boolean;

            /** DescribedConfig documentation. */
            documentation?: (string|null);

            /**
             * Encodes the specified DescribedConfig message. Does not implicitly {@link logkeeper.broker.DescribedConfig.verify|verify} messages.
             * @param message DescribedConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribedConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribedConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribedConfig & logkeeper.broker.DescribedConfig.$Shape} DescribedConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribedConfig & logkeeper.broker.DescribedConfig.$Shape;
        }

        namespace DescribedConfig {

            /** Properties of a DescribedConfig. */
            interface $Properties {

                /** DescribedConfig name */
                name?: (string|null);

                /** DescribedConfig value */
                value?: (string|null);

                /** DescribedConfig readOnly */
                readOnly?: (boolean|null);

                /** DescribedConfig configSource */
                configSource?: (number|null);

                /** DescribedConfig isSensitive */
                isSensitive?: (boolean|null);

                /** DescribedConfig documentation */
                documentation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribedConfig. */
            type $Shape = logkeeper.broker.DescribedConfig.$Properties;
        }

        /**
         * Properties of a DescribeConfigsResult.
         * @deprecated Use logkeeper.broker.DescribeConfigsResult.$Properties instead.
         */
        interface IDescribeConfigsResult extends logkeeper.broker.DescribeConfigsResult.$Properties {
        }

        /** Represents a DescribeConfigsResult. */
        class DescribeConfigsResult {

            /**
             * Constructs a new DescribeConfigsResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeConfigsResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsResult resourceType. */
            resourceType: number;

            /** DescribeConfigsResult resourceName. */
            resourceName: string;

            /** DescribeConfigsResult errorCode. */
            errorCode: number;

            /** DescribeConfigsResult errorMessage. */
            errorMessage?: (string|null);

            /** DescribeConfigsResult configs. */
            configs: logkeeper.broker.DescribedConfig.$Properties[];

            /**
             * Encodes the specified DescribeConfigsResult message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResult.verify|verify} messages.
             * @param message DescribeConfigsResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeConfigsResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResult & logkeeper.broker.DescribeConfigsResult.$Shape} DescribeConfigsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeConfigsResult & logkeeper.broker.DescribeConfigsResult.$Shape;
        }

        namespace DescribeConfigsResult {

            /** Properties of a DescribeConfigsResult. */
            interface $Properties {

                /** DescribeConfigsResult resourceType */
                resourceType?: (number|null);

                /** DescribeConfigsResult resourceName */
                resourceName?: (string|null);

                /** DescribeConfigsResult errorCode */
                errorCode?: (number|null);

                /** DescribeConfigsResult errorMessage */
                errorMessage?: (string|null);

                /** DescribeConfigsResult configs */
                configs?: (logkeeper.broker.DescribedConfig.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsResult. */
            type $Shape = logkeeper.broker.DescribeConfigsResult.$Properties;
        }

        /**
         * Properties of a DescribeConfigsResponse.
         * @deprecated Use logkeeper.broker.DescribeConfigsResponse.$Properties instead.
         */
        interface IDescribeConfigsResponse extends logkeeper.broker.DescribeConfigsResponse.$Properties {
        }

        /** Represents a DescribeConfigsResponse. */
        class DescribeConfigsResponse {

            /**
             * Constructs a new DescribeConfigsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.DescribeConfigsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeConfigsResponse results. */
            results: logkeeper.broker.DescribeConfigsResult.$Properties[];

            /**
             * Encodes the specified DescribeConfigsResponse message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResponse.verify|verify} messages.
             * @param message DescribeConfigsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.DescribeConfigsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeConfigsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResponse & logkeeper.broker.DescribeConfigsResponse.$Shape} DescribeConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.DescribeConfigsResponse & logkeeper.broker.DescribeConfigsResponse.$Shape;
        }

        namespace DescribeConfigsResponse {

            /** Properties of a DescribeConfigsResponse. */
            interface $Properties {

                /** DescribeConfigsResponse results */
                results?: (logkeeper.broker.DescribeConfigsResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeConfigsResponse. */
            type $Shape = logkeeper.broker.DescribeConfigsResponse.$Properties;
        }

        /**
         * Properties of an AlterConfigsResource.
         * @deprecated Use logkeeper.broker.AlterConfigsResource.$Properties instead.
         */
        interface IAlterConfigsResource extends logkeeper.broker.AlterConfigsResource.$Properties {
        }

        /** Represents an AlterConfigsResource. */
        class AlterConfigsResource {

            /**
             * Constructs a new AlterConfigsResource.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.AlterConfigsResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsResource resourceType. */
            resourceType: number;

            /** AlterConfigsResource resourceName. */
            resourceName: string;

            /** AlterConfigsResource configs. */
            configs: logkeeper.broker.ConfigValue.$Properties[];

            /**
             * Encodes the specified AlterConfigsResource message. Does not implicitly {@link logkeeper.broker.AlterConfigsResource.verify|verify} messages.
             * @param message AlterConfigsResource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.AlterConfigsResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsResource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResource & logkeeper.broker.AlterConfigsResource.$Shape} AlterConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.AlterConfigsResource & logkeeper.broker.AlterConfigsResource.$Shape;
        }

        namespace AlterConfigsResource {

            /** Properties of an AlterConfigsResource. */
            interface $Properties {

                /** AlterConfigsResource resourceType */
                resourceType?: (number|null);

                /** AlterConfigsResource resourceName */
                resourceName?: (string|null);

                /** AlterConfigsResource configs */
                configs?: (logkeeper.broker.ConfigValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsResource. */
            type $Shape = logkeeper.broker.AlterConfigsResource.$Properties;
        }

        /**
         * Properties of an AlterConfigsRequest.
         * @deprecated Use logkeeper.broker.AlterConfigsRequest.$Properties instead.
         */
        interface IAlterConfigsRequest extends logkeeper.broker.AlterConfigsRequest.$Properties {
        }

        /** Represents an AlterConfigsRequest. */
        class AlterConfigsRequest {

            /**
             * Constructs a new AlterConfigsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.AlterConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsRequest resources. */
            resources: logkeeper.broker.AlterConfigsResource.$Properties[];

            /** AlterConfigsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Encodes the specified AlterConfigsRequest message. Does not implicitly {@link logkeeper.broker.AlterConfigsRequest.verify|verify} messages.
             * @param message AlterConfigsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.AlterConfigsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsRequest & logkeeper.broker.AlterConfigsRequest.$Shape} AlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.AlterConfigsRequest & logkeeper.broker.AlterConfigsRequest.$Shape;
        }

        namespace AlterConfigsRequest {

            /** Properties of an AlterConfigsRequest. */
            interface $Properties {

                /** AlterConfigsRequest resources */
                resources?: (logkeeper.broker.AlterConfigsResource.$Properties[]|null);

                /** AlterConfigsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsRequest. */
            type $Shape = logkeeper.broker.AlterConfigsRequest.$Properties;
        }

        /**
         * Properties of an AlterableConfig.
         * @deprecated Use logkeeper.broker.AlterableConfig.$Properties instead.
         */
        interface IAlterableConfig extends logkeeper.broker.AlterableConfig.$Properties {
        }

        /** Represents an AlterableConfig. */
        class AlterableConfig {

            /**
             * Constructs a new AlterableConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.AlterableConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterableConfig name. */
            name: string;

            /** AlterableConfig value. */
            value?: (string|null);

            /** AlterableConfig configOperation. */
            configOperation: number;

            /**
             * Encodes the specified AlterableConfig message. Does not implicitly {@link logkeeper.broker.AlterableConfig.verify|verify} messages.
             * @param message AlterableConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.AlterableConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterableConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterableConfig & logkeeper.broker.AlterableConfig.$Shape} AlterableConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.AlterableConfig & logkeeper.broker.AlterableConfig.$Shape;
        }

        namespace AlterableConfig {

            /** Properties of an AlterableConfig. */
            interface $Properties {

                /** AlterableConfig name */
                name?: (string|null);

                /** AlterableConfig value */
                value?: (string|null);

                /** AlterableConfig configOperation */
                configOperation?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterableConfig. */
            type $Shape = logkeeper.broker.AlterableConfig.$Properties;
        }

        /**
         * Properties of an IncrementalAlterConfigsResource.
         * @deprecated Use logkeeper.broker.IncrementalAlterConfigsResource.$Properties instead.
         */
        interface IIncrementalAlterConfigsResource extends logkeeper.broker.IncrementalAlterConfigsResource.$Properties {
        }

        /** Represents an IncrementalAlterConfigsResource. */
        class IncrementalAlterConfigsResource {

            /**
             * Constructs a new IncrementalAlterConfigsResource.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.IncrementalAlterConfigsResource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncrementalAlterConfigsResource resourceType. */
            resourceType: number;

            /** IncrementalAlterConfigsResource resourceName. */
            resourceName: string;

            /** IncrementalAlterConfigsResource configs. */
            configs: logkeeper.broker.AlterableConfig.$Properties[];

            /**
             * Encodes the specified IncrementalAlterConfigsResource message. Does not implicitly {@link logkeeper.broker.IncrementalAlterConfigsResource.verify|verify} messages.
             * @param message IncrementalAlterConfigsResource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.IncrementalAlterConfigsResource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncrementalAlterConfigsResource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.IncrementalAlterConfigsResource & logkeeper.broker.IncrementalAlterConfigsResource.$Shape} IncrementalAlterConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.IncrementalAlterConfigsResource & logkeeper.broker.IncrementalAlterConfigsResource.$Shape;
        }

        namespace IncrementalAlterConfigsResource {

            /** Properties of an IncrementalAlterConfigsResource. */
            interface $Properties {

                /** IncrementalAlterConfigsResource resourceType */
                resourceType?: (number|null);

                /** IncrementalAlterConfigsResource resourceName */
                resourceName?: (string|null);

                /** IncrementalAlterConfigsResource configs */
                configs?: (logkeeper.broker.AlterableConfig.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncrementalAlterConfigsResource. */
            type $Shape = logkeeper.broker.IncrementalAlterConfigsResource.$Properties;
        }

        /**
         * Properties of an IncrementalAlterConfigsRequest.
         * @deprecated Use logkeeper.broker.IncrementalAlterConfigsRequest.$Properties instead.
         */
        interface IIncrementalAlterConfigsRequest extends logkeeper.broker.IncrementalAlterConfigsRequest.$Properties {
        }

        /** Represents an IncrementalAlterConfigsRequest. */
        class IncrementalAlterConfigsRequest {

            /**
             * Constructs a new IncrementalAlterConfigsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.IncrementalAlterConfigsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IncrementalAlterConfigsRequest resources. */
            resources: logkeeper.broker.IncrementalAlterConfigsResource.$Properties[];

            /** IncrementalAlterConfigsRequest validateOnly. */
            validateOnly: boolean;

            /**
             * Encodes the specified IncrementalAlterConfigsRequest message. Does not implicitly {@link logkeeper.broker.IncrementalAlterConfigsRequest.verify|verify} messages.
             * @param message IncrementalAlterConfigsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.IncrementalAlterConfigsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IncrementalAlterConfigsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.IncrementalAlterConfigsRequest & logkeeper.broker.IncrementalAlterConfigsRequest.$Shape} IncrementalAlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.IncrementalAlterConfigsRequest & logkeeper.broker.IncrementalAlterConfigsRequest.$Shape;
        }

        namespace IncrementalAlterConfigsRequest {

            /** Properties of an IncrementalAlterConfigsRequest. */
            interface $Properties {

                /** IncrementalAlterConfigsRequest resources */
                resources?: (logkeeper.broker.IncrementalAlterConfigsResource.$Properties[]|null);

                /** IncrementalAlterConfigsRequest validateOnly */
                validateOnly?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IncrementalAlterConfigsRequest. */
            type $Shape = logkeeper.broker.IncrementalAlterConfigsRequest.$Properties;
        }

        /**
         * Properties of an AlterConfigsResourceResponse.
         * @deprecated Use logkeeper.broker.AlterConfigsResourceResponse.$Properties instead.
         */
        interface IAlterConfigsResourceResponse extends logkeeper.broker.AlterConfigsResourceResponse.$Properties {
        }

        /** Represents an AlterConfigsResourceResponse. */
        class AlterConfigsResourceResponse {

            /**
             * Constructs a new AlterConfigsResourceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.AlterConfigsResourceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsResourceResponse resourceType. */
            resourceType: number;

            /** AlterConfigsResourceResponse resourceName. */
            resourceName: string;

            /** AlterConfigsResourceResponse errorCode. */
            errorCode: number;

            /** AlterConfigsResourceResponse errorMessage. */
            errorMessage?: (string|null);

            /**
             * Encodes the specified AlterConfigsResourceResponse message. Does not implicitly {@link logkeeper.broker.AlterConfigsResourceResponse.verify|verify} messages.
             * @param message AlterConfigsResourceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.AlterConfigsResourceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsResourceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResourceResponse & logkeeper.broker.AlterConfigsResourceResponse.$Shape} AlterConfigsResourceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.AlterConfigsResourceResponse & logkeeper.broker.AlterConfigsResourceResponse.$Shape;
        }

        namespace AlterConfigsResourceResponse {

            /** Properties of an AlterConfigsResourceResponse. */
            interface $Properties {

                /** AlterConfigsResourceResponse resourceType */
                resourceType?: (number|null);

                /** AlterConfigsResourceResponse resourceName */
                resourceName?: (string|null);

                /** AlterConfigsResourceResponse errorCode */
                errorCode?: (number|null);

                /** AlterConfigsResourceResponse errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsResourceResponse. */
            type $Shape = logkeeper.broker.AlterConfigsResourceResponse.$Properties;
        }

        /**
         * Properties of an AlterConfigsResponse.
         * @deprecated Use logkeeper.broker.AlterConfigsResponse.$Properties instead.
         */
        interface IAlterConfigsResponse extends logkeeper.broker.AlterConfigsResponse.$Properties {
        }

        /** Represents an AlterConfigsResponse. */
        class AlterConfigsResponse {

            /**
             * Constructs a new AlterConfigsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.broker.AlterConfigsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlterConfigsResponse responses. */
            responses: logkeeper.broker.AlterConfigsResourceResponse.$Properties[];

            /**
             * Encodes the specified AlterConfigsResponse message. Does not implicitly {@link logkeeper.broker.AlterConfigsResponse.verify|verify} messages.
             * @param message AlterConfigsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.broker.AlterConfigsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlterConfigsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResponse & logkeeper.broker.AlterConfigsResponse.$Shape} AlterConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.broker.AlterConfigsResponse & logkeeper.broker.AlterConfigsResponse.$Shape;
        }

        namespace AlterConfigsResponse {

            /** Properties of an AlterConfigsResponse. */
            interface $Properties {

                /** AlterConfigsResponse responses */
                responses?: (logkeeper.broker.AlterConfigsResourceResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlterConfigsResponse. */
            type $Shape = logkeeper.broker.AlterConfigsResponse.$Properties;
        }
    }
}
