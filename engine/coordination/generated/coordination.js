/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["coordination"] || ($protobuf.roots["coordination"] = {});

export const logkeeper = $root.logkeeper = (() => {

    /**
     * Namespace logkeeper.
     * @exports logkeeper
     * @namespace
     */
    const logkeeper = {};

    logkeeper.coordination = (function() {

        /**
         * Namespace coordination.
         * @memberof logkeeper
         * @namespace
         */
        const coordination = {};

        coordination.Stat = (function() {

            /**
             * Properties of a Stat.
             * @typedef {Object} logkeeper.coordination.Stat.$Properties
             * @property {number|null} [czxid] Stat czxid
             * @property {number|null} [mzxid] Stat mzxid
             * @property {number|null} [pzxid] Stat pzxid
             * @property {number|null} [ctime] Stat ctime
             * @property {number|null} [mtime] Stat mtime
             * @property {number|null} [version] Stat version
             * @property {number|null} [cversion] Stat cversion
             * @property {number|null} [aversion] Stat aversion
             * @property {number|null} [ephemeralOwner] Stat ephemeralOwner
             * @property {number|null} [dataLength] Stat dataLength
             * @property {number|null} [numChildren] Stat numChildren
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Stat.
             * @memberof logkeeper.coordination
             * @interface IStat
             * @augments logkeeper.coordination.Stat.$Properties
             * @deprecated Use logkeeper.coordination.Stat.$Properties instead.
             */

            /**
             * Shape of a Stat.
             * @typedef {logkeeper.coordination.Stat.$Properties} logkeeper.coordination.Stat.$Shape
             */

            /**
             * Constructs a new Stat.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Stat.
             * @constructor
             * @param {logkeeper.coordination.Stat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Stat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Stat czxid.
             * @member {number} czxid
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.czxid = 0;

            /**
             * Stat mzxid.
             * @member {number} mzxid
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.mzxid = 0;

            /**
             * Stat pzxid.
             * @member {number} pzxid
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.pzxid = 0;

            /**
             * Stat ctime.
             * @member {number} ctime
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.ctime = 0;

            /**
             * Stat mtime.
             * @member {number} mtime
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.mtime = 0;

            /**
             * Stat version.
             * @member {number} version
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.version = 0;

            /**
             * Stat cversion.
             * @member {number} cversion
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.cversion = 0;

            /**
             * Stat aversion.
             * @member {number} aversion
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.aversion = 0;

            /**
             * Stat ephemeralOwner.
             * @member {number} ephemeralOwner
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.ephemeralOwner = 0;

            /**
             * Stat dataLength.
             * @member {number} dataLength
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.dataLength = 0;

            /**
             * Stat numChildren.
             * @member {number} numChildren
             * @memberof logkeeper.coordination.Stat
             * @instance
             */
            Stat.prototype.numChildren = 0;

            /**
             * Encodes the specified Stat message. Does not implicitly {@link logkeeper.coordination.Stat.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Stat
             * @static
             * @param {logkeeper.coordination.Stat.$Properties} message Stat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Stat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.czxid != null && $Object.hasOwnProperty.call(message, "czxid") && !$Object.is(message.czxid, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.czxid);
                if (message.mzxid != null && $Object.hasOwnProperty.call(message, "mzxid") && !$Object.is(message.mzxid, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.mzxid);
                if (message.pzxid != null && $Object.hasOwnProperty.call(message, "pzxid") && !$Object.is(message.pzxid, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.pzxid);
                if (message.ctime != null && $Object.hasOwnProperty.call(message, "ctime") && !$Object.is(message.ctime, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.ctime);
                if (message.mtime != null && $Object.hasOwnProperty.call(message, "mtime") && !$Object.is(message.mtime, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.mtime);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.version);
                if (message.cversion != null && $Object.hasOwnProperty.call(message, "cversion") && message.cversion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.cversion);
                if (message.aversion != null && $Object.hasOwnProperty.call(message, "aversion") && message.aversion !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.aversion);
                if (message.ephemeralOwner != null && $Object.hasOwnProperty.call(message, "ephemeralOwner") && !$Object.is(message.ephemeralOwner, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.ephemeralOwner);
                if (message.dataLength != null && $Object.hasOwnProperty.call(message, "dataLength") && message.dataLength !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.dataLength);
                if (message.numChildren != null && $Object.hasOwnProperty.call(message, "numChildren") && message.numChildren !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.numChildren);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Stat message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Stat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Stat & logkeeper.coordination.Stat.$Shape} Stat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Stat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Stat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.czxid = value;
                            else
                                delete message.czxid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.mzxid = value;
                            else
                                delete message.mzxid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.pzxid = value;
                            else
                                delete message.pzxid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ctime = value;
                            else
                                delete message.ctime;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.mtime = value;
                            else
                                delete message.mtime;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.cversion = value;
                            else
                                delete message.cversion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.aversion = value;
                            else
                                delete message.aversion;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ephemeralOwner = value;
                            else
                                delete message.ephemeralOwner;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dataLength = value;
                            else
                                delete message.dataLength;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.numChildren = value;
                            else
                                delete message.numChildren;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Stat;
        })();

        coordination.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} logkeeper.coordination.Command.$Properties
             * @property {number|null} [time] Command time
             * @property {number|null} [session] Command session
             * @property {logkeeper.coordination.Txn.$Properties|null} [txn] Command txn
             * @property {logkeeper.coordination.CreateSession.$Properties|null} [createSession] Command createSession
             * @property {logkeeper.coordination.CloseSession.$Properties|null} [closeSession] Command closeSession
             * @property {logkeeper.coordination.ExpireSessions.$Properties|null} [expireSessions] Command expireSessions
             * @property {logkeeper.coordination.TouchSessions.$Properties|null} [touchSessions] Command touchSessions
             * @property {logkeeper.coordination.DeleteContainers.$Properties|null} [deleteContainers] Command deleteContainers
             * @property {"txn"|"createSession"|"closeSession"|"expireSessions"|"touchSessions"|"deleteContainers"} [body] Command body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof logkeeper.coordination
             * @interface ICommand
             * @augments logkeeper.coordination.Command.$Properties
             * @deprecated Use logkeeper.coordination.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   time?: number|null;
             *   session?: number|null;
             *   txn?: logkeeper.coordination.Txn.$Shape|null;
             *   createSession?: logkeeper.coordination.CreateSession.$Shape|null;
             *   closeSession?: logkeeper.coordination.CloseSession.$Shape|null;
             *   expireSessions?: logkeeper.coordination.ExpireSessions.$Shape|null;
             *   touchSessions?: logkeeper.coordination.TouchSessions.$Shape|null;
             *   deleteContainers?: logkeeper.coordination.DeleteContainers.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "txn"; txn: logkeeper.coordination.Txn.$Shape; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "createSession"; txn?: null; createSession: logkeeper.coordination.CreateSession.$Shape; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "closeSession"; txn?: null; createSession?: null; closeSession: logkeeper.coordination.CloseSession.$Shape; expireSessions?: null; touchSessions?: null; deleteContainers?: null }|{ body?: "expireSessions"; txn?: null; createSession?: null; closeSession?: null; expireSessions: logkeeper.coordination.ExpireSessions.$Shape; touchSessions?: null; deleteContainers?: null }|{ body?: "touchSessions"; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions: logkeeper.coordination.TouchSessions.$Shape; deleteContainers?: null }|{ body?: "deleteContainers"; txn?: null; createSession?: null; closeSession?: null; expireSessions?: null; touchSessions?: null; deleteContainers: logkeeper.coordination.DeleteContainers.$Shape })
             * )} logkeeper.coordination.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Command.
             * @constructor
             * @param {logkeeper.coordination.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command time.
             * @member {number} time
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.time = 0;

            /**
             * Command session.
             * @member {number} session
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.session = 0;

            /**
             * Command txn.
             * @member {logkeeper.coordination.Txn.$Properties|null|undefined} txn
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.txn = null;

            /**
             * Command createSession.
             * @member {logkeeper.coordination.CreateSession.$Properties|null|undefined} createSession
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.createSession = null;

            /**
             * Command closeSession.
             * @member {logkeeper.coordination.CloseSession.$Properties|null|undefined} closeSession
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.closeSession = null;

            /**
             * Command expireSessions.
             * @member {logkeeper.coordination.ExpireSessions.$Properties|null|undefined} expireSessions
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.expireSessions = null;

            /**
             * Command touchSessions.
             * @member {logkeeper.coordination.TouchSessions.$Properties|null|undefined} touchSessions
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.touchSessions = null;

            /**
             * Command deleteContainers.
             * @member {logkeeper.coordination.DeleteContainers.$Properties|null|undefined} deleteContainers
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            Command.prototype.deleteContainers = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command body.
             * @member {"txn"|"createSession"|"closeSession"|"expireSessions"|"touchSessions"|"deleteContainers"|undefined} body
             * @memberof logkeeper.coordination.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["txn", "createSession", "closeSession", "expireSessions", "touchSessions", "deleteContainers"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Command message. Does not implicitly {@link logkeeper.coordination.Command.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Command
             * @static
             * @param {logkeeper.coordination.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.time);
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && !$Object.is(message.session, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.session);
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.logkeeper.coordination.Txn.encode(message.txn, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.createSession != null && $Object.hasOwnProperty.call(message, "createSession"))
                    $root.logkeeper.coordination.CreateSession.encode(message.createSession, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.closeSession != null && $Object.hasOwnProperty.call(message, "closeSession"))
                    $root.logkeeper.coordination.CloseSession.encode(message.closeSession, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.expireSessions != null && $Object.hasOwnProperty.call(message, "expireSessions"))
                    $root.logkeeper.coordination.ExpireSessions.encode(message.expireSessions, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.touchSessions != null && $Object.hasOwnProperty.call(message, "touchSessions"))
                    $root.logkeeper.coordination.TouchSessions.encode(message.touchSessions, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.deleteContainers != null && $Object.hasOwnProperty.call(message, "deleteContainers"))
                    $root.logkeeper.coordination.DeleteContainers.encode(message.deleteContainers, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Command & logkeeper.coordination.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.session = value;
                            else
                                delete message.session;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.logkeeper.coordination.Txn.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.body = "txn";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.createSession = $root.logkeeper.coordination.CreateSession.decode(reader, reader.size(), $undefined, _depth + 1, message.createSession);
                            message.body = "createSession";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.closeSession = $root.logkeeper.coordination.CloseSession.decode(reader, reader.size(), $undefined, _depth + 1, message.closeSession);
                            message.body = "closeSession";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.expireSessions = $root.logkeeper.coordination.ExpireSessions.decode(reader, reader.size(), $undefined, _depth + 1, message.expireSessions);
                            message.body = "expireSessions";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.touchSessions = $root.logkeeper.coordination.TouchSessions.decode(reader, reader.size(), $undefined, _depth + 1, message.touchSessions);
                            message.body = "touchSessions";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.deleteContainers = $root.logkeeper.coordination.DeleteContainers.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteContainers);
                            message.body = "deleteContainers";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Command;
        })();

        coordination.Txn = (function() {

            /**
             * Properties of a Txn.
             * @typedef {Object} logkeeper.coordination.Txn.$Properties
             * @property {Array.<logkeeper.coordination.Operation.$Properties>|null} [ops] Txn ops
             * @property {boolean|null} [multi] Txn multi
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Txn.
             * @memberof logkeeper.coordination
             * @interface ITxn
             * @augments logkeeper.coordination.Txn.$Properties
             * @deprecated Use logkeeper.coordination.Txn.$Properties instead.
             */

            /**
             * Shape of a Txn.
             * @typedef {logkeeper.coordination.Txn.$Properties} logkeeper.coordination.Txn.$Shape
             */

            /**
             * Constructs a new Txn.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Txn.
             * @constructor
             * @param {logkeeper.coordination.Txn.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Txn = function (properties) {
                this.ops = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Txn ops.
             * @member {Array.<logkeeper.coordination.Operation.$Properties>} ops
             * @memberof logkeeper.coordination.Txn
             * @instance
             */
            Txn.prototype.ops = $util.emptyArray;

            /**
             * Txn multi.
             * @member {boolean} multi
             * @memberof logkeeper.coordination.Txn
             * @instance
             */
            Txn.prototype.multi = false;

            /**
             * Encodes the specified Txn message. Does not implicitly {@link logkeeper.coordination.Txn.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Txn
             * @static
             * @param {logkeeper.coordination.Txn.$Properties} message Txn message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Txn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ops != null && message.ops.length)
                    for (let i = 0; i < message.ops.length; ++i)
                        $root.logkeeper.coordination.Operation.encode(message.ops[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.multi != null && $Object.hasOwnProperty.call(message, "multi") && message.multi !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.multi);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Txn message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Txn
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Txn & logkeeper.coordination.Txn.$Shape} Txn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Txn.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Txn();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ops && message.ops.length))
                                message.ops = [];
                            message.ops.push($root.logkeeper.coordination.Operation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.multi = value;
                            else
                                delete message.multi;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Txn;
        })();

        coordination.Operation = (function() {

            /**
             * Properties of an Operation.
             * @typedef {Object} logkeeper.coordination.Operation.$Properties
             * @property {logkeeper.coordination.Operation.Type|null} [type] Operation type
             * @property {string|null} [path] Operation path
             * @property {Uint8Array|null} [data] Operation data
             * @property {number|null} [mode] Operation mode
             * @property {number|null} [version] Operation version
             * @property {number|null} [ttl] Operation ttl
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Operation.
             * @memberof logkeeper.coordination
             * @interface IOperation
             * @augments logkeeper.coordination.Operation.$Properties
             * @deprecated Use logkeeper.coordination.Operation.$Properties instead.
             */

            /**
             * Shape of an Operation.
             * @typedef {logkeeper.coordination.Operation.$Properties} logkeeper.coordination.Operation.$Shape
             */

            /**
             * Constructs a new Operation.
             * @memberof logkeeper.coordination
             * @classdesc Represents an Operation.
             * @constructor
             * @param {logkeeper.coordination.Operation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Operation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Operation type.
             * @member {logkeeper.coordination.Operation.Type} type
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.type = 0;

            /**
             * Operation path.
             * @member {string} path
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.path = "";

            /**
             * Operation data.
             * @member {Uint8Array} data
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.data = $util.newBuffer([]);

            /**
             * Operation mode.
             * @member {number} mode
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.mode = 0;

            /**
             * Operation version.
             * @member {number} version
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.version = 0;

            /**
             * Operation ttl.
             * @member {number} ttl
             * @memberof logkeeper.coordination.Operation
             * @instance
             */
            Operation.prototype.ttl = 0;

            /**
             * Encodes the specified Operation message. Does not implicitly {@link logkeeper.coordination.Operation.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Operation
             * @static
             * @param {logkeeper.coordination.Operation.$Properties} message Operation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Operation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.mode);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.version);
                if (message.ttl != null && $Object.hasOwnProperty.call(message, "ttl") && !$Object.is(message.ttl, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.ttl);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Operation message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Operation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Operation & logkeeper.coordination.Operation.$Shape} Operation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Operation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Operation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ttl = value;
                            else
                                delete message.ttl;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Type enum.
             * @name logkeeper.coordination.Operation.Type
             * @enum {number}
             * @property {number} CREATE=0 CREATE value
             * @property {number} DELETE=1 DELETE value
             * @property {number} SET_DATA=2 SET_DATA value
             * @property {number} CHECK=3 CHECK value
             */
            Operation.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CREATE"] = 0;
                values[valuesById[1] = "DELETE"] = 1;
                values[valuesById[2] = "SET_DATA"] = 2;
                values[valuesById[3] = "CHECK"] = 3;
                return values;
            })();

            return Operation;
        })();

        coordination.CreateSession = (function() {

            /**
             * Properties of a CreateSession.
             * @typedef {Object} logkeeper.coordination.CreateSession.$Properties
             * @property {number|null} [timeoutMs] CreateSession timeoutMs
             * @property {Uint8Array|null} [secret] CreateSession secret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateSession.
             * @memberof logkeeper.coordination
             * @interface ICreateSession
             * @augments logkeeper.coordination.CreateSession.$Properties
             * @deprecated Use logkeeper.coordination.CreateSession.$Properties instead.
             */

            /**
             * Shape of a CreateSession.
             * @typedef {logkeeper.coordination.CreateSession.$Properties} logkeeper.coordination.CreateSession.$Shape
             */

            /**
             * Constructs a new CreateSession.
             * @memberof logkeeper.coordination
             * @classdesc Represents a CreateSession.
             * @constructor
             * @param {logkeeper.coordination.CreateSession.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateSession timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.coordination.CreateSession
             * @instance
             */
            CreateSession.prototype.timeoutMs = 0;

            /**
             * CreateSession secret.
             * @member {Uint8Array} secret
             * @memberof logkeeper.coordination.CreateSession
             * @instance
             */
            CreateSession.prototype.secret = $util.newBuffer([]);

            /**
             * Encodes the specified CreateSession message. Does not implicitly {@link logkeeper.coordination.CreateSession.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.CreateSession
             * @static
             * @param {logkeeper.coordination.CreateSession.$Properties} message CreateSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.timeoutMs);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateSession message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.CreateSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.CreateSession & logkeeper.coordination.CreateSession.$Shape} CreateSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.CreateSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CreateSession;
        })();

        coordination.CloseSession = (function() {

            /**
             * Properties of a CloseSession.
             * @typedef {Object} logkeeper.coordination.CloseSession.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CloseSession.
             * @memberof logkeeper.coordination
             * @interface ICloseSession
             * @augments logkeeper.coordination.CloseSession.$Properties
             * @deprecated Use logkeeper.coordination.CloseSession.$Properties instead.
             */

            /**
             * Shape of a CloseSession.
             * @typedef {logkeeper.coordination.CloseSession.$Properties} logkeeper.coordination.CloseSession.$Shape
             */

            /**
             * Constructs a new CloseSession.
             * @memberof logkeeper.coordination
             * @classdesc Represents a CloseSession.
             * @constructor
             * @param {logkeeper.coordination.CloseSession.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CloseSession = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified CloseSession message. Does not implicitly {@link logkeeper.coordination.CloseSession.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.CloseSession
             * @static
             * @param {logkeeper.coordination.CloseSession.$Properties} message CloseSession message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CloseSession.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CloseSession message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.CloseSession
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.CloseSession & logkeeper.coordination.CloseSession.$Shape} CloseSession
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CloseSession.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.CloseSession();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CloseSession;
        })();

        coordination.ExpireSessions = (function() {

            /**
             * Properties of an ExpireSessions.
             * @typedef {Object} logkeeper.coordination.ExpireSessions.$Properties
             * @property {Array.<number>|null} [sessions] ExpireSessions sessions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpireSessions.
             * @memberof logkeeper.coordination
             * @interface IExpireSessions
             * @augments logkeeper.coordination.ExpireSessions.$Properties
             * @deprecated Use logkeeper.coordination.ExpireSessions.$Properties instead.
             */

            /**
             * Shape of an ExpireSessions.
             * @typedef {logkeeper.coordination.ExpireSessions.$Properties} logkeeper.coordination.ExpireSessions.$Shape
             */

            /**
             * Constructs a new ExpireSessions.
             * @memberof logkeeper.coordination
             * @classdesc Represents an ExpireSessions.
             * @constructor
             * @param {logkeeper.coordination.ExpireSessions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpireSessions = function (properties) {
                this.sessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpireSessions sessions.
             * @member {Array.<number>} sessions
             * @memberof logkeeper.coordination.ExpireSessions
             * @instance
             */
            ExpireSessions.prototype.sessions = $util.emptyArray;

            /**
             * Encodes the specified ExpireSessions message. Does not implicitly {@link logkeeper.coordination.ExpireSessions.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.ExpireSessions
             * @static
             * @param {logkeeper.coordination.ExpireSessions.$Properties} message ExpireSessions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpireSessions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && message.sessions.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.sessions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExpireSessions message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.ExpireSessions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.ExpireSessions & logkeeper.coordination.ExpireSessions.$Shape} ExpireSessions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpireSessions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.ExpireSessions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                reader.doubles(message.sessions);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ExpireSessions;
        })();

        coordination.TouchSessions = (function() {

            /**
             * Properties of a TouchSessions.
             * @typedef {Object} logkeeper.coordination.TouchSessions.$Properties
             * @property {Array.<number>|null} [sessions] TouchSessions sessions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TouchSessions.
             * @memberof logkeeper.coordination
             * @interface ITouchSessions
             * @augments logkeeper.coordination.TouchSessions.$Properties
             * @deprecated Use logkeeper.coordination.TouchSessions.$Properties instead.
             */

            /**
             * Shape of a TouchSessions.
             * @typedef {logkeeper.coordination.TouchSessions.$Properties} logkeeper.coordination.TouchSessions.$Shape
             */

            /**
             * Constructs a new TouchSessions.
             * @memberof logkeeper.coordination
             * @classdesc Represents a TouchSessions.
             * @constructor
             * @param {logkeeper.coordination.TouchSessions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TouchSessions = function (properties) {
                this.sessions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TouchSessions sessions.
             * @member {Array.<number>} sessions
             * @memberof logkeeper.coordination.TouchSessions
             * @instance
             */
            TouchSessions.prototype.sessions = $util.emptyArray;

            /**
             * Encodes the specified TouchSessions message. Does not implicitly {@link logkeeper.coordination.TouchSessions.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.TouchSessions
             * @static
             * @param {logkeeper.coordination.TouchSessions.$Properties} message TouchSessions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TouchSessions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessions != null && message.sessions.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).doubles(message.sessions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TouchSessions message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.TouchSessions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.TouchSessions & logkeeper.coordination.TouchSessions.$Shape} TouchSessions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TouchSessions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.TouchSessions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                reader.doubles(message.sessions);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.sessions && message.sessions.length))
                                message.sessions = [];
                            message.sessions.push(reader.double());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TouchSessions;
        })();

        coordination.DeleteContainers = (function() {

            /**
             * Properties of a DeleteContainers.
             * @typedef {Object} logkeeper.coordination.DeleteContainers.$Properties
             * @property {Array.<logkeeper.coordination.Candidate.$Properties>|null} [candidates] DeleteContainers candidates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteContainers.
             * @memberof logkeeper.coordination
             * @interface IDeleteContainers
             * @augments logkeeper.coordination.DeleteContainers.$Properties
             * @deprecated Use logkeeper.coordination.DeleteContainers.$Properties instead.
             */

            /**
             * Shape of a DeleteContainers.
             * @typedef {logkeeper.coordination.DeleteContainers.$Properties} logkeeper.coordination.DeleteContainers.$Shape
             */

            /**
             * Constructs a new DeleteContainers.
             * @memberof logkeeper.coordination
             * @classdesc Represents a DeleteContainers.
             * @constructor
             * @param {logkeeper.coordination.DeleteContainers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteContainers = function (properties) {
                this.candidates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteContainers candidates.
             * @member {Array.<logkeeper.coordination.Candidate.$Properties>} candidates
             * @memberof logkeeper.coordination.DeleteContainers
             * @instance
             */
            DeleteContainers.prototype.candidates = $util.emptyArray;

            /**
             * Encodes the specified DeleteContainers message. Does not implicitly {@link logkeeper.coordination.DeleteContainers.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.DeleteContainers
             * @static
             * @param {logkeeper.coordination.DeleteContainers.$Properties} message DeleteContainers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteContainers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.candidates != null && message.candidates.length)
                    for (let i = 0; i < message.candidates.length; ++i)
                        $root.logkeeper.coordination.Candidate.encode(message.candidates[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteContainers message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.DeleteContainers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.DeleteContainers & logkeeper.coordination.DeleteContainers.$Shape} DeleteContainers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteContainers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.DeleteContainers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.candidates && message.candidates.length))
                                message.candidates = [];
                            message.candidates.push($root.logkeeper.coordination.Candidate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return DeleteContainers;
        })();

        coordination.Candidate = (function() {

            /**
             * Properties of a Candidate.
             * @typedef {Object} logkeeper.coordination.Candidate.$Properties
             * @property {string|null} [path] Candidate path
             * @property {number|null} [mzxid] Candidate mzxid
             * @property {number|null} [pzxid] Candidate pzxid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Candidate.
             * @memberof logkeeper.coordination
             * @interface ICandidate
             * @augments logkeeper.coordination.Candidate.$Properties
             * @deprecated Use logkeeper.coordination.Candidate.$Properties instead.
             */

            /**
             * Shape of a Candidate.
             * @typedef {logkeeper.coordination.Candidate.$Properties} logkeeper.coordination.Candidate.$Shape
             */

            /**
             * Constructs a new Candidate.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Candidate.
             * @constructor
             * @param {logkeeper.coordination.Candidate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Candidate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Candidate path.
             * @member {string} path
             * @memberof logkeeper.coordination.Candidate
             * @instance
             */
            Candidate.prototype.path = "";

            /**
             * Candidate mzxid.
             * @member {number} mzxid
             * @memberof logkeeper.coordination.Candidate
             * @instance
             */
            Candidate.prototype.mzxid = 0;

            /**
             * Candidate pzxid.
             * @member {number} pzxid
             * @memberof logkeeper.coordination.Candidate
             * @instance
             */
            Candidate.prototype.pzxid = 0;

            /**
             * Encodes the specified Candidate message. Does not implicitly {@link logkeeper.coordination.Candidate.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Candidate
             * @static
             * @param {logkeeper.coordination.Candidate.$Properties} message Candidate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Candidate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.mzxid != null && $Object.hasOwnProperty.call(message, "mzxid") && !$Object.is(message.mzxid, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.mzxid);
                if (message.pzxid != null && $Object.hasOwnProperty.call(message, "pzxid") && !$Object.is(message.pzxid, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.pzxid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Candidate message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Candidate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Candidate & logkeeper.coordination.Candidate.$Shape} Candidate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Candidate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Candidate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.mzxid = value;
                            else
                                delete message.mzxid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.pzxid = value;
                            else
                                delete message.pzxid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Candidate;
        })();

        coordination.ConnectRequest = (function() {

            /**
             * Properties of a ConnectRequest.
             * @typedef {Object} logkeeper.coordination.ConnectRequest.$Properties
             * @property {number|null} [sessionId] ConnectRequest sessionId
             * @property {Uint8Array|null} [secret] ConnectRequest secret
             * @property {number|null} [timeoutMs] ConnectRequest timeoutMs
             * @property {number|null} [lastZxid] ConnectRequest lastZxid
             * @property {Array.<string>|null} [dataWatches] ConnectRequest dataWatches
             * @property {Array.<string>|null} [existWatches] ConnectRequest existWatches
             * @property {Array.<string>|null} [childWatches] ConnectRequest childWatches
             * @property {Array.<string>|null} [persistentWatches] ConnectRequest persistentWatches
             * @property {Array.<string>|null} [recursiveWatches] ConnectRequest recursiveWatches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConnectRequest.
             * @memberof logkeeper.coordination
             * @interface IConnectRequest
             * @augments logkeeper.coordination.ConnectRequest.$Properties
             * @deprecated Use logkeeper.coordination.ConnectRequest.$Properties instead.
             */

            /**
             * Shape of a ConnectRequest.
             * @typedef {logkeeper.coordination.ConnectRequest.$Properties} logkeeper.coordination.ConnectRequest.$Shape
             */

            /**
             * Constructs a new ConnectRequest.
             * @memberof logkeeper.coordination
             * @classdesc Represents a ConnectRequest.
             * @constructor
             * @param {logkeeper.coordination.ConnectRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConnectRequest = function (properties) {
                this.dataWatches = [];
                this.existWatches = [];
                this.childWatches = [];
                this.persistentWatches = [];
                this.recursiveWatches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConnectRequest sessionId.
             * @member {number} sessionId
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.sessionId = 0;

            /**
             * ConnectRequest secret.
             * @member {Uint8Array} secret
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.secret = $util.newBuffer([]);

            /**
             * ConnectRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.timeoutMs = 0;

            /**
             * ConnectRequest lastZxid.
             * @member {number} lastZxid
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.lastZxid = 0;

            /**
             * ConnectRequest dataWatches.
             * @member {Array.<string>} dataWatches
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.dataWatches = $util.emptyArray;

            /**
             * ConnectRequest existWatches.
             * @member {Array.<string>} existWatches
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.existWatches = $util.emptyArray;

            /**
             * ConnectRequest childWatches.
             * @member {Array.<string>} childWatches
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.childWatches = $util.emptyArray;

            /**
             * ConnectRequest persistentWatches.
             * @member {Array.<string>} persistentWatches
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.persistentWatches = $util.emptyArray;

            /**
             * ConnectRequest recursiveWatches.
             * @member {Array.<string>} recursiveWatches
             * @memberof logkeeper.coordination.ConnectRequest
             * @instance
             */
            ConnectRequest.prototype.recursiveWatches = $util.emptyArray;

            /**
             * Encodes the specified ConnectRequest message. Does not implicitly {@link logkeeper.coordination.ConnectRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.ConnectRequest
             * @static
             * @param {logkeeper.coordination.ConnectRequest.$Properties} message ConnectRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConnectRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && !$Object.is(message.sessionId, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.sessionId);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secret);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.timeoutMs);
                if (message.lastZxid != null && $Object.hasOwnProperty.call(message, "lastZxid") && !$Object.is(message.lastZxid, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lastZxid);
                if (message.dataWatches != null && message.dataWatches.length)
                    for (let i = 0; i < message.dataWatches.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.dataWatches[i]);
                if (message.existWatches != null && message.existWatches.length)
                    for (let i = 0; i < message.existWatches.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.existWatches[i]);
                if (message.childWatches != null && message.childWatches.length)
                    for (let i = 0; i < message.childWatches.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.childWatches[i]);
                if (message.persistentWatches != null && message.persistentWatches.length)
                    for (let i = 0; i < message.persistentWatches.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.persistentWatches[i]);
                if (message.recursiveWatches != null && message.recursiveWatches.length)
                    for (let i = 0; i < message.recursiveWatches.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.recursiveWatches[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConnectRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.ConnectRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.ConnectRequest & logkeeper.coordination.ConnectRequest.$Shape} ConnectRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConnectRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.ConnectRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lastZxid = value;
                            else
                                delete message.lastZxid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dataWatches && message.dataWatches.length))
                                message.dataWatches = [];
                            message.dataWatches.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.existWatches && message.existWatches.length))
                                message.existWatches = [];
                            message.existWatches.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.childWatches && message.childWatches.length))
                                message.childWatches = [];
                            message.childWatches.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.persistentWatches && message.persistentWatches.length))
                                message.persistentWatches = [];
                            message.persistentWatches.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recursiveWatches && message.recursiveWatches.length))
                                message.recursiveWatches = [];
                            message.recursiveWatches.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConnectRequest;
        })();

        coordination.Connected = (function() {

            /**
             * Properties of a Connected.
             * @typedef {Object} logkeeper.coordination.Connected.$Properties
             * @property {number|null} [sessionId] Connected sessionId
             * @property {Uint8Array|null} [secret] Connected secret
             * @property {number|null} [timeoutMs] Connected timeoutMs
             * @property {number|null} [zxid] Connected zxid
             * @property {boolean|null} [readOnly] Connected readOnly
             * @property {string|null} [server] Connected server
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connected.
             * @memberof logkeeper.coordination
             * @interface IConnected
             * @augments logkeeper.coordination.Connected.$Properties
             * @deprecated Use logkeeper.coordination.Connected.$Properties instead.
             */

            /**
             * Shape of a Connected.
             * @typedef {logkeeper.coordination.Connected.$Properties} logkeeper.coordination.Connected.$Shape
             */

            /**
             * Constructs a new Connected.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Connected.
             * @constructor
             * @param {logkeeper.coordination.Connected.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connected = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Connected sessionId.
             * @member {number} sessionId
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.sessionId = 0;

            /**
             * Connected secret.
             * @member {Uint8Array} secret
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.secret = $util.newBuffer([]);

            /**
             * Connected timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.timeoutMs = 0;

            /**
             * Connected zxid.
             * @member {number} zxid
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.zxid = 0;

            /**
             * Connected readOnly.
             * @member {boolean} readOnly
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.readOnly = false;

            /**
             * Connected server.
             * @member {string} server
             * @memberof logkeeper.coordination.Connected
             * @instance
             */
            Connected.prototype.server = "";

            /**
             * Encodes the specified Connected message. Does not implicitly {@link logkeeper.coordination.Connected.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Connected
             * @static
             * @param {logkeeper.coordination.Connected.$Properties} message Connected message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connected.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && !$Object.is(message.sessionId, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.sessionId);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secret);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.timeoutMs);
                if (message.zxid != null && $Object.hasOwnProperty.call(message, "zxid") && !$Object.is(message.zxid, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.zxid);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.readOnly);
                if (message.server != null && $Object.hasOwnProperty.call(message, "server") && message.server !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.server);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Connected
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Connected & logkeeper.coordination.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connected.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Connected();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.zxid = value;
                            else
                                delete message.zxid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.server = value;
                            else
                                delete message.server;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Connected;
        })();

        coordination.WatcherEvent = (function() {

            /**
             * Properties of a WatcherEvent.
             * @typedef {Object} logkeeper.coordination.WatcherEvent.$Properties
             * @property {number|null} [type] WatcherEvent type
             * @property {number|null} [state] WatcherEvent state
             * @property {string|null} [path] WatcherEvent path
             * @property {number|null} [zxid] WatcherEvent zxid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatcherEvent.
             * @memberof logkeeper.coordination
             * @interface IWatcherEvent
             * @augments logkeeper.coordination.WatcherEvent.$Properties
             * @deprecated Use logkeeper.coordination.WatcherEvent.$Properties instead.
             */

            /**
             * Shape of a WatcherEvent.
             * @typedef {logkeeper.coordination.WatcherEvent.$Properties} logkeeper.coordination.WatcherEvent.$Shape
             */

            /**
             * Constructs a new WatcherEvent.
             * @memberof logkeeper.coordination
             * @classdesc Represents a WatcherEvent.
             * @constructor
             * @param {logkeeper.coordination.WatcherEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatcherEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatcherEvent type.
             * @member {number} type
             * @memberof logkeeper.coordination.WatcherEvent
             * @instance
             */
            WatcherEvent.prototype.type = 0;

            /**
             * WatcherEvent state.
             * @member {number} state
             * @memberof logkeeper.coordination.WatcherEvent
             * @instance
             */
            WatcherEvent.prototype.state = 0;

            /**
             * WatcherEvent path.
             * @member {string} path
             * @memberof logkeeper.coordination.WatcherEvent
             * @instance
             */
            WatcherEvent.prototype.path = "";

            /**
             * WatcherEvent zxid.
             * @member {number} zxid
             * @memberof logkeeper.coordination.WatcherEvent
             * @instance
             */
            WatcherEvent.prototype.zxid = 0;

            /**
             * Encodes the specified WatcherEvent message. Does not implicitly {@link logkeeper.coordination.WatcherEvent.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.WatcherEvent
             * @static
             * @param {logkeeper.coordination.WatcherEvent.$Properties} message WatcherEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatcherEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.type);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.state);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
                if (message.zxid != null && $Object.hasOwnProperty.call(message, "zxid") && !$Object.is(message.zxid, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.zxid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WatcherEvent message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.WatcherEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.WatcherEvent & logkeeper.coordination.WatcherEvent.$Shape} WatcherEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatcherEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.WatcherEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.zxid = value;
                            else
                                delete message.zxid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return WatcherEvent;
        })();

        coordination.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} logkeeper.coordination.Request.$Properties
             * @property {logkeeper.coordination.Read.$Properties|null} [read] Request read
             * @property {logkeeper.coordination.Txn.$Properties|null} [txn] Request txn
             * @property {logkeeper.coordination.Sync.$Properties|null} [sync] Request sync
             * @property {logkeeper.coordination.Ping.$Properties|null} [ping] Request ping
             * @property {logkeeper.coordination.Close.$Properties|null} [close] Request close
             * @property {logkeeper.coordination.AddWatch.$Properties|null} [addWatch] Request addWatch
             * @property {logkeeper.coordination.RemoveWatches.$Properties|null} [removeWatches] Request removeWatches
             * @property {"read"|"txn"|"sync"|"ping"|"close"|"addWatch"|"removeWatches"} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof logkeeper.coordination
             * @interface IRequest
             * @augments logkeeper.coordination.Request.$Properties
             * @deprecated Use logkeeper.coordination.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   read?: logkeeper.coordination.Read.$Shape|null;
             *   txn?: logkeeper.coordination.Txn.$Shape|null;
             *   sync?: logkeeper.coordination.Sync.$Shape|null;
             *   ping?: logkeeper.coordination.Ping.$Shape|null;
             *   close?: logkeeper.coordination.Close.$Shape|null;
             *   addWatch?: logkeeper.coordination.AddWatch.$Shape|null;
             *   removeWatches?: logkeeper.coordination.RemoveWatches.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "read"; read: logkeeper.coordination.Read.$Shape; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "txn"; read?: null; txn: logkeeper.coordination.Txn.$Shape; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "sync"; read?: null; txn?: null; sync: logkeeper.coordination.Sync.$Shape; ping?: null; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "ping"; read?: null; txn?: null; sync?: null; ping: logkeeper.coordination.Ping.$Shape; close?: null; addWatch?: null; removeWatches?: null }|{ body?: "close"; read?: null; txn?: null; sync?: null; ping?: null; close: logkeeper.coordination.Close.$Shape; addWatch?: null; removeWatches?: null }|{ body?: "addWatch"; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch: logkeeper.coordination.AddWatch.$Shape; removeWatches?: null }|{ body?: "removeWatches"; read?: null; txn?: null; sync?: null; ping?: null; close?: null; addWatch?: null; removeWatches: logkeeper.coordination.RemoveWatches.$Shape })
             * )} logkeeper.coordination.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Request.
             * @constructor
             * @param {logkeeper.coordination.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request read.
             * @member {logkeeper.coordination.Read.$Properties|null|undefined} read
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.read = null;

            /**
             * Request txn.
             * @member {logkeeper.coordination.Txn.$Properties|null|undefined} txn
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.txn = null;

            /**
             * Request sync.
             * @member {logkeeper.coordination.Sync.$Properties|null|undefined} sync
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.sync = null;

            /**
             * Request ping.
             * @member {logkeeper.coordination.Ping.$Properties|null|undefined} ping
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.ping = null;

            /**
             * Request close.
             * @member {logkeeper.coordination.Close.$Properties|null|undefined} close
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.close = null;

            /**
             * Request addWatch.
             * @member {logkeeper.coordination.AddWatch.$Properties|null|undefined} addWatch
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.addWatch = null;

            /**
             * Request removeWatches.
             * @member {logkeeper.coordination.RemoveWatches.$Properties|null|undefined} removeWatches
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            Request.prototype.removeWatches = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request body.
             * @member {"read"|"txn"|"sync"|"ping"|"close"|"addWatch"|"removeWatches"|undefined} body
             * @memberof logkeeper.coordination.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["read", "txn", "sync", "ping", "close", "addWatch", "removeWatches"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Request message. Does not implicitly {@link logkeeper.coordination.Request.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Request
             * @static
             * @param {logkeeper.coordination.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.logkeeper.coordination.Read.encode(message.read, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.txn != null && $Object.hasOwnProperty.call(message, "txn"))
                    $root.logkeeper.coordination.Txn.encode(message.txn, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.logkeeper.coordination.Sync.encode(message.sync, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.logkeeper.coordination.Ping.encode(message.ping, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    $root.logkeeper.coordination.Close.encode(message.close, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.addWatch != null && $Object.hasOwnProperty.call(message, "addWatch"))
                    $root.logkeeper.coordination.AddWatch.encode(message.addWatch, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.removeWatches != null && $Object.hasOwnProperty.call(message, "removeWatches"))
                    $root.logkeeper.coordination.RemoveWatches.encode(message.removeWatches, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Request & logkeeper.coordination.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.logkeeper.coordination.Read.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.body = "read";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.txn = $root.logkeeper.coordination.Txn.decode(reader, reader.size(), $undefined, _depth + 1, message.txn);
                            message.body = "txn";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sync = $root.logkeeper.coordination.Sync.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
                            message.body = "sync";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.logkeeper.coordination.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.close = $root.logkeeper.coordination.Close.decode(reader, reader.size(), $undefined, _depth + 1, message.close);
                            message.body = "close";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.addWatch = $root.logkeeper.coordination.AddWatch.decode(reader, reader.size(), $undefined, _depth + 1, message.addWatch);
                            message.body = "addWatch";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.removeWatches = $root.logkeeper.coordination.RemoveWatches.decode(reader, reader.size(), $undefined, _depth + 1, message.removeWatches);
                            message.body = "removeWatches";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Request;
        })();

        coordination.Read = (function() {

            /**
             * Properties of a Read.
             * @typedef {Object} logkeeper.coordination.Read.$Properties
             * @property {logkeeper.coordination.Read.Kind|null} [kind] Read kind
             * @property {string|null} [path] Read path
             * @property {boolean|null} [watch] Read watch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Read.
             * @memberof logkeeper.coordination
             * @interface IRead
             * @augments logkeeper.coordination.Read.$Properties
             * @deprecated Use logkeeper.coordination.Read.$Properties instead.
             */

            /**
             * Shape of a Read.
             * @typedef {logkeeper.coordination.Read.$Properties} logkeeper.coordination.Read.$Shape
             */

            /**
             * Constructs a new Read.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Read.
             * @constructor
             * @param {logkeeper.coordination.Read.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Read = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Read kind.
             * @member {logkeeper.coordination.Read.Kind} kind
             * @memberof logkeeper.coordination.Read
             * @instance
             */
            Read.prototype.kind = 0;

            /**
             * Read path.
             * @member {string} path
             * @memberof logkeeper.coordination.Read
             * @instance
             */
            Read.prototype.path = "";

            /**
             * Read watch.
             * @member {boolean} watch
             * @memberof logkeeper.coordination.Read
             * @instance
             */
            Read.prototype.watch = false;

            /**
             * Encodes the specified Read message. Does not implicitly {@link logkeeper.coordination.Read.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Read
             * @static
             * @param {logkeeper.coordination.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.watch != null && $Object.hasOwnProperty.call(message, "watch") && message.watch !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.watch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Read & logkeeper.coordination.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Read();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.watch = value;
                            else
                                delete message.watch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Kind enum.
             * @name logkeeper.coordination.Read.Kind
             * @enum {number}
             * @property {number} EXISTS=0 EXISTS value
             * @property {number} GET_DATA=1 GET_DATA value
             * @property {number} GET_CHILDREN=2 GET_CHILDREN value
             * @property {number} GET_ALL_CHILDREN_NUMBER=3 GET_ALL_CHILDREN_NUMBER value
             * @property {number} GET_EPHEMERALS=4 GET_EPHEMERALS value
             */
            Read.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "EXISTS"] = 0;
                values[valuesById[1] = "GET_DATA"] = 1;
                values[valuesById[2] = "GET_CHILDREN"] = 2;
                values[valuesById[3] = "GET_ALL_CHILDREN_NUMBER"] = 3;
                values[valuesById[4] = "GET_EPHEMERALS"] = 4;
                return values;
            })();

            return Read;
        })();

        coordination.Sync = (function() {

            /**
             * Properties of a Sync.
             * @typedef {Object} logkeeper.coordination.Sync.$Properties
             * @property {string|null} [path] Sync path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sync.
             * @memberof logkeeper.coordination
             * @interface ISync
             * @augments logkeeper.coordination.Sync.$Properties
             * @deprecated Use logkeeper.coordination.Sync.$Properties instead.
             */

            /**
             * Shape of a Sync.
             * @typedef {logkeeper.coordination.Sync.$Properties} logkeeper.coordination.Sync.$Shape
             */

            /**
             * Constructs a new Sync.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Sync.
             * @constructor
             * @param {logkeeper.coordination.Sync.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sync = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sync path.
             * @member {string} path
             * @memberof logkeeper.coordination.Sync
             * @instance
             */
            Sync.prototype.path = "";

            /**
             * Encodes the specified Sync message. Does not implicitly {@link logkeeper.coordination.Sync.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Sync
             * @static
             * @param {logkeeper.coordination.Sync.$Properties} message Sync message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sync.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sync message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Sync
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Sync & logkeeper.coordination.Sync.$Shape} Sync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sync.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Sync();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Sync;
        })();

        coordination.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} logkeeper.coordination.Ping.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof logkeeper.coordination
             * @interface IPing
             * @augments logkeeper.coordination.Ping.$Properties
             * @deprecated Use logkeeper.coordination.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {logkeeper.coordination.Ping.$Properties} logkeeper.coordination.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Ping.
             * @constructor
             * @param {logkeeper.coordination.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link logkeeper.coordination.Ping.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Ping
             * @static
             * @param {logkeeper.coordination.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Ping & logkeeper.coordination.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Ping;
        })();

        coordination.Close = (function() {

            /**
             * Properties of a Close.
             * @typedef {Object} logkeeper.coordination.Close.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Close.
             * @memberof logkeeper.coordination
             * @interface IClose
             * @augments logkeeper.coordination.Close.$Properties
             * @deprecated Use logkeeper.coordination.Close.$Properties instead.
             */

            /**
             * Shape of a Close.
             * @typedef {logkeeper.coordination.Close.$Properties} logkeeper.coordination.Close.$Shape
             */

            /**
             * Constructs a new Close.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Close.
             * @constructor
             * @param {logkeeper.coordination.Close.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Close = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Close message. Does not implicitly {@link logkeeper.coordination.Close.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Close
             * @static
             * @param {logkeeper.coordination.Close.$Properties} message Close message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Close.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Close message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Close
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Close & logkeeper.coordination.Close.$Shape} Close
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Close.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Close();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Close;
        })();

        coordination.AddWatch = (function() {

            /**
             * Properties of an AddWatch.
             * @typedef {Object} logkeeper.coordination.AddWatch.$Properties
             * @property {string|null} [path] AddWatch path
             * @property {number|null} [mode] AddWatch mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AddWatch.
             * @memberof logkeeper.coordination
             * @interface IAddWatch
             * @augments logkeeper.coordination.AddWatch.$Properties
             * @deprecated Use logkeeper.coordination.AddWatch.$Properties instead.
             */

            /**
             * Shape of an AddWatch.
             * @typedef {logkeeper.coordination.AddWatch.$Properties} logkeeper.coordination.AddWatch.$Shape
             */

            /**
             * Constructs a new AddWatch.
             * @memberof logkeeper.coordination
             * @classdesc Represents an AddWatch.
             * @constructor
             * @param {logkeeper.coordination.AddWatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AddWatch = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AddWatch path.
             * @member {string} path
             * @memberof logkeeper.coordination.AddWatch
             * @instance
             */
            AddWatch.prototype.path = "";

            /**
             * AddWatch mode.
             * @member {number} mode
             * @memberof logkeeper.coordination.AddWatch
             * @instance
             */
            AddWatch.prototype.mode = 0;

            /**
             * Encodes the specified AddWatch message. Does not implicitly {@link logkeeper.coordination.AddWatch.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.AddWatch
             * @static
             * @param {logkeeper.coordination.AddWatch.$Properties} message AddWatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AddWatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AddWatch message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.AddWatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.AddWatch & logkeeper.coordination.AddWatch.$Shape} AddWatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AddWatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.AddWatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return AddWatch;
        })();

        coordination.RemoveWatches = (function() {

            /**
             * Properties of a RemoveWatches.
             * @typedef {Object} logkeeper.coordination.RemoveWatches.$Properties
             * @property {string|null} [path] RemoveWatches path
             * @property {number|null} [type] RemoveWatches type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveWatches.
             * @memberof logkeeper.coordination
             * @interface IRemoveWatches
             * @augments logkeeper.coordination.RemoveWatches.$Properties
             * @deprecated Use logkeeper.coordination.RemoveWatches.$Properties instead.
             */

            /**
             * Shape of a RemoveWatches.
             * @typedef {logkeeper.coordination.RemoveWatches.$Properties} logkeeper.coordination.RemoveWatches.$Shape
             */

            /**
             * Constructs a new RemoveWatches.
             * @memberof logkeeper.coordination
             * @classdesc Represents a RemoveWatches.
             * @constructor
             * @param {logkeeper.coordination.RemoveWatches.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveWatches = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveWatches path.
             * @member {string} path
             * @memberof logkeeper.coordination.RemoveWatches
             * @instance
             */
            RemoveWatches.prototype.path = "";

            /**
             * RemoveWatches type.
             * @member {number} type
             * @memberof logkeeper.coordination.RemoveWatches
             * @instance
             */
            RemoveWatches.prototype.type = 0;

            /**
             * Encodes the specified RemoveWatches message. Does not implicitly {@link logkeeper.coordination.RemoveWatches.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.RemoveWatches
             * @static
             * @param {logkeeper.coordination.RemoveWatches.$Properties} message RemoveWatches message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveWatches.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveWatches message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.RemoveWatches
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.RemoveWatches & logkeeper.coordination.RemoveWatches.$Shape} RemoveWatches
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveWatches.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.RemoveWatches();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RemoveWatches;
        })();

        coordination.OpResult = (function() {

            /**
             * Properties of an OpResult.
             * @typedef {Object} logkeeper.coordination.OpResult.$Properties
             * @property {logkeeper.coordination.Operation.Type|null} [type] OpResult type
             * @property {string|null} [path] OpResult path
             * @property {logkeeper.coordination.Stat.$Properties|null} [stat] OpResult stat
             * @property {string|null} [error] OpResult error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OpResult.
             * @memberof logkeeper.coordination
             * @interface IOpResult
             * @augments logkeeper.coordination.OpResult.$Properties
             * @deprecated Use logkeeper.coordination.OpResult.$Properties instead.
             */

            /**
             * Shape of an OpResult.
             * @typedef {logkeeper.coordination.OpResult.$Properties} logkeeper.coordination.OpResult.$Shape
             */

            /**
             * Constructs a new OpResult.
             * @memberof logkeeper.coordination
             * @classdesc Represents an OpResult.
             * @constructor
             * @param {logkeeper.coordination.OpResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OpResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OpResult type.
             * @member {logkeeper.coordination.Operation.Type} type
             * @memberof logkeeper.coordination.OpResult
             * @instance
             */
            OpResult.prototype.type = 0;

            /**
             * OpResult path.
             * @member {string} path
             * @memberof logkeeper.coordination.OpResult
             * @instance
             */
            OpResult.prototype.path = "";

            /**
             * OpResult stat.
             * @member {logkeeper.coordination.Stat.$Properties|null|undefined} stat
             * @memberof logkeeper.coordination.OpResult
             * @instance
             */
            OpResult.prototype.stat = null;

            /**
             * OpResult error.
             * @member {string} error
             * @memberof logkeeper.coordination.OpResult
             * @instance
             */
            OpResult.prototype.error = "";

            /**
             * Encodes the specified OpResult message. Does not implicitly {@link logkeeper.coordination.OpResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.OpResult
             * @static
             * @param {logkeeper.coordination.OpResult.$Properties} message OpResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OpResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.stat != null && $Object.hasOwnProperty.call(message, "stat"))
                    $root.logkeeper.coordination.Stat.encode(message.stat, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OpResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.OpResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.OpResult & logkeeper.coordination.OpResult.$Shape} OpResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OpResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.OpResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.stat = $root.logkeeper.coordination.Stat.decode(reader, reader.size(), $undefined, _depth + 1, message.stat);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return OpResult;
        })();

        coordination.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} logkeeper.coordination.Reply.$Properties
             * @property {number|null} [zxid] Reply zxid
             * @property {logkeeper.coordination.Stat.$Properties|null} [stat] Reply stat
             * @property {Uint8Array|null} [data] Reply data
             * @property {Array.<string>|null} [children] Reply children
             * @property {Array.<logkeeper.coordination.OpResult.$Properties>|null} [results] Reply results
             * @property {string|null} [path] Reply path
             * @property {number|null} [count] Reply count
             * @property {boolean|null} [readOnly] Reply readOnly
             * @property {boolean|null} [found] Reply found
             * @property {boolean|null} [failed] Reply failed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof logkeeper.coordination
             * @interface IReply
             * @augments logkeeper.coordination.Reply.$Properties
             * @deprecated Use logkeeper.coordination.Reply.$Properties instead.
             */

            /**
             * Shape of a Reply.
             * @typedef {logkeeper.coordination.Reply.$Properties} logkeeper.coordination.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof logkeeper.coordination
             * @classdesc Represents a Reply.
             * @constructor
             * @param {logkeeper.coordination.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (properties) {
                this.children = [];
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply zxid.
             * @member {number} zxid
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.zxid = 0;

            /**
             * Reply stat.
             * @member {logkeeper.coordination.Stat.$Properties|null|undefined} stat
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.stat = null;

            /**
             * Reply data.
             * @member {Uint8Array} data
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.data = $util.newBuffer([]);

            /**
             * Reply children.
             * @member {Array.<string>} children
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.children = $util.emptyArray;

            /**
             * Reply results.
             * @member {Array.<logkeeper.coordination.OpResult.$Properties>} results
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.results = $util.emptyArray;

            /**
             * Reply path.
             * @member {string} path
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.path = "";

            /**
             * Reply count.
             * @member {number} count
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.count = 0;

            /**
             * Reply readOnly.
             * @member {boolean} readOnly
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.readOnly = false;

            /**
             * Reply found.
             * @member {boolean} found
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.found = false;

            /**
             * Reply failed.
             * @member {boolean} failed
             * @memberof logkeeper.coordination.Reply
             * @instance
             */
            Reply.prototype.failed = false;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link logkeeper.coordination.Reply.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.coordination.Reply
             * @static
             * @param {logkeeper.coordination.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.zxid != null && $Object.hasOwnProperty.call(message, "zxid") && !$Object.is(message.zxid, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.zxid);
                if (message.stat != null && $Object.hasOwnProperty.call(message, "stat"))
                    $root.logkeeper.coordination.Stat.encode(message.stat, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.children != null && message.children.length)
                    for (let i = 0; i < message.children.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.children[i]);
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.logkeeper.coordination.OpResult.encode(message.results[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.path);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.count);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.readOnly);
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.found);
                if (message.failed != null && $Object.hasOwnProperty.call(message, "failed") && message.failed !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.failed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.coordination.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.coordination.Reply & logkeeper.coordination.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.coordination.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.zxid = value;
                            else
                                delete message.zxid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.stat = $root.logkeeper.coordination.Stat.decode(reader, reader.size(), $undefined, _depth + 1, message.stat);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.children && message.children.length))
                                message.children = [];
                            message.children.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.logkeeper.coordination.OpResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.failed = value;
                            else
                                delete message.failed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Reply;
        })();

        return coordination;
    })();

    return logkeeper;
})();

export {
  $root as default
};
