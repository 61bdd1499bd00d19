import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace logkeeper. */
export namespace logkeeper {

    /** Namespace wire. */
    namespace wire {

        /**
         * Properties of an Envelope.
         * @deprecated Use logkeeper.wire.Envelope.$Properties instead.
         */
        interface IEnvelope extends logkeeper.wire.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.wire.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope kind. */
            kind: logkeeper.wire.Envelope.Kind;

            /** Envelope id. */
            id: number;

            /** Envelope method. */
            method: string;

            /** Envelope payload. */
            payload: Uint8Array;

            /** Envelope error. */
            error?: (logkeeper.wire.RemoteError.$Properties|null);

            /** Envelope credit. */
            credit: number;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link logkeeper.wire.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.wire.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.wire.Envelope & logkeeper.wire.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.wire.Envelope & logkeeper.wire.Envelope.$Shape;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope kind */
                kind?: (logkeeper.wire.Envelope.Kind|null);

                /** Envelope id */
                id?: (number|null);

                /** Envelope method */
                method?: (string|null);

                /** Envelope payload */
                payload?: (Uint8Array|null);

                /** Envelope error */
                error?: (logkeeper.wire.RemoteError.$Properties|null);

                /** Envelope credit */
                credit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = logkeeper.wire.Envelope.$Properties;

            /** Kind enum. */
            enum Kind {

                /** REQUEST value */
                REQUEST = 0,

                /** RESPONSE value */
                RESPONSE = 1,

                /** ERROR value */
                ERROR = 2,

                /** CANCEL value */
                CANCEL = 3,

                /** STREAM_OPEN value */
                STREAM_OPEN = 4,

                /** STREAM_DATA value */
                STREAM_DATA = 5,

                /** STREAM_END value */
                STREAM_END = 6,

                /** STREAM_CREDIT value */
                STREAM_CREDIT = 7,

                /** NOTICE value */
                NOTICE = 8
            }
        }

        /**
         * Properties of a RemoteError.
         * @deprecated Use logkeeper.wire.RemoteError.$Properties instead.
         */
        interface IRemoteError extends logkeeper.wire.RemoteError.$Properties {
        }

        /** Represents a RemoteError. */
        class RemoteError {

            /**
             * Constructs a new RemoteError.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.wire.RemoteError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoteError code. */
            code: string;

            /** RemoteError message. */
            message: string;

            /** RemoteError retriable. */
            retriable: boolean;

            /** RemoteError details. */
            details: { [k: string]: string };

            /**
             * Encodes the specified RemoteError message. Does not implicitly {@link logkeeper.wire.RemoteError.verify|verify} messages.
             * @param message RemoteError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.wire.RemoteError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoteError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.wire.RemoteError & logkeeper.wire.RemoteError.$Shape} RemoteError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.wire.RemoteError & logkeeper.wire.RemoteError.$Shape;
        }

        namespace RemoteError {

            /** Properties of a RemoteError. */
            interface $Properties {

                /** RemoteError code */
                code?: (string|null);

                /** RemoteError message */
                message?: (string|null);

                /** RemoteError retriable */
                retriable?: (boolean|null);

                /** RemoteError details */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoteError. */
            type $Shape = logkeeper.wire.RemoteError.$Properties;
        }

        /**
         * Properties of a PeerFrame.
         * @deprecated Use logkeeper.wire.PeerFrame.$Properties instead.
         */
        interface IPeerFrame extends logkeeper.wire.PeerFrame.$Properties {
        }

        /** Represents a PeerFrame. */
        class PeerFrame {

            /**
             * Constructs a new PeerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.wire.PeerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerFrame from. */
            from: string;

            /** PeerFrame address. */
            address: string;

            /** PeerFrame cluster. */
            cluster: string;

            /** PeerFrame payload. */
            payload: Uint8Array;

            /** PeerFrame fragment. */
            fragment: Uint8Array;

            /** PeerFrame more. */
            more: boolean;

            /**
             * Encodes the specified PeerFrame message. Does not implicitly {@link logkeeper.wire.PeerFrame.verify|verify} messages.
             * @param message PeerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.wire.PeerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.wire.PeerFrame & logkeeper.wire.PeerFrame.$Shape} PeerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.wire.PeerFrame & logkeeper.wire.PeerFrame.$Shape;
        }

        namespace PeerFrame {

            /** Properties of a PeerFrame. */
            interface $Properties {

                /** PeerFrame from */
                from?: (string|null);

                /** PeerFrame address */
                address?: (string|null);

                /** PeerFrame cluster */
                cluster?: (string|null);

                /** PeerFrame payload */
                payload?: (Uint8Array|null);

                /** PeerFrame fragment */
                fragment?: (Uint8Array|null);

                /** PeerFrame more */
                more?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PeerFrame. */
            type $Shape = logkeeper.wire.PeerFrame.$Properties;
        }
    }
}
