import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace logkeeper. */
export namespace logkeeper {

    /** Namespace groups. */
    namespace groups {

        /**
         * Properties of a StringList.
         * @deprecated Use logkeeper.groups.StringList.$Properties instead.
         */
        interface IStringList extends logkeeper.groups.StringList.$Properties {
        }

        /** Represents a StringList. */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringList items. */
            items: string[];

            /**
             * Encodes the specified StringList message. Does not implicitly {@link logkeeper.groups.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.StringList & logkeeper.groups.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.StringList & logkeeper.groups.StringList.$Shape;
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
            type $Shape = logkeeper.groups.StringList.$Properties;
        }

        /**
         * Properties of a FindCoordinatorRequest.
         * @deprecated Use logkeeper.groups.FindCoordinatorRequest.$Properties instead.
         */
        interface IFindCoordinatorRequest extends logkeeper.groups.FindCoordinatorRequest.$Properties {
        }

        /** Represents a FindCoordinatorRequest. */
        class FindCoordinatorRequest {

            /**
             * Constructs a new FindCoordinatorRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.FindCoordinatorRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FindCoordinatorRequest keyType. */
            keyType: number;

            /** FindCoordinatorRequest keys. */
            keys: string[];

            /**
             * Encodes the specified FindCoordinatorRequest message. Does not implicitly {@link logkeeper.groups.FindCoordinatorRequest.verify|verify} messages.
             * @param message FindCoordinatorRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.FindCoordinatorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindCoordinatorRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.FindCoordinatorRequest & logkeeper.groups.FindCoordinatorRequest.$Shape} FindCoordinatorRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.FindCoordinatorRequest & logkeeper.groups.FindCoordinatorRequest.$Shape;
        }

        namespace FindCoordinatorRequest {

            /** Properties of a FindCoordinatorRequest. */
            interface $Properties {

                /** FindCoordinatorRequest keyType */
                keyType?: (number|null);

                /** FindCoordinatorRequest keys */
                keys?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FindCoordinatorRequest. */
            type $Shape = logkeeper.groups.FindCoordinatorRequest.$Properties;
        }

        /**
         * Properties of a Coordinator.
         * @deprecated Use logkeeper.groups.Coordinator.$Properties instead.
         */
        interface ICoordinator extends logkeeper.groups.Coordinator.$Properties {
        }

        /** Represents a Coordinator. */
        class Coordinator {

            /**
             * Constructs a new Coordinator.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.Coordinator.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Coordinator key. */
            key: string;

            /** Coordinator nodeId. */
            nodeId: number;

            /** Coordinator errorCode. */
            errorCode: number;

            /** Coordinator errorMessage. */
            errorMessage?: (string|null);

            /**
             * Encodes the specified Coordinator message. Does not implicitly {@link logkeeper.groups.Coordinator.verify|verify} messages.
             * @param message Coordinator message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.Coordinator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Coordinator message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.Coordinator & logkeeper.groups.Coordinator.$Shape} Coordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.Coordinator & logkeeper.groups.Coordinator.$Shape;
        }

        namespace Coordinator {

            /** Properties of a Coordinator. */
            interface $Properties {

                /** Coordinator key */
                key?: (string|null);

                /** Coordinator nodeId */
                nodeId?: (number|null);

                /** Coordinator errorCode */
                errorCode?: (number|null);

                /** Coordinator errorMessage */
                errorMessage?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Coordinator. */
            type $Shape = logkeeper.groups.Coordinator.$Properties;
        }

        /**
         * Properties of a FindCoordinatorResponse.
         * @deprecated Use logkeeper.groups.FindCoordinatorResponse.$Properties instead.
         */
        interface IFindCoordinatorResponse extends logkeeper.groups.FindCoordinatorResponse.$Properties {
        }

        /** Represents a FindCoordinatorResponse. */
        class FindCoordinatorResponse {

            /**
             * Constructs a new FindCoordinatorResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.FindCoordinatorResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FindCoordinatorResponse coordinators. */
            coordinators: logkeeper.groups.Coordinator.$Properties[];

            /**
             * Encodes the specified FindCoordinatorResponse message. Does not implicitly {@link logkeeper.groups.FindCoordinatorResponse.verify|verify} messages.
             * @param message FindCoordinatorResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.FindCoordinatorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FindCoordinatorResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.FindCoordinatorResponse & logkeeper.groups.FindCoordinatorResponse.$Shape} FindCoordinatorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.FindCoordinatorResponse & logkeeper.groups.FindCoordinatorResponse.$Shape;
        }

        namespace FindCoordinatorResponse {

            /** Properties of a FindCoordinatorResponse. */
            interface $Properties {

                /** FindCoordinatorResponse coordinators */
                coordinators?: (logkeeper.groups.Coordinator.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FindCoordinatorResponse. */
            type $Shape = logkeeper.groups.FindCoordinatorResponse.$Properties;
        }

        /**
         * Properties of a JoinGroupProtocol.
         * @deprecated Use logkeeper.groups.JoinGroupProtocol.$Properties instead.
         */
        interface IJoinGroupProtocol extends logkeeper.groups.JoinGroupProtocol.$Properties {
        }

        /** Represents a JoinGroupProtocol. */
        class JoinGroupProtocol {

            /**
             * Constructs a new JoinGroupProtocol.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.JoinGroupProtocol.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupProtocol name. */
            name: string;

            /** JoinGroupProtocol metadata. */
            metadata: Uint8Array;

            /**
             * Encodes the specified JoinGroupProtocol message. Does not implicitly {@link logkeeper.groups.JoinGroupProtocol.verify|verify} messages.
             * @param message JoinGroupProtocol message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.JoinGroupProtocol.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupProtocol message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupProtocol & logkeeper.groups.JoinGroupProtocol.$Shape} JoinGroupProtocol
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.JoinGroupProtocol & logkeeper.groups.JoinGroupProtocol.$Shape;
        }

        namespace JoinGroupProtocol {

            /** Properties of a JoinGroupProtocol. */
            interface $Properties {

                /** JoinGroupProtocol name */
                name?: (string|null);

                /** JoinGroupProtocol metadata */
                metadata?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupProtocol. */
            type $Shape = logkeeper.groups.JoinGroupProtocol.$Properties;
        }

        /**
         * Properties of a JoinGroupRequest.
         * @deprecated Use logkeeper.groups.JoinGroupRequest.$Properties instead.
         */
        interface IJoinGroupRequest extends logkeeper.groups.JoinGroupRequest.$Properties {
        }

        /** Represents a JoinGroupRequest. */
        class JoinGroupRequest {

            /**
             * Constructs a new JoinGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.JoinGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupRequest groupId. */
            groupId: string;

            /** JoinGroupRequest sessionTimeoutMs. */
            sessionTimeoutMs: number;

            /** JoinGroupRequest rebalanceTimeoutMs. */
            rebalanceTimeoutMs: number;

            /** JoinGroupRequest memberId. */
            memberId: string;

            /** JoinGroupRequest groupInstanceId. */
            groupInstanceId?: (string|null);

            /** JoinGroupRequest protocolType. */
            protocolType: string;

            /** JoinGroupRequest protocols. */
            protocols: logkeeper.groups.JoinGroupProtocol.$Properties[];

            /** JoinGroupRequest reason. */
            reason?: (string|null);

            /**
             * Encodes the specified JoinGroupRequest message. Does not implicitly {@link logkeeper.groups.JoinGroupRequest.verify|verify} messages.
             * @param message JoinGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.JoinGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupRequest & logkeeper.groups.JoinGroupRequest.$Shape} JoinGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.JoinGroupRequest & logkeeper.groups.JoinGroupRequest.$Shape;
        }

        namespace JoinGroupRequest {

            /** Properties of a JoinGroupRequest. */
            interface $Properties {

                /** JoinGroupRequest groupId */
                groupId?: (string|null);

                /** JoinGroupRequest sessionTimeoutMs */
                sessionTimeoutMs?: (number|null);

                /** JoinGroupRequest rebalanceTimeoutMs */
                rebalanceTimeoutMs?: (number|null);

                /** JoinGroupRequest memberId */
                memberId?: (string|null);

                /** JoinGroupRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** JoinGroupRequest protocolType */
                protocolType?: (string|null);

                /** JoinGroupRequest protocols */
                protocols?: (logkeeper.groups.JoinGroupProtocol.$Properties[]|null);

                /** JoinGroupRequest reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupRequest. */
            type $Shape = logkeeper.groups.JoinGroupRequest.$Properties;
        }

        /**
         * Properties of a JoinGroupMember.
         * @deprecated Use logkeeper.groups.JoinGroupMember.$Properties instead.
         */
        interface IJoinGroupMember extends logkeeper.groups.JoinGroupMember.$Properties {
        }

        /** Represents a JoinGroupMember. */
        class JoinGroupMember {

            /**
             * Constructs a new JoinGroupMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.JoinGroupMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupMember memberId. */
            memberId: string;

            /** JoinGroupMember groupInstanceId. */
            groupInstanceId?: (string|null);

            /** JoinGroupMember metadata. */
            metadata: Uint8Array;

            /**
             * Encodes the specified JoinGroupMember message. Does not implicitly {@link logkeeper.groups.JoinGroupMember.verify|verify} messages.
             * @param message JoinGroupMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.JoinGroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupMember & logkeeper.groups.JoinGroupMember.$Shape} JoinGroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.JoinGroupMember & logkeeper.groups.JoinGroupMember.$Shape;
        }

        namespace JoinGroupMember {

            /** Properties of a JoinGroupMember. */
            interface $Properties {

                /** JoinGroupMember memberId */
                memberId?: (string|null);

                /** JoinGroupMember groupInstanceId */
                groupInstanceId?: (string|null);

                /** JoinGroupMember metadata */
                metadata?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupMember. */
            type $Shape = logkeeper.groups.JoinGroupMember.$Properties;
        }

        /**
         * Properties of a JoinGroupResponse.
         * @deprecated Use logkeeper.groups.JoinGroupResponse.$Properties instead.
         */
        interface IJoinGroupResponse extends logkeeper.groups.JoinGroupResponse.$Properties {
        }

        /** Represents a JoinGroupResponse. */
        class JoinGroupResponse {

            /**
             * Constructs a new JoinGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.JoinGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JoinGroupResponse errorCode. */
            errorCode: number;

            /** JoinGroupResponse generationId. */
            generationId: number;

            /** JoinGroupResponse protocolType. */
            protocolType?: (string|null);

            /** JoinGroupResponse protocolName. */
            protocolName?: (string|null);

            /** JoinGroupResponse leader. */
            leader: string;

            /** JoinGroupResponse skipAssignment. */
            skipAssignment: boolean;

            /** JoinGroupResponse memberId. */
            memberId: string;

            /** JoinGroupResponse members. */
            members: logkeeper.groups.JoinGroupMember.$Properties[];

            /**
             * Encodes the specified JoinGroupResponse message. Does not implicitly {@link logkeeper.groups.JoinGroupResponse.verify|verify} messages.
             * @param message JoinGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.JoinGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JoinGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupResponse & logkeeper.groups.JoinGroupResponse.$Shape} JoinGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.JoinGroupResponse & logkeeper.groups.JoinGroupResponse.$Shape;
        }

        namespace JoinGroupResponse {

            /** Properties of a JoinGroupResponse. */
            interface $Properties {

                /** JoinGroupResponse errorCode */
                errorCode?: (number|null);

                /** JoinGroupResponse generationId */
                generationId?: (number|null);

                /** JoinGroupResponse protocolType */
                protocolType?: (string|null);

                /** JoinGroupResponse protocolName */
                protocolName?: (string|null);

                /** JoinGroupResponse leader */
                leader?: (string|null);

                /** JoinGroupResponse skipAssignment */
                skipAssignment?: (boolean|null);

                /** JoinGroupResponse memberId */
                memberId?: (string|null);

                /** JoinGroupResponse members */
                members?: (logkeeper.groups.JoinGroupMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JoinGroupResponse. */
            type $Shape = logkeeper.groups.JoinGroupResponse.$Properties;
        }

        /**
         * Properties of a SyncGroupAssignment.
         * @deprecated Use logkeeper.groups.SyncGroupAssignment.$Properties instead.
         */
        interface ISyncGroupAssignment extends logkeeper.groups.SyncGroupAssignment.$Properties {
        }

        /** Represents a SyncGroupAssignment. */
        class SyncGroupAssignment {

            /**
             * Constructs a new SyncGroupAssignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.SyncGroupAssignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroupAssignment memberId. */
            memberId: string;

            /** SyncGroupAssignment assignment. */
            assignment: Uint8Array;

            /**
             * Encodes the specified SyncGroupAssignment message. Does not implicitly {@link logkeeper.groups.SyncGroupAssignment.verify|verify} messages.
             * @param message SyncGroupAssignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.SyncGroupAssignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroupAssignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupAssignment & logkeeper.groups.SyncGroupAssignment.$Shape} SyncGroupAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.SyncGroupAssignment & logkeeper.groups.SyncGroupAssignment.$Shape;
        }

        namespace SyncGroupAssignment {

            /** Properties of a SyncGroupAssignment. */
            interface $Properties {

                /** SyncGroupAssignment memberId */
                memberId?: (string|null);

                /** SyncGroupAssignment assignment */
                assignment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroupAssignment. */
            type $Shape = logkeeper.groups.SyncGroupAssignment.$Properties;
        }

        /**
         * Properties of a SyncGroupRequest.
         * @deprecated Use logkeeper.groups.SyncGroupRequest.$Properties instead.
         */
        interface ISyncGroupRequest extends logkeeper.groups.SyncGroupRequest.$Properties {
        }

        /** Represents a SyncGroupRequest. */
        class SyncGroupRequest {

            /**
             * Constructs a new SyncGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.SyncGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroupRequest groupId. */
            groupId: string;

            /** SyncGroupRequest generationId. */
            generationId: number;

            /** SyncGroupRequest memberId. */
            memberId: string;

            /** SyncGroupRequest groupInstanceId. */
            groupInstanceId?: (string|null);

            /** SyncGroupRequest protocolType. */
            protocolType?: (string|null);

            /** SyncGroupRequest protocolName. */
            protocolName?: (string|null);

            /** SyncGroupRequest assignments. */
            assignments: logkeeper.groups.SyncGroupAssignment.$Properties[];

            /**
             * Encodes the specified SyncGroupRequest message. Does not implicitly {@link logkeeper.groups.SyncGroupRequest.verify|verify} messages.
             * @param message SyncGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.SyncGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupRequest & logkeeper.groups.SyncGroupRequest.$Shape} SyncGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.SyncGroupRequest & logkeeper.groups.SyncGroupRequest.$Shape;
        }

        namespace SyncGroupRequest {

            /** Properties of a SyncGroupRequest. */
            interface $Properties {

                /** SyncGroupRequest groupId */
                groupId?: (string|null);

                /** SyncGroupRequest generationId */
                generationId?: (number|null);

                /** SyncGroupRequest memberId */
                memberId?: (string|null);

                /** SyncGroupRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** SyncGroupRequest protocolType */
                protocolType?: (string|null);

                /** SyncGroupRequest protocolName */
                protocolName?: (string|null);

                /** SyncGroupRequest assignments */
                assignments?: (logkeeper.groups.SyncGroupAssignment.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroupRequest. */
            type $Shape = logkeeper.groups.SyncGroupRequest.$Properties;
        }

        /**
         * Properties of a SyncGroupResponse.
         * @deprecated Use logkeeper.groups.SyncGroupResponse.$Properties instead.
         */
        interface ISyncGroupResponse extends logkeeper.groups.SyncGroupResponse.$Properties {
        }

        /** Represents a SyncGroupResponse. */
        class SyncGroupResponse {

            /**
             * Constructs a new SyncGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.SyncGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncGroupResponse errorCode. */
            errorCode: number;

            /** SyncGroupResponse protocolType. */
            protocolType?: (string|null);

            /** SyncGroupResponse protocolName. */
            protocolName?: (string|null);

            /** SyncGroupResponse assignment. */
            assignment: Uint8Array;

            /**
             * Encodes the specified SyncGroupResponse message. Does not implicitly {@link logkeeper.groups.SyncGroupResponse.verify|verify} messages.
             * @param message SyncGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.SyncGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupResponse & logkeeper.groups.SyncGroupResponse.$Shape} SyncGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.SyncGroupResponse & logkeeper.groups.SyncGroupResponse.$Shape;
        }

        namespace SyncGroupResponse {

            /** Properties of a SyncGroupResponse. */
            interface $Properties {

                /** SyncGroupResponse errorCode */
                errorCode?: (number|null);

                /** SyncGroupResponse protocolType */
                protocolType?: (string|null);

                /** SyncGroupResponse protocolName */
                protocolName?: (string|null);

                /** SyncGroupResponse assignment */
                assignment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncGroupResponse. */
            type $Shape = logkeeper.groups.SyncGroupResponse.$Properties;
        }

        /**
         * Properties of a HeartbeatRequest.
         * @deprecated Use logkeeper.groups.HeartbeatRequest.$Properties instead.
         */
        interface IHeartbeatRequest extends logkeeper.groups.HeartbeatRequest.$Properties {
        }

        /** Represents a HeartbeatRequest. */
        class HeartbeatRequest {

            /**
             * Constructs a new HeartbeatRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.HeartbeatRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatRequest groupId. */
            groupId: string;

            /** HeartbeatRequest generationId. */
            generationId: number;

            /** HeartbeatRequest memberId. */
            memberId: string;

            /** HeartbeatRequest groupInstanceId. */
            groupInstanceId?: (string|null);

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link logkeeper.groups.HeartbeatRequest.verify|verify} messages.
             * @param message HeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.HeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.HeartbeatRequest & logkeeper.groups.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.HeartbeatRequest & logkeeper.groups.HeartbeatRequest.$Shape;
        }

        namespace HeartbeatRequest {

            /** Properties of a HeartbeatRequest. */
            interface $Properties {

                /** HeartbeatRequest groupId */
                groupId?: (string|null);

                /** HeartbeatRequest generationId */
                generationId?: (number|null);

                /** HeartbeatRequest memberId */
                memberId?: (string|null);

                /** HeartbeatRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatRequest. */
            type $Shape = logkeeper.groups.HeartbeatRequest.$Properties;
        }

        /**
         * Properties of a HeartbeatResponse.
         * @deprecated Use logkeeper.groups.HeartbeatResponse.$Properties instead.
         */
        interface IHeartbeatResponse extends logkeeper.groups.HeartbeatResponse.$Properties {
        }

        /** Represents a HeartbeatResponse. */
        class HeartbeatResponse {

            /**
             * Constructs a new HeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.HeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatResponse errorCode. */
            errorCode: number;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link logkeeper.groups.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.HeartbeatResponse & logkeeper.groups.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.HeartbeatResponse & logkeeper.groups.HeartbeatResponse.$Shape;
        }

        namespace HeartbeatResponse {

            /** Properties of a HeartbeatResponse. */
            interface $Properties {

                /** HeartbeatResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatResponse. */
            type $Shape = logkeeper.groups.HeartbeatResponse.$Properties;
        }

        /**
         * Properties of a MemberIdentity.
         * @deprecated Use logkeeper.groups.MemberIdentity.$Properties instead.
         */
        interface IMemberIdentity extends logkeeper.groups.MemberIdentity.$Properties {
        }

        /** Represents a MemberIdentity. */
        class MemberIdentity {

            /**
             * Constructs a new MemberIdentity.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.MemberIdentity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberIdentity memberId. */
            memberId: string;

            /** MemberIdentity groupInstanceId. */
            groupInstanceId?: (string|null);

            /** MemberIdentity reason. */
            reason?: (string|null);

            /**
             * Encodes the specified MemberIdentity message. Does not implicitly {@link logkeeper.groups.MemberIdentity.verify|verify} messages.
             * @param message MemberIdentity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.MemberIdentity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberIdentity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.MemberIdentity & logkeeper.groups.MemberIdentity.$Shape} MemberIdentity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.MemberIdentity & logkeeper.groups.MemberIdentity.$Shape;
        }

        namespace MemberIdentity {

            /** Properties of a MemberIdentity. */
            interface $Properties {

                /** MemberIdentity memberId */
                memberId?: (string|null);

                /** MemberIdentity groupInstanceId */
                groupInstanceId?: (string|null);

                /** MemberIdentity reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberIdentity. */
            type $Shape = logkeeper.groups.MemberIdentity.$Properties;
        }

        /**
         * Properties of a LeaveGroupRequest.
         * @deprecated Use logkeeper.groups.LeaveGroupRequest.$Properties instead.
         */
        interface ILeaveGroupRequest extends logkeeper.groups.LeaveGroupRequest.$Properties {
        }

        /** Represents a LeaveGroupRequest. */
        class LeaveGroupRequest {

            /**
             * Constructs a new LeaveGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.LeaveGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaveGroupRequest groupId. */
            groupId: string;

            /** LeaveGroupRequest members. */
            members: logkeeper.groups.MemberIdentity.$Properties[];

            /**
             * Encodes the specified LeaveGroupRequest message. Does not implicitly {@link logkeeper.groups.LeaveGroupRequest.verify|verify} messages.
             * @param message LeaveGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.LeaveGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaveGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.LeaveGroupRequest & logkeeper.groups.LeaveGroupRequest.$Shape} LeaveGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.LeaveGroupRequest & logkeeper.groups.LeaveGroupRequest.$Shape;
        }

        namespace LeaveGroupRequest {

            /** Properties of a LeaveGroupRequest. */
            interface $Properties {

                /** LeaveGroupRequest groupId */
                groupId?: (string|null);

                /** LeaveGroupRequest members */
                members?: (logkeeper.groups.MemberIdentity.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaveGroupRequest. */
            type $Shape = logkeeper.groups.LeaveGroupRequest.$Properties;
        }

        /**
         * Properties of a MemberResponse.
         * @deprecated Use logkeeper.groups.MemberResponse.$Properties instead.
         */
        interface IMemberResponse extends logkeeper.groups.MemberResponse.$Properties {
        }

        /** Represents a MemberResponse. */
        class MemberResponse {

            /**
             * Constructs a new MemberResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.MemberResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberResponse memberId. */
            memberId: string;

            /** MemberResponse groupInstanceId. */
            groupInstanceId?: (string|null);

            /** MemberResponse errorCode. */
            errorCode: number;

            /**
             * Encodes the specified MemberResponse message. Does not implicitly {@link logkeeper.groups.MemberResponse.verify|verify} messages.
             * @param message MemberResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.MemberResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.MemberResponse & logkeeper.groups.MemberResponse.$Shape} MemberResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.MemberResponse & logkeeper.groups.MemberResponse.$Shape;
        }

        namespace MemberResponse {

            /** Properties of a MemberResponse. */
            interface $Properties {

                /** MemberResponse memberId */
                memberId?: (string|null);

                /** MemberResponse groupInstanceId */
                groupInstanceId?: (string|null);

                /** MemberResponse errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberResponse. */
            type $Shape = logkeeper.groups.MemberResponse.$Properties;
        }

        /**
         * Properties of a LeaveGroupResponse.
         * @deprecated Use logkeeper.groups.LeaveGroupResponse.$Properties instead.
         */
        interface ILeaveGroupResponse extends logkeeper.groups.LeaveGroupResponse.$Properties {
        }

        /** Represents a LeaveGroupResponse. */
        class LeaveGroupResponse {

            /**
             * Constructs a new LeaveGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.LeaveGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaveGroupResponse errorCode. */
            errorCode: number;

            /** LeaveGroupResponse members. */
            members: logkeeper.groups.MemberResponse.$Properties[];

            /**
             * Encodes the specified LeaveGroupResponse message. Does not implicitly {@link logkeeper.groups.LeaveGroupResponse.verify|verify} messages.
             * @param message LeaveGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.LeaveGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaveGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.LeaveGroupResponse & logkeeper.groups.LeaveGroupResponse.$Shape} LeaveGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.LeaveGroupResponse & logkeeper.groups.LeaveGroupResponse.$Shape;
        }

        namespace LeaveGroupResponse {

            /** Properties of a LeaveGroupResponse. */
            interface $Properties {

                /** LeaveGroupResponse errorCode */
                errorCode?: (number|null);

                /** LeaveGroupResponse members */
                members?: (logkeeper.groups.MemberResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaveGroupResponse. */
            type $Shape = logkeeper.groups.LeaveGroupResponse.$Properties;
        }

        /**
         * Properties of an OffsetCommitPartition.
         * @deprecated Use logkeeper.groups.OffsetCommitPartition.$Properties instead.
         */
        interface IOffsetCommitPartition extends logkeeper.groups.OffsetCommitPartition.$Properties {
        }

        /** Represents an OffsetCommitPartition. */
        class OffsetCommitPartition {

            /**
             * Constructs a new OffsetCommitPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetCommitPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitPartition partitionIndex. */
            partitionIndex: number;

            /** OffsetCommitPartition committedOffset. */
            committedOffset: number;

            /** OffsetCommitPartition committedLeaderEpoch. */
            committedLeaderEpoch: number;

            /** OffsetCommitPartition committedMetadata. */
            committedMetadata?: (string|null);

            /**
             * Encodes the specified OffsetCommitPartition message. Does not implicitly {@link logkeeper.groups.OffsetCommitPartition.verify|verify} messages.
             * @param message OffsetCommitPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetCommitPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitPartition & logkeeper.groups.OffsetCommitPartition.$Shape} OffsetCommitPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetCommitPartition & logkeeper.groups.OffsetCommitPartition.$Shape;
        }

        namespace OffsetCommitPartition {

            /** Properties of an OffsetCommitPartition. */
            interface $Properties {

                /** OffsetCommitPartition partitionIndex */
                partitionIndex?: (number|null);

                /** OffsetCommitPartition committedOffset */
                committedOffset?: (number|null);

                /** OffsetCommitPartition committedLeaderEpoch */
                committedLeaderEpoch?: (number|null);

                /** OffsetCommitPartition committedMetadata */
                committedMetadata?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitPartition. */
            type $Shape = logkeeper.groups.OffsetCommitPartition.$Properties;
        }

        /**
         * Properties of an OffsetCommitTopic.
         * @deprecated Use logkeeper.groups.OffsetCommitTopic.$Properties instead.
         */
        interface IOffsetCommitTopic extends logkeeper.groups.OffsetCommitTopic.$Properties {
        }

        /** Represents an OffsetCommitTopic. */
        class OffsetCommitTopic {

            /**
             * Constructs a new OffsetCommitTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetCommitTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitTopic name. */
            name: string;

            /** OffsetCommitTopic partitions. */
            partitions: logkeeper.groups.OffsetCommitPartition.$Properties[];

            /**
             * Encodes the specified OffsetCommitTopic message. Does not implicitly {@link logkeeper.groups.OffsetCommitTopic.verify|verify} messages.
             * @param message OffsetCommitTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetCommitTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitTopic & logkeeper.groups.OffsetCommitTopic.$Shape} OffsetCommitTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetCommitTopic & logkeeper.groups.OffsetCommitTopic.$Shape;
        }

        namespace OffsetCommitTopic {

            /** Properties of an OffsetCommitTopic. */
            interface $Properties {

                /** OffsetCommitTopic name */
                name?: (string|null);

                /** OffsetCommitTopic partitions */
                partitions?: (logkeeper.groups.OffsetCommitPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitTopic. */
            type $Shape = logkeeper.groups.OffsetCommitTopic.$Properties;
        }

        /**
         * Properties of an OffsetCommitRequest.
         * @deprecated Use logkeeper.groups.OffsetCommitRequest.$Properties instead.
         */
        interface IOffsetCommitRequest extends logkeeper.groups.OffsetCommitRequest.$Properties {
        }

        /** Represents an OffsetCommitRequest. */
        class OffsetCommitRequest {

            /**
             * Constructs a new OffsetCommitRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetCommitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitRequest groupId. */
            groupId: string;

            /** OffsetCommitRequest generationIdOrMemberEpoch. */
            generationIdOrMemberEpoch: number;

            /** OffsetCommitRequest memberId. */
            memberId: string;

            /** OffsetCommitRequest groupInstanceId. */
            groupInstanceId?: (string|null);

            /** OffsetCommitRequest topics. */
            topics: logkeeper.groups.OffsetCommitTopic.$Properties[];

            /**
             * Encodes the specified OffsetCommitRequest message. Does not implicitly {@link logkeeper.groups.OffsetCommitRequest.verify|verify} messages.
             * @param message OffsetCommitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetCommitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitRequest & logkeeper.groups.OffsetCommitRequest.$Shape} OffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetCommitRequest & logkeeper.groups.OffsetCommitRequest.$Shape;
        }

        namespace OffsetCommitRequest {

            /** Properties of an OffsetCommitRequest. */
            interface $Properties {

                /** OffsetCommitRequest groupId */
                groupId?: (string|null);

                /** OffsetCommitRequest generationIdOrMemberEpoch */
                generationIdOrMemberEpoch?: (number|null);

                /** OffsetCommitRequest memberId */
                memberId?: (string|null);

                /** OffsetCommitRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** OffsetCommitRequest topics */
                topics?: (logkeeper.groups.OffsetCommitTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitRequest. */
            type $Shape = logkeeper.groups.OffsetCommitRequest.$Properties;
        }

        /**
         * Properties of a PartitionResult.
         * @deprecated Use logkeeper.groups.PartitionResult.$Properties instead.
         */
        interface IPartitionResult extends logkeeper.groups.PartitionResult.$Properties {
        }

        /** Represents a PartitionResult. */
        class PartitionResult {

            /**
             * Constructs a new PartitionResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.PartitionResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartitionResult partitionIndex. */
            partitionIndex: number;

            /** PartitionResult errorCode. */
            errorCode: number;

            /**
             * Encodes the specified PartitionResult message. Does not implicitly {@link logkeeper.groups.PartitionResult.verify|verify} messages.
             * @param message PartitionResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.PartitionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartitionResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.PartitionResult & logkeeper.groups.PartitionResult.$Shape} PartitionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.PartitionResult & logkeeper.groups.PartitionResult.$Shape;
        }

        namespace PartitionResult {

            /** Properties of a PartitionResult. */
            interface $Properties {

                /** PartitionResult partitionIndex */
                partitionIndex?: (number|null);

                /** PartitionResult errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartitionResult. */
            type $Shape = logkeeper.groups.PartitionResult.$Properties;
        }

        /**
         * Properties of a TopicResult.
         * @deprecated Use logkeeper.groups.TopicResult.$Properties instead.
         */
        interface ITopicResult extends logkeeper.groups.TopicResult.$Properties {
        }

        /** Represents a TopicResult. */
        class TopicResult {

            /**
             * Constructs a new TopicResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.TopicResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicResult name. */
            name: string;

            /** TopicResult partitions. */
            partitions: logkeeper.groups.PartitionResult.$Properties[];

            /**
             * Encodes the specified TopicResult message. Does not implicitly {@link logkeeper.groups.TopicResult.verify|verify} messages.
             * @param message TopicResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.TopicResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicResult & logkeeper.groups.TopicResult.$Shape} TopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.TopicResult & logkeeper.groups.TopicResult.$Shape;
        }

        namespace TopicResult {

            /** Properties of a TopicResult. */
            interface $Properties {

                /** TopicResult name */
                name?: (string|null);

                /** TopicResult partitions */
                partitions?: (logkeeper.groups.PartitionResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicResult. */
            type $Shape = logkeeper.groups.TopicResult.$Properties;
        }

        /**
         * Properties of an OffsetCommitResponse.
         * @deprecated Use logkeeper.groups.OffsetCommitResponse.$Properties instead.
         */
        interface IOffsetCommitResponse extends logkeeper.groups.OffsetCommitResponse.$Properties {
        }

        /** Represents an OffsetCommitResponse. */
        class OffsetCommitResponse {

            /**
             * Constructs a new OffsetCommitResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetCommitResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitResponse topics. */
            topics: logkeeper.groups.TopicResult.$Properties[];

            /**
             * Encodes the specified OffsetCommitResponse message. Does not implicitly {@link logkeeper.groups.OffsetCommitResponse.verify|verify} messages.
             * @param message OffsetCommitResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetCommitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitResponse & logkeeper.groups.OffsetCommitResponse.$Shape} OffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetCommitResponse & logkeeper.groups.OffsetCommitResponse.$Shape;
        }

        namespace OffsetCommitResponse {

            /** Properties of an OffsetCommitResponse. */
            interface $Properties {

                /** OffsetCommitResponse topics */
                topics?: (logkeeper.groups.TopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitResponse. */
            type $Shape = logkeeper.groups.OffsetCommitResponse.$Properties;
        }

        /**
         * Properties of an OffsetFetchTopic.
         * @deprecated Use logkeeper.groups.OffsetFetchTopic.$Properties instead.
         */
        interface IOffsetFetchTopic extends logkeeper.groups.OffsetFetchTopic.$Properties {
        }

        /** Represents an OffsetFetchTopic. */
        class OffsetFetchTopic {

            /**
             * Constructs a new OffsetFetchTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchTopic name. */
            name: string;

            /** OffsetFetchTopic partitionIndexes. */
            partitionIndexes: number[];

            /**
             * Encodes the specified OffsetFetchTopic message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopic.verify|verify} messages.
             * @param message OffsetFetchTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopic & logkeeper.groups.OffsetFetchTopic.$Shape} OffsetFetchTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchTopic & logkeeper.groups.OffsetFetchTopic.$Shape;
        }

        namespace OffsetFetchTopic {

            /** Properties of an OffsetFetchTopic. */
            interface $Properties {

                /** OffsetFetchTopic name */
                name?: (string|null);

                /** OffsetFetchTopic partitionIndexes */
                partitionIndexes?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchTopic. */
            type $Shape = logkeeper.groups.OffsetFetchTopic.$Properties;
        }

        /**
         * Properties of an OffsetFetchTopics.
         * @deprecated Use logkeeper.groups.OffsetFetchTopics.$Properties instead.
         */
        interface IOffsetFetchTopics extends logkeeper.groups.OffsetFetchTopics.$Properties {
        }

        /** Represents an OffsetFetchTopics. */
        class OffsetFetchTopics {

            /**
             * Constructs a new OffsetFetchTopics.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchTopics.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchTopics items. */
            items: logkeeper.groups.OffsetFetchTopic.$Properties[];

            /**
             * Encodes the specified OffsetFetchTopics message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopics.verify|verify} messages.
             * @param message OffsetFetchTopics message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchTopics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchTopics message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopics & logkeeper.groups.OffsetFetchTopics.$Shape} OffsetFetchTopics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchTopics & logkeeper.groups.OffsetFetchTopics.$Shape;
        }

        namespace OffsetFetchTopics {

            /** Properties of an OffsetFetchTopics. */
            interface $Properties {

                /** OffsetFetchTopics items */
                items?: (logkeeper.groups.OffsetFetchTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchTopics. */
            type $Shape = logkeeper.groups.OffsetFetchTopics.$Properties;
        }

        /**
         * Properties of an OffsetFetchGroup.
         * @deprecated Use logkeeper.groups.OffsetFetchGroup.$Properties instead.
         */
        interface IOffsetFetchGroup extends logkeeper.groups.OffsetFetchGroup.$Properties {
        }

        /** Represents an OffsetFetchGroup. */
        class OffsetFetchGroup {

            /**
             * Constructs a new OffsetFetchGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchGroup groupId. */
            groupId: string;

            /** OffsetFetchGroup memberId. */
            memberId?: (string|null);

            /** OffsetFetchGroup memberEpoch. */
            memberEpoch: number;

            /** OffsetFetchGroup topics. */
            topics?: (logkeeper.groups.OffsetFetchTopics.$Properties|null);

            /**
             * Encodes the specified OffsetFetchGroup message. Does not implicitly {@link logkeeper.groups.OffsetFetchGroup.verify|verify} messages.
             * @param message OffsetFetchGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchGroup & logkeeper.groups.OffsetFetchGroup.$Shape} OffsetFetchGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchGroup & logkeeper.groups.OffsetFetchGroup.$Shape;
        }

        namespace OffsetFetchGroup {

            /** Properties of an OffsetFetchGroup. */
            interface $Properties {

                /** OffsetFetchGroup groupId */
                groupId?: (string|null);

                /** OffsetFetchGroup memberId */
                memberId?: (string|null);

                /** OffsetFetchGroup memberEpoch */
                memberEpoch?: (number|null);

                /** OffsetFetchGroup topics */
                topics?: (logkeeper.groups.OffsetFetchTopics.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchGroup. */
            type $Shape = logkeeper.groups.OffsetFetchGroup.$Properties;
        }

        /**
         * Properties of an OffsetFetchRequest.
         * @deprecated Use logkeeper.groups.OffsetFetchRequest.$Properties instead.
         */
        interface IOffsetFetchRequest extends logkeeper.groups.OffsetFetchRequest.$Properties {
        }

        /** Represents an OffsetFetchRequest. */
        class OffsetFetchRequest {

            /**
             * Constructs a new OffsetFetchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchRequest groups. */
            groups: logkeeper.groups.OffsetFetchGroup.$Properties[];

            /** OffsetFetchRequest requireStable. */
            requireStable: boolean;

            /**
             * Encodes the specified OffsetFetchRequest message. Does not implicitly {@link logkeeper.groups.OffsetFetchRequest.verify|verify} messages.
             * @param message OffsetFetchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchRequest & logkeeper.groups.OffsetFetchRequest.$Shape} OffsetFetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchRequest & logkeeper.groups.OffsetFetchRequest.$Shape;
        }

        namespace OffsetFetchRequest {

            /** Properties of an OffsetFetchRequest. */
            interface $Properties {

                /** OffsetFetchRequest groups */
                groups?: (logkeeper.groups.OffsetFetchGroup.$Properties[]|null);

                /** OffsetFetchRequest requireStable */
                requireStable?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchRequest. */
            type $Shape = logkeeper.groups.OffsetFetchRequest.$Properties;
        }

        /**
         * Properties of an OffsetFetchPartition.
         * @deprecated Use logkeeper.groups.OffsetFetchPartition.$Properties instead.
         */
        interface IOffsetFetchPartition extends logkeeper.groups.OffsetFetchPartition.$Properties {
        }

        /** Represents an OffsetFetchPartition. */
        class OffsetFetchPartition {

            /**
             * Constructs a new OffsetFetchPartition.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchPartition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchPartition partitionIndex. */
            partitionIndex: number;

            /** OffsetFetchPartition committedOffset. */
            committedOffset: number;

            /** OffsetFetchPartition committedLeaderEpoch. */
            committedLeaderEpoch: number;

            /** OffsetFetchPartition metadata. */
            metadata?: (string|null);

            /** OffsetFetchPartition errorCode. */
            errorCode: number;

            /**
             * Encodes the specified OffsetFetchPartition message. Does not implicitly {@link logkeeper.groups.OffsetFetchPartition.verify|verify} messages.
             * @param message OffsetFetchPartition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchPartition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchPartition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchPartition & logkeeper.groups.OffsetFetchPartition.$Shape} OffsetFetchPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchPartition & logkeeper.groups.OffsetFetchPartition.$Shape;
        }

        namespace OffsetFetchPartition {

            /** Properties of an OffsetFetchPartition. */
            interface $Properties {

                /** OffsetFetchPartition partitionIndex */
                partitionIndex?: (number|null);

                /** OffsetFetchPartition committedOffset */
                committedOffset?: (number|null);

                /** OffsetFetchPartition committedLeaderEpoch */
                committedLeaderEpoch?: (number|null);

                /** OffsetFetchPartition metadata */
                metadata?: (string|null);

                /** OffsetFetchPartition errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchPartition. */
            type $Shape = logkeeper.groups.OffsetFetchPartition.$Properties;
        }

        /**
         * Properties of an OffsetFetchTopicResponse.
         * @deprecated Use logkeeper.groups.OffsetFetchTopicResponse.$Properties instead.
         */
        interface IOffsetFetchTopicResponse extends logkeeper.groups.OffsetFetchTopicResponse.$Properties {
        }

        /** Represents an OffsetFetchTopicResponse. */
        class OffsetFetchTopicResponse {

            /**
             * Constructs a new OffsetFetchTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchTopicResponse name. */
            name: string;

            /** OffsetFetchTopicResponse partitions. */
            partitions: logkeeper.groups.OffsetFetchPartition.$Properties[];

            /**
             * Encodes the specified OffsetFetchTopicResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopicResponse.verify|verify} messages.
             * @param message OffsetFetchTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopicResponse & logkeeper.groups.OffsetFetchTopicResponse.$Shape} OffsetFetchTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchTopicResponse & logkeeper.groups.OffsetFetchTopicResponse.$Shape;
        }

        namespace OffsetFetchTopicResponse {

            /** Properties of an OffsetFetchTopicResponse. */
            interface $Properties {

                /** OffsetFetchTopicResponse name */
                name?: (string|null);

                /** OffsetFetchTopicResponse partitions */
                partitions?: (logkeeper.groups.OffsetFetchPartition.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchTopicResponse. */
            type $Shape = logkeeper.groups.OffsetFetchTopicResponse.$Properties;
        }

        /**
         * Properties of an OffsetFetchGroupResponse.
         * @deprecated Use logkeeper.groups.OffsetFetchGroupResponse.$Properties instead.
         */
        interface IOffsetFetchGroupResponse extends logkeeper.groups.OffsetFetchGroupResponse.$Properties {
        }

        /** Represents an OffsetFetchGroupResponse. */
        class OffsetFetchGroupResponse {

            /**
             * Constructs a new OffsetFetchGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchGroupResponse groupId. */
            groupId: string;

            /** OffsetFetchGroupResponse errorCode. */
            errorCode: number;

            /** OffsetFetchGroupResponse topics. */
            topics: logkeeper.groups.OffsetFetchTopicResponse.$Properties[];

            /**
             * Encodes the specified OffsetFetchGroupResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchGroupResponse.verify|verify} messages.
             * @param message OffsetFetchGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchGroupResponse & logkeeper.groups.OffsetFetchGroupResponse.$Shape} OffsetFetchGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchGroupResponse & logkeeper.groups.OffsetFetchGroupResponse.$Shape;
        }

        namespace OffsetFetchGroupResponse {

            /** Properties of an OffsetFetchGroupResponse. */
            interface $Properties {

                /** OffsetFetchGroupResponse groupId */
                groupId?: (string|null);

                /** OffsetFetchGroupResponse errorCode */
                errorCode?: (number|null);

                /** OffsetFetchGroupResponse topics */
                topics?: (logkeeper.groups.OffsetFetchTopicResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchGroupResponse. */
            type $Shape = logkeeper.groups.OffsetFetchGroupResponse.$Properties;
        }

        /**
         * Properties of an OffsetFetchResponse.
         * @deprecated Use logkeeper.groups.OffsetFetchResponse.$Properties instead.
         */
        interface IOffsetFetchResponse extends logkeeper.groups.OffsetFetchResponse.$Properties {
        }

        /** Represents an OffsetFetchResponse. */
        class OffsetFetchResponse {

            /**
             * Constructs a new OffsetFetchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetFetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchResponse groups. */
            groups: logkeeper.groups.OffsetFetchGroupResponse.$Properties[];

            /**
             * Encodes the specified OffsetFetchResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchResponse.verify|verify} messages.
             * @param message OffsetFetchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetFetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchResponse & logkeeper.groups.OffsetFetchResponse.$Shape} OffsetFetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetFetchResponse & logkeeper.groups.OffsetFetchResponse.$Shape;
        }

        namespace OffsetFetchResponse {

            /** Properties of an OffsetFetchResponse. */
            interface $Properties {

                /** OffsetFetchResponse groups */
                groups?: (logkeeper.groups.OffsetFetchGroupResponse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchResponse. */
            type $Shape = logkeeper.groups.OffsetFetchResponse.$Properties;
        }

        /**
         * Properties of an OffsetDeleteTopic.
         * @deprecated Use logkeeper.groups.OffsetDeleteTopic.$Properties instead.
         */
        interface IOffsetDeleteTopic extends logkeeper.groups.OffsetDeleteTopic.$Properties {
        }

        /** Represents an OffsetDeleteTopic. */
        class OffsetDeleteTopic {

            /**
             * Constructs a new OffsetDeleteTopic.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetDeleteTopic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetDeleteTopic name. */
            name: string;

            /** OffsetDeleteTopic partitions. */
            partitions: number[];

            /**
             * Encodes the specified OffsetDeleteTopic message. Does not implicitly {@link logkeeper.groups.OffsetDeleteTopic.verify|verify} messages.
             * @param message OffsetDeleteTopic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetDeleteTopic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetDeleteTopic message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteTopic & logkeeper.groups.OffsetDeleteTopic.$Shape} OffsetDeleteTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetDeleteTopic & logkeeper.groups.OffsetDeleteTopic.$Shape;
        }

        namespace OffsetDeleteTopic {

            /** Properties of an OffsetDeleteTopic. */
            interface $Properties {

                /** OffsetDeleteTopic name */
                name?: (string|null);

                /** OffsetDeleteTopic partitions */
                partitions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetDeleteTopic. */
            type $Shape = logkeeper.groups.OffsetDeleteTopic.$Properties;
        }

        /**
         * Properties of an OffsetDeleteRequest.
         * @deprecated Use logkeeper.groups.OffsetDeleteRequest.$Properties instead.
         */
        interface IOffsetDeleteRequest extends logkeeper.groups.OffsetDeleteRequest.$Properties {
        }

        /** Represents an OffsetDeleteRequest. */
        class OffsetDeleteRequest {

            /**
             * Constructs a new OffsetDeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetDeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetDeleteRequest groupId. */
            groupId: string;

            /** OffsetDeleteRequest topics. */
            topics: logkeeper.groups.OffsetDeleteTopic.$Properties[];

            /**
             * Encodes the specified OffsetDeleteRequest message. Does not implicitly {@link logkeeper.groups.OffsetDeleteRequest.verify|verify} messages.
             * @param message OffsetDeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetDeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetDeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteRequest & logkeeper.groups.OffsetDeleteRequest.$Shape} OffsetDeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetDeleteRequest & logkeeper.groups.OffsetDeleteRequest.$Shape;
        }

        namespace OffsetDeleteRequest {

            /** Properties of an OffsetDeleteRequest. */
            interface $Properties {

                /** OffsetDeleteRequest groupId */
                groupId?: (string|null);

                /** OffsetDeleteRequest topics */
                topics?: (logkeeper.groups.OffsetDeleteTopic.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetDeleteRequest. */
            type $Shape = logkeeper.groups.OffsetDeleteRequest.$Properties;
        }

        /**
         * Properties of an OffsetDeleteResponse.
         * @deprecated Use logkeeper.groups.OffsetDeleteResponse.$Properties instead.
         */
        interface IOffsetDeleteResponse extends logkeeper.groups.OffsetDeleteResponse.$Properties {
        }

        /** Represents an OffsetDeleteResponse. */
        class OffsetDeleteResponse {

            /**
             * Constructs a new OffsetDeleteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.OffsetDeleteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetDeleteResponse errorCode. */
            errorCode: number;

            /** OffsetDeleteResponse topics. */
            topics: logkeeper.groups.TopicResult.$Properties[];

            /**
             * Encodes the specified OffsetDeleteResponse message. Does not implicitly {@link logkeeper.groups.OffsetDeleteResponse.verify|verify} messages.
             * @param message OffsetDeleteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.OffsetDeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetDeleteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteResponse & logkeeper.groups.OffsetDeleteResponse.$Shape} OffsetDeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.OffsetDeleteResponse & logkeeper.groups.OffsetDeleteResponse.$Shape;
        }

        namespace OffsetDeleteResponse {

            /** Properties of an OffsetDeleteResponse. */
            interface $Properties {

                /** OffsetDeleteResponse errorCode */
                errorCode?: (number|null);

                /** OffsetDeleteResponse topics */
                topics?: (logkeeper.groups.TopicResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetDeleteResponse. */
            type $Shape = logkeeper.groups.OffsetDeleteResponse.$Properties;
        }

        /**
         * Properties of a DescribeGroupsRequest.
         * @deprecated Use logkeeper.groups.DescribeGroupsRequest.$Properties instead.
         */
        interface IDescribeGroupsRequest extends logkeeper.groups.DescribeGroupsRequest.$Properties {
        }

        /** Represents a DescribeGroupsRequest. */
        class DescribeGroupsRequest {

            /**
             * Constructs a new DescribeGroupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DescribeGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupsRequest groups. */
            groups: string[];

            /**
             * Encodes the specified DescribeGroupsRequest message. Does not implicitly {@link logkeeper.groups.DescribeGroupsRequest.verify|verify} messages.
             * @param message DescribeGroupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DescribeGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribeGroupsRequest & logkeeper.groups.DescribeGroupsRequest.$Shape} DescribeGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DescribeGroupsRequest & logkeeper.groups.DescribeGroupsRequest.$Shape;
        }

        namespace DescribeGroupsRequest {

            /** Properties of a DescribeGroupsRequest. */
            interface $Properties {

                /** DescribeGroupsRequest groups */
                groups?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupsRequest. */
            type $Shape = logkeeper.groups.DescribeGroupsRequest.$Properties;
        }

        /**
         * Properties of a DescribedGroupMember.
         * @deprecated Use logkeeper.groups.DescribedGroupMember.$Properties instead.
         */
        interface IDescribedGroupMember extends logkeeper.groups.DescribedGroupMember.$Properties {
        }

        /** Represents a DescribedGroupMember. */
        class DescribedGroupMember {

            /**
             * Constructs a new DescribedGroupMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DescribedGroupMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribedGroupMember memberId. */
            memberId: string;

            /** DescribedGroupMember groupInstanceId. */
            groupInstanceId?: (string|null);

            /** DescribedGroupMember clientId. */
            clientId: string;

            /** DescribedGroupMember clientHost. */
            clientHost: string;

            /** DescribedGroupMember memberMetadata. */
            memberMetadata: Uint8Array;

            /** DescribedGroupMember memberAssignment. */
            memberAssignment: Uint8Array;

            /**
             * Encodes the specified DescribedGroupMember message. Does not implicitly {@link logkeeper.groups.DescribedGroupMember.verify|verify} messages.
             * @param message DescribedGroupMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DescribedGroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribedGroupMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedGroupMember & logkeeper.groups.DescribedGroupMember.$Shape} DescribedGroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DescribedGroupMember & logkeeper.groups.DescribedGroupMember.$Shape;
        }

        namespace DescribedGroupMember {

            /** Properties of a DescribedGroupMember. */
            interface $Properties {

                /** DescribedGroupMember memberId */
                memberId?: (string|null);

                /** DescribedGroupMember groupInstanceId */
                groupInstanceId?: (string|null);

                /** DescribedGroupMember clientId */
                clientId?: (string|null);

                /** DescribedGroupMember clientHost */
                clientHost?: (string|null);

                /** DescribedGroupMember memberMetadata */
                memberMetadata?: (Uint8Array|null);

                /** DescribedGroupMember memberAssignment */
                memberAssignment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribedGroupMember. */
            type $Shape = logkeeper.groups.DescribedGroupMember.$Properties;
        }

        /**
         * Properties of a DescribedGroup.
         * @deprecated Use logkeeper.groups.DescribedGroup.$Properties instead.
         */
        interface IDescribedGroup extends logkeeper.groups.DescribedGroup.$Properties {
        }

        /** Represents a DescribedGroup. */
        class DescribedGroup {

            /**
             * Constructs a new DescribedGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DescribedGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribedGroup errorCode. */
            errorCode: number;

            /** DescribedGroup groupId. */
            groupId: string;

            /** DescribedGroup groupState. */
            groupState: string;

            /** DescribedGroup protocolType. */
            protocolType: string;

            /** DescribedGroup protocolData. */
            protocolData: string;

            /** DescribedGroup members. */
            members: logkeeper.groups.DescribedGroupMember.$Properties[];

            /**
             * Encodes the specified DescribedGroup message. Does not implicitly {@link logkeeper.groups.DescribedGroup.verify|verify} messages.
             * @param message DescribedGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DescribedGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribedGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedGroup & logkeeper.groups.DescribedGroup.$Shape} DescribedGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DescribedGroup & logkeeper.groups.DescribedGroup.$Shape;
        }

        namespace DescribedGroup {

            /** Properties of a DescribedGroup. */
            interface $Properties {

                /** DescribedGroup errorCode */
                errorCode?: (number|null);

                /** DescribedGroup groupId */
                groupId?: (string|null);

                /** DescribedGroup groupState */
                groupState?: (string|null);

                /** DescribedGroup protocolType */
                protocolType?: (string|null);

                /** DescribedGroup protocolData */
                protocolData?: (string|null);

                /** DescribedGroup members */
                members?: (logkeeper.groups.DescribedGroupMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribedGroup. */
            type $Shape = logkeeper.groups.DescribedGroup.$Properties;
        }

        /**
         * Properties of a DescribeGroupsResponse.
         * @deprecated Use logkeeper.groups.DescribeGroupsResponse.$Properties instead.
         */
        interface IDescribeGroupsResponse extends logkeeper.groups.DescribeGroupsResponse.$Properties {
        }

        /** Represents a DescribeGroupsResponse. */
        class DescribeGroupsResponse {

            /**
             * Constructs a new DescribeGroupsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DescribeGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupsResponse groups. */
            groups: logkeeper.groups.DescribedGroup.$Properties[];

            /**
             * Encodes the specified DescribeGroupsResponse message. Does not implicitly {@link logkeeper.groups.DescribeGroupsResponse.verify|verify} messages.
             * @param message DescribeGroupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DescribeGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribeGroupsResponse & logkeeper.groups.DescribeGroupsResponse.$Shape} DescribeGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DescribeGroupsResponse & logkeeper.groups.DescribeGroupsResponse.$Shape;
        }

        namespace DescribeGroupsResponse {

            /** Properties of a DescribeGroupsResponse. */
            interface $Properties {

                /** DescribeGroupsResponse groups */
                groups?: (logkeeper.groups.DescribedGroup.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupsResponse. */
            type $Shape = logkeeper.groups.DescribeGroupsResponse.$Properties;
        }

        /**
         * Properties of a ListGroupsRequest.
         * @deprecated Use logkeeper.groups.ListGroupsRequest.$Properties instead.
         */
        interface IListGroupsRequest extends logkeeper.groups.ListGroupsRequest.$Properties {
        }

        /** Represents a ListGroupsRequest. */
        class ListGroupsRequest {

            /**
             * Constructs a new ListGroupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ListGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListGroupsRequest statesFilter. */
            statesFilter: string[];

            /** ListGroupsRequest typesFilter. */
            typesFilter: string[];

            /**
             * Encodes the specified ListGroupsRequest message. Does not implicitly {@link logkeeper.groups.ListGroupsRequest.verify|verify} messages.
             * @param message ListGroupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ListGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListGroupsRequest & logkeeper.groups.ListGroupsRequest.$Shape} ListGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ListGroupsRequest & logkeeper.groups.ListGroupsRequest.$Shape;
        }

        namespace ListGroupsRequest {

            /** Properties of a ListGroupsRequest. */
            interface $Properties {

                /** ListGroupsRequest statesFilter */
                statesFilter?: (string[]|null);

                /** ListGroupsRequest typesFilter */
                typesFilter?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsRequest. */
            type $Shape = logkeeper.groups.ListGroupsRequest.$Properties;
        }

        /**
         * Properties of a ListedGroup.
         * @deprecated Use logkeeper.groups.ListedGroup.$Properties instead.
         */
        interface IListedGroup extends logkeeper.groups.ListedGroup.$Properties {
        }

        /** Represents a ListedGroup. */
        class ListedGroup {

            /**
             * Constructs a new ListedGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ListedGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListedGroup groupId. */
            groupId: string;

            /** ListedGroup protocolType. */
            protocolType: string;

            /** ListedGroup groupState. */
            groupState: string;

            /** ListedGroup groupType. */
            groupType: string;

            /**
             * Encodes the specified ListedGroup message. Does not implicitly {@link logkeeper.groups.ListedGroup.verify|verify} messages.
             * @param message ListedGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ListedGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListedGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListedGroup & logkeeper.groups.ListedGroup.$Shape} ListedGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ListedGroup & logkeeper.groups.ListedGroup.$Shape;
        }

        namespace ListedGroup {

            /** Properties of a ListedGroup. */
            interface $Properties {

                /** ListedGroup groupId */
                groupId?: (string|null);

                /** ListedGroup protocolType */
                protocolType?: (string|null);

                /** ListedGroup groupState */
                groupState?: (string|null);

                /** ListedGroup groupType */
                groupType?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListedGroup. */
            type $Shape = logkeeper.groups.ListedGroup.$Properties;
        }

        /**
         * Properties of a ListGroupsResponse.
         * @deprecated Use logkeeper.groups.ListGroupsResponse.$Properties instead.
         */
        interface IListGroupsResponse extends logkeeper.groups.ListGroupsResponse.$Properties {
        }

        /** Represents a ListGroupsResponse. */
        class ListGroupsResponse {

            /**
             * Constructs a new ListGroupsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ListGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListGroupsResponse errorCode. */
            errorCode: number;

            /** ListGroupsResponse groups. */
            groups: logkeeper.groups.ListedGroup.$Properties[];

            /**
             * Encodes the specified ListGroupsResponse message. Does not implicitly {@link logkeeper.groups.ListGroupsResponse.verify|verify} messages.
             * @param message ListGroupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ListGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListGroupsResponse & logkeeper.groups.ListGroupsResponse.$Shape} ListGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ListGroupsResponse & logkeeper.groups.ListGroupsResponse.$Shape;
        }

        namespace ListGroupsResponse {

            /** Properties of a ListGroupsResponse. */
            interface $Properties {

                /** ListGroupsResponse errorCode */
                errorCode?: (number|null);

                /** ListGroupsResponse groups */
                groups?: (logkeeper.groups.ListedGroup.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsResponse. */
            type $Shape = logkeeper.groups.ListGroupsResponse.$Properties;
        }

        /**
         * Properties of a DeleteGroupsRequest.
         * @deprecated Use logkeeper.groups.DeleteGroupsRequest.$Properties instead.
         */
        interface IDeleteGroupsRequest extends logkeeper.groups.DeleteGroupsRequest.$Properties {
        }

        /** Represents a DeleteGroupsRequest. */
        class DeleteGroupsRequest {

            /**
             * Constructs a new DeleteGroupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DeleteGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteGroupsRequest groupsNames. */
            groupsNames: string[];

            /**
             * Encodes the specified DeleteGroupsRequest message. Does not implicitly {@link logkeeper.groups.DeleteGroupsRequest.verify|verify} messages.
             * @param message DeleteGroupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DeleteGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeleteGroupsRequest & logkeeper.groups.DeleteGroupsRequest.$Shape} DeleteGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DeleteGroupsRequest & logkeeper.groups.DeleteGroupsRequest.$Shape;
        }

        namespace DeleteGroupsRequest {

            /** Properties of a DeleteGroupsRequest. */
            interface $Properties {

                /** DeleteGroupsRequest groupsNames */
                groupsNames?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupsRequest. */
            type $Shape = logkeeper.groups.DeleteGroupsRequest.$Properties;
        }

        /**
         * Properties of a DeletableGroupResult.
         * @deprecated Use logkeeper.groups.DeletableGroupResult.$Properties instead.
         */
        interface IDeletableGroupResult extends logkeeper.groups.DeletableGroupResult.$Properties {
        }

        /** Represents a DeletableGroupResult. */
        class DeletableGroupResult {

            /**
             * Constructs a new DeletableGroupResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DeletableGroupResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletableGroupResult groupId. */
            groupId: string;

            /** DeletableGroupResult errorCode. */
            errorCode: number;

            /**
             * Encodes the specified DeletableGroupResult message. Does not implicitly {@link logkeeper.groups.DeletableGroupResult.verify|verify} messages.
             * @param message DeletableGroupResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DeletableGroupResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletableGroupResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeletableGroupResult & logkeeper.groups.DeletableGroupResult.$Shape} DeletableGroupResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DeletableGroupResult & logkeeper.groups.DeletableGroupResult.$Shape;
        }

        namespace DeletableGroupResult {

            /** Properties of a DeletableGroupResult. */
            interface $Properties {

                /** DeletableGroupResult groupId */
                groupId?: (string|null);

                /** DeletableGroupResult errorCode */
                errorCode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletableGroupResult. */
            type $Shape = logkeeper.groups.DeletableGroupResult.$Properties;
        }

        /**
         * Properties of a DeleteGroupsResponse.
         * @deprecated Use logkeeper.groups.DeleteGroupsResponse.$Properties instead.
         */
        interface IDeleteGroupsResponse extends logkeeper.groups.DeleteGroupsResponse.$Properties {
        }

        /** Represents a DeleteGroupsResponse. */
        class DeleteGroupsResponse {

            /**
             * Constructs a new DeleteGroupsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DeleteGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteGroupsResponse results. */
            results: logkeeper.groups.DeletableGroupResult.$Properties[];

            /**
             * Encodes the specified DeleteGroupsResponse message. Does not implicitly {@link logkeeper.groups.DeleteGroupsResponse.verify|verify} messages.
             * @param message DeleteGroupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DeleteGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeleteGroupsResponse & logkeeper.groups.DeleteGroupsResponse.$Shape} DeleteGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DeleteGroupsResponse & logkeeper.groups.DeleteGroupsResponse.$Shape;
        }

        namespace DeleteGroupsResponse {

            /** Properties of a DeleteGroupsResponse. */
            interface $Properties {

                /** DeleteGroupsResponse results */
                results?: (logkeeper.groups.DeletableGroupResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupsResponse. */
            type $Shape = logkeeper.groups.DeleteGroupsResponse.$Properties;
        }

        /**
         * Properties of a TopicPartitions.
         * @deprecated Use logkeeper.groups.TopicPartitions.$Properties instead.
         */
        interface ITopicPartitions extends logkeeper.groups.TopicPartitions.$Properties {
        }

        /** Represents a TopicPartitions. */
        class TopicPartitions {

            /**
             * Constructs a new TopicPartitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.TopicPartitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicPartitions topicId. */
            topicId: string;

            /** TopicPartitions partitions. */
            partitions: number[];

            /**
             * Encodes the specified TopicPartitions message. Does not implicitly {@link logkeeper.groups.TopicPartitions.verify|verify} messages.
             * @param message TopicPartitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.TopicPartitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicPartitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicPartitions & logkeeper.groups.TopicPartitions.$Shape} TopicPartitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.TopicPartitions & logkeeper.groups.TopicPartitions.$Shape;
        }

        namespace TopicPartitions {

            /** Properties of a TopicPartitions. */
            interface $Properties {

                /** TopicPartitions topicId */
                topicId?: (string|null);

                /** TopicPartitions partitions */
                partitions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicPartitions. */
            type $Shape = logkeeper.groups.TopicPartitions.$Properties;
        }

        /**
         * Properties of a TopicPartitionsList.
         * @deprecated Use logkeeper.groups.TopicPartitionsList.$Properties instead.
         */
        interface ITopicPartitionsList extends logkeeper.groups.TopicPartitionsList.$Properties {
        }

        /** Represents a TopicPartitionsList. */
        class TopicPartitionsList {

            /**
             * Constructs a new TopicPartitionsList.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.TopicPartitionsList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicPartitionsList items. */
            items: logkeeper.groups.TopicPartitions.$Properties[];

            /**
             * Encodes the specified TopicPartitionsList message. Does not implicitly {@link logkeeper.groups.TopicPartitionsList.verify|verify} messages.
             * @param message TopicPartitionsList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.TopicPartitionsList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicPartitionsList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicPartitionsList & logkeeper.groups.TopicPartitionsList.$Shape} TopicPartitionsList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.TopicPartitionsList & logkeeper.groups.TopicPartitionsList.$Shape;
        }

        namespace TopicPartitionsList {

            /** Properties of a TopicPartitionsList. */
            interface $Properties {

                /** TopicPartitionsList items */
                items?: (logkeeper.groups.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicPartitionsList. */
            type $Shape = logkeeper.groups.TopicPartitionsList.$Properties;
        }

        /**
         * Properties of a ConsumerGroupHeartbeatRequest.
         * @deprecated Use logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties instead.
         */
        interface IConsumerGroupHeartbeatRequest extends logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties {
        }

        /** Represents a ConsumerGroupHeartbeatRequest. */
        class ConsumerGroupHeartbeatRequest {

            /**
             * Constructs a new ConsumerGroupHeartbeatRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerGroupHeartbeatRequest groupId. */
            groupId: string;

            /** ConsumerGroupHeartbeatRequest memberId. */
            memberId: string;

            /** ConsumerGroupHeartbeatRequest memberEpoch. */
            memberEpoch: number;

            /** ConsumerGroupHeartbeatRequest instanceId. */
            instanceId?: (string|null);

            /** ConsumerGroupHeartbeatRequest rackId. */
            rackId?: (string|null);

            /** ConsumerGroupHeartbeatRequest rebalanceTimeoutMs. */
            rebalanceTimeoutMs: number;

            /** ConsumerGroupHeartbeatRequest subscribedTopicNames. */
            subscribedTopicNames?: (logkeeper.groups.StringList.$Properties|null);

            /** ConsumerGroupHeartbeatRequest subscribedTopicRegex. */
            subscribedTopicRegex?: (string|null);

            /** ConsumerGroupHeartbeatRequest serverAssignor. */
            serverAssignor?: (string|null);

            /** ConsumerGroupHeartbeatRequest topicPartitions. */
            topicPartitions?: (logkeeper.groups.TopicPartitionsList.$Properties|null);

            /**
             * Encodes the specified ConsumerGroupHeartbeatRequest message. Does not implicitly {@link logkeeper.groups.ConsumerGroupHeartbeatRequest.verify|verify} messages.
             * @param message ConsumerGroupHeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerGroupHeartbeatRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupHeartbeatRequest & logkeeper.groups.ConsumerGroupHeartbeatRequest.$Shape} ConsumerGroupHeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ConsumerGroupHeartbeatRequest & logkeeper.groups.ConsumerGroupHeartbeatRequest.$Shape;
        }

        namespace ConsumerGroupHeartbeatRequest {

            /** Properties of a ConsumerGroupHeartbeatRequest. */
            interface $Properties {

                /** ConsumerGroupHeartbeatRequest groupId */
                groupId?: (string|null);

                /** ConsumerGroupHeartbeatRequest memberId */
                memberId?: (string|null);

                /** ConsumerGroupHeartbeatRequest memberEpoch */
                memberEpoch?: (number|null);

                /** ConsumerGroupHeartbeatRequest instanceId */
                instanceId?: (string|null);

                /** ConsumerGroupHeartbeatRequest rackId */
                rackId?: (string|null);

                /** ConsumerGroupHeartbeatRequest rebalanceTimeoutMs */
                rebalanceTimeoutMs?: (number|null);

                /** ConsumerGroupHeartbeatRequest subscribedTopicNames */
                subscribedTopicNames?: (logkeeper.groups.StringList.$Properties|null);

                /** ConsumerGroupHeartbeatRequest subscribedTopicRegex */
                subscribedTopicRegex?: (string|null);

                /** ConsumerGroupHeartbeatRequest serverAssignor */
                serverAssignor?: (string|null);

                /** ConsumerGroupHeartbeatRequest topicPartitions */
                topicPartitions?: (logkeeper.groups.TopicPartitionsList.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerGroupHeartbeatRequest. */
            type $Shape = logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties;
        }

        /**
         * Properties of an Assignment.
         * @deprecated Use logkeeper.groups.Assignment.$Properties instead.
         */
        interface IAssignment extends logkeeper.groups.Assignment.$Properties {
        }

        /** Represents an Assignment. */
        class Assignment {

            /**
             * Constructs a new Assignment.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.Assignment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Assignment topicPartitions. */
            topicPartitions: logkeeper.groups.TopicPartitions.$Properties[];

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link logkeeper.groups.Assignment.verify|verify} messages.
             * @param message Assignment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.Assignment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.Assignment & logkeeper.groups.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.Assignment & logkeeper.groups.Assignment.$Shape;
        }

        namespace Assignment {

            /** Properties of an Assignment. */
            interface $Properties {

                /** Assignment topicPartitions */
                topicPartitions?: (logkeeper.groups.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Assignment. */
            type $Shape = logkeeper.groups.Assignment.$Properties;
        }

        /**
         * Properties of a ConsumerGroupHeartbeatResponse.
         * @deprecated Use logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties instead.
         */
        interface IConsumerGroupHeartbeatResponse extends logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties {
        }

        /** Represents a ConsumerGroupHeartbeatResponse. */
        class ConsumerGroupHeartbeatResponse {

            /**
             * Constructs a new ConsumerGroupHeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerGroupHeartbeatResponse errorCode. */
            errorCode: number;

            /** ConsumerGroupHeartbeatResponse errorMessage. */
            errorMessage?: (string|null);

            /** ConsumerGroupHeartbeatResponse memberId. */
            memberId?: (string|null);

            /** ConsumerGroupHeartbeatResponse memberEpoch. */
            memberEpoch: number;

            /** ConsumerGroupHeartbeatResponse heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** ConsumerGroupHeartbeatResponse assignment. */
            assignment?: (logkeeper.groups.Assignment.$Properties|null);

            /**
             * Encodes the specified ConsumerGroupHeartbeatResponse message. Does not implicitly {@link logkeeper.groups.ConsumerGroupHeartbeatResponse.verify|verify} messages.
             * @param message ConsumerGroupHeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerGroupHeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupHeartbeatResponse & logkeeper.groups.ConsumerGroupHeartbeatResponse.$Shape} ConsumerGroupHeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ConsumerGroupHeartbeatResponse & logkeeper.groups.ConsumerGroupHeartbeatResponse.$Shape;
        }

        namespace ConsumerGroupHeartbeatResponse {

            /** Properties of a ConsumerGroupHeartbeatResponse. */
            interface $Properties {

                /** ConsumerGroupHeartbeatResponse errorCode */
                errorCode?: (number|null);

                /** ConsumerGroupHeartbeatResponse errorMessage */
                errorMessage?: (string|null);

                /** ConsumerGroupHeartbeatResponse memberId */
                memberId?: (string|null);

                /** ConsumerGroupHeartbeatResponse memberEpoch */
                memberEpoch?: (number|null);

                /** ConsumerGroupHeartbeatResponse heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** ConsumerGroupHeartbeatResponse assignment */
                assignment?: (logkeeper.groups.Assignment.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerGroupHeartbeatResponse. */
            type $Shape = logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties;
        }

        /**
         * Properties of a ConsumerGroupDescribeRequest.
         * @deprecated Use logkeeper.groups.ConsumerGroupDescribeRequest.$Properties instead.
         */
        interface IConsumerGroupDescribeRequest extends logkeeper.groups.ConsumerGroupDescribeRequest.$Properties {
        }

        /** Represents a ConsumerGroupDescribeRequest. */
        class ConsumerGroupDescribeRequest {

            /**
             * Constructs a new ConsumerGroupDescribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ConsumerGroupDescribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerGroupDescribeRequest groupIds. */
            groupIds: string[];

            /**
             * Encodes the specified ConsumerGroupDescribeRequest message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeRequest.verify|verify} messages.
             * @param message ConsumerGroupDescribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ConsumerGroupDescribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerGroupDescribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeRequest & logkeeper.groups.ConsumerGroupDescribeRequest.$Shape} ConsumerGroupDescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ConsumerGroupDescribeRequest & logkeeper.groups.ConsumerGroupDescribeRequest.$Shape;
        }

        namespace ConsumerGroupDescribeRequest {

            /** Properties of a ConsumerGroupDescribeRequest. */
            interface $Properties {

                /** ConsumerGroupDescribeRequest groupIds */
                groupIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerGroupDescribeRequest. */
            type $Shape = logkeeper.groups.ConsumerGroupDescribeRequest.$Properties;
        }

        /**
         * Properties of a ConsumerGroupDescribeMember.
         * @deprecated Use logkeeper.groups.ConsumerGroupDescribeMember.$Properties instead.
         */
        interface IConsumerGroupDescribeMember extends logkeeper.groups.ConsumerGroupDescribeMember.$Properties {
        }

        /** Represents a ConsumerGroupDescribeMember. */
        class ConsumerGroupDescribeMember {

            /**
             * Constructs a new ConsumerGroupDescribeMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ConsumerGroupDescribeMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerGroupDescribeMember memberId. */
            memberId: string;

            /** ConsumerGroupDescribeMember instanceId. */
            instanceId?: (string|null);

            /** ConsumerGroupDescribeMember rackId. */
            rackId?: (string|null);

            /** ConsumerGroupDescribeMember memberEpoch. */
            memberEpoch: number;

            /** ConsumerGroupDescribeMember clientId. */
            clientId: string;

            /** ConsumerGroupDescribeMember clientHost. */
            clientHost: string;

            /** ConsumerGroupDescribeMember subscribedTopicNames. */
            subscribedTopicNames: string[];

            /** ConsumerGroupDescribeMember subscribedTopicRegex. */
            subscribedTopicRegex?: (string|null);

            /** ConsumerGroupDescribeMember assignment. */
            assignment: logkeeper.groups.TopicPartitions.$Properties[];

            /** ConsumerGroupDescribeMember targetAssignment. */
            targetAssignment: logkeeper.groups.TopicPartitions.$Properties[];

            /**
             * Encodes the specified ConsumerGroupDescribeMember message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeMember.verify|verify} messages.
             * @param message ConsumerGroupDescribeMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ConsumerGroupDescribeMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerGroupDescribeMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeMember & logkeeper.groups.ConsumerGroupDescribeMember.$Shape} ConsumerGroupDescribeMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ConsumerGroupDescribeMember & logkeeper.groups.ConsumerGroupDescribeMember.$Shape;
        }

        namespace ConsumerGroupDescribeMember {

            /** Properties of a ConsumerGroupDescribeMember. */
            interface $Properties {

                /** ConsumerGroupDescribeMember memberId */
                memberId?: (string|null);

                /** ConsumerGroupDescribeMember instanceId */
                instanceId?: (string|null);

                /** ConsumerGroupDescribeMember rackId */
                rackId?: (string|null);

                /** ConsumerGroupDescribeMember memberEpoch */
                memberEpoch?: (number|null);

                /** ConsumerGroupDescribeMember clientId */
                clientId?: (string|null);

                /** ConsumerGroupDescribeMember clientHost */
                clientHost?: (string|null);

                /** ConsumerGroupDescribeMember subscribedTopicNames */
                subscribedTopicNames?: (string[]|null);

                /** ConsumerGroupDescribeMember subscribedTopicRegex */
                subscribedTopicRegex?: (string|null);

                /** ConsumerGroupDescribeMember assignment */
                assignment?: (logkeeper.groups.TopicPartitions.$Properties[]|null);

                /** ConsumerGroupDescribeMember targetAssignment */
                targetAssignment?: (logkeeper.groups.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerGroupDescribeMember. */
            type $Shape = logkeeper.groups.ConsumerGroupDescribeMember.$Properties;
        }

        /**
         * Properties of a DescribedConsumerGroup.
         * @deprecated Use logkeeper.groups.DescribedConsumerGroup.$Properties instead.
         */
        interface IDescribedConsumerGroup extends logkeeper.groups.DescribedConsumerGroup.$Properties {
        }

        /** Represents a DescribedConsumerGroup. */
        class DescribedConsumerGroup {

            /**
             * Constructs a new DescribedConsumerGroup.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.DescribedConsumerGroup.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribedConsumerGroup errorCode. */
            errorCode: number;

            /** DescribedConsumerGroup errorMessage. */
            errorMessage?: (string|null);

            /** DescribedConsumerGroup groupId. */
            groupId: string;

            /** DescribedConsumerGroup groupState. */
            groupState: string;

            /** DescribedConsumerGroup groupEpoch. */
            groupEpoch: number;

            /** DescribedConsumerGroup assignmentEpoch. */
            assignmentEpoch: number;

            /** DescribedConsumerGroup assignorName. */
            assignorName: string;

            /** DescribedConsumerGroup members. */
            members: logkeeper.groups.ConsumerGroupDescribeMember.$Properties[];

            /**
             * Encodes the specified DescribedConsumerGroup message. Does not implicitly {@link logkeeper.groups.DescribedConsumerGroup.verify|verify} messages.
             * @param message DescribedConsumerGroup message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.DescribedConsumerGroup.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribedConsumerGroup message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedConsumerGroup & logkeeper.groups.DescribedConsumerGroup.$Shape} DescribedConsumerGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.DescribedConsumerGroup & logkeeper.groups.DescribedConsumerGroup.$Shape;
        }

        namespace DescribedConsumerGroup {

            /** Properties of a DescribedConsumerGroup. */
            interface $Properties {

                /** DescribedConsumerGroup errorCode */
                errorCode?: (number|null);

                /** DescribedConsumerGroup errorMessage */
                errorMessage?: (string|null);

                /** DescribedConsumerGroup groupId */
                groupId?: (string|null);

                /** DescribedConsumerGroup groupState */
                groupState?: (string|null);

                /** DescribedConsumerGroup groupEpoch */
                groupEpoch?: (number|null);

                /** DescribedConsumerGroup assignmentEpoch */
                assignmentEpoch?: (number|null);

                /** DescribedConsumerGroup assignorName */
                assignorName?: (string|null);

                /** DescribedConsumerGroup members */
                members?: (logkeeper.groups.ConsumerGroupDescribeMember.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribedConsumerGroup. */
            type $Shape = logkeeper.groups.DescribedConsumerGroup.$Properties;
        }

        /**
         * Properties of a ConsumerGroupDescribeResponse.
         * @deprecated Use logkeeper.groups.ConsumerGroupDescribeResponse.$Properties instead.
         */
        interface IConsumerGroupDescribeResponse extends logkeeper.groups.ConsumerGroupDescribeResponse.$Properties {
        }

        /** Represents a ConsumerGroupDescribeResponse. */
        class ConsumerGroupDescribeResponse {

            /**
             * Constructs a new ConsumerGroupDescribeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.groups.ConsumerGroupDescribeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsumerGroupDescribeResponse groups. */
            groups: logkeeper.groups.DescribedConsumerGroup.$Properties[];

            /**
             * Encodes the specified ConsumerGroupDescribeResponse message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeResponse.verify|verify} messages.
             * @param message ConsumerGroupDescribeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.groups.ConsumerGroupDescribeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsumerGroupDescribeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeResponse & logkeeper.groups.ConsumerGroupDescribeResponse.$Shape} ConsumerGroupDescribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.groups.ConsumerGroupDescribeResponse & logkeeper.groups.ConsumerGroupDescribeResponse.$Shape;
        }

        namespace ConsumerGroupDescribeResponse {

            /** Properties of a ConsumerGroupDescribeResponse. */
            interface $Properties {

                /** ConsumerGroupDescribeResponse groups */
                groups?: (logkeeper.groups.DescribedConsumerGroup.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsumerGroupDescribeResponse. */
            type $Shape = logkeeper.groups.ConsumerGroupDescribeResponse.$Properties;
        }
    }
}
