/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["wire"] || ($protobuf.roots["wire"] = {});

export const logkeeper = $root.logkeeper = (() => {

    /**
     * Namespace logkeeper.
     * @exports logkeeper
     * @namespace
     */
    const logkeeper = {};

    logkeeper.wire = (function() {

        /**
         * Namespace wire.
         * @memberof logkeeper
         * @namespace
         */
        const wire = {};

        wire.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} logkeeper.wire.Envelope.$Properties
             * @property {logkeeper.wire.Envelope.Kind|null} [kind] Envelope kind
             * @property {number|null} [id] Envelope id
             * @property {string|null} [method] Envelope method
             * @property {Uint8Array|null} [payload] Envelope payload
             * @property {logkeeper.wire.RemoteError.$Properties|null} [error] Envelope error
             * @property {number|null} [credit] Envelope credit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof logkeeper.wire
             * @interface IEnvelope
             * @augments logkeeper.wire.Envelope.$Properties
             * @deprecated Use logkeeper.wire.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {logkeeper.wire.Envelope.$Properties} logkeeper.wire.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof logkeeper.wire
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {logkeeper.wire.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope kind.
             * @member {logkeeper.wire.Envelope.Kind} kind
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.kind = 0;

            /**
             * Envelope id.
             * @member {number} id
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.id = 0;

            /**
             * Envelope method.
             * @member {string} method
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.method = "";

            /**
             * Envelope payload.
             * @member {Uint8Array} payload
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.payload = $util.newBuffer([]);

            /**
             * Envelope error.
             * @member {logkeeper.wire.RemoteError.$Properties|null|undefined} error
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope credit.
             * @member {number} credit
             * @memberof logkeeper.wire.Envelope
             * @instance
             */
            Envelope.prototype.credit = 0;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link logkeeper.wire.Envelope.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.wire.Envelope
             * @static
             * @param {logkeeper.wire.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.method);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.logkeeper.wire.RemoteError.encode(message.error, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.credit != null && $Object.hasOwnProperty.call(message, "credit") && message.credit !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.credit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.wire.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.wire.Envelope & logkeeper.wire.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.wire.Envelope();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.logkeeper.wire.RemoteError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.credit = value;
                            else
                                delete message.credit;
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
             * @name logkeeper.wire.Envelope.Kind
             * @enum {number}
             * @property {number} REQUEST=0 REQUEST value
             * @property {number} RESPONSE=1 RESPONSE value
             * @property {number} ERROR=2 ERROR value
             * @property {number} CANCEL=3 CANCEL value
             * @property {number} STREAM_OPEN=4 STREAM_OPEN value
             * @property {number} STREAM_DATA=5 STREAM_DATA value
             * @property {number} STREAM_END=6 STREAM_END value
             * @property {number} STREAM_CREDIT=7 STREAM_CREDIT value
             * @property {number} NOTICE=8 NOTICE value
             */
            Envelope.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REQUEST"] = 0;
                values[valuesById[1] = "RESPONSE"] = 1;
                values[valuesById[2] = "ERROR"] = 2;
                values[valuesById[3] = "CANCEL"] = 3;
                values[valuesById[4] = "STREAM_OPEN"] = 4;
                values[valuesById[5] = "STREAM_DATA"] = 5;
                values[valuesById[6] = "STREAM_END"] = 6;
                values[valuesById[7] = "STREAM_CREDIT"] = 7;
                values[valuesById[8] = "NOTICE"] = 8;
                return values;
            })();

            return Envelope;
        })();

        wire.RemoteError = (function() {

            /**
             * Properties of a RemoteError.
             * @typedef {Object} logkeeper.wire.RemoteError.$Properties
             * @property {string|null} [code] RemoteError code
             * @property {string|null} [message] RemoteError message
             * @property {boolean|null} [retriable] RemoteError retriable
             * @property {Object.<string,string>|null} [details] RemoteError details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoteError.
             * @memberof logkeeper.wire
             * @interface IRemoteError
             * @augments logkeeper.wire.RemoteError.$Properties
             * @deprecated Use logkeeper.wire.RemoteError.$Properties instead.
             */

            /**
             * Shape of a RemoteError.
             * @typedef {logkeeper.wire.RemoteError.$Properties} logkeeper.wire.RemoteError.$Shape
             */

            /**
             * Constructs a new RemoteError.
             * @memberof logkeeper.wire
             * @classdesc Represents a RemoteError.
             * @constructor
             * @param {logkeeper.wire.RemoteError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoteError = function (properties) {
                this.details = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoteError code.
             * @member {string} code
             * @memberof logkeeper.wire.RemoteError
             * @instance
             */
            RemoteError.prototype.code = "";

            /**
             * RemoteError message.
             * @member {string} message
             * @memberof logkeeper.wire.RemoteError
             * @instance
             */
            RemoteError.prototype.message = "";

            /**
             * RemoteError retriable.
             * @member {boolean} retriable
             * @memberof logkeeper.wire.RemoteError
             * @instance
             */
            RemoteError.prototype.retriable = false;

            /**
             * RemoteError details.
             * @member {Object.<string,string>} details
             * @memberof logkeeper.wire.RemoteError
             * @instance
             */
            RemoteError.prototype.details = $util.emptyObject;

            /**
             * Encodes the specified RemoteError message. Does not implicitly {@link logkeeper.wire.RemoteError.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.wire.RemoteError
             * @static
             * @param {logkeeper.wire.RemoteError.$Properties} message RemoteError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoteError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retriable != null && $Object.hasOwnProperty.call(message, "retriable") && message.retriable !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.retriable);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    for (let keys = $Object.keys(message.details), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.details[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoteError message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.wire.RemoteError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.wire.RemoteError & logkeeper.wire.RemoteError.$Shape} RemoteError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoteError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.logkeeper.wire.RemoteError();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retriable = value;
                            else
                                delete message.retriable;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value;
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

            return RemoteError;
        })();

        wire.PeerFrame = (function() {

            /**
             * Properties of a PeerFrame.
             * @typedef {Object} logkeeper.wire.PeerFrame.$Properties
             * @property {string|null} [from] PeerFrame from
             * @property {string|null} [address] PeerFrame address
             * @property {string|null} [cluster] PeerFrame cluster
             * @property {Uint8Array|null} [payload] PeerFrame payload
             * @property {Uint8Array|null} [fragment] PeerFrame fragment
             * @property {boolean|null} [more] PeerFrame more
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerFrame.
             * @memberof logkeeper.wire
             * @interface IPeerFrame
             * @augments logkeeper.wire.PeerFrame.$Properties
             * @deprecated Use logkeeper.wire.PeerFrame.$Properties instead.
             */

            /**
             * Shape of a PeerFrame.
             * @typedef {logkeeper.wire.PeerFrame.$Properties} logkeeper.wire.PeerFrame.$Shape
             */

            /**
             * Constructs a new PeerFrame.
             * @memberof logkeeper.wire
             * @classdesc Represents a PeerFrame.
             * @constructor
             * @param {logkeeper.wire.PeerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerFrame from.
             * @member {string} from
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.from = "";

            /**
             * PeerFrame address.
             * @member {string} address
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.address = "";

            /**
             * PeerFrame cluster.
             * @member {string} cluster
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.cluster = "";

            /**
             * PeerFrame payload.
             * @member {Uint8Array} payload
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.payload = $util.newBuffer([]);

            /**
             * PeerFrame fragment.
             * @member {Uint8Array} fragment
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.fragment = $util.newBuffer([]);

            /**
             * PeerFrame more.
             * @member {boolean} more
             * @memberof logkeeper.wire.PeerFrame
             * @instance
             */
            PeerFrame.prototype.more = false;

            /**
             * Encodes the specified PeerFrame message. Does not implicitly {@link logkeeper.wire.PeerFrame.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.wire.PeerFrame
             * @static
             * @param {logkeeper.wire.PeerFrame.$Properties} message PeerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.cluster);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.payload);
                if (message.fragment != null && $Object.hasOwnProperty.call(message, "fragment") && message.fragment.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.fragment);
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.more);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.wire.PeerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.wire.PeerFrame & logkeeper.wire.PeerFrame.$Shape} PeerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.wire.PeerFrame();
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
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.fragment = value;
                            else
                                delete message.fragment;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
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

            return PeerFrame;
        })();

        return wire;
    })();

    return logkeeper;
})();

export {
  $root as default
};
