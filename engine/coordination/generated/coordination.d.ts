import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace logkeeper. */
export namespace logkeeper {

    /** Namespace coordination. */
    namespace coordination {

        /**
         * Properties of a Stat.
         * @deprecated Use logkeeper.coordination.Stat.$Properties instead.
         */
        interface IStat extends logkeeper.coordination.Stat.$Properties {
        }

        /** Represents a Stat. */
        class Stat {

            /**
             * Constructs a new Stat.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Stat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Stat czxid. */
            czxid: number;

            /** Stat mzxid. */
            mzxid: number;

            /** Stat pzxid. */
            pzxid: number;

            /** Stat ctime. */
            ctime: number;

            /** Stat mtime. */
            mtime: number;

            /** Stat version. */
            version: number;

            /** Stat cversion. */
            cversion: number;

            /** Stat aversion. */
            aversion: number;

            /** Stat ephemeralOwner. */
            ephemeralOwner: number;

            /** Stat dataLength. */
            dataLength: number;

            /** Stat numChildren. */
            numChildren: number;

            /**
             * Encodes the specified Stat message. Does not implicitly {@link logkeeper.coordination.Stat.verify|verify} messages.
             * @param message Stat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Stat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Stat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Stat & logkeeper.coordination.Stat.$Shape} Stat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Stat & logkeeper.coordination.Stat.$Shape;
        }

        namespace Stat {

            /** Properties of a Stat. */
            interface $Properties {

                /** Stat czxid */
                czxid?: (number|null);

                /** Stat mzxid */
                mzxid?: (number|null);

                /** Stat pzxid */
                pzxid?: (number|null);

                /** Stat ctime */
                ctime?: (number|null);

                /** Stat mtime */
                mtime?: (number|null);

                /** Stat version */
                version?: (number|null);

                /** Stat cversion */
                cversion?: (number|null);

                /** Stat aversion */
                aversion?: (number|null);

                /** Stat ephemeralOwner */
                ephemeralOwner?: (number|null);

                /** Stat dataLength */
                dataLength?: (number|null);

                /** Stat numChildren */
                numChildren?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Stat. */
            type $Shape = logkeeper.coordination.Stat.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use logkeeper.coordination.Command.$Properties instead.
         */
        interface ICommand extends logkeeper.coordination.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command time. */
            time: number;

            /** Command session. */
            session: number;

            /** Command txn. */
            txn?: (logkeeper.coordination.Txn.$Properties|null);

            /** Command createSession. */
            createSession?: (logkeeper.coordination.CreateSession.$Properties|null);

            /** Command closeSession. */
            closeSession?: (logkeeper.coordination.CloseSession.$Properties|null);

            /** Command expireSessions. */
            expireSessions?: (logkeeper.coordination.ExpireSessions.$Properties|null);

            /** Command touchSessions. */
            touchSessions?: (logkeeper.coordination.TouchSessions.$Properties|null);

            /** Command deleteContainers. */
            deleteContainers?: (logkeeper.coordination.DeleteContainers.$Properties|null);

            /** Command body. */
            body?: ("txn"|"createSession"|"closeSession"|"expireSessions"|"touchSessions"|"deleteContainers");

            /**
             * Encodes the specified Command message. Does not implicitly {@link logkeeper.coordination.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Command & logkeeper.coordination.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Command & logkeeper.coordination.Command.$Shape;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command time */
                time?: (number|null);

                /** Command session */
                session?: (number|null);

                /** Command txn */
                txn?: (logkeeper.coordination.Txn.$Properties|null);

                /** Command createSession */
                createSession?: (logkeeper.coordination.CreateSession.$Properties|null);

                /** Command closeSession */
                closeSession?: (logkeeper.coordination.CloseSession.$Properties|null);

                /** Command expireSessions */
                expireSessions?: (logkeeper.coordination.ExpireSessions.$Properties|null);

                /** Command touchSessions */
                touchSessions?: (logkeeper.coordination.TouchSessions.$Properties|null);

                /** Command deleteContainers */
                deleteContainers?: (logkeeper.coordination.DeleteContainers.$Properties|null);

                /** Command body */
                body?: ("txn"|"createSession"|"closeSession"|"expireSessions"|"touchSessions"|"deleteContainers");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              time?: number|null;
              session?: number|null;
              txn?: logkeeper.coordination.Txn.$Shape|null;
              createSession?: logkeeper.coordination.CreateSession.$Shape|null;
              closeSession?: logkeeper.coordination.CloseSession.$Shape|null;
              expireSessions?: logkeeper.coordination.ExpireSessions.$Shape|null;
              touchSessions?: logkeeper.coordination.TouchSessions.$Shape|null;
              deleteContainers?: logkeeper.coordination.DeleteContainers.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "txn"; txn: logkeeper.coordination.Txn.$Shape; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "createSession"; txn?: null; createSession: logkeeper.coordination.CreateSession.$Shape; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "closeSession"; txn?: null; createSession?: null; closeSession: logkeeper.coordination.CloseSession.$Shape; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "expireSessions"; txn?: null; createSession?: null; closeSession?: null; expireSessions: logkeeper.coordination.ExpireSessions.$Shape; touchSessions?: null; deleteContainers?: null }|{ body?: "touchSessions"; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions: logkeeper.coordination.TouchSessions.$Shape; deleteContainers?: null }|{ body?: "deleteContainers"; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers: logkeeper.coordination.DeleteContainers.$Shape })
            );
        }

        /**
         * Properties of a Txn.
         * @deprecated Use logkeeper.coordination.Txn.$Properties instead.
         */
        interface ITxn extends logkeeper.coordination.Txn.$Properties {
        }

        /** Represents a Txn. */
        class Txn {

            /**
             * Constructs a new Txn.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Txn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Txn ops. */
            ops: logkeeper.coordination.Operation.$Properties[];

            /** Txn multi. */
            multi: boolean;

            /**
             * Encodes the specified Txn message. Does not implicitly {@link logkeeper.coordination.Txn.verify|verify} messages.
             * @param message Txn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Txn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Txn message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Txn & logkeeper.coordination.Txn.$Shape} Txn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Txn & logkeeper.coordination.Txn.$Shape;
        }

        namespace Txn {

            /** Properties of a Txn. */
            interface $Properties {

                /** Txn ops */
                ops?: (logkeeper.coordination.Operation.$Properties[]|null);

                /** Txn multi */
                multi?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Txn. */
            type $Shape = logkeeper.coordination.Txn.$Properties;
        }

        /**
         * Properties of an Operation.
         * @deprecated Use logkeeper.coordination.Operation.$Properties instead.
         */
        interface IOperation extends logkeeper.coordination.Operation.$Properties {
        }

        /** Represents an Operation. */
        class Operation {

            /**
             * Constructs a new Operation.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Operation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Operation type. */
            type: logkeeper.coordination.Operation.Type;

            /** Operation path. */
            path: string;

            /** Operation data. */
            data: Uint8Array;

            /** Operation mode. */
            mode: number;

            /** Operation version. */
            version: number;

            /** Operation ttl. */
            ttl: number;

            /**
             * Encodes the specified Operation message. Does not implicitly {@link logkeeper.coordination.Operation.verify|verify} messages.
             * @param message Operation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Operation & logkeeper.coordination.Operation.$Shape} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Operation & logkeeper.coordination.Operation.$Shape;
        }

        namespace Operation {

            /** Properties of an Operation. */
            interface $Properties {

                /** Operation type */
                type?: (logkeeper.coordination.Operation.Type|null);

                /** Operation path */
                path?: (string|null);

                /** Operation data */
                data?: (Uint8Array|null);

                /** Operation mode */
                mode?: (number|null);

                /** Operation version */
                version?: (number|null);

                /** Operation ttl */
                ttl?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Operation. */
            type $Shape = logkeeper.coordination.Operation.$Properties;

            /** Type enum. */
            enum Type {

                /** CREATE value */
                CREATE = 0,

                /** DELETE value */
                DELETE = 1,

                /** SET_DATA value */
                SET_DATA = 2,

                /** CHECK value */
                CHECK = 3
            }
        }

        /**
         * Properties of a CreateSession.
         * @deprecated Use logkeeper.coordination.CreateSession.$Properties instead.
         */
        interface ICreateSession extends logkeeper.coordination.CreateSession.$Properties {
        }

        /** Represents a CreateSession. */
        class CreateSession {

            /**
             * Constructs a new CreateSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.CreateSession.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateSession timeoutMs. */
            timeoutMs: number;

            /** CreateSession secret. */
            secret: Uint8Array;

            /**
             * Encodes the specified CreateSession message. Does not implicitly {@link logkeeper.coordination.CreateSession.verify|verify} messages.
             * @param message CreateSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.CreateSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.CreateSession & logkeeper.coordination.CreateSession.$Shape} CreateSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.CreateSession & logkeeper.coordination.CreateSession.$Shape;
        }

        namespace CreateSession {

            /** Properties of a CreateSession. */
            interface $Properties {

                /** CreateSession timeoutMs */
                timeoutMs?: (number|null);

                /** CreateSession secret */
                secret?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateSession. */
            type $Shape = logkeeper.coordination.CreateSession.$Properties;
        }

        /**
         * Properties of a CloseSession.
         * @deprecated Use logkeeper.coordination.CloseSession.$Properties instead.
         */
        interface ICloseSession extends logkeeper.coordination.CloseSession.$Properties {
        }

        /** Represents a CloseSession. */
        class CloseSession {

            /**
             * Constructs a new CloseSession.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.CloseSession.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified CloseSession message. Does not implicitly {@link logkeeper.coordination.CloseSession.verify|verify} messages.
             * @param message CloseSession message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.CloseSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CloseSession message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.CloseSession & logkeeper.coordination.CloseSession.$Shape} CloseSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.CloseSession & logkeeper.coordination.CloseSession.$Shape;
        }

        namespace CloseSession {

            /** Properties of a CloseSession. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CloseSession. */
            type $Shape = logkeeper.coordination.CloseSession.$Properties;
        }

        /**
         * Properties of an ExpireSessions.
         * @deprecated Use logkeeper.coordination.ExpireSessions.$Properties instead.
         */
        interface IExpireSessions extends logkeeper.coordination.ExpireSessions.$Properties {
        }

        /** Represents an ExpireSessions. */
        class ExpireSessions {

            /**
             * Constructs a new ExpireSessions.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.ExpireSessions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExpireSessions sessions. */
            sessions: number[];

            /**
             * Encodes the specified ExpireSessions message. Does not implicitly {@link logkeeper.coordination.ExpireSessions.verify|verify} messages.
             * @param message ExpireSessions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.ExpireSessions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExpireSessions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.ExpireSessions & logkeeper.coordination.ExpireSessions.$Shape} ExpireSessions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.ExpireSessions & logkeeper.coordination.ExpireSessions.$Shape;
        }

        namespace ExpireSessions {

            /** Properties of an ExpireSessions. */
            interface $Properties {

                /** ExpireSessions sessions */
                sessions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExpireSessions. */
            type $Shape = logkeeper.coordination.ExpireSessions.$Properties;
        }

        /**
         * Properties of a TouchSessions.
         * @deprecated Use logkeeper.coordination.TouchSessions.$Properties instead.
         */
        interface ITouchSessions extends logkeeper.coordination.TouchSessions.$Properties {
        }

        /** Represents a TouchSessions. */
        class TouchSessions {

            /**
             * Constructs a new TouchSessions.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.TouchSessions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TouchSessions sessions. */
            sessions: number[];

            /**
             * Encodes the specified TouchSessions message. Does not implicitly {@link logkeeper.coordination.TouchSessions.verify|verify} messages.
             * @param message TouchSessions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.TouchSessions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TouchSessions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.TouchSessions & logkeeper.coordination.TouchSessions.$Shape} TouchSessions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.TouchSessions & logkeeper.coordination.TouchSessions.$Shape;
        }

        namespace TouchSessions {

            /** Properties of a TouchSessions. */
            interface $Properties {

                /** TouchSessions sessions */
                sessions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TouchSessions. */
            type $Shape = logkeeper.coordination.TouchSessions.$Properties;
        }

        /**
         * Properties of a DeleteContainers.
         * @deprecated Use logkeeper.coordination.DeleteContainers.$Properties instead.
         */
        interface IDeleteContainers extends logkeeper.coordination.DeleteContainers.$Properties {
        }

        /** Represents a DeleteContainers. */
        class DeleteContainers {

            /**
             * Constructs a new DeleteContainers.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.DeleteContainers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteContainers candidates. */
            candidates: logkeeper.coordination.Candidate.$Properties[];

            /**
             * Encodes the specified DeleteContainers message. Does not implicitly {@link logkeeper.coordination.DeleteContainers.verify|verify} messages.
             * @param message DeleteContainers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.DeleteContainers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteContainers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.DeleteContainers & logkeeper.coordination.DeleteContainers.$Shape} DeleteContainers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.DeleteContainers & logkeeper.coordination.DeleteContainers.$Shape;
        }

        namespace DeleteContainers {

            /** Properties of a DeleteContainers. */
            interface $Properties {

                /** DeleteContainers candidates */
                candidates?: (logkeeper.coordination.Candidate.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteContainers. */
            type $Shape = logkeeper.coordination.DeleteContainers.$Properties;
        }

        /**
         * Properties of a Candidate.
         * @deprecated Use logkeeper.coordination.Candidate.$Properties instead.
         */
        interface ICandidate extends logkeeper.coordination.Candidate.$Properties {
        }

        /** Represents a Candidate. */
        class Candidate {

            /**
             * Constructs a new Candidate.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Candidate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Candidate path. */
            path: string;

            /** Candidate mzxid. */
            mzxid: number;

            /** Candidate pzxid. */
            pzxid: number;

            /**
             * Encodes the specified Candidate message. Does not implicitly {@link logkeeper.coordination.Candidate.verify|verify} messages.
             * @param message Candidate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Candidate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Candidate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Candidate & logkeeper.coordination.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Candidate & logkeeper.coordination.Candidate.$Shape;
        }

        namespace Candidate {

            /** Properties of a Candidate. */
            interface $Properties {

                /** Candidate path */
                path?: (string|null);

                /** Candidate mzxid */
                mzxid?: (number|null);

                /** Candidate pzxid */
                pzxid?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Candidate. */
            type $Shape = logkeeper.coordination.Candidate.$Properties;
        }

        /**
         * Properties of a ConnectRequest.
         * @deprecated Use logkeeper.coordination.ConnectRequest.$Properties instead.
         */
        interface IConnectRequest extends logkeeper.coordination.ConnectRequest.$Properties {
        }

        /** Represents a ConnectRequest. */
        class ConnectRequest {

            /**
             * Constructs a new ConnectRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.ConnectRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectRequest sessionId. */
            sessionId: number;

            /** ConnectRequest secret. */
            secret: Uint8Array;

            /** ConnectRequest timeoutMs. */
            timeoutMs: number;

            /** ConnectRequest lastZxid. */
            lastZxid: number;

            /** ConnectRequest dataWatches. */
            dataWatches: string[];

            /** ConnectRequest existWatches. */
            existWatches: string[];

            /** ConnectRequest childWatches. */
            childWatches: string[];

            /** ConnectRequest persistentWatches. */
            persistentWatches: string[];

            /** ConnectRequest recursiveWatches. */
            recursiveWatches: string[];

            /**
             * Encodes the specified ConnectRequest message. Does not implicitly {@link logkeeper.coordination.ConnectRequest.verify|verify} messages.
             * @param message ConnectRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.ConnectRequest & logkeeper.coordination.ConnectRequest.$Shape} ConnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.ConnectRequest & logkeeper.coordination.ConnectRequest.$Shape;
        }

        namespace ConnectRequest {

            /** Properties of a ConnectRequest. */
            interface $Properties {

                /** ConnectRequest sessionId */
                sessionId?: (number|null);

                /** ConnectRequest secret */
                secret?: (Uint8Array|null);

                /** ConnectRequest timeoutMs */
                timeoutMs?: (number|null);

                /** ConnectRequest lastZxid */
                lastZxid?: (number|null);

                /** ConnectRequest dataWatches */
                dataWatches?: (string[]|null);

                /** ConnectRequest existWatches */
                existWatches?: (string[]|null);

                /** ConnectRequest childWatches */
                childWatches?: (string[]|null);

                /** ConnectRequest persistentWatches */
                persistentWatches?: (string[]|null);

                /** ConnectRequest recursiveWatches */
                recursiveWatches?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectRequest. */
            type $Shape = logkeeper.coordination.ConnectRequest.$Properties;
        }

        /**
         * Properties of a Connected.
         * @deprecated Use logkeeper.coordination.Connected.$Properties instead.
         */
        interface IConnected extends logkeeper.coordination.Connected.$Properties {
        }

        /** Represents a Connected. */
        class Connected {

            /**
             * Constructs a new Connected.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Connected.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connected sessionId. */
            sessionId: number;

            /** Connected secret. */
            secret: Uint8Array;

            /** Connected timeoutMs. */
            timeoutMs: number;

            /** Connected zxid. */
            zxid: number;

            /** Connected readOnly. */
            readOnly: boolean;

            /** Connected server. */
            server: string;

            /**
             * Encodes the specified Connected message. Does not implicitly {@link logkeeper.coordination.Connected.verify|verify} messages.
             * @param message Connected message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Connected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Connected & logkeeper.coordination.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Connected & logkeeper.coordination.Connected.$Shape;
        }

        namespace Connected {

            /** Properties of a Connected. */
            interface $Properties {

                /** Connected sessionId */
                sessionId?: (number|null);

                /** Connected secret */
                secret?: (Uint8Array|null);

                /** Connected timeoutMs */
                timeoutMs?: (number|null);

                /** Connected zxid */
                zxid?: (number|null);

                /** Connected readOnly */
                readOnly?: (boolean|null);

                /** Connected server */
                server?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connected. */
            type $Shape = logkeeper.coordination.Connected.$Properties;
        }

        /**
         * Properties of a WatcherEvent.
         * @deprecated Use logkeeper.coordination.WatcherEvent.$Properties instead.
         */
        interface IWatcherEvent extends logkeeper.coordination.WatcherEvent.$Properties {
        }

        /** Represents a WatcherEvent. */
        class WatcherEvent {

            /**
             * Constructs a new WatcherEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.WatcherEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatcherEvent type. */
            type: number;

            /** WatcherEvent state. */
            state: number;

            /** WatcherEvent path. */
            path: string;

            /** WatcherEvent zxid. */
            zxid: number;

            /**
             * Encodes the specified WatcherEvent message. Does not implicitly {@link logkeeper.coordination.WatcherEvent.verify|verify} messages.
             * @param message WatcherEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.WatcherEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatcherEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.WatcherEvent & logkeeper.coordination.WatcherEvent.$Shape} WatcherEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.WatcherEvent & logkeeper.coordination.WatcherEvent.$Shape;
        }

        namespace WatcherEvent {

            /** Properties of a WatcherEvent. */
            interface $Properties {

                /** WatcherEvent type */
                type?: (number|null);

                /** WatcherEvent state */
                state?: (number|null);

                /** WatcherEvent path */
                path?: (string|null);

                /** WatcherEvent zxid */
                zxid?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatcherEvent. */
            type $Shape = logkeeper.coordination.WatcherEvent.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use logkeeper.coordination.Request.$Properties instead.
         */
        interface IRequest extends logkeeper.coordination.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request read. */
            read?: (logkeeper.coordination.Read.$Properties|null);

            /** Request txn. */
            txn?: (logkeeper.coordination.Txn.$Properties|null);

            /** Request sync. */
            sync?: (logkeeper.coordination.Sync.$Properties|null);

            /** Request ping. */
            ping?: (logkeeper.coordination.Ping.$Properties|null);

            /** Request close. */
            close?: (logkeeper.coordination.Close.$Properties|null);

            /** Request addWatch. */
            addWatch?: (logkeeper.coordination.AddWatch.$Properties|null);

            /** Request removeWatches. */
            removeWatches?: (logkeeper.coordination.RemoveWatches.$Properties|null);

            /** Request body. */
            body?: ("read"|"txn"|"sync"|"ping"|"close"|"addWatch"|"removeWatches");

            /**
             * Encodes the specified Request message. Does not implicitly {@link logkeeper.coordination.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Request & logkeeper.coordination.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Request & logkeeper.coordination.Request.$Shape;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request read */
                read?: (logkeeper.coordination.Read.$Properties|null);

                /** Request txn */
                txn?: (logkeeper.coordination.Txn.$Properties|null);

                /** Request sync */
                sync?: (logkeeper.coordination.Sync.$Properties|null);

                /** Request ping */
                ping?: (logkeeper.coordination.Ping.$Properties|null);

                /** Request close */
                close?: (logkeeper.coordination.Close.$Properties|null);

                /** Request addWatch */
                addWatch?: (logkeeper.coordination.AddWatch.$Properties|null);

                /** Request removeWatches */
                removeWatches?: (logkeeper.coordination.RemoveWatches.$Properties|null);

                /** Request body */
                body?: ("read"|"txn"|"sync"|"ping"|"close"|"addWatch"|"removeWatches");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              read?: logkeeper.coordination.Read.$Shape|null;
              txn?: logkeeper.coordination.Txn.$Shape|null;
              sync?: logkeeper.coordination.Sync.$Shape|null;
              ping?: logkeeper.coordination.Ping.$Shape|null;
              close?: logkeeper.coordination.Close.$Shape|null;
              addWatch?: logkeeper.coordination.AddWatch.$Shape|null;
              removeWatches?: logkeeper.coordination.RemoveWatches.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "read"; read: logkeeper.coordination.Read.$Shape; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "txn"; read?: null; txn: logkeeper.coordination.Txn.$Shape; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "sync"; read?: null; txn?: null; sync: logkeeper.coordination.Sync.$Shape; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "ping"; read?: null; txn?: null; sync?: null; ping: logkeeper.coordination.Ping.$Shape; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "close"; read?: null; txn?: null; sync?: null; ping?: null; close: logkeeper.coordination.Close.$Shape; addWatch?: null; removeWatches?: null }|{ body?: "addWatch"; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch: logkeeper.coordination.AddWatch.$Shape; removeWatches?: null }|{ body?: "removeWatches"; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches: logkeeper.coordination.RemoveWatches.$Shape })
            );
        }

        /**
         * Properties of a Read.
         * @deprecated Use logkeeper.coordination.Read.$Properties instead.
         */
        interface IRead extends logkeeper.coordination.Read.$Properties {
        }

        /** Represents a Read. */
        class Read {

            /**
             * Constructs a new Read.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Read.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Read kind. */
            kind: logkeeper.coordination.Read.Kind;

            /** Read path. */
            path: string;

            /** Read watch. */
            watch: boolean;

            /**
             * Encodes the specified Read message. Does not implicitly {@link logkeeper.coordination.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Read & logkeeper.coordination.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Read & logkeeper.coordination.Read.$Shape;
        }

        namespace Read {

            /** Properties of a Read. */
            interface $Properties {

                /** Read kind */
                kind?: (logkeeper.coordination.Read.Kind|null);

                /** Read path */
                path?: (string|null);

                /** Read watch */
                watch?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Read. */
            type $Shape = logkeeper.coordination.Read.$Properties;

            /** Kind enum. */
            enum Kind {

                /** EXISTS value */
                EXISTS = 0,

                /** GET_DATA value */
                GET_DATA = 1,

                /** GET_CHILDREN value */
                GET_CHILDREN = 2,

                /** GET_ALL_CHILDREN_NUMBER value */
                GET_ALL_CHILDREN_NUMBER = 3,

                /** GET_EPHEMERALS value */
                GET_EPHEMERALS = 4
            }
        }

        /**
         * Properties of a Sync.
         * @deprecated Use logkeeper.coordination.Sync.$Properties instead.
         */
        interface ISync extends logkeeper.coordination.Sync.$Properties {
        }

        /** Represents a Sync. */
        class Sync {

            /**
             * Constructs a new Sync.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Sync.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sync path. */
            path: string;

            /**
             * Encodes the specified Sync message. Does not implicitly {@link logkeeper.coordination.Sync.verify|verify} messages.
             * @param message Sync message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Sync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sync message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Sync & logkeeper.coordination.Sync.$Shape} Sync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Sync & logkeeper.coordination.Sync.$Shape;
        }

        namespace Sync {

            /** Properties of a Sync. */
            interface $Properties {

                /** Sync path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sync. */
            type $Shape = logkeeper.coordination.Sync.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use logkeeper.coordination.Ping.$Properties instead.
         */
        interface IPing extends logkeeper.coordination.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Ping message. Does not implicitly {@link logkeeper.coordination.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Ping & logkeeper.coordination.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Ping & logkeeper.coordination.Ping.$Shape;
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = logkeeper.coordination.Ping.$Properties;
        }

        /**
         * Properties of a Close.
         * @deprecated Use logkeeper.coordination.Close.$Properties instead.
         */
        interface IClose extends logkeeper.coordination.Close.$Properties {
        }

        /** Represents a Close. */
        class Close {

            /**
             * Constructs a new Close.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Close.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Close message. Does not implicitly {@link logkeeper.coordination.Close.verify|verify} messages.
             * @param message Close message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Close.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Close & logkeeper.coordination.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Close & logkeeper.coordination.Close.$Shape;
        }

        namespace Close {

            /** Properties of a Close. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Close. */
            type $Shape = logkeeper.coordination.Close.$Properties;
        }

        /**
         * Properties of an AddWatch.
         * @deprecated Use logkeeper.coordination.AddWatch.$Properties instead.
         */
        interface IAddWatch extends logkeeper.coordination.AddWatch.$Properties {
        }

        /** Represents an AddWatch. */
        class AddWatch {

            /**
             * Constructs a new AddWatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.AddWatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AddWatch path. */
            path: string;

            /** AddWatch mode. */
            mode: number;

            /**
             * Encodes the specified AddWatch message. Does not implicitly {@link logkeeper.coordination.AddWatch.verify|verify} messages.
             * @param message AddWatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.AddWatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AddWatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.AddWatch & logkeeper.coordination.AddWatch.$Shape} AddWatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.AddWatch & logkeeper.coordination.AddWatch.$Shape;
        }

        namespace AddWatch {

            /** Properties of an AddWatch. */
            interface $Properties {

                /** AddWatch path */
                path?: (string|null);

                /** AddWatch mode */
                mode?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AddWatch. */
            type $Shape = logkeeper.coordination.AddWatch.$Properties;
        }

        /**
         * Properties of a RemoveWatches.
         * @deprecated Use logkeeper.coordination.RemoveWatches.$Properties instead.
         */
        interface IRemoveWatches extends logkeeper.coordination.RemoveWatches.$Properties {
        }

        /** Represents a RemoveWatches. */
        class RemoveWatches {

            /**
             * Constructs a new RemoveWatches.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.RemoveWatches.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RemoveWatches path. */
            path: string;

            /** RemoveWatches type. */
            type: number;

            /**
             * Encodes the specified RemoveWatches message. Does not implicitly {@link logkeeper.coordination.RemoveWatches.verify|verify} messages.
             * @param message RemoveWatches message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.RemoveWatches.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RemoveWatches message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.RemoveWatches & logkeeper.coordination.RemoveWatches.$Shape} RemoveWatches
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.RemoveWatches & logkeeper.coordination.RemoveWatches.$Shape;
        }

        namespace RemoveWatches {

            /** Properties of a RemoveWatches. */
            interface $Properties {

                /** RemoveWatches path */
                path?: (string|null);

                /** RemoveWatches type */
                type?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RemoveWatches. */
            type $Shape = logkeeper.coordination.RemoveWatches.$Properties;
        }

        /**
         * Properties of an OpResult.
         * @deprecated Use logkeeper.coordination.OpResult.$Properties instead.
         */
        interface IOpResult extends logkeeper.coordination.OpResult.$Properties {
        }

        /** Represents an OpResult. */
        class OpResult {

            /**
             * Constructs a new OpResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.OpResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OpResult type. */
            type: logkeeper.coordination.Operation.Type;

            /** OpResult path. */
            path: string;

            /** OpResult stat. */
            stat?: (logkeeper.coordination.Stat.$Properties|null);

            /** OpResult error. */
            error: string;

            /**
             * Encodes the specified OpResult message. Does not implicitly {@link logkeeper.coordination.OpResult.verify|verify} messages.
             * @param message OpResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.OpResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OpResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.OpResult & logkeeper.coordination.OpResult.$Shape} OpResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.OpResult & logkeeper.coordination.OpResult.$Shape;
        }

        namespace OpResult {

            /** Properties of an OpResult. */
            interface $Properties {

                /** OpResult type */
                type?: (logkeeper.coordination.Operation.Type|null);

                /** OpResult path */
                path?: (string|null);

                /** OpResult stat */
                stat?: (logkeeper.coordination.Stat.$Properties|null);

                /** OpResult error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OpResult. */
            type $Shape = logkeeper.coordination.OpResult.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use logkeeper.coordination.Reply.$Properties instead.
         */
        interface IReply extends logkeeper.coordination.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: logkeeper.coordination.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply zxid. */
            zxid: number;

            /** Reply stat. */
            stat?: (logkeeper.coordination.Stat.$Properties|null);

            /** Reply data. */
            data: Uint8Array;

            /** Reply children. */
            children: string[];

            /** Reply results. */
            results: logkeeper.coordination.OpResult.$Properties[];

            /** Reply path. */
            path: string;

            /** Reply count. */
            count: number;

            /** Reply readOnly. */
            readOnly: boolean;

            /** Reply found. */
            found: boolean;

            /** Reply failed. */
            failed: boolean;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link logkeeper.coordination.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: logkeeper.coordination.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Reply & logkeeper.coordination.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): logkeeper.coordination.Reply & logkeeper.coordination.Reply.$Shape;
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply zxid */
                zxid?: (number|null);

                /** Reply stat */
                stat?: (logkeeper.coordination.Stat.$Properties|null);

                /** Reply data */
                data?: (Uint8Array|null);

                /** Reply children */
                children?: (string[]|null);

                /** Reply results */
                results?: (logkeeper.coordination.OpResult.$Properties[]|null);

                /** Reply path */
                path?: (string|null);

                /** Reply count */
                count?: (number|null);

                /** Reply readOnly */
                readOnly?: (boolean|null);

                /** Reply found */
                found?: (boolean|null);

                /** Reply failed */
                failed?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reply. */
            type $Shape = logkeeper.coordination.Reply.$Properties;
        }
    }
}
