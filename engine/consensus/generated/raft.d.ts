import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace logkeeper. */
export namespace logkeeper {

    /** Namespace raft. */
    namespace raft {

        /**
         * Properties of an Entry.
         * @deprecated Use logkeeper.raft.Entry.$Properties instead.
         */
        interface IEntry extends logkeeper.raft.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry term. */
            term: (number|Long);

            /** Entry index. */
            index: (number|Long);

            /** Entry type. */
            type: logkeeper.raft.Entry.Type;

            /** Entry data. */
            data: Uint8Array;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link logkeeper.raft.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.Entry & logkeeper.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.Entry & logkeeper.raft.Entry.$Shape;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry term */
                term?: (number|Long|null);

                /** Entry index */
                index?: (number|Long|null);

                /** Entry type */
                type?: (logkeeper.raft.Entry.Type|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Entry. */
            type $Shape = logkeeper.raft.Entry.$Properties;

            /** Type enum. */
            enum Type {

                /** NORMAL value */
                NORMAL = 0,

                /** CONF_CHANGE value */
                CONF_CHANGE = 1
            }
        }

        /**
         * Properties of an EntryBatch.
         * @deprecated Use logkeeper.raft.EntryBatch.$Properties instead.
         */
        interface IEntryBatch extends logkeeper.raft.EntryBatch.$Properties {
        }

        /** Represents an EntryBatch. */
        class EntryBatch {

            /**
             * Constructs a new EntryBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.EntryBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EntryBatch entries. */
            entries: logkeeper.raft.Entry.$Properties[];

            /**
             * Encodes the specified EntryBatch message. Does not implicitly {@link logkeeper.raft.EntryBatch.verify|verify} messages.
             * @param message EntryBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.EntryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EntryBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.EntryBatch & logkeeper.raft.EntryBatch.$Shape} EntryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.EntryBatch & logkeeper.raft.EntryBatch.$Shape;
        }

        namespace EntryBatch {

            /** Properties of an EntryBatch. */
            interface $Properties {

                /** EntryBatch entries */
                entries?: (logkeeper.raft.Entry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EntryBatch. */
            type $Shape = logkeeper.raft.EntryBatch.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use logkeeper.raft.Member.$Properties instead.
         */
        interface IMember extends logkeeper.raft.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member id. */
            id: string;

            /** Member address. */
            address: string;

            /**
             * Encodes the specified Member message. Does not implicitly {@link logkeeper.raft.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.Member & logkeeper.raft.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.Member & logkeeper.raft.Member.$Shape;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member id */
                id?: (string|null);

                /** Member address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = logkeeper.raft.Member.$Properties;
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use logkeeper.raft.ConfState.$Properties instead.
         */
        interface IConfState extends logkeeper.raft.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: logkeeper.raft.Member.$Properties[];

            /** ConfState learners. */
            learners: logkeeper.raft.Member.$Properties[];

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link logkeeper.raft.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.ConfState & logkeeper.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.ConfState & logkeeper.raft.ConfState.$Shape;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: (logkeeper.raft.Member.$Properties[]|null);

                /** ConfState learners */
                learners?: (logkeeper.raft.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = logkeeper.raft.ConfState.$Properties;
        }

        /**
         * Properties of a ConfChange.
         * @deprecated Use logkeeper.raft.ConfChange.$Properties instead.
         */
        interface IConfChange extends logkeeper.raft.ConfChange.$Properties {
        }

        /** Represents a ConfChange. */
        class ConfChange {

            /**
             * Constructs a new ConfChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.ConfChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfChange type. */
            type: logkeeper.raft.ConfChange.Type;

            /** ConfChange id. */
            id: string;

            /** ConfChange address. */
            address: string;

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link logkeeper.raft.ConfChange.verify|verify} messages.
             * @param message ConfChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.ConfChange & logkeeper.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.ConfChange & logkeeper.raft.ConfChange.$Shape;
        }

        namespace ConfChange {

            /** Properties of a ConfChange. */
            interface $Properties {

                /** ConfChange type */
                type?: (logkeeper.raft.ConfChange.Type|null);

                /** ConfChange id */
                id?: (string|null);

                /** ConfChange address */
                address?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfChange. */
            type $Shape = logkeeper.raft.ConfChange.$Properties;

            /** Type enum. */
            enum Type {

                /** ADD_VOTER value */
                ADD_VOTER = 0,

                /** ADD_LEARNER value */
                ADD_LEARNER = 1,

                /** REMOVE value */
                REMOVE = 2
            }
        }

        /**
         * Properties of a SnapshotMeta.
         * @deprecated Use logkeeper.raft.SnapshotMeta.$Properties instead.
         */
        interface ISnapshotMeta extends logkeeper.raft.SnapshotMeta.$Properties {
        }

        /** Represents a SnapshotMeta. */
        class SnapshotMeta {

            /**
             * Constructs a new SnapshotMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.SnapshotMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMeta index. */
            index: (number|Long);

            /** SnapshotMeta term. */
            term: (number|Long);

            /** SnapshotMeta conf. */
            conf?: (logkeeper.raft.ConfState.$Properties|null);

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link logkeeper.raft.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.SnapshotMeta & logkeeper.raft.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.SnapshotMeta & logkeeper.raft.SnapshotMeta.$Shape;
        }

        namespace SnapshotMeta {

            /** Properties of a SnapshotMeta. */
            interface $Properties {

                /** SnapshotMeta index */
                index?: (number|Long|null);

                /** SnapshotMeta term */
                term?: (number|Long|null);

                /** SnapshotMeta conf */
                conf?: (logkeeper.raft.ConfState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMeta. */
            type $Shape = logkeeper.raft.SnapshotMeta.$Properties;
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use logkeeper.raft.Snapshot.$Properties instead.
         */
        interface ISnapshot extends logkeeper.raft.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot meta. */
            meta?: (logkeeper.raft.SnapshotMeta.$Properties|null);

            /** Snapshot data. */
            data: Uint8Array;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link logkeeper.raft.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.Snapshot & logkeeper.raft.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.Snapshot & logkeeper.raft.Snapshot.$Shape;
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot meta */
                meta?: (logkeeper.raft.SnapshotMeta.$Properties|null);

                /** Snapshot data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = logkeeper.raft.Snapshot.$Properties;
        }

        /**
         * Properties of a HardState.
         * @deprecated Use logkeeper.raft.HardState.$Properties instead.
         */
        interface IHardState extends logkeeper.raft.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: (number|Long);

            /** HardState vote. */
            vote: string;

            /** HardState commit. */
            commit: (number|Long);

            /**
             * Encodes the specified HardState message. Does not implicitly {@link logkeeper.raft.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.HardState & logkeeper.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.HardState & logkeeper.raft.HardState.$Shape;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|Long|null);

                /** HardState vote */
                vote?: (string|null);

                /** HardState commit */
                commit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = logkeeper.raft.HardState.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use logkeeper.raft.Message.$Properties instead.
         */
        interface IMessage extends logkeeper.raft.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message type. */
            type: logkeeper.raft.Message.Type;

            /** Message to. */
            to: string;

            /** Message from. */
            from: string;

            /** Message term. */
            term: (number|Long);

            /** Message logTerm. */
            logTerm: (number|Long);

            /** Message index. */
            index: (number|Long);

            /** Message entries. */
            entries: logkeeper.raft.Entry.$Properties[];

            /** Message commit. */
            commit: (number|Long);

            /** Message reject. */
            reject: boolean;

            /** Message rejectHint. */
            rejectHint: (number|Long);

            /** Message snapshot. */
            snapshot?: (logkeeper.raft.Snapshot.$Properties|null);

            /** Message context. */
            context: Uint8Array;

            /** Message seq. */
            seq: (number|Long);

            /** Message force. */
            force: boolean;

            /**
             * Encodes the specified Message message. Does not implicitly {@link logkeeper.raft.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.Message & logkeeper.raft.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.Message & logkeeper.raft.Message.$Shape;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message type */
                type?: (logkeeper.raft.Message.Type|null);

                /** Message to */
                to?: (string|null);

                /** Message from */
                from?: (string|null);

                /** Message term */
                term?: (number|Long|null);

                /** Message logTerm */
                logTerm?: (number|Long|null);

                /** Message index */
                index?: (number|Long|null);

                /** Message entries */
                entries?: (logkeeper.raft.Entry.$Properties[]|null);

                /** Message commit */
                commit?: (number|Long|null);

                /** Message reject */
                reject?: (boolean|null);

                /** Message rejectHint */
                rejectHint?: (number|Long|null);

                /** Message snapshot */
                snapshot?: (logkeeper.raft.Snapshot.$Properties|null);

                /** Message context */
                context?: (Uint8Array|null);

                /** Message seq */
                seq?: (number|Long|null);

                /** Message force */
                force?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = logkeeper.raft.Message.$Properties;

            /** Type enum. */
            enum Type {

                /** APP value */
                APP = 0,

                /** APP_RESP value */
                APP_RESP = 1,

                /** VOTE value */
                VOTE = 2,

                /** VOTE_RESP value */
                VOTE_RESP = 3,

                /** PRE_VOTE value */
                PRE_VOTE = 4,

                /** PRE_VOTE_RESP value */
                PRE_VOTE_RESP = 5,

                /** HEARTBEAT value */
                HEARTBEAT = 6,

                /** HEARTBEAT_RESP value */
                HEARTBEAT_RESP = 7,

                /** SNAP value */
                SNAP = 8,

                /** TIMEOUT_NOW value */
                TIMEOUT_NOW = 9,

                /** READ_INDEX value */
                READ_INDEX = 10,

                /** READ_INDEX_RESP value */
                READ_INDEX_RESP = 11,

                /** PROP value */
                PROP = 12,

                /** PROP_RESP value */
                PROP_RESP = 13,

                /** STABLE value */
                STABLE = 14
            }
        }

        /**
         * Properties of a MessageBatch.
         * @deprecated Use logkeeper.raft.MessageBatch.$Properties instead.
         */
        interface IMessageBatch extends logkeeper.raft.MessageBatch.$Properties {
        }

        /** Represents a MessageBatch. */
        class MessageBatch {

            /**
             * Constructs a new MessageBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.raft.MessageBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MessageBatch messages. */
            messages: logkeeper.raft.Message.$Properties[];

            /**
             * Encodes the specified MessageBatch message. Does not implicitly {@link logkeeper.raft.MessageBatch.verify|verify} messages.
             * @param message MessageBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.raft.MessageBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.raft.MessageBatch & logkeeper.raft.MessageBatch.$Shape} MessageBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.raft.MessageBatch & logkeeper.raft.MessageBatch.$Shape;
        }

        namespace MessageBatch {

            /** Properties of a MessageBatch. */
            interface $Properties {

                /** MessageBatch messages */
                messages?: (logkeeper.raft.Message.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MessageBatch. */
            type $Shape = logkeeper.raft.MessageBatch.$Properties;
        }
    }
}
