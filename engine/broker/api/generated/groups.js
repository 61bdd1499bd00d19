/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["groups"] || ($protobuf.roots["groups"] = {});

export const logkeeper = $root.logkeeper = (() => {

    /**
     * Namespace logkeeper.
     * @exports logkeeper
     * @namespace
     */
    const logkeeper = {};

    logkeeper.groups = (function() {

        /**
         * Namespace groups.
         * @memberof logkeeper
         * @namespace
         */
        const groups = {};

        groups.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} logkeeper.groups.StringList.$Properties
             * @property {Array.<string>|null} [items] StringList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof logkeeper.groups
             * @interface IStringList
             * @augments logkeeper.groups.StringList.$Properties
             * @deprecated Use logkeeper.groups.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {logkeeper.groups.StringList.$Properties} logkeeper.groups.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof logkeeper.groups
             * @classdesc Represents a StringList.
             * @constructor
             * @param {logkeeper.groups.StringList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringList items.
             * @member {Array.<string>} items
             * @memberof logkeeper.groups.StringList
             * @instance
             */
            StringList.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link logkeeper.groups.StringList.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.StringList
             * @static
             * @param {logkeeper.groups.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.items[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.StringList & logkeeper.groups.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.StringList();
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
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push(reader.stringVerify());
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

            return StringList;
        })();

        groups.FindCoordinatorRequest = (function() {

            /**
             * Properties of a FindCoordinatorRequest.
             * @typedef {Object} logkeeper.groups.FindCoordinatorRequest.$Properties
             * @property {number|null} [keyType] FindCoordinatorRequest keyType
             * @property {Array.<string>|null} [keys] FindCoordinatorRequest keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FindCoordinatorRequest.
             * @memberof logkeeper.groups
             * @interface IFindCoordinatorRequest
             * @augments logkeeper.groups.FindCoordinatorRequest.$Properties
             * @deprecated Use logkeeper.groups.FindCoordinatorRequest.$Properties instead.
             */

            /**
             * Shape of a FindCoordinatorRequest.
             * @typedef {logkeeper.groups.FindCoordinatorRequest.$Properties} logkeeper.groups.FindCoordinatorRequest.$Shape
             */

            /**
             * Constructs a new FindCoordinatorRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a FindCoordinatorRequest.
             * @constructor
             * @param {logkeeper.groups.FindCoordinatorRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FindCoordinatorRequest = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FindCoordinatorRequest keyType.
             * @member {number} keyType
             * @memberof logkeeper.groups.FindCoordinatorRequest
             * @instance
             */
            FindCoordinatorRequest.prototype.keyType = 0;

            /**
             * FindCoordinatorRequest keys.
             * @member {Array.<string>} keys
             * @memberof logkeeper.groups.FindCoordinatorRequest
             * @instance
             */
            FindCoordinatorRequest.prototype.keys = $util.emptyArray;

            /**
             * Encodes the specified FindCoordinatorRequest message. Does not implicitly {@link logkeeper.groups.FindCoordinatorRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.FindCoordinatorRequest
             * @static
             * @param {logkeeper.groups.FindCoordinatorRequest.$Properties} message FindCoordinatorRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindCoordinatorRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keyType != null && $Object.hasOwnProperty.call(message, "keyType") && message.keyType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.keyType);
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.keys[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FindCoordinatorRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.FindCoordinatorRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.FindCoordinatorRequest & logkeeper.groups.FindCoordinatorRequest.$Shape} FindCoordinatorRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindCoordinatorRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.FindCoordinatorRequest();
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
                                message.keyType = value;
                            else
                                delete message.keyType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.stringVerify());
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

            return FindCoordinatorRequest;
        })();

        groups.Coordinator = (function() {

            /**
             * Properties of a Coordinator.
             * @typedef {Object} logkeeper.groups.Coordinator.$Properties
             * @property {string|null} [key] Coordinator key
             * @property {number|null} [nodeId] Coordinator nodeId
             * @property {number|null} [errorCode] Coordinator errorCode
             * @property {string|null} [errorMessage] Coordinator errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Coordinator.
             * @memberof logkeeper.groups
             * @interface ICoordinator
             * @augments logkeeper.groups.Coordinator.$Properties
             * @deprecated Use logkeeper.groups.Coordinator.$Properties instead.
             */

            /**
             * Shape of a Coordinator.
             * @typedef {logkeeper.groups.Coordinator.$Properties} logkeeper.groups.Coordinator.$Shape
             */

            /**
             * Constructs a new Coordinator.
             * @memberof logkeeper.groups
             * @classdesc Represents a Coordinator.
             * @constructor
             * @param {logkeeper.groups.Coordinator.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Coordinator = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Coordinator key.
             * @member {string} key
             * @memberof logkeeper.groups.Coordinator
             * @instance
             */
            Coordinator.prototype.key = "";

            /**
             * Coordinator nodeId.
             * @member {number} nodeId
             * @memberof logkeeper.groups.Coordinator
             * @instance
             */
            Coordinator.prototype.nodeId = 0;

            /**
             * Coordinator errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.Coordinator
             * @instance
             */
            Coordinator.prototype.errorCode = 0;

            /**
             * Coordinator errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.groups.Coordinator
             * @instance
             */
            Coordinator.prototype.errorMessage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Coordinator.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Coordinator message. Does not implicitly {@link logkeeper.groups.Coordinator.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.Coordinator
             * @static
             * @param {logkeeper.groups.Coordinator.$Properties} message Coordinator message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Coordinator.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.nodeId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Coordinator message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.Coordinator
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.Coordinator & logkeeper.groups.Coordinator.$Shape} Coordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Coordinator.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.Coordinator();
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
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.errorMessage = reader.stringVerify();
                            message._errorMessage = "errorMessage";
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

            return Coordinator;
        })();

        groups.FindCoordinatorResponse = (function() {

            /**
             * Properties of a FindCoordinatorResponse.
             * @typedef {Object} logkeeper.groups.FindCoordinatorResponse.$Properties
             * @property {Array.<logkeeper.groups.Coordinator.$Properties>|null} [coordinators] FindCoordinatorResponse coordinators
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FindCoordinatorResponse.
             * @memberof logkeeper.groups
             * @interface IFindCoordinatorResponse
             * @augments logkeeper.groups.FindCoordinatorResponse.$Properties
             * @deprecated Use logkeeper.groups.FindCoordinatorResponse.$Properties instead.
             */

            /**
             * Shape of a FindCoordinatorResponse.
             * @typedef {logkeeper.groups.FindCoordinatorResponse.$Properties} logkeeper.groups.FindCoordinatorResponse.$Shape
             */

            /**
             * Constructs a new FindCoordinatorResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a FindCoordinatorResponse.
             * @constructor
             * @param {logkeeper.groups.FindCoordinatorResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FindCoordinatorResponse = function (properties) {
                this.coordinators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FindCoordinatorResponse coordinators.
             * @member {Array.<logkeeper.groups.Coordinator.$Properties>} coordinators
             * @memberof logkeeper.groups.FindCoordinatorResponse
             * @instance
             */
            FindCoordinatorResponse.prototype.coordinators = $util.emptyArray;

            /**
             * Encodes the specified FindCoordinatorResponse message. Does not implicitly {@link logkeeper.groups.FindCoordinatorResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.FindCoordinatorResponse
             * @static
             * @param {logkeeper.groups.FindCoordinatorResponse.$Properties} message FindCoordinatorResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FindCoordinatorResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.coordinators != null && message.coordinators.length)
                    for (let i = 0; i < message.coordinators.length; ++i)
                        $root.logkeeper.groups.Coordinator.encode(message.coordinators[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FindCoordinatorResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.FindCoordinatorResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.FindCoordinatorResponse & logkeeper.groups.FindCoordinatorResponse.$Shape} FindCoordinatorResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FindCoordinatorResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.FindCoordinatorResponse();
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
                            if (!(message.coordinators && message.coordinators.length))
                                message.coordinators = [];
                            message.coordinators.push($root.logkeeper.groups.Coordinator.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FindCoordinatorResponse;
        })();

        groups.JoinGroupProtocol = (function() {

            /**
             * Properties of a JoinGroupProtocol.
             * @typedef {Object} logkeeper.groups.JoinGroupProtocol.$Properties
             * @property {string|null} [name] JoinGroupProtocol name
             * @property {Uint8Array|null} [metadata] JoinGroupProtocol metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinGroupProtocol.
             * @memberof logkeeper.groups
             * @interface IJoinGroupProtocol
             * @augments logkeeper.groups.JoinGroupProtocol.$Properties
             * @deprecated Use logkeeper.groups.JoinGroupProtocol.$Properties instead.
             */

            /**
             * Shape of a JoinGroupProtocol.
             * @typedef {logkeeper.groups.JoinGroupProtocol.$Properties} logkeeper.groups.JoinGroupProtocol.$Shape
             */

            /**
             * Constructs a new JoinGroupProtocol.
             * @memberof logkeeper.groups
             * @classdesc Represents a JoinGroupProtocol.
             * @constructor
             * @param {logkeeper.groups.JoinGroupProtocol.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinGroupProtocol = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinGroupProtocol name.
             * @member {string} name
             * @memberof logkeeper.groups.JoinGroupProtocol
             * @instance
             */
            JoinGroupProtocol.prototype.name = "";

            /**
             * JoinGroupProtocol metadata.
             * @member {Uint8Array} metadata
             * @memberof logkeeper.groups.JoinGroupProtocol
             * @instance
             */
            JoinGroupProtocol.prototype.metadata = $util.newBuffer([]);

            /**
             * Encodes the specified JoinGroupProtocol message. Does not implicitly {@link logkeeper.groups.JoinGroupProtocol.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.JoinGroupProtocol
             * @static
             * @param {logkeeper.groups.JoinGroupProtocol.$Properties} message JoinGroupProtocol message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinGroupProtocol.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.metadata);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinGroupProtocol message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.JoinGroupProtocol
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupProtocol & logkeeper.groups.JoinGroupProtocol.$Shape} JoinGroupProtocol
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinGroupProtocol.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.JoinGroupProtocol();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.metadata = value;
                            else
                                delete message.metadata;
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

            return JoinGroupProtocol;
        })();

        groups.JoinGroupRequest = (function() {

            /**
             * Properties of a JoinGroupRequest.
             * @typedef {Object} logkeeper.groups.JoinGroupRequest.$Properties
             * @property {string|null} [groupId] JoinGroupRequest groupId
             * @property {number|null} [sessionTimeoutMs] JoinGroupRequest sessionTimeoutMs
             * @property {number|null} [rebalanceTimeoutMs] JoinGroupRequest rebalanceTimeoutMs
             * @property {string|null} [memberId] JoinGroupRequest memberId
             * @property {string|null} [groupInstanceId] JoinGroupRequest groupInstanceId
             * @property {string|null} [protocolType] JoinGroupRequest protocolType
             * @property {Array.<logkeeper.groups.JoinGroupProtocol.$Properties>|null} [protocols] JoinGroupRequest protocols
             * @property {string|null} [reason] JoinGroupRequest reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinGroupRequest.
             * @memberof logkeeper.groups
             * @interface IJoinGroupRequest
             * @augments logkeeper.groups.JoinGroupRequest.$Properties
             * @deprecated Use logkeeper.groups.JoinGroupRequest.$Properties instead.
             */

            /**
             * Shape of a JoinGroupRequest.
             * @typedef {logkeeper.groups.JoinGroupRequest.$Properties} logkeeper.groups.JoinGroupRequest.$Shape
             */

            /**
             * Constructs a new JoinGroupRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a JoinGroupRequest.
             * @constructor
             * @param {logkeeper.groups.JoinGroupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinGroupRequest = function (properties) {
                this.protocols = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinGroupRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.groupId = "";

            /**
             * JoinGroupRequest sessionTimeoutMs.
             * @member {number} sessionTimeoutMs
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.sessionTimeoutMs = 0;

            /**
             * JoinGroupRequest rebalanceTimeoutMs.
             * @member {number} rebalanceTimeoutMs
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.rebalanceTimeoutMs = 0;

            /**
             * JoinGroupRequest memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.memberId = "";

            /**
             * JoinGroupRequest groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.groupInstanceId = null;

            /**
             * JoinGroupRequest protocolType.
             * @member {string} protocolType
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.protocolType = "";

            /**
             * JoinGroupRequest protocols.
             * @member {Array.<logkeeper.groups.JoinGroupProtocol.$Properties>} protocols
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.protocols = $util.emptyArray;

            /**
             * JoinGroupRequest reason.
             * @member {string|null|undefined} reason
             * @memberof logkeeper.groups.JoinGroupRequest
             * @instance
             */
            JoinGroupRequest.prototype.reason = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(JoinGroupRequest.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(JoinGroupRequest.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified JoinGroupRequest message. Does not implicitly {@link logkeeper.groups.JoinGroupRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.JoinGroupRequest
             * @static
             * @param {logkeeper.groups.JoinGroupRequest.$Properties} message JoinGroupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinGroupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.sessionTimeoutMs != null && $Object.hasOwnProperty.call(message, "sessionTimeoutMs") && message.sessionTimeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.sessionTimeoutMs);
                if (message.rebalanceTimeoutMs != null && $Object.hasOwnProperty.call(message, "rebalanceTimeoutMs") && message.rebalanceTimeoutMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.rebalanceTimeoutMs);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.groupInstanceId);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType") && message.protocolType !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.protocolType);
                if (message.protocols != null && message.protocols.length)
                    for (let i = 0; i < message.protocols.length; ++i)
                        $root.logkeeper.groups.JoinGroupProtocol.encode(message.protocols[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinGroupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.JoinGroupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupRequest & logkeeper.groups.JoinGroupRequest.$Shape} JoinGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinGroupRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.JoinGroupRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.sessionTimeoutMs = value;
                            else
                                delete message.sessionTimeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rebalanceTimeoutMs = value;
                            else
                                delete message.rebalanceTimeoutMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocolType = value;
                            else
                                delete message.protocolType;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.protocols && message.protocols.length))
                                message.protocols = [];
                            message.protocols.push($root.logkeeper.groups.JoinGroupProtocol.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
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

            return JoinGroupRequest;
        })();

        groups.JoinGroupMember = (function() {

            /**
             * Properties of a JoinGroupMember.
             * @typedef {Object} logkeeper.groups.JoinGroupMember.$Properties
             * @property {string|null} [memberId] JoinGroupMember memberId
             * @property {string|null} [groupInstanceId] JoinGroupMember groupInstanceId
             * @property {Uint8Array|null} [metadata] JoinGroupMember metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinGroupMember.
             * @memberof logkeeper.groups
             * @interface IJoinGroupMember
             * @augments logkeeper.groups.JoinGroupMember.$Properties
             * @deprecated Use logkeeper.groups.JoinGroupMember.$Properties instead.
             */

            /**
             * Shape of a JoinGroupMember.
             * @typedef {logkeeper.groups.JoinGroupMember.$Properties} logkeeper.groups.JoinGroupMember.$Shape
             */

            /**
             * Constructs a new JoinGroupMember.
             * @memberof logkeeper.groups
             * @classdesc Represents a JoinGroupMember.
             * @constructor
             * @param {logkeeper.groups.JoinGroupMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinGroupMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinGroupMember memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.JoinGroupMember
             * @instance
             */
            JoinGroupMember.prototype.memberId = "";

            /**
             * JoinGroupMember groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.JoinGroupMember
             * @instance
             */
            JoinGroupMember.prototype.groupInstanceId = null;

            /**
             * JoinGroupMember metadata.
             * @member {Uint8Array} metadata
             * @memberof logkeeper.groups.JoinGroupMember
             * @instance
             */
            JoinGroupMember.prototype.metadata = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(JoinGroupMember.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified JoinGroupMember message. Does not implicitly {@link logkeeper.groups.JoinGroupMember.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.JoinGroupMember
             * @static
             * @param {logkeeper.groups.JoinGroupMember.$Properties} message JoinGroupMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinGroupMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupInstanceId);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.metadata);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinGroupMember message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.JoinGroupMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupMember & logkeeper.groups.JoinGroupMember.$Shape} JoinGroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinGroupMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.JoinGroupMember();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.metadata = value;
                            else
                                delete message.metadata;
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

            return JoinGroupMember;
        })();

        groups.JoinGroupResponse = (function() {

            /**
             * Properties of a JoinGroupResponse.
             * @typedef {Object} logkeeper.groups.JoinGroupResponse.$Properties
             * @property {number|null} [errorCode] JoinGroupResponse errorCode
             * @property {number|null} [generationId] JoinGroupResponse generationId
             * @property {string|null} [protocolType] JoinGroupResponse protocolType
             * @property {string|null} [protocolName] JoinGroupResponse protocolName
             * @property {string|null} [leader] JoinGroupResponse leader
             * @property {boolean|null} [skipAssignment] JoinGroupResponse skipAssignment
             * @property {string|null} [memberId] JoinGroupResponse memberId
             * @property {Array.<logkeeper.groups.JoinGroupMember.$Properties>|null} [members] JoinGroupResponse members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinGroupResponse.
             * @memberof logkeeper.groups
             * @interface IJoinGroupResponse
             * @augments logkeeper.groups.JoinGroupResponse.$Properties
             * @deprecated Use logkeeper.groups.JoinGroupResponse.$Properties instead.
             */

            /**
             * Shape of a JoinGroupResponse.
             * @typedef {logkeeper.groups.JoinGroupResponse.$Properties} logkeeper.groups.JoinGroupResponse.$Shape
             */

            /**
             * Constructs a new JoinGroupResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a JoinGroupResponse.
             * @constructor
             * @param {logkeeper.groups.JoinGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinGroupResponse = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinGroupResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.errorCode = 0;

            /**
             * JoinGroupResponse generationId.
             * @member {number} generationId
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.generationId = 0;

            /**
             * JoinGroupResponse protocolType.
             * @member {string|null|undefined} protocolType
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.protocolType = null;

            /**
             * JoinGroupResponse protocolName.
             * @member {string|null|undefined} protocolName
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.protocolName = null;

            /**
             * JoinGroupResponse leader.
             * @member {string} leader
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.leader = "";

            /**
             * JoinGroupResponse skipAssignment.
             * @member {boolean} skipAssignment
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.skipAssignment = false;

            /**
             * JoinGroupResponse memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.memberId = "";

            /**
             * JoinGroupResponse members.
             * @member {Array.<logkeeper.groups.JoinGroupMember.$Properties>} members
             * @memberof logkeeper.groups.JoinGroupResponse
             * @instance
             */
            JoinGroupResponse.prototype.members = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(JoinGroupResponse.prototype, "_protocolType", {
                get: $util.oneOfGetter($oneOfFields = ["protocolType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(JoinGroupResponse.prototype, "_protocolName", {
                get: $util.oneOfGetter($oneOfFields = ["protocolName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified JoinGroupResponse message. Does not implicitly {@link logkeeper.groups.JoinGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.JoinGroupResponse
             * @static
             * @param {logkeeper.groups.JoinGroupResponse.$Properties} message JoinGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.generationId != null && $Object.hasOwnProperty.call(message, "generationId") && message.generationId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.generationId);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocolType);
                if (message.protocolName != null && $Object.hasOwnProperty.call(message, "protocolName"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.protocolName);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.leader);
                if (message.skipAssignment != null && $Object.hasOwnProperty.call(message, "skipAssignment") && message.skipAssignment !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.skipAssignment);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.memberId);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.logkeeper.groups.JoinGroupMember.encode(message.members[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JoinGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.JoinGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.JoinGroupResponse & logkeeper.groups.JoinGroupResponse.$Shape} JoinGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinGroupResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.JoinGroupResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.generationId = value;
                            else
                                delete message.generationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.protocolType = reader.stringVerify();
                            message._protocolType = "protocolType";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.protocolName = reader.stringVerify();
                            message._protocolName = "protocolName";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.skipAssignment = value;
                            else
                                delete message.skipAssignment;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.logkeeper.groups.JoinGroupMember.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return JoinGroupResponse;
        })();

        groups.SyncGroupAssignment = (function() {

            /**
             * Properties of a SyncGroupAssignment.
             * @typedef {Object} logkeeper.groups.SyncGroupAssignment.$Properties
             * @property {string|null} [memberId] SyncGroupAssignment memberId
             * @property {Uint8Array|null} [assignment] SyncGroupAssignment assignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncGroupAssignment.
             * @memberof logkeeper.groups
             * @interface ISyncGroupAssignment
             * @augments logkeeper.groups.SyncGroupAssignment.$Properties
             * @deprecated Use logkeeper.groups.SyncGroupAssignment.$Properties instead.
             */

            /**
             * Shape of a SyncGroupAssignment.
             * @typedef {logkeeper.groups.SyncGroupAssignment.$Properties} logkeeper.groups.SyncGroupAssignment.$Shape
             */

            /**
             * Constructs a new SyncGroupAssignment.
             * @memberof logkeeper.groups
             * @classdesc Represents a SyncGroupAssignment.
             * @constructor
             * @param {logkeeper.groups.SyncGroupAssignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncGroupAssignment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncGroupAssignment memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.SyncGroupAssignment
             * @instance
             */
            SyncGroupAssignment.prototype.memberId = "";

            /**
             * SyncGroupAssignment assignment.
             * @member {Uint8Array} assignment
             * @memberof logkeeper.groups.SyncGroupAssignment
             * @instance
             */
            SyncGroupAssignment.prototype.assignment = $util.newBuffer([]);

            /**
             * Encodes the specified SyncGroupAssignment message. Does not implicitly {@link logkeeper.groups.SyncGroupAssignment.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.SyncGroupAssignment
             * @static
             * @param {logkeeper.groups.SyncGroupAssignment.$Properties} message SyncGroupAssignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncGroupAssignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment") && message.assignment.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.assignment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncGroupAssignment message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.SyncGroupAssignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupAssignment & logkeeper.groups.SyncGroupAssignment.$Shape} SyncGroupAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncGroupAssignment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.SyncGroupAssignment();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.assignment = value;
                            else
                                delete message.assignment;
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

            return SyncGroupAssignment;
        })();

        groups.SyncGroupRequest = (function() {

            /**
             * Properties of a SyncGroupRequest.
             * @typedef {Object} logkeeper.groups.SyncGroupRequest.$Properties
             * @property {string|null} [groupId] SyncGroupRequest groupId
             * @property {number|null} [generationId] SyncGroupRequest generationId
             * @property {string|null} [memberId] SyncGroupRequest memberId
             * @property {string|null} [groupInstanceId] SyncGroupRequest groupInstanceId
             * @property {string|null} [protocolType] SyncGroupRequest protocolType
             * @property {string|null} [protocolName] SyncGroupRequest protocolName
             * @property {Array.<logkeeper.groups.SyncGroupAssignment.$Properties>|null} [assignments] SyncGroupRequest assignments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncGroupRequest.
             * @memberof logkeeper.groups
             * @interface ISyncGroupRequest
             * @augments logkeeper.groups.SyncGroupRequest.$Properties
             * @deprecated Use logkeeper.groups.SyncGroupRequest.$Properties instead.
             */

            /**
             * Shape of a SyncGroupRequest.
             * @typedef {logkeeper.groups.SyncGroupRequest.$Properties} logkeeper.groups.SyncGroupRequest.$Shape
             */

            /**
             * Constructs a new SyncGroupRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a SyncGroupRequest.
             * @constructor
             * @param {logkeeper.groups.SyncGroupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncGroupRequest = function (properties) {
                this.assignments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncGroupRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.groupId = "";

            /**
             * SyncGroupRequest generationId.
             * @member {number} generationId
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.generationId = 0;

            /**
             * SyncGroupRequest memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.memberId = "";

            /**
             * SyncGroupRequest groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.groupInstanceId = null;

            /**
             * SyncGroupRequest protocolType.
             * @member {string|null|undefined} protocolType
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.protocolType = null;

            /**
             * SyncGroupRequest protocolName.
             * @member {string|null|undefined} protocolName
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.protocolName = null;

            /**
             * SyncGroupRequest assignments.
             * @member {Array.<logkeeper.groups.SyncGroupAssignment.$Properties>} assignments
             * @memberof logkeeper.groups.SyncGroupRequest
             * @instance
             */
            SyncGroupRequest.prototype.assignments = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SyncGroupRequest.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SyncGroupRequest.prototype, "_protocolType", {
                get: $util.oneOfGetter($oneOfFields = ["protocolType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SyncGroupRequest.prototype, "_protocolName", {
                get: $util.oneOfGetter($oneOfFields = ["protocolName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SyncGroupRequest message. Does not implicitly {@link logkeeper.groups.SyncGroupRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.SyncGroupRequest
             * @static
             * @param {logkeeper.groups.SyncGroupRequest.$Properties} message SyncGroupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncGroupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.generationId != null && $Object.hasOwnProperty.call(message, "generationId") && message.generationId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.generationId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupInstanceId);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.protocolType);
                if (message.protocolName != null && $Object.hasOwnProperty.call(message, "protocolName"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.protocolName);
                if (message.assignments != null && message.assignments.length)
                    for (let i = 0; i < message.assignments.length; ++i)
                        $root.logkeeper.groups.SyncGroupAssignment.encode(message.assignments[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncGroupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.SyncGroupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupRequest & logkeeper.groups.SyncGroupRequest.$Shape} SyncGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncGroupRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.SyncGroupRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.generationId = value;
                            else
                                delete message.generationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.protocolType = reader.stringVerify();
                            message._protocolType = "protocolType";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.protocolName = reader.stringVerify();
                            message._protocolName = "protocolName";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.assignments && message.assignments.length))
                                message.assignments = [];
                            message.assignments.push($root.logkeeper.groups.SyncGroupAssignment.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return SyncGroupRequest;
        })();

        groups.SyncGroupResponse = (function() {

            /**
             * Properties of a SyncGroupResponse.
             * @typedef {Object} logkeeper.groups.SyncGroupResponse.$Properties
             * @property {number|null} [errorCode] SyncGroupResponse errorCode
             * @property {string|null} [protocolType] SyncGroupResponse protocolType
             * @property {string|null} [protocolName] SyncGroupResponse protocolName
             * @property {Uint8Array|null} [assignment] SyncGroupResponse assignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncGroupResponse.
             * @memberof logkeeper.groups
             * @interface ISyncGroupResponse
             * @augments logkeeper.groups.SyncGroupResponse.$Properties
             * @deprecated Use logkeeper.groups.SyncGroupResponse.$Properties instead.
             */

            /**
             * Shape of a SyncGroupResponse.
             * @typedef {logkeeper.groups.SyncGroupResponse.$Properties} logkeeper.groups.SyncGroupResponse.$Shape
             */

            /**
             * Constructs a new SyncGroupResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a SyncGroupResponse.
             * @constructor
             * @param {logkeeper.groups.SyncGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncGroupResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncGroupResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.SyncGroupResponse
             * @instance
             */
            SyncGroupResponse.prototype.errorCode = 0;

            /**
             * SyncGroupResponse protocolType.
             * @member {string|null|undefined} protocolType
             * @memberof logkeeper.groups.SyncGroupResponse
             * @instance
             */
            SyncGroupResponse.prototype.protocolType = null;

            /**
             * SyncGroupResponse protocolName.
             * @member {string|null|undefined} protocolName
             * @memberof logkeeper.groups.SyncGroupResponse
             * @instance
             */
            SyncGroupResponse.prototype.protocolName = null;

            /**
             * SyncGroupResponse assignment.
             * @member {Uint8Array} assignment
             * @memberof logkeeper.groups.SyncGroupResponse
             * @instance
             */
            SyncGroupResponse.prototype.assignment = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SyncGroupResponse.prototype, "_protocolType", {
                get: $util.oneOfGetter($oneOfFields = ["protocolType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SyncGroupResponse.prototype, "_protocolName", {
                get: $util.oneOfGetter($oneOfFields = ["protocolName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified SyncGroupResponse message. Does not implicitly {@link logkeeper.groups.SyncGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.SyncGroupResponse
             * @static
             * @param {logkeeper.groups.SyncGroupResponse.$Properties} message SyncGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.protocolType);
                if (message.protocolName != null && $Object.hasOwnProperty.call(message, "protocolName"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocolName);
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment") && message.assignment.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.assignment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.SyncGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.SyncGroupResponse & logkeeper.groups.SyncGroupResponse.$Shape} SyncGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncGroupResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.SyncGroupResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.protocolType = reader.stringVerify();
                            message._protocolType = "protocolType";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.protocolName = reader.stringVerify();
                            message._protocolName = "protocolName";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.assignment = value;
                            else
                                delete message.assignment;
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

            return SyncGroupResponse;
        })();

        groups.HeartbeatRequest = (function() {

            /**
             * Properties of a HeartbeatRequest.
             * @typedef {Object} logkeeper.groups.HeartbeatRequest.$Properties
             * @property {string|null} [groupId] HeartbeatRequest groupId
             * @property {number|null} [generationId] HeartbeatRequest generationId
             * @property {string|null} [memberId] HeartbeatRequest memberId
             * @property {string|null} [groupInstanceId] HeartbeatRequest groupInstanceId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatRequest.
             * @memberof logkeeper.groups
             * @interface IHeartbeatRequest
             * @augments logkeeper.groups.HeartbeatRequest.$Properties
             * @deprecated Use logkeeper.groups.HeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a HeartbeatRequest.
             * @typedef {logkeeper.groups.HeartbeatRequest.$Properties} logkeeper.groups.HeartbeatRequest.$Shape
             */

            /**
             * Constructs a new HeartbeatRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a HeartbeatRequest.
             * @constructor
             * @param {logkeeper.groups.HeartbeatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.groupId = "";

            /**
             * HeartbeatRequest generationId.
             * @member {number} generationId
             * @memberof logkeeper.groups.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.generationId = 0;

            /**
             * HeartbeatRequest memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.memberId = "";

            /**
             * HeartbeatRequest groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.HeartbeatRequest
             * @instance
             */
            HeartbeatRequest.prototype.groupInstanceId = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(HeartbeatRequest.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified HeartbeatRequest message. Does not implicitly {@link logkeeper.groups.HeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.HeartbeatRequest
             * @static
             * @param {logkeeper.groups.HeartbeatRequest.$Properties} message HeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.generationId != null && $Object.hasOwnProperty.call(message, "generationId") && message.generationId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.generationId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupInstanceId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.HeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.HeartbeatRequest & logkeeper.groups.HeartbeatRequest.$Shape} HeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.HeartbeatRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.generationId = value;
                            else
                                delete message.generationId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
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

            return HeartbeatRequest;
        })();

        groups.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @typedef {Object} logkeeper.groups.HeartbeatResponse.$Properties
             * @property {number|null} [errorCode] HeartbeatResponse errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatResponse.
             * @memberof logkeeper.groups
             * @interface IHeartbeatResponse
             * @augments logkeeper.groups.HeartbeatResponse.$Properties
             * @deprecated Use logkeeper.groups.HeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a HeartbeatResponse.
             * @typedef {logkeeper.groups.HeartbeatResponse.$Properties} logkeeper.groups.HeartbeatResponse.$Shape
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a HeartbeatResponse.
             * @constructor
             * @param {logkeeper.groups.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.errorCode = 0;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link logkeeper.groups.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.HeartbeatResponse
             * @static
             * @param {logkeeper.groups.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.HeartbeatResponse & logkeeper.groups.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.HeartbeatResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
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

            return HeartbeatResponse;
        })();

        groups.MemberIdentity = (function() {

            /**
             * Properties of a MemberIdentity.
             * @typedef {Object} logkeeper.groups.MemberIdentity.$Properties
             * @property {string|null} [memberId] MemberIdentity memberId
             * @property {string|null} [groupInstanceId] MemberIdentity groupInstanceId
             * @property {string|null} [reason] MemberIdentity reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberIdentity.
             * @memberof logkeeper.groups
             * @interface IMemberIdentity
             * @augments logkeeper.groups.MemberIdentity.$Properties
             * @deprecated Use logkeeper.groups.MemberIdentity.$Properties instead.
             */

            /**
             * Shape of a MemberIdentity.
             * @typedef {logkeeper.groups.MemberIdentity.$Properties} logkeeper.groups.MemberIdentity.$Shape
             */

            /**
             * Constructs a new MemberIdentity.
             * @memberof logkeeper.groups
             * @classdesc Represents a MemberIdentity.
             * @constructor
             * @param {logkeeper.groups.MemberIdentity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberIdentity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberIdentity memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.MemberIdentity
             * @instance
             */
            MemberIdentity.prototype.memberId = "";

            /**
             * MemberIdentity groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.MemberIdentity
             * @instance
             */
            MemberIdentity.prototype.groupInstanceId = null;

            /**
             * MemberIdentity reason.
             * @member {string|null|undefined} reason
             * @memberof logkeeper.groups.MemberIdentity
             * @instance
             */
            MemberIdentity.prototype.reason = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemberIdentity.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemberIdentity.prototype, "_reason", {
                get: $util.oneOfGetter($oneOfFields = ["reason"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MemberIdentity message. Does not implicitly {@link logkeeper.groups.MemberIdentity.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.MemberIdentity
             * @static
             * @param {logkeeper.groups.MemberIdentity.$Properties} message MemberIdentity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberIdentity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupInstanceId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberIdentity message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.MemberIdentity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.MemberIdentity & logkeeper.groups.MemberIdentity.$Shape} MemberIdentity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberIdentity.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.MemberIdentity();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.reason = reader.stringVerify();
                            message._reason = "reason";
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

            return MemberIdentity;
        })();

        groups.LeaveGroupRequest = (function() {

            /**
             * Properties of a LeaveGroupRequest.
             * @typedef {Object} logkeeper.groups.LeaveGroupRequest.$Properties
             * @property {string|null} [groupId] LeaveGroupRequest groupId
             * @property {Array.<logkeeper.groups.MemberIdentity.$Properties>|null} [members] LeaveGroupRequest members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaveGroupRequest.
             * @memberof logkeeper.groups
             * @interface ILeaveGroupRequest
             * @augments logkeeper.groups.LeaveGroupRequest.$Properties
             * @deprecated Use logkeeper.groups.LeaveGroupRequest.$Properties instead.
             */

            /**
             * Shape of a LeaveGroupRequest.
             * @typedef {logkeeper.groups.LeaveGroupRequest.$Properties} logkeeper.groups.LeaveGroupRequest.$Shape
             */

            /**
             * Constructs a new LeaveGroupRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a LeaveGroupRequest.
             * @constructor
             * @param {logkeeper.groups.LeaveGroupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaveGroupRequest = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaveGroupRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.LeaveGroupRequest
             * @instance
             */
            LeaveGroupRequest.prototype.groupId = "";

            /**
             * LeaveGroupRequest members.
             * @member {Array.<logkeeper.groups.MemberIdentity.$Properties>} members
             * @memberof logkeeper.groups.LeaveGroupRequest
             * @instance
             */
            LeaveGroupRequest.prototype.members = $util.emptyArray;

            /**
             * Encodes the specified LeaveGroupRequest message. Does not implicitly {@link logkeeper.groups.LeaveGroupRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.LeaveGroupRequest
             * @static
             * @param {logkeeper.groups.LeaveGroupRequest.$Properties} message LeaveGroupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveGroupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.logkeeper.groups.MemberIdentity.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaveGroupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.LeaveGroupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.LeaveGroupRequest & logkeeper.groups.LeaveGroupRequest.$Shape} LeaveGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveGroupRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.LeaveGroupRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.logkeeper.groups.MemberIdentity.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return LeaveGroupRequest;
        })();

        groups.MemberResponse = (function() {

            /**
             * Properties of a MemberResponse.
             * @typedef {Object} logkeeper.groups.MemberResponse.$Properties
             * @property {string|null} [memberId] MemberResponse memberId
             * @property {string|null} [groupInstanceId] MemberResponse groupInstanceId
             * @property {number|null} [errorCode] MemberResponse errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberResponse.
             * @memberof logkeeper.groups
             * @interface IMemberResponse
             * @augments logkeeper.groups.MemberResponse.$Properties
             * @deprecated Use logkeeper.groups.MemberResponse.$Properties instead.
             */

            /**
             * Shape of a MemberResponse.
             * @typedef {logkeeper.groups.MemberResponse.$Properties} logkeeper.groups.MemberResponse.$Shape
             */

            /**
             * Constructs a new MemberResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a MemberResponse.
             * @constructor
             * @param {logkeeper.groups.MemberResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberResponse memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.MemberResponse
             * @instance
             */
            MemberResponse.prototype.memberId = "";

            /**
             * MemberResponse groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.MemberResponse
             * @instance
             */
            MemberResponse.prototype.groupInstanceId = null;

            /**
             * MemberResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.MemberResponse
             * @instance
             */
            MemberResponse.prototype.errorCode = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MemberResponse.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified MemberResponse message. Does not implicitly {@link logkeeper.groups.MemberResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.MemberResponse
             * @static
             * @param {logkeeper.groups.MemberResponse.$Properties} message MemberResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupInstanceId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemberResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.MemberResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.MemberResponse & logkeeper.groups.MemberResponse.$Shape} MemberResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.MemberResponse();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
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

            return MemberResponse;
        })();

        groups.LeaveGroupResponse = (function() {

            /**
             * Properties of a LeaveGroupResponse.
             * @typedef {Object} logkeeper.groups.LeaveGroupResponse.$Properties
             * @property {number|null} [errorCode] LeaveGroupResponse errorCode
             * @property {Array.<logkeeper.groups.MemberResponse.$Properties>|null} [members] LeaveGroupResponse members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaveGroupResponse.
             * @memberof logkeeper.groups
             * @interface ILeaveGroupResponse
             * @augments logkeeper.groups.LeaveGroupResponse.$Properties
             * @deprecated Use logkeeper.groups.LeaveGroupResponse.$Properties instead.
             */

            /**
             * Shape of a LeaveGroupResponse.
             * @typedef {logkeeper.groups.LeaveGroupResponse.$Properties} logkeeper.groups.LeaveGroupResponse.$Shape
             */

            /**
             * Constructs a new LeaveGroupResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a LeaveGroupResponse.
             * @constructor
             * @param {logkeeper.groups.LeaveGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaveGroupResponse = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaveGroupResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.LeaveGroupResponse
             * @instance
             */
            LeaveGroupResponse.prototype.errorCode = 0;

            /**
             * LeaveGroupResponse members.
             * @member {Array.<logkeeper.groups.MemberResponse.$Properties>} members
             * @memberof logkeeper.groups.LeaveGroupResponse
             * @instance
             */
            LeaveGroupResponse.prototype.members = $util.emptyArray;

            /**
             * Encodes the specified LeaveGroupResponse message. Does not implicitly {@link logkeeper.groups.LeaveGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.LeaveGroupResponse
             * @static
             * @param {logkeeper.groups.LeaveGroupResponse.$Properties} message LeaveGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaveGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.logkeeper.groups.MemberResponse.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LeaveGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.LeaveGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.LeaveGroupResponse & logkeeper.groups.LeaveGroupResponse.$Shape} LeaveGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaveGroupResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.LeaveGroupResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.logkeeper.groups.MemberResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return LeaveGroupResponse;
        })();

        groups.OffsetCommitPartition = (function() {

            /**
             * Properties of an OffsetCommitPartition.
             * @typedef {Object} logkeeper.groups.OffsetCommitPartition.$Properties
             * @property {number|null} [partitionIndex] OffsetCommitPartition partitionIndex
             * @property {number|null} [committedOffset] OffsetCommitPartition committedOffset
             * @property {number|null} [committedLeaderEpoch] OffsetCommitPartition committedLeaderEpoch
             * @property {string|null} [committedMetadata] OffsetCommitPartition committedMetadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitPartition.
             * @memberof logkeeper.groups
             * @interface IOffsetCommitPartition
             * @augments logkeeper.groups.OffsetCommitPartition.$Properties
             * @deprecated Use logkeeper.groups.OffsetCommitPartition.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitPartition.
             * @typedef {logkeeper.groups.OffsetCommitPartition.$Properties} logkeeper.groups.OffsetCommitPartition.$Shape
             */

            /**
             * Constructs a new OffsetCommitPartition.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetCommitPartition.
             * @constructor
             * @param {logkeeper.groups.OffsetCommitPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitPartition partitionIndex.
             * @member {number} partitionIndex
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @instance
             */
            OffsetCommitPartition.prototype.partitionIndex = 0;

            /**
             * OffsetCommitPartition committedOffset.
             * @member {number} committedOffset
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @instance
             */
            OffsetCommitPartition.prototype.committedOffset = 0;

            /**
             * OffsetCommitPartition committedLeaderEpoch.
             * @member {number} committedLeaderEpoch
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @instance
             */
            OffsetCommitPartition.prototype.committedLeaderEpoch = 0;

            /**
             * OffsetCommitPartition committedMetadata.
             * @member {string|null|undefined} committedMetadata
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @instance
             */
            OffsetCommitPartition.prototype.committedMetadata = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OffsetCommitPartition.prototype, "_committedMetadata", {
                get: $util.oneOfGetter($oneOfFields = ["committedMetadata"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified OffsetCommitPartition message. Does not implicitly {@link logkeeper.groups.OffsetCommitPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @static
             * @param {logkeeper.groups.OffsetCommitPartition.$Properties} message OffsetCommitPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partitionIndex != null && $Object.hasOwnProperty.call(message, "partitionIndex") && message.partitionIndex !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partitionIndex);
                if (message.committedOffset != null && $Object.hasOwnProperty.call(message, "committedOffset") && !$Object.is(message.committedOffset, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.committedOffset);
                if (message.committedLeaderEpoch != null && $Object.hasOwnProperty.call(message, "committedLeaderEpoch") && message.committedLeaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.committedLeaderEpoch);
                if (message.committedMetadata != null && $Object.hasOwnProperty.call(message, "committedMetadata"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.committedMetadata);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetCommitPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitPartition & logkeeper.groups.OffsetCommitPartition.$Shape} OffsetCommitPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetCommitPartition();
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
                                message.partitionIndex = value;
                            else
                                delete message.partitionIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.committedOffset = value;
                            else
                                delete message.committedOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.committedLeaderEpoch = value;
                            else
                                delete message.committedLeaderEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.committedMetadata = reader.stringVerify();
                            message._committedMetadata = "committedMetadata";
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

            return OffsetCommitPartition;
        })();

        groups.OffsetCommitTopic = (function() {

            /**
             * Properties of an OffsetCommitTopic.
             * @typedef {Object} logkeeper.groups.OffsetCommitTopic.$Properties
             * @property {string|null} [name] OffsetCommitTopic name
             * @property {Array.<logkeeper.groups.OffsetCommitPartition.$Properties>|null} [partitions] OffsetCommitTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitTopic.
             * @memberof logkeeper.groups
             * @interface IOffsetCommitTopic
             * @augments logkeeper.groups.OffsetCommitTopic.$Properties
             * @deprecated Use logkeeper.groups.OffsetCommitTopic.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitTopic.
             * @typedef {logkeeper.groups.OffsetCommitTopic.$Properties} logkeeper.groups.OffsetCommitTopic.$Shape
             */

            /**
             * Constructs a new OffsetCommitTopic.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetCommitTopic.
             * @constructor
             * @param {logkeeper.groups.OffsetCommitTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitTopic name.
             * @member {string} name
             * @memberof logkeeper.groups.OffsetCommitTopic
             * @instance
             */
            OffsetCommitTopic.prototype.name = "";

            /**
             * OffsetCommitTopic partitions.
             * @member {Array.<logkeeper.groups.OffsetCommitPartition.$Properties>} partitions
             * @memberof logkeeper.groups.OffsetCommitTopic
             * @instance
             */
            OffsetCommitTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetCommitTopic message. Does not implicitly {@link logkeeper.groups.OffsetCommitTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetCommitTopic
             * @static
             * @param {logkeeper.groups.OffsetCommitTopic.$Properties} message OffsetCommitTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.logkeeper.groups.OffsetCommitPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetCommitTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitTopic & logkeeper.groups.OffsetCommitTopic.$Shape} OffsetCommitTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetCommitTopic();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.logkeeper.groups.OffsetCommitPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetCommitTopic;
        })();

        groups.OffsetCommitRequest = (function() {

            /**
             * Properties of an OffsetCommitRequest.
             * @typedef {Object} logkeeper.groups.OffsetCommitRequest.$Properties
             * @property {string|null} [groupId] OffsetCommitRequest groupId
             * @property {number|null} [generationIdOrMemberEpoch] OffsetCommitRequest generationIdOrMemberEpoch
             * @property {string|null} [memberId] OffsetCommitRequest memberId
             * @property {string|null} [groupInstanceId] OffsetCommitRequest groupInstanceId
             * @property {Array.<logkeeper.groups.OffsetCommitTopic.$Properties>|null} [topics] OffsetCommitRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitRequest.
             * @memberof logkeeper.groups
             * @interface IOffsetCommitRequest
             * @augments logkeeper.groups.OffsetCommitRequest.$Properties
             * @deprecated Use logkeeper.groups.OffsetCommitRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitRequest.
             * @typedef {logkeeper.groups.OffsetCommitRequest.$Properties} logkeeper.groups.OffsetCommitRequest.$Shape
             */

            /**
             * Constructs a new OffsetCommitRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetCommitRequest.
             * @constructor
             * @param {logkeeper.groups.OffsetCommitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.groupId = "";

            /**
             * OffsetCommitRequest generationIdOrMemberEpoch.
             * @member {number} generationIdOrMemberEpoch
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.generationIdOrMemberEpoch = 0;

            /**
             * OffsetCommitRequest memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.memberId = "";

            /**
             * OffsetCommitRequest groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.groupInstanceId = null;

            /**
             * OffsetCommitRequest topics.
             * @member {Array.<logkeeper.groups.OffsetCommitTopic.$Properties>} topics
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.topics = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OffsetCommitRequest.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified OffsetCommitRequest message. Does not implicitly {@link logkeeper.groups.OffsetCommitRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @static
             * @param {logkeeper.groups.OffsetCommitRequest.$Properties} message OffsetCommitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.generationIdOrMemberEpoch != null && $Object.hasOwnProperty.call(message, "generationIdOrMemberEpoch") && message.generationIdOrMemberEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.generationIdOrMemberEpoch);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupInstanceId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.groups.OffsetCommitTopic.encode(message.topics[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetCommitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitRequest & logkeeper.groups.OffsetCommitRequest.$Shape} OffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetCommitRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.generationIdOrMemberEpoch = value;
                            else
                                delete message.generationIdOrMemberEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.groups.OffsetCommitTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetCommitRequest;
        })();

        groups.PartitionResult = (function() {

            /**
             * Properties of a PartitionResult.
             * @typedef {Object} logkeeper.groups.PartitionResult.$Properties
             * @property {number|null} [partitionIndex] PartitionResult partitionIndex
             * @property {number|null} [errorCode] PartitionResult errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionResult.
             * @memberof logkeeper.groups
             * @interface IPartitionResult
             * @augments logkeeper.groups.PartitionResult.$Properties
             * @deprecated Use logkeeper.groups.PartitionResult.$Properties instead.
             */

            /**
             * Shape of a PartitionResult.
             * @typedef {logkeeper.groups.PartitionResult.$Properties} logkeeper.groups.PartitionResult.$Shape
             */

            /**
             * Constructs a new PartitionResult.
             * @memberof logkeeper.groups
             * @classdesc Represents a PartitionResult.
             * @constructor
             * @param {logkeeper.groups.PartitionResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionResult partitionIndex.
             * @member {number} partitionIndex
             * @memberof logkeeper.groups.PartitionResult
             * @instance
             */
            PartitionResult.prototype.partitionIndex = 0;

            /**
             * PartitionResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.PartitionResult
             * @instance
             */
            PartitionResult.prototype.errorCode = 0;

            /**
             * Encodes the specified PartitionResult message. Does not implicitly {@link logkeeper.groups.PartitionResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.PartitionResult
             * @static
             * @param {logkeeper.groups.PartitionResult.$Properties} message PartitionResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partitionIndex != null && $Object.hasOwnProperty.call(message, "partitionIndex") && message.partitionIndex !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partitionIndex);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.PartitionResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.PartitionResult & logkeeper.groups.PartitionResult.$Shape} PartitionResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.PartitionResult();
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
                                message.partitionIndex = value;
                            else
                                delete message.partitionIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
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

            return PartitionResult;
        })();

        groups.TopicResult = (function() {

            /**
             * Properties of a TopicResult.
             * @typedef {Object} logkeeper.groups.TopicResult.$Properties
             * @property {string|null} [name] TopicResult name
             * @property {Array.<logkeeper.groups.PartitionResult.$Properties>|null} [partitions] TopicResult partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicResult.
             * @memberof logkeeper.groups
             * @interface ITopicResult
             * @augments logkeeper.groups.TopicResult.$Properties
             * @deprecated Use logkeeper.groups.TopicResult.$Properties instead.
             */

            /**
             * Shape of a TopicResult.
             * @typedef {logkeeper.groups.TopicResult.$Properties} logkeeper.groups.TopicResult.$Shape
             */

            /**
             * Constructs a new TopicResult.
             * @memberof logkeeper.groups
             * @classdesc Represents a TopicResult.
             * @constructor
             * @param {logkeeper.groups.TopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicResult = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicResult name.
             * @member {string} name
             * @memberof logkeeper.groups.TopicResult
             * @instance
             */
            TopicResult.prototype.name = "";

            /**
             * TopicResult partitions.
             * @member {Array.<logkeeper.groups.PartitionResult.$Properties>} partitions
             * @memberof logkeeper.groups.TopicResult
             * @instance
             */
            TopicResult.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified TopicResult message. Does not implicitly {@link logkeeper.groups.TopicResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.TopicResult
             * @static
             * @param {logkeeper.groups.TopicResult.$Properties} message TopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.logkeeper.groups.PartitionResult.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.TopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicResult & logkeeper.groups.TopicResult.$Shape} TopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.TopicResult();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.logkeeper.groups.PartitionResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return TopicResult;
        })();

        groups.OffsetCommitResponse = (function() {

            /**
             * Properties of an OffsetCommitResponse.
             * @typedef {Object} logkeeper.groups.OffsetCommitResponse.$Properties
             * @property {Array.<logkeeper.groups.TopicResult.$Properties>|null} [topics] OffsetCommitResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitResponse.
             * @memberof logkeeper.groups
             * @interface IOffsetCommitResponse
             * @augments logkeeper.groups.OffsetCommitResponse.$Properties
             * @deprecated Use logkeeper.groups.OffsetCommitResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitResponse.
             * @typedef {logkeeper.groups.OffsetCommitResponse.$Properties} logkeeper.groups.OffsetCommitResponse.$Shape
             */

            /**
             * Constructs a new OffsetCommitResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetCommitResponse.
             * @constructor
             * @param {logkeeper.groups.OffsetCommitResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitResponse topics.
             * @member {Array.<logkeeper.groups.TopicResult.$Properties>} topics
             * @memberof logkeeper.groups.OffsetCommitResponse
             * @instance
             */
            OffsetCommitResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetCommitResponse message. Does not implicitly {@link logkeeper.groups.OffsetCommitResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetCommitResponse
             * @static
             * @param {logkeeper.groups.OffsetCommitResponse.$Properties} message OffsetCommitResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.groups.TopicResult.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetCommitResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetCommitResponse & logkeeper.groups.OffsetCommitResponse.$Shape} OffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetCommitResponse();
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
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.groups.TopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetCommitResponse;
        })();

        groups.OffsetFetchTopic = (function() {

            /**
             * Properties of an OffsetFetchTopic.
             * @typedef {Object} logkeeper.groups.OffsetFetchTopic.$Properties
             * @property {string|null} [name] OffsetFetchTopic name
             * @property {Array.<number>|null} [partitionIndexes] OffsetFetchTopic partitionIndexes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchTopic.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchTopic
             * @augments logkeeper.groups.OffsetFetchTopic.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchTopic.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchTopic.
             * @typedef {logkeeper.groups.OffsetFetchTopic.$Properties} logkeeper.groups.OffsetFetchTopic.$Shape
             */

            /**
             * Constructs a new OffsetFetchTopic.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchTopic.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchTopic = function (properties) {
                this.partitionIndexes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchTopic name.
             * @member {string} name
             * @memberof logkeeper.groups.OffsetFetchTopic
             * @instance
             */
            OffsetFetchTopic.prototype.name = "";

            /**
             * OffsetFetchTopic partitionIndexes.
             * @member {Array.<number>} partitionIndexes
             * @memberof logkeeper.groups.OffsetFetchTopic
             * @instance
             */
            OffsetFetchTopic.prototype.partitionIndexes = $util.emptyArray;

            /**
             * Encodes the specified OffsetFetchTopic message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchTopic
             * @static
             * @param {logkeeper.groups.OffsetFetchTopic.$Properties} message OffsetFetchTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitionIndexes != null && message.partitionIndexes.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sint32s(message.partitionIndexes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopic & logkeeper.groups.OffsetFetchTopic.$Shape} OffsetFetchTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchTopic();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.partitionIndexes && message.partitionIndexes.length))
                                    message.partitionIndexes = [];
                                reader.sint32s(message.partitionIndexes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partitionIndexes && message.partitionIndexes.length))
                                message.partitionIndexes = [];
                            message.partitionIndexes.push(reader.sint32());
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

            return OffsetFetchTopic;
        })();

        groups.OffsetFetchTopics = (function() {

            /**
             * Properties of an OffsetFetchTopics.
             * @typedef {Object} logkeeper.groups.OffsetFetchTopics.$Properties
             * @property {Array.<logkeeper.groups.OffsetFetchTopic.$Properties>|null} [items] OffsetFetchTopics items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchTopics.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchTopics
             * @augments logkeeper.groups.OffsetFetchTopics.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchTopics.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchTopics.
             * @typedef {logkeeper.groups.OffsetFetchTopics.$Properties} logkeeper.groups.OffsetFetchTopics.$Shape
             */

            /**
             * Constructs a new OffsetFetchTopics.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchTopics.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchTopics.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchTopics = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchTopics items.
             * @member {Array.<logkeeper.groups.OffsetFetchTopic.$Properties>} items
             * @memberof logkeeper.groups.OffsetFetchTopics
             * @instance
             */
            OffsetFetchTopics.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified OffsetFetchTopics message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopics.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchTopics
             * @static
             * @param {logkeeper.groups.OffsetFetchTopics.$Properties} message OffsetFetchTopics message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchTopics.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.logkeeper.groups.OffsetFetchTopic.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchTopics message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchTopics
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopics & logkeeper.groups.OffsetFetchTopics.$Shape} OffsetFetchTopics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchTopics.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchTopics();
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
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.logkeeper.groups.OffsetFetchTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetFetchTopics;
        })();

        groups.OffsetFetchGroup = (function() {

            /**
             * Properties of an OffsetFetchGroup.
             * @typedef {Object} logkeeper.groups.OffsetFetchGroup.$Properties
             * @property {string|null} [groupId] OffsetFetchGroup groupId
             * @property {string|null} [memberId] OffsetFetchGroup memberId
             * @property {number|null} [memberEpoch] OffsetFetchGroup memberEpoch
             * @property {logkeeper.groups.OffsetFetchTopics.$Properties|null} [topics] OffsetFetchGroup topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchGroup.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchGroup
             * @augments logkeeper.groups.OffsetFetchGroup.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchGroup.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchGroup.
             * @typedef {logkeeper.groups.OffsetFetchGroup.$Properties} logkeeper.groups.OffsetFetchGroup.$Shape
             */

            /**
             * Constructs a new OffsetFetchGroup.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchGroup.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchGroup = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchGroup groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @instance
             */
            OffsetFetchGroup.prototype.groupId = "";

            /**
             * OffsetFetchGroup memberId.
             * @member {string|null|undefined} memberId
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @instance
             */
            OffsetFetchGroup.prototype.memberId = null;

            /**
             * OffsetFetchGroup memberEpoch.
             * @member {number} memberEpoch
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @instance
             */
            OffsetFetchGroup.prototype.memberEpoch = 0;

            /**
             * OffsetFetchGroup topics.
             * @member {logkeeper.groups.OffsetFetchTopics.$Properties|null|undefined} topics
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @instance
             */
            OffsetFetchGroup.prototype.topics = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OffsetFetchGroup.prototype, "_memberId", {
                get: $util.oneOfGetter($oneOfFields = ["memberId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified OffsetFetchGroup message. Does not implicitly {@link logkeeper.groups.OffsetFetchGroup.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @static
             * @param {logkeeper.groups.OffsetFetchGroup.$Properties} message OffsetFetchGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.memberEpoch);
                if (message.topics != null && $Object.hasOwnProperty.call(message, "topics"))
                    $root.logkeeper.groups.OffsetFetchTopics.encode(message.topics, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchGroup message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchGroup & logkeeper.groups.OffsetFetchGroup.$Shape} OffsetFetchGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchGroup.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchGroup();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.memberId = reader.stringVerify();
                            message._memberId = "memberId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.topics = $root.logkeeper.groups.OffsetFetchTopics.decode(reader, reader.size(), $undefined, _depth + 1, message.topics);
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

            return OffsetFetchGroup;
        })();

        groups.OffsetFetchRequest = (function() {

            /**
             * Properties of an OffsetFetchRequest.
             * @typedef {Object} logkeeper.groups.OffsetFetchRequest.$Properties
             * @property {Array.<logkeeper.groups.OffsetFetchGroup.$Properties>|null} [groups] OffsetFetchRequest groups
             * @property {boolean|null} [requireStable] OffsetFetchRequest requireStable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchRequest.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchRequest
             * @augments logkeeper.groups.OffsetFetchRequest.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchRequest.
             * @typedef {logkeeper.groups.OffsetFetchRequest.$Properties} logkeeper.groups.OffsetFetchRequest.$Shape
             */

            /**
             * Constructs a new OffsetFetchRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchRequest.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchRequest = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchRequest groups.
             * @member {Array.<logkeeper.groups.OffsetFetchGroup.$Properties>} groups
             * @memberof logkeeper.groups.OffsetFetchRequest
             * @instance
             */
            OffsetFetchRequest.prototype.groups = $util.emptyArray;

            /**
             * OffsetFetchRequest requireStable.
             * @member {boolean} requireStable
             * @memberof logkeeper.groups.OffsetFetchRequest
             * @instance
             */
            OffsetFetchRequest.prototype.requireStable = false;

            /**
             * Encodes the specified OffsetFetchRequest message. Does not implicitly {@link logkeeper.groups.OffsetFetchRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchRequest
             * @static
             * @param {logkeeper.groups.OffsetFetchRequest.$Properties} message OffsetFetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.logkeeper.groups.OffsetFetchGroup.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requireStable != null && $Object.hasOwnProperty.call(message, "requireStable") && message.requireStable !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.requireStable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchRequest & logkeeper.groups.OffsetFetchRequest.$Shape} OffsetFetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchRequest();
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
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.logkeeper.groups.OffsetFetchGroup.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.requireStable = value;
                            else
                                delete message.requireStable;
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

            return OffsetFetchRequest;
        })();

        groups.OffsetFetchPartition = (function() {

            /**
             * Properties of an OffsetFetchPartition.
             * @typedef {Object} logkeeper.groups.OffsetFetchPartition.$Properties
             * @property {number|null} [partitionIndex] OffsetFetchPartition partitionIndex
             * @property {number|null} [committedOffset] OffsetFetchPartition committedOffset
             * @property {number|null} [committedLeaderEpoch] OffsetFetchPartition committedLeaderEpoch
             * @property {string|null} [metadata] OffsetFetchPartition metadata
             * @property {number|null} [errorCode] OffsetFetchPartition errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchPartition.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchPartition
             * @augments logkeeper.groups.OffsetFetchPartition.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchPartition.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchPartition.
             * @typedef {logkeeper.groups.OffsetFetchPartition.$Properties} logkeeper.groups.OffsetFetchPartition.$Shape
             */

            /**
             * Constructs a new OffsetFetchPartition.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchPartition.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchPartition partitionIndex.
             * @member {number} partitionIndex
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @instance
             */
            OffsetFetchPartition.prototype.partitionIndex = 0;

            /**
             * OffsetFetchPartition committedOffset.
             * @member {number} committedOffset
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @instance
             */
            OffsetFetchPartition.prototype.committedOffset = 0;

            /**
             * OffsetFetchPartition committedLeaderEpoch.
             * @member {number} committedLeaderEpoch
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @instance
             */
            OffsetFetchPartition.prototype.committedLeaderEpoch = 0;

            /**
             * OffsetFetchPartition metadata.
             * @member {string|null|undefined} metadata
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @instance
             */
            OffsetFetchPartition.prototype.metadata = null;

            /**
             * OffsetFetchPartition errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @instance
             */
            OffsetFetchPartition.prototype.errorCode = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OffsetFetchPartition.prototype, "_metadata", {
                get: $util.oneOfGetter($oneOfFields = ["metadata"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified OffsetFetchPartition message. Does not implicitly {@link logkeeper.groups.OffsetFetchPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @static
             * @param {logkeeper.groups.OffsetFetchPartition.$Properties} message OffsetFetchPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partitionIndex != null && $Object.hasOwnProperty.call(message, "partitionIndex") && message.partitionIndex !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partitionIndex);
                if (message.committedOffset != null && $Object.hasOwnProperty.call(message, "committedOffset") && !$Object.is(message.committedOffset, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.committedOffset);
                if (message.committedLeaderEpoch != null && $Object.hasOwnProperty.call(message, "committedLeaderEpoch") && message.committedLeaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.committedLeaderEpoch);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.metadata);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchPartition & logkeeper.groups.OffsetFetchPartition.$Shape} OffsetFetchPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchPartition();
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
                                message.partitionIndex = value;
                            else
                                delete message.partitionIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.committedOffset = value;
                            else
                                delete message.committedOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.committedLeaderEpoch = value;
                            else
                                delete message.committedLeaderEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.metadata = reader.stringVerify();
                            message._metadata = "metadata";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
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

            return OffsetFetchPartition;
        })();

        groups.OffsetFetchTopicResponse = (function() {

            /**
             * Properties of an OffsetFetchTopicResponse.
             * @typedef {Object} logkeeper.groups.OffsetFetchTopicResponse.$Properties
             * @property {string|null} [name] OffsetFetchTopicResponse name
             * @property {Array.<logkeeper.groups.OffsetFetchPartition.$Properties>|null} [partitions] OffsetFetchTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchTopicResponse.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchTopicResponse
             * @augments logkeeper.groups.OffsetFetchTopicResponse.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchTopicResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchTopicResponse.
             * @typedef {logkeeper.groups.OffsetFetchTopicResponse.$Properties} logkeeper.groups.OffsetFetchTopicResponse.$Shape
             */

            /**
             * Constructs a new OffsetFetchTopicResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchTopicResponse.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.groups.OffsetFetchTopicResponse
             * @instance
             */
            OffsetFetchTopicResponse.prototype.name = "";

            /**
             * OffsetFetchTopicResponse partitions.
             * @member {Array.<logkeeper.groups.OffsetFetchPartition.$Properties>} partitions
             * @memberof logkeeper.groups.OffsetFetchTopicResponse
             * @instance
             */
            OffsetFetchTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetFetchTopicResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchTopicResponse
             * @static
             * @param {logkeeper.groups.OffsetFetchTopicResponse.$Properties} message OffsetFetchTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.logkeeper.groups.OffsetFetchPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchTopicResponse & logkeeper.groups.OffsetFetchTopicResponse.$Shape} OffsetFetchTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchTopicResponse();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.logkeeper.groups.OffsetFetchPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetFetchTopicResponse;
        })();

        groups.OffsetFetchGroupResponse = (function() {

            /**
             * Properties of an OffsetFetchGroupResponse.
             * @typedef {Object} logkeeper.groups.OffsetFetchGroupResponse.$Properties
             * @property {string|null} [groupId] OffsetFetchGroupResponse groupId
             * @property {number|null} [errorCode] OffsetFetchGroupResponse errorCode
             * @property {Array.<logkeeper.groups.OffsetFetchTopicResponse.$Properties>|null} [topics] OffsetFetchGroupResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchGroupResponse.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchGroupResponse
             * @augments logkeeper.groups.OffsetFetchGroupResponse.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchGroupResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchGroupResponse.
             * @typedef {logkeeper.groups.OffsetFetchGroupResponse.$Properties} logkeeper.groups.OffsetFetchGroupResponse.$Shape
             */

            /**
             * Constructs a new OffsetFetchGroupResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchGroupResponse.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchGroupResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchGroupResponse groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.OffsetFetchGroupResponse
             * @instance
             */
            OffsetFetchGroupResponse.prototype.groupId = "";

            /**
             * OffsetFetchGroupResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.OffsetFetchGroupResponse
             * @instance
             */
            OffsetFetchGroupResponse.prototype.errorCode = 0;

            /**
             * OffsetFetchGroupResponse topics.
             * @member {Array.<logkeeper.groups.OffsetFetchTopicResponse.$Properties>} topics
             * @memberof logkeeper.groups.OffsetFetchGroupResponse
             * @instance
             */
            OffsetFetchGroupResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetFetchGroupResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchGroupResponse
             * @static
             * @param {logkeeper.groups.OffsetFetchGroupResponse.$Properties} message OffsetFetchGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.groups.OffsetFetchTopicResponse.encode(message.topics[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchGroupResponse & logkeeper.groups.OffsetFetchGroupResponse.$Shape} OffsetFetchGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchGroupResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchGroupResponse();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.groups.OffsetFetchTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetFetchGroupResponse;
        })();

        groups.OffsetFetchResponse = (function() {

            /**
             * Properties of an OffsetFetchResponse.
             * @typedef {Object} logkeeper.groups.OffsetFetchResponse.$Properties
             * @property {Array.<logkeeper.groups.OffsetFetchGroupResponse.$Properties>|null} [groups] OffsetFetchResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchResponse.
             * @memberof logkeeper.groups
             * @interface IOffsetFetchResponse
             * @augments logkeeper.groups.OffsetFetchResponse.$Properties
             * @deprecated Use logkeeper.groups.OffsetFetchResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchResponse.
             * @typedef {logkeeper.groups.OffsetFetchResponse.$Properties} logkeeper.groups.OffsetFetchResponse.$Shape
             */

            /**
             * Constructs a new OffsetFetchResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetFetchResponse.
             * @constructor
             * @param {logkeeper.groups.OffsetFetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchResponse = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchResponse groups.
             * @member {Array.<logkeeper.groups.OffsetFetchGroupResponse.$Properties>} groups
             * @memberof logkeeper.groups.OffsetFetchResponse
             * @instance
             */
            OffsetFetchResponse.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified OffsetFetchResponse message. Does not implicitly {@link logkeeper.groups.OffsetFetchResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetFetchResponse
             * @static
             * @param {logkeeper.groups.OffsetFetchResponse.$Properties} message OffsetFetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.logkeeper.groups.OffsetFetchGroupResponse.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetFetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetFetchResponse & logkeeper.groups.OffsetFetchResponse.$Shape} OffsetFetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetFetchResponse();
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
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.logkeeper.groups.OffsetFetchGroupResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetFetchResponse;
        })();

        groups.OffsetDeleteTopic = (function() {

            /**
             * Properties of an OffsetDeleteTopic.
             * @typedef {Object} logkeeper.groups.OffsetDeleteTopic.$Properties
             * @property {string|null} [name] OffsetDeleteTopic name
             * @property {Array.<number>|null} [partitions] OffsetDeleteTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetDeleteTopic.
             * @memberof logkeeper.groups
             * @interface IOffsetDeleteTopic
             * @augments logkeeper.groups.OffsetDeleteTopic.$Properties
             * @deprecated Use logkeeper.groups.OffsetDeleteTopic.$Properties instead.
             */

            /**
             * Shape of an OffsetDeleteTopic.
             * @typedef {logkeeper.groups.OffsetDeleteTopic.$Properties} logkeeper.groups.OffsetDeleteTopic.$Shape
             */

            /**
             * Constructs a new OffsetDeleteTopic.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetDeleteTopic.
             * @constructor
             * @param {logkeeper.groups.OffsetDeleteTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetDeleteTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetDeleteTopic name.
             * @member {string} name
             * @memberof logkeeper.groups.OffsetDeleteTopic
             * @instance
             */
            OffsetDeleteTopic.prototype.name = "";

            /**
             * OffsetDeleteTopic partitions.
             * @member {Array.<number>} partitions
             * @memberof logkeeper.groups.OffsetDeleteTopic
             * @instance
             */
            OffsetDeleteTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetDeleteTopic message. Does not implicitly {@link logkeeper.groups.OffsetDeleteTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetDeleteTopic
             * @static
             * @param {logkeeper.groups.OffsetDeleteTopic.$Properties} message OffsetDeleteTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetDeleteTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitions != null && message.partitions.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sint32s(message.partitions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetDeleteTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetDeleteTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteTopic & logkeeper.groups.OffsetDeleteTopic.$Shape} OffsetDeleteTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetDeleteTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetDeleteTopic();
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
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.partitions && message.partitions.length))
                                    message.partitions = [];
                                reader.sint32s(message.partitions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push(reader.sint32());
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

            return OffsetDeleteTopic;
        })();

        groups.OffsetDeleteRequest = (function() {

            /**
             * Properties of an OffsetDeleteRequest.
             * @typedef {Object} logkeeper.groups.OffsetDeleteRequest.$Properties
             * @property {string|null} [groupId] OffsetDeleteRequest groupId
             * @property {Array.<logkeeper.groups.OffsetDeleteTopic.$Properties>|null} [topics] OffsetDeleteRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetDeleteRequest.
             * @memberof logkeeper.groups
             * @interface IOffsetDeleteRequest
             * @augments logkeeper.groups.OffsetDeleteRequest.$Properties
             * @deprecated Use logkeeper.groups.OffsetDeleteRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetDeleteRequest.
             * @typedef {logkeeper.groups.OffsetDeleteRequest.$Properties} logkeeper.groups.OffsetDeleteRequest.$Shape
             */

            /**
             * Constructs a new OffsetDeleteRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetDeleteRequest.
             * @constructor
             * @param {logkeeper.groups.OffsetDeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetDeleteRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetDeleteRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.OffsetDeleteRequest
             * @instance
             */
            OffsetDeleteRequest.prototype.groupId = "";

            /**
             * OffsetDeleteRequest topics.
             * @member {Array.<logkeeper.groups.OffsetDeleteTopic.$Properties>} topics
             * @memberof logkeeper.groups.OffsetDeleteRequest
             * @instance
             */
            OffsetDeleteRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetDeleteRequest message. Does not implicitly {@link logkeeper.groups.OffsetDeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetDeleteRequest
             * @static
             * @param {logkeeper.groups.OffsetDeleteRequest.$Properties} message OffsetDeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetDeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.groups.OffsetDeleteTopic.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetDeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetDeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteRequest & logkeeper.groups.OffsetDeleteRequest.$Shape} OffsetDeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetDeleteRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetDeleteRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.groups.OffsetDeleteTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetDeleteRequest;
        })();

        groups.OffsetDeleteResponse = (function() {

            /**
             * Properties of an OffsetDeleteResponse.
             * @typedef {Object} logkeeper.groups.OffsetDeleteResponse.$Properties
             * @property {number|null} [errorCode] OffsetDeleteResponse errorCode
             * @property {Array.<logkeeper.groups.TopicResult.$Properties>|null} [topics] OffsetDeleteResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetDeleteResponse.
             * @memberof logkeeper.groups
             * @interface IOffsetDeleteResponse
             * @augments logkeeper.groups.OffsetDeleteResponse.$Properties
             * @deprecated Use logkeeper.groups.OffsetDeleteResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetDeleteResponse.
             * @typedef {logkeeper.groups.OffsetDeleteResponse.$Properties} logkeeper.groups.OffsetDeleteResponse.$Shape
             */

            /**
             * Constructs a new OffsetDeleteResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents an OffsetDeleteResponse.
             * @constructor
             * @param {logkeeper.groups.OffsetDeleteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetDeleteResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetDeleteResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.OffsetDeleteResponse
             * @instance
             */
            OffsetDeleteResponse.prototype.errorCode = 0;

            /**
             * OffsetDeleteResponse topics.
             * @member {Array.<logkeeper.groups.TopicResult.$Properties>} topics
             * @memberof logkeeper.groups.OffsetDeleteResponse
             * @instance
             */
            OffsetDeleteResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetDeleteResponse message. Does not implicitly {@link logkeeper.groups.OffsetDeleteResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.OffsetDeleteResponse
             * @static
             * @param {logkeeper.groups.OffsetDeleteResponse.$Properties} message OffsetDeleteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetDeleteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.groups.TopicResult.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetDeleteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.OffsetDeleteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.OffsetDeleteResponse & logkeeper.groups.OffsetDeleteResponse.$Shape} OffsetDeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetDeleteResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.OffsetDeleteResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.groups.TopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetDeleteResponse;
        })();

        groups.DescribeGroupsRequest = (function() {

            /**
             * Properties of a DescribeGroupsRequest.
             * @typedef {Object} logkeeper.groups.DescribeGroupsRequest.$Properties
             * @property {Array.<string>|null} [groups] DescribeGroupsRequest groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeGroupsRequest.
             * @memberof logkeeper.groups
             * @interface IDescribeGroupsRequest
             * @augments logkeeper.groups.DescribeGroupsRequest.$Properties
             * @deprecated Use logkeeper.groups.DescribeGroupsRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeGroupsRequest.
             * @typedef {logkeeper.groups.DescribeGroupsRequest.$Properties} logkeeper.groups.DescribeGroupsRequest.$Shape
             */

            /**
             * Constructs a new DescribeGroupsRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a DescribeGroupsRequest.
             * @constructor
             * @param {logkeeper.groups.DescribeGroupsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeGroupsRequest = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeGroupsRequest groups.
             * @member {Array.<string>} groups
             * @memberof logkeeper.groups.DescribeGroupsRequest
             * @instance
             */
            DescribeGroupsRequest.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified DescribeGroupsRequest message. Does not implicitly {@link logkeeper.groups.DescribeGroupsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DescribeGroupsRequest
             * @static
             * @param {logkeeper.groups.DescribeGroupsRequest.$Properties} message DescribeGroupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeGroupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groups[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeGroupsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DescribeGroupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribeGroupsRequest & logkeeper.groups.DescribeGroupsRequest.$Shape} DescribeGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeGroupsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DescribeGroupsRequest();
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
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.stringVerify());
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

            return DescribeGroupsRequest;
        })();

        groups.DescribedGroupMember = (function() {

            /**
             * Properties of a DescribedGroupMember.
             * @typedef {Object} logkeeper.groups.DescribedGroupMember.$Properties
             * @property {string|null} [memberId] DescribedGroupMember memberId
             * @property {string|null} [groupInstanceId] DescribedGroupMember groupInstanceId
             * @property {string|null} [clientId] DescribedGroupMember clientId
             * @property {string|null} [clientHost] DescribedGroupMember clientHost
             * @property {Uint8Array|null} [memberMetadata] DescribedGroupMember memberMetadata
             * @property {Uint8Array|null} [memberAssignment] DescribedGroupMember memberAssignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribedGroupMember.
             * @memberof logkeeper.groups
             * @interface IDescribedGroupMember
             * @augments logkeeper.groups.DescribedGroupMember.$Properties
             * @deprecated Use logkeeper.groups.DescribedGroupMember.$Properties instead.
             */

            /**
             * Shape of a DescribedGroupMember.
             * @typedef {logkeeper.groups.DescribedGroupMember.$Properties} logkeeper.groups.DescribedGroupMember.$Shape
             */

            /**
             * Constructs a new DescribedGroupMember.
             * @memberof logkeeper.groups
             * @classdesc Represents a DescribedGroupMember.
             * @constructor
             * @param {logkeeper.groups.DescribedGroupMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribedGroupMember = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribedGroupMember memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.memberId = "";

            /**
             * DescribedGroupMember groupInstanceId.
             * @member {string|null|undefined} groupInstanceId
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.groupInstanceId = null;

            /**
             * DescribedGroupMember clientId.
             * @member {string} clientId
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.clientId = "";

            /**
             * DescribedGroupMember clientHost.
             * @member {string} clientHost
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.clientHost = "";

            /**
             * DescribedGroupMember memberMetadata.
             * @member {Uint8Array} memberMetadata
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.memberMetadata = $util.newBuffer([]);

            /**
             * DescribedGroupMember memberAssignment.
             * @member {Uint8Array} memberAssignment
             * @memberof logkeeper.groups.DescribedGroupMember
             * @instance
             */
            DescribedGroupMember.prototype.memberAssignment = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribedGroupMember.prototype, "_groupInstanceId", {
                get: $util.oneOfGetter($oneOfFields = ["groupInstanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribedGroupMember message. Does not implicitly {@link logkeeper.groups.DescribedGroupMember.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DescribedGroupMember
             * @static
             * @param {logkeeper.groups.DescribedGroupMember.$Properties} message DescribedGroupMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribedGroupMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupInstanceId);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientId);
                if (message.clientHost != null && $Object.hasOwnProperty.call(message, "clientHost") && message.clientHost !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientHost);
                if (message.memberMetadata != null && $Object.hasOwnProperty.call(message, "memberMetadata") && message.memberMetadata.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.memberMetadata);
                if (message.memberAssignment != null && $Object.hasOwnProperty.call(message, "memberAssignment") && message.memberAssignment.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.memberAssignment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribedGroupMember message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DescribedGroupMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedGroupMember & logkeeper.groups.DescribedGroupMember.$Shape} DescribedGroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribedGroupMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DescribedGroupMember();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.groupInstanceId = reader.stringVerify();
                            message._groupInstanceId = "groupInstanceId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientHost = value;
                            else
                                delete message.clientHost;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.memberMetadata = value;
                            else
                                delete message.memberMetadata;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.memberAssignment = value;
                            else
                                delete message.memberAssignment;
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

            return DescribedGroupMember;
        })();

        groups.DescribedGroup = (function() {

            /**
             * Properties of a DescribedGroup.
             * @typedef {Object} logkeeper.groups.DescribedGroup.$Properties
             * @property {number|null} [errorCode] DescribedGroup errorCode
             * @property {string|null} [groupId] DescribedGroup groupId
             * @property {string|null} [groupState] DescribedGroup groupState
             * @property {string|null} [protocolType] DescribedGroup protocolType
             * @property {string|null} [protocolData] DescribedGroup protocolData
             * @property {Array.<logkeeper.groups.DescribedGroupMember.$Properties>|null} [members] DescribedGroup members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribedGroup.
             * @memberof logkeeper.groups
             * @interface IDescribedGroup
             * @augments logkeeper.groups.DescribedGroup.$Properties
             * @deprecated Use logkeeper.groups.DescribedGroup.$Properties instead.
             */

            /**
             * Shape of a DescribedGroup.
             * @typedef {logkeeper.groups.DescribedGroup.$Properties} logkeeper.groups.DescribedGroup.$Shape
             */

            /**
             * Constructs a new DescribedGroup.
             * @memberof logkeeper.groups
             * @classdesc Represents a DescribedGroup.
             * @constructor
             * @param {logkeeper.groups.DescribedGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribedGroup = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribedGroup errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.errorCode = 0;

            /**
             * DescribedGroup groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.groupId = "";

            /**
             * DescribedGroup groupState.
             * @member {string} groupState
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.groupState = "";

            /**
             * DescribedGroup protocolType.
             * @member {string} protocolType
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.protocolType = "";

            /**
             * DescribedGroup protocolData.
             * @member {string} protocolData
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.protocolData = "";

            /**
             * DescribedGroup members.
             * @member {Array.<logkeeper.groups.DescribedGroupMember.$Properties>} members
             * @memberof logkeeper.groups.DescribedGroup
             * @instance
             */
            DescribedGroup.prototype.members = $util.emptyArray;

            /**
             * Encodes the specified DescribedGroup message. Does not implicitly {@link logkeeper.groups.DescribedGroup.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DescribedGroup
             * @static
             * @param {logkeeper.groups.DescribedGroup.$Properties} message DescribedGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribedGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupId);
                if (message.groupState != null && $Object.hasOwnProperty.call(message, "groupState") && message.groupState !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.groupState);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType") && message.protocolType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.protocolType);
                if (message.protocolData != null && $Object.hasOwnProperty.call(message, "protocolData") && message.protocolData !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.protocolData);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.logkeeper.groups.DescribedGroupMember.encode(message.members[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribedGroup message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DescribedGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedGroup & logkeeper.groups.DescribedGroup.$Shape} DescribedGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribedGroup.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DescribedGroup();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupState = value;
                            else
                                delete message.groupState;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocolType = value;
                            else
                                delete message.protocolType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocolData = value;
                            else
                                delete message.protocolData;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.logkeeper.groups.DescribedGroupMember.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribedGroup;
        })();

        groups.DescribeGroupsResponse = (function() {

            /**
             * Properties of a DescribeGroupsResponse.
             * @typedef {Object} logkeeper.groups.DescribeGroupsResponse.$Properties
             * @property {Array.<logkeeper.groups.DescribedGroup.$Properties>|null} [groups] DescribeGroupsResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeGroupsResponse.
             * @memberof logkeeper.groups
             * @interface IDescribeGroupsResponse
             * @augments logkeeper.groups.DescribeGroupsResponse.$Properties
             * @deprecated Use logkeeper.groups.DescribeGroupsResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeGroupsResponse.
             * @typedef {logkeeper.groups.DescribeGroupsResponse.$Properties} logkeeper.groups.DescribeGroupsResponse.$Shape
             */

            /**
             * Constructs a new DescribeGroupsResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a DescribeGroupsResponse.
             * @constructor
             * @param {logkeeper.groups.DescribeGroupsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeGroupsResponse = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeGroupsResponse groups.
             * @member {Array.<logkeeper.groups.DescribedGroup.$Properties>} groups
             * @memberof logkeeper.groups.DescribeGroupsResponse
             * @instance
             */
            DescribeGroupsResponse.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified DescribeGroupsResponse message. Does not implicitly {@link logkeeper.groups.DescribeGroupsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DescribeGroupsResponse
             * @static
             * @param {logkeeper.groups.DescribeGroupsResponse.$Properties} message DescribeGroupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeGroupsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.logkeeper.groups.DescribedGroup.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeGroupsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DescribeGroupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribeGroupsResponse & logkeeper.groups.DescribeGroupsResponse.$Shape} DescribeGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeGroupsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DescribeGroupsResponse();
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
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.logkeeper.groups.DescribedGroup.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeGroupsResponse;
        })();

        groups.ListGroupsRequest = (function() {

            /**
             * Properties of a ListGroupsRequest.
             * @typedef {Object} logkeeper.groups.ListGroupsRequest.$Properties
             * @property {Array.<string>|null} [statesFilter] ListGroupsRequest statesFilter
             * @property {Array.<string>|null} [typesFilter] ListGroupsRequest typesFilter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListGroupsRequest.
             * @memberof logkeeper.groups
             * @interface IListGroupsRequest
             * @augments logkeeper.groups.ListGroupsRequest.$Properties
             * @deprecated Use logkeeper.groups.ListGroupsRequest.$Properties instead.
             */

            /**
             * Shape of a ListGroupsRequest.
             * @typedef {logkeeper.groups.ListGroupsRequest.$Properties} logkeeper.groups.ListGroupsRequest.$Shape
             */

            /**
             * Constructs a new ListGroupsRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a ListGroupsRequest.
             * @constructor
             * @param {logkeeper.groups.ListGroupsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListGroupsRequest = function (properties) {
                this.statesFilter = [];
                this.typesFilter = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListGroupsRequest statesFilter.
             * @member {Array.<string>} statesFilter
             * @memberof logkeeper.groups.ListGroupsRequest
             * @instance
             */
            ListGroupsRequest.prototype.statesFilter = $util.emptyArray;

            /**
             * ListGroupsRequest typesFilter.
             * @member {Array.<string>} typesFilter
             * @memberof logkeeper.groups.ListGroupsRequest
             * @instance
             */
            ListGroupsRequest.prototype.typesFilter = $util.emptyArray;

            /**
             * Encodes the specified ListGroupsRequest message. Does not implicitly {@link logkeeper.groups.ListGroupsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ListGroupsRequest
             * @static
             * @param {logkeeper.groups.ListGroupsRequest.$Properties} message ListGroupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListGroupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.statesFilter != null && message.statesFilter.length)
                    for (let i = 0; i < message.statesFilter.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.statesFilter[i]);
                if (message.typesFilter != null && message.typesFilter.length)
                    for (let i = 0; i < message.typesFilter.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.typesFilter[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListGroupsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ListGroupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListGroupsRequest & logkeeper.groups.ListGroupsRequest.$Shape} ListGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListGroupsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ListGroupsRequest();
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
                            if (!(message.statesFilter && message.statesFilter.length))
                                message.statesFilter = [];
                            message.statesFilter.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.typesFilter && message.typesFilter.length))
                                message.typesFilter = [];
                            message.typesFilter.push(reader.stringVerify());
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

            return ListGroupsRequest;
        })();

        groups.ListedGroup = (function() {

            /**
             * Properties of a ListedGroup.
             * @typedef {Object} logkeeper.groups.ListedGroup.$Properties
             * @property {string|null} [groupId] ListedGroup groupId
             * @property {string|null} [protocolType] ListedGroup protocolType
             * @property {string|null} [groupState] ListedGroup groupState
             * @property {string|null} [groupType] ListedGroup groupType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListedGroup.
             * @memberof logkeeper.groups
             * @interface IListedGroup
             * @augments logkeeper.groups.ListedGroup.$Properties
             * @deprecated Use logkeeper.groups.ListedGroup.$Properties instead.
             */

            /**
             * Shape of a ListedGroup.
             * @typedef {logkeeper.groups.ListedGroup.$Properties} logkeeper.groups.ListedGroup.$Shape
             */

            /**
             * Constructs a new ListedGroup.
             * @memberof logkeeper.groups
             * @classdesc Represents a ListedGroup.
             * @constructor
             * @param {logkeeper.groups.ListedGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListedGroup = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListedGroup groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.ListedGroup
             * @instance
             */
            ListedGroup.prototype.groupId = "";

            /**
             * ListedGroup protocolType.
             * @member {string} protocolType
             * @memberof logkeeper.groups.ListedGroup
             * @instance
             */
            ListedGroup.prototype.protocolType = "";

            /**
             * ListedGroup groupState.
             * @member {string} groupState
             * @memberof logkeeper.groups.ListedGroup
             * @instance
             */
            ListedGroup.prototype.groupState = "";

            /**
             * ListedGroup groupType.
             * @member {string} groupType
             * @memberof logkeeper.groups.ListedGroup
             * @instance
             */
            ListedGroup.prototype.groupType = "";

            /**
             * Encodes the specified ListedGroup message. Does not implicitly {@link logkeeper.groups.ListedGroup.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ListedGroup
             * @static
             * @param {logkeeper.groups.ListedGroup.$Properties} message ListedGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListedGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.protocolType != null && $Object.hasOwnProperty.call(message, "protocolType") && message.protocolType !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.protocolType);
                if (message.groupState != null && $Object.hasOwnProperty.call(message, "groupState") && message.groupState !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.groupState);
                if (message.groupType != null && $Object.hasOwnProperty.call(message, "groupType") && message.groupType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListedGroup message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ListedGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListedGroup & logkeeper.groups.ListedGroup.$Shape} ListedGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListedGroup.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ListedGroup();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocolType = value;
                            else
                                delete message.protocolType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupState = value;
                            else
                                delete message.groupState;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupType = value;
                            else
                                delete message.groupType;
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

            return ListedGroup;
        })();

        groups.ListGroupsResponse = (function() {

            /**
             * Properties of a ListGroupsResponse.
             * @typedef {Object} logkeeper.groups.ListGroupsResponse.$Properties
             * @property {number|null} [errorCode] ListGroupsResponse errorCode
             * @property {Array.<logkeeper.groups.ListedGroup.$Properties>|null} [groups] ListGroupsResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListGroupsResponse.
             * @memberof logkeeper.groups
             * @interface IListGroupsResponse
             * @augments logkeeper.groups.ListGroupsResponse.$Properties
             * @deprecated Use logkeeper.groups.ListGroupsResponse.$Properties instead.
             */

            /**
             * Shape of a ListGroupsResponse.
             * @typedef {logkeeper.groups.ListGroupsResponse.$Properties} logkeeper.groups.ListGroupsResponse.$Shape
             */

            /**
             * Constructs a new ListGroupsResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a ListGroupsResponse.
             * @constructor
             * @param {logkeeper.groups.ListGroupsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListGroupsResponse = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListGroupsResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.ListGroupsResponse
             * @instance
             */
            ListGroupsResponse.prototype.errorCode = 0;

            /**
             * ListGroupsResponse groups.
             * @member {Array.<logkeeper.groups.ListedGroup.$Properties>} groups
             * @memberof logkeeper.groups.ListGroupsResponse
             * @instance
             */
            ListGroupsResponse.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified ListGroupsResponse message. Does not implicitly {@link logkeeper.groups.ListGroupsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ListGroupsResponse
             * @static
             * @param {logkeeper.groups.ListGroupsResponse.$Properties} message ListGroupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListGroupsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.logkeeper.groups.ListedGroup.encode(message.groups[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListGroupsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ListGroupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ListGroupsResponse & logkeeper.groups.ListGroupsResponse.$Shape} ListGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListGroupsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ListGroupsResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.logkeeper.groups.ListedGroup.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListGroupsResponse;
        })();

        groups.DeleteGroupsRequest = (function() {

            /**
             * Properties of a DeleteGroupsRequest.
             * @typedef {Object} logkeeper.groups.DeleteGroupsRequest.$Properties
             * @property {Array.<string>|null} [groupsNames] DeleteGroupsRequest groupsNames
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteGroupsRequest.
             * @memberof logkeeper.groups
             * @interface IDeleteGroupsRequest
             * @augments logkeeper.groups.DeleteGroupsRequest.$Properties
             * @deprecated Use logkeeper.groups.DeleteGroupsRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteGroupsRequest.
             * @typedef {logkeeper.groups.DeleteGroupsRequest.$Properties} logkeeper.groups.DeleteGroupsRequest.$Shape
             */

            /**
             * Constructs a new DeleteGroupsRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a DeleteGroupsRequest.
             * @constructor
             * @param {logkeeper.groups.DeleteGroupsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteGroupsRequest = function (properties) {
                this.groupsNames = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteGroupsRequest groupsNames.
             * @member {Array.<string>} groupsNames
             * @memberof logkeeper.groups.DeleteGroupsRequest
             * @instance
             */
            DeleteGroupsRequest.prototype.groupsNames = $util.emptyArray;

            /**
             * Encodes the specified DeleteGroupsRequest message. Does not implicitly {@link logkeeper.groups.DeleteGroupsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DeleteGroupsRequest
             * @static
             * @param {logkeeper.groups.DeleteGroupsRequest.$Properties} message DeleteGroupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteGroupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupsNames != null && message.groupsNames.length)
                    for (let i = 0; i < message.groupsNames.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupsNames[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteGroupsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DeleteGroupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeleteGroupsRequest & logkeeper.groups.DeleteGroupsRequest.$Shape} DeleteGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteGroupsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DeleteGroupsRequest();
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
                            if (!(message.groupsNames && message.groupsNames.length))
                                message.groupsNames = [];
                            message.groupsNames.push(reader.stringVerify());
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

            return DeleteGroupsRequest;
        })();

        groups.DeletableGroupResult = (function() {

            /**
             * Properties of a DeletableGroupResult.
             * @typedef {Object} logkeeper.groups.DeletableGroupResult.$Properties
             * @property {string|null} [groupId] DeletableGroupResult groupId
             * @property {number|null} [errorCode] DeletableGroupResult errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeletableGroupResult.
             * @memberof logkeeper.groups
             * @interface IDeletableGroupResult
             * @augments logkeeper.groups.DeletableGroupResult.$Properties
             * @deprecated Use logkeeper.groups.DeletableGroupResult.$Properties instead.
             */

            /**
             * Shape of a DeletableGroupResult.
             * @typedef {logkeeper.groups.DeletableGroupResult.$Properties} logkeeper.groups.DeletableGroupResult.$Shape
             */

            /**
             * Constructs a new DeletableGroupResult.
             * @memberof logkeeper.groups
             * @classdesc Represents a DeletableGroupResult.
             * @constructor
             * @param {logkeeper.groups.DeletableGroupResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeletableGroupResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeletableGroupResult groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.DeletableGroupResult
             * @instance
             */
            DeletableGroupResult.prototype.groupId = "";

            /**
             * DeletableGroupResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.DeletableGroupResult
             * @instance
             */
            DeletableGroupResult.prototype.errorCode = 0;

            /**
             * Encodes the specified DeletableGroupResult message. Does not implicitly {@link logkeeper.groups.DeletableGroupResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DeletableGroupResult
             * @static
             * @param {logkeeper.groups.DeletableGroupResult.$Properties} message DeletableGroupResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeletableGroupResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeletableGroupResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DeletableGroupResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeletableGroupResult & logkeeper.groups.DeletableGroupResult.$Shape} DeletableGroupResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeletableGroupResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DeletableGroupResult();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.errorCode = value;
                            else
                                delete message.errorCode;
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

            return DeletableGroupResult;
        })();

        groups.DeleteGroupsResponse = (function() {

            /**
             * Properties of a DeleteGroupsResponse.
             * @typedef {Object} logkeeper.groups.DeleteGroupsResponse.$Properties
             * @property {Array.<logkeeper.groups.DeletableGroupResult.$Properties>|null} [results] DeleteGroupsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteGroupsResponse.
             * @memberof logkeeper.groups
             * @interface IDeleteGroupsResponse
             * @augments logkeeper.groups.DeleteGroupsResponse.$Properties
             * @deprecated Use logkeeper.groups.DeleteGroupsResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteGroupsResponse.
             * @typedef {logkeeper.groups.DeleteGroupsResponse.$Properties} logkeeper.groups.DeleteGroupsResponse.$Shape
             */

            /**
             * Constructs a new DeleteGroupsResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a DeleteGroupsResponse.
             * @constructor
             * @param {logkeeper.groups.DeleteGroupsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteGroupsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteGroupsResponse results.
             * @member {Array.<logkeeper.groups.DeletableGroupResult.$Properties>} results
             * @memberof logkeeper.groups.DeleteGroupsResponse
             * @instance
             */
            DeleteGroupsResponse.prototype.results = $util.emptyArray;

            /**
             * Encodes the specified DeleteGroupsResponse message. Does not implicitly {@link logkeeper.groups.DeleteGroupsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DeleteGroupsResponse
             * @static
             * @param {logkeeper.groups.DeleteGroupsResponse.$Properties} message DeleteGroupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteGroupsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.logkeeper.groups.DeletableGroupResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteGroupsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DeleteGroupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DeleteGroupsResponse & logkeeper.groups.DeleteGroupsResponse.$Shape} DeleteGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteGroupsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DeleteGroupsResponse();
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
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.logkeeper.groups.DeletableGroupResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteGroupsResponse;
        })();

        groups.TopicPartitions = (function() {

            /**
             * Properties of a TopicPartitions.
             * @typedef {Object} logkeeper.groups.TopicPartitions.$Properties
             * @property {string|null} [topicId] TopicPartitions topicId
             * @property {Array.<number>|null} [partitions] TopicPartitions partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicPartitions.
             * @memberof logkeeper.groups
             * @interface ITopicPartitions
             * @augments logkeeper.groups.TopicPartitions.$Properties
             * @deprecated Use logkeeper.groups.TopicPartitions.$Properties instead.
             */

            /**
             * Shape of a TopicPartitions.
             * @typedef {logkeeper.groups.TopicPartitions.$Properties} logkeeper.groups.TopicPartitions.$Shape
             */

            /**
             * Constructs a new TopicPartitions.
             * @memberof logkeeper.groups
             * @classdesc Represents a TopicPartitions.
             * @constructor
             * @param {logkeeper.groups.TopicPartitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicPartitions = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicPartitions topicId.
             * @member {string} topicId
             * @memberof logkeeper.groups.TopicPartitions
             * @instance
             */
            TopicPartitions.prototype.topicId = "";

            /**
             * TopicPartitions partitions.
             * @member {Array.<number>} partitions
             * @memberof logkeeper.groups.TopicPartitions
             * @instance
             */
            TopicPartitions.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified TopicPartitions message. Does not implicitly {@link logkeeper.groups.TopicPartitions.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.TopicPartitions
             * @static
             * @param {logkeeper.groups.TopicPartitions.$Properties} message TopicPartitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicPartitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicId);
                if (message.partitions != null && message.partitions.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sint32s(message.partitions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicPartitions message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.TopicPartitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicPartitions & logkeeper.groups.TopicPartitions.$Shape} TopicPartitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicPartitions.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.TopicPartitions();
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
                                message.topicId = value;
                            else
                                delete message.topicId;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.partitions && message.partitions.length))
                                    message.partitions = [];
                                reader.sint32s(message.partitions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push(reader.sint32());
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

            return TopicPartitions;
        })();

        groups.TopicPartitionsList = (function() {

            /**
             * Properties of a TopicPartitionsList.
             * @typedef {Object} logkeeper.groups.TopicPartitionsList.$Properties
             * @property {Array.<logkeeper.groups.TopicPartitions.$Properties>|null} [items] TopicPartitionsList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicPartitionsList.
             * @memberof logkeeper.groups
             * @interface ITopicPartitionsList
             * @augments logkeeper.groups.TopicPartitionsList.$Properties
             * @deprecated Use logkeeper.groups.TopicPartitionsList.$Properties instead.
             */

            /**
             * Shape of a TopicPartitionsList.
             * @typedef {logkeeper.groups.TopicPartitionsList.$Properties} logkeeper.groups.TopicPartitionsList.$Shape
             */

            /**
             * Constructs a new TopicPartitionsList.
             * @memberof logkeeper.groups
             * @classdesc Represents a TopicPartitionsList.
             * @constructor
             * @param {logkeeper.groups.TopicPartitionsList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicPartitionsList = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicPartitionsList items.
             * @member {Array.<logkeeper.groups.TopicPartitions.$Properties>} items
             * @memberof logkeeper.groups.TopicPartitionsList
             * @instance
             */
            TopicPartitionsList.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified TopicPartitionsList message. Does not implicitly {@link logkeeper.groups.TopicPartitionsList.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.TopicPartitionsList
             * @static
             * @param {logkeeper.groups.TopicPartitionsList.$Properties} message TopicPartitionsList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicPartitionsList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.logkeeper.groups.TopicPartitions.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicPartitionsList message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.TopicPartitionsList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.TopicPartitionsList & logkeeper.groups.TopicPartitionsList.$Shape} TopicPartitionsList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicPartitionsList.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.TopicPartitionsList();
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
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.logkeeper.groups.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return TopicPartitionsList;
        })();

        groups.ConsumerGroupHeartbeatRequest = (function() {

            /**
             * Properties of a ConsumerGroupHeartbeatRequest.
             * @typedef {Object} logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties
             * @property {string|null} [groupId] ConsumerGroupHeartbeatRequest groupId
             * @property {string|null} [memberId] ConsumerGroupHeartbeatRequest memberId
             * @property {number|null} [memberEpoch] ConsumerGroupHeartbeatRequest memberEpoch
             * @property {string|null} [instanceId] ConsumerGroupHeartbeatRequest instanceId
             * @property {string|null} [rackId] ConsumerGroupHeartbeatRequest rackId
             * @property {number|null} [rebalanceTimeoutMs] ConsumerGroupHeartbeatRequest rebalanceTimeoutMs
             * @property {logkeeper.groups.StringList.$Properties|null} [subscribedTopicNames] ConsumerGroupHeartbeatRequest subscribedTopicNames
             * @property {string|null} [subscribedTopicRegex] ConsumerGroupHeartbeatRequest subscribedTopicRegex
             * @property {string|null} [serverAssignor] ConsumerGroupHeartbeatRequest serverAssignor
             * @property {logkeeper.groups.TopicPartitionsList.$Properties|null} [topicPartitions] ConsumerGroupHeartbeatRequest topicPartitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerGroupHeartbeatRequest.
             * @memberof logkeeper.groups
             * @interface IConsumerGroupHeartbeatRequest
             * @augments logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties
             * @deprecated Use logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a ConsumerGroupHeartbeatRequest.
             * @typedef {logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties} logkeeper.groups.ConsumerGroupHeartbeatRequest.$Shape
             */

            /**
             * Constructs a new ConsumerGroupHeartbeatRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a ConsumerGroupHeartbeatRequest.
             * @constructor
             * @param {logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerGroupHeartbeatRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerGroupHeartbeatRequest groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.groupId = "";

            /**
             * ConsumerGroupHeartbeatRequest memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.memberId = "";

            /**
             * ConsumerGroupHeartbeatRequest memberEpoch.
             * @member {number} memberEpoch
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.memberEpoch = 0;

            /**
             * ConsumerGroupHeartbeatRequest instanceId.
             * @member {string|null|undefined} instanceId
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.instanceId = null;

            /**
             * ConsumerGroupHeartbeatRequest rackId.
             * @member {string|null|undefined} rackId
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.rackId = null;

            /**
             * ConsumerGroupHeartbeatRequest rebalanceTimeoutMs.
             * @member {number} rebalanceTimeoutMs
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.rebalanceTimeoutMs = 0;

            /**
             * ConsumerGroupHeartbeatRequest subscribedTopicNames.
             * @member {logkeeper.groups.StringList.$Properties|null|undefined} subscribedTopicNames
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.subscribedTopicNames = null;

            /**
             * ConsumerGroupHeartbeatRequest subscribedTopicRegex.
             * @member {string|null|undefined} subscribedTopicRegex
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.subscribedTopicRegex = null;

            /**
             * ConsumerGroupHeartbeatRequest serverAssignor.
             * @member {string|null|undefined} serverAssignor
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.serverAssignor = null;

            /**
             * ConsumerGroupHeartbeatRequest topicPartitions.
             * @member {logkeeper.groups.TopicPartitionsList.$Properties|null|undefined} topicPartitions
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @instance
             */
            ConsumerGroupHeartbeatRequest.prototype.topicPartitions = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatRequest.prototype, "_instanceId", {
                get: $util.oneOfGetter($oneOfFields = ["instanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatRequest.prototype, "_rackId", {
                get: $util.oneOfGetter($oneOfFields = ["rackId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatRequest.prototype, "_subscribedTopicRegex", {
                get: $util.oneOfGetter($oneOfFields = ["subscribedTopicRegex"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatRequest.prototype, "_serverAssignor", {
                get: $util.oneOfGetter($oneOfFields = ["serverAssignor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ConsumerGroupHeartbeatRequest message. Does not implicitly {@link logkeeper.groups.ConsumerGroupHeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @static
             * @param {logkeeper.groups.ConsumerGroupHeartbeatRequest.$Properties} message ConsumerGroupHeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerGroupHeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.memberEpoch);
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.instanceId);
                if (message.rackId != null && $Object.hasOwnProperty.call(message, "rackId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.rackId);
                if (message.rebalanceTimeoutMs != null && $Object.hasOwnProperty.call(message, "rebalanceTimeoutMs") && message.rebalanceTimeoutMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.rebalanceTimeoutMs);
                if (message.subscribedTopicNames != null && $Object.hasOwnProperty.call(message, "subscribedTopicNames"))
                    $root.logkeeper.groups.StringList.encode(message.subscribedTopicNames, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.subscribedTopicRegex != null && $Object.hasOwnProperty.call(message, "subscribedTopicRegex"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.subscribedTopicRegex);
                if (message.serverAssignor != null && $Object.hasOwnProperty.call(message, "serverAssignor"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.serverAssignor);
                if (message.topicPartitions != null && $Object.hasOwnProperty.call(message, "topicPartitions"))
                    $root.logkeeper.groups.TopicPartitionsList.encode(message.topicPartitions, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerGroupHeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupHeartbeatRequest & logkeeper.groups.ConsumerGroupHeartbeatRequest.$Shape} ConsumerGroupHeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerGroupHeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ConsumerGroupHeartbeatRequest();
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
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.instanceId = reader.stringVerify();
                            message._instanceId = "instanceId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rackId = reader.stringVerify();
                            message._rackId = "rackId";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rebalanceTimeoutMs = value;
                            else
                                delete message.rebalanceTimeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.subscribedTopicNames = $root.logkeeper.groups.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribedTopicNames);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.subscribedTopicRegex = reader.stringVerify();
                            message._subscribedTopicRegex = "subscribedTopicRegex";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.serverAssignor = reader.stringVerify();
                            message._serverAssignor = "serverAssignor";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.topicPartitions = $root.logkeeper.groups.TopicPartitionsList.decode(reader, reader.size(), $undefined, _depth + 1, message.topicPartitions);
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

            return ConsumerGroupHeartbeatRequest;
        })();

        groups.Assignment = (function() {

            /**
             * Properties of an Assignment.
             * @typedef {Object} logkeeper.groups.Assignment.$Properties
             * @property {Array.<logkeeper.groups.TopicPartitions.$Properties>|null} [topicPartitions] Assignment topicPartitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Assignment.
             * @memberof logkeeper.groups
             * @interface IAssignment
             * @augments logkeeper.groups.Assignment.$Properties
             * @deprecated Use logkeeper.groups.Assignment.$Properties instead.
             */

            /**
             * Shape of an Assignment.
             * @typedef {logkeeper.groups.Assignment.$Properties} logkeeper.groups.Assignment.$Shape
             */

            /**
             * Constructs a new Assignment.
             * @memberof logkeeper.groups
             * @classdesc Represents an Assignment.
             * @constructor
             * @param {logkeeper.groups.Assignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Assignment = function (properties) {
                this.topicPartitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Assignment topicPartitions.
             * @member {Array.<logkeeper.groups.TopicPartitions.$Properties>} topicPartitions
             * @memberof logkeeper.groups.Assignment
             * @instance
             */
            Assignment.prototype.topicPartitions = $util.emptyArray;

            /**
             * Encodes the specified Assignment message. Does not implicitly {@link logkeeper.groups.Assignment.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.Assignment
             * @static
             * @param {logkeeper.groups.Assignment.$Properties} message Assignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Assignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicPartitions != null && message.topicPartitions.length)
                    for (let i = 0; i < message.topicPartitions.length; ++i)
                        $root.logkeeper.groups.TopicPartitions.encode(message.topicPartitions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Assignment message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.Assignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.Assignment & logkeeper.groups.Assignment.$Shape} Assignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Assignment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.Assignment();
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
                            if (!(message.topicPartitions && message.topicPartitions.length))
                                message.topicPartitions = [];
                            message.topicPartitions.push($root.logkeeper.groups.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return Assignment;
        })();

        groups.ConsumerGroupHeartbeatResponse = (function() {

            /**
             * Properties of a ConsumerGroupHeartbeatResponse.
             * @typedef {Object} logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties
             * @property {number|null} [errorCode] ConsumerGroupHeartbeatResponse errorCode
             * @property {string|null} [errorMessage] ConsumerGroupHeartbeatResponse errorMessage
             * @property {string|null} [memberId] ConsumerGroupHeartbeatResponse memberId
             * @property {number|null} [memberEpoch] ConsumerGroupHeartbeatResponse memberEpoch
             * @property {number|null} [heartbeatIntervalMs] ConsumerGroupHeartbeatResponse heartbeatIntervalMs
             * @property {logkeeper.groups.Assignment.$Properties|null} [assignment] ConsumerGroupHeartbeatResponse assignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerGroupHeartbeatResponse.
             * @memberof logkeeper.groups
             * @interface IConsumerGroupHeartbeatResponse
             * @augments logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties
             * @deprecated Use logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a ConsumerGroupHeartbeatResponse.
             * @typedef {logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties} logkeeper.groups.ConsumerGroupHeartbeatResponse.$Shape
             */

            /**
             * Constructs a new ConsumerGroupHeartbeatResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a ConsumerGroupHeartbeatResponse.
             * @constructor
             * @param {logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerGroupHeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerGroupHeartbeatResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.errorCode = 0;

            /**
             * ConsumerGroupHeartbeatResponse errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.errorMessage = null;

            /**
             * ConsumerGroupHeartbeatResponse memberId.
             * @member {string|null|undefined} memberId
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.memberId = null;

            /**
             * ConsumerGroupHeartbeatResponse memberEpoch.
             * @member {number} memberEpoch
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.memberEpoch = 0;

            /**
             * ConsumerGroupHeartbeatResponse heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.heartbeatIntervalMs = 0;

            /**
             * ConsumerGroupHeartbeatResponse assignment.
             * @member {logkeeper.groups.Assignment.$Properties|null|undefined} assignment
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @instance
             */
            ConsumerGroupHeartbeatResponse.prototype.assignment = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatResponse.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupHeartbeatResponse.prototype, "_memberId", {
                get: $util.oneOfGetter($oneOfFields = ["memberId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ConsumerGroupHeartbeatResponse message. Does not implicitly {@link logkeeper.groups.ConsumerGroupHeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @static
             * @param {logkeeper.groups.ConsumerGroupHeartbeatResponse.$Properties} message ConsumerGroupHeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerGroupHeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorMessage);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.memberId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.memberEpoch);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.heartbeatIntervalMs);
                if (message.assignment != null && $Object.hasOwnProperty.call(message, "assignment"))
                    $root.logkeeper.groups.Assignment.encode(message.assignment, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerGroupHeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ConsumerGroupHeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupHeartbeatResponse & logkeeper.groups.ConsumerGroupHeartbeatResponse.$Shape} ConsumerGroupHeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerGroupHeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ConsumerGroupHeartbeatResponse();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.errorMessage = reader.stringVerify();
                            message._errorMessage = "errorMessage";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.memberId = reader.stringVerify();
                            message._memberId = "memberId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.assignment = $root.logkeeper.groups.Assignment.decode(reader, reader.size(), $undefined, _depth + 1, message.assignment);
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

            return ConsumerGroupHeartbeatResponse;
        })();

        groups.ConsumerGroupDescribeRequest = (function() {

            /**
             * Properties of a ConsumerGroupDescribeRequest.
             * @typedef {Object} logkeeper.groups.ConsumerGroupDescribeRequest.$Properties
             * @property {Array.<string>|null} [groupIds] ConsumerGroupDescribeRequest groupIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerGroupDescribeRequest.
             * @memberof logkeeper.groups
             * @interface IConsumerGroupDescribeRequest
             * @augments logkeeper.groups.ConsumerGroupDescribeRequest.$Properties
             * @deprecated Use logkeeper.groups.ConsumerGroupDescribeRequest.$Properties instead.
             */

            /**
             * Shape of a ConsumerGroupDescribeRequest.
             * @typedef {logkeeper.groups.ConsumerGroupDescribeRequest.$Properties} logkeeper.groups.ConsumerGroupDescribeRequest.$Shape
             */

            /**
             * Constructs a new ConsumerGroupDescribeRequest.
             * @memberof logkeeper.groups
             * @classdesc Represents a ConsumerGroupDescribeRequest.
             * @constructor
             * @param {logkeeper.groups.ConsumerGroupDescribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerGroupDescribeRequest = function (properties) {
                this.groupIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerGroupDescribeRequest groupIds.
             * @member {Array.<string>} groupIds
             * @memberof logkeeper.groups.ConsumerGroupDescribeRequest
             * @instance
             */
            ConsumerGroupDescribeRequest.prototype.groupIds = $util.emptyArray;

            /**
             * Encodes the specified ConsumerGroupDescribeRequest message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ConsumerGroupDescribeRequest
             * @static
             * @param {logkeeper.groups.ConsumerGroupDescribeRequest.$Properties} message ConsumerGroupDescribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerGroupDescribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupIds != null && message.groupIds.length)
                    for (let i = 0; i < message.groupIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerGroupDescribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ConsumerGroupDescribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeRequest & logkeeper.groups.ConsumerGroupDescribeRequest.$Shape} ConsumerGroupDescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerGroupDescribeRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ConsumerGroupDescribeRequest();
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
                            if (!(message.groupIds && message.groupIds.length))
                                message.groupIds = [];
                            message.groupIds.push(reader.stringVerify());
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

            return ConsumerGroupDescribeRequest;
        })();

        groups.ConsumerGroupDescribeMember = (function() {

            /**
             * Properties of a ConsumerGroupDescribeMember.
             * @typedef {Object} logkeeper.groups.ConsumerGroupDescribeMember.$Properties
             * @property {string|null} [memberId] ConsumerGroupDescribeMember memberId
             * @property {string|null} [instanceId] ConsumerGroupDescribeMember instanceId
             * @property {string|null} [rackId] ConsumerGroupDescribeMember rackId
             * @property {number|null} [memberEpoch] ConsumerGroupDescribeMember memberEpoch
             * @property {string|null} [clientId] ConsumerGroupDescribeMember clientId
             * @property {string|null} [clientHost] ConsumerGroupDescribeMember clientHost
             * @property {Array.<string>|null} [subscribedTopicNames] ConsumerGroupDescribeMember subscribedTopicNames
             * @property {string|null} [subscribedTopicRegex] ConsumerGroupDescribeMember subscribedTopicRegex
             * @property {Array.<logkeeper.groups.TopicPartitions.$Properties>|null} [assignment] ConsumerGroupDescribeMember assignment
             * @property {Array.<logkeeper.groups.TopicPartitions.$Properties>|null} [targetAssignment] ConsumerGroupDescribeMember targetAssignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerGroupDescribeMember.
             * @memberof logkeeper.groups
             * @interface IConsumerGroupDescribeMember
             * @augments logkeeper.groups.ConsumerGroupDescribeMember.$Properties
             * @deprecated Use logkeeper.groups.ConsumerGroupDescribeMember.$Properties instead.
             */

            /**
             * Shape of a ConsumerGroupDescribeMember.
             * @typedef {logkeeper.groups.ConsumerGroupDescribeMember.$Properties} logkeeper.groups.ConsumerGroupDescribeMember.$Shape
             */

            /**
             * Constructs a new ConsumerGroupDescribeMember.
             * @memberof logkeeper.groups
             * @classdesc Represents a ConsumerGroupDescribeMember.
             * @constructor
             * @param {logkeeper.groups.ConsumerGroupDescribeMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerGroupDescribeMember = function (properties) {
                this.subscribedTopicNames = [];
                this.assignment = [];
                this.targetAssignment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerGroupDescribeMember memberId.
             * @member {string} memberId
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.memberId = "";

            /**
             * ConsumerGroupDescribeMember instanceId.
             * @member {string|null|undefined} instanceId
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.instanceId = null;

            /**
             * ConsumerGroupDescribeMember rackId.
             * @member {string|null|undefined} rackId
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.rackId = null;

            /**
             * ConsumerGroupDescribeMember memberEpoch.
             * @member {number} memberEpoch
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.memberEpoch = 0;

            /**
             * ConsumerGroupDescribeMember clientId.
             * @member {string} clientId
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.clientId = "";

            /**
             * ConsumerGroupDescribeMember clientHost.
             * @member {string} clientHost
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.clientHost = "";

            /**
             * ConsumerGroupDescribeMember subscribedTopicNames.
             * @member {Array.<string>} subscribedTopicNames
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.subscribedTopicNames = $util.emptyArray;

            /**
             * ConsumerGroupDescribeMember subscribedTopicRegex.
             * @member {string|null|undefined} subscribedTopicRegex
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.subscribedTopicRegex = null;

            /**
             * ConsumerGroupDescribeMember assignment.
             * @member {Array.<logkeeper.groups.TopicPartitions.$Properties>} assignment
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.assignment = $util.emptyArray;

            /**
             * ConsumerGroupDescribeMember targetAssignment.
             * @member {Array.<logkeeper.groups.TopicPartitions.$Properties>} targetAssignment
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @instance
             */
            ConsumerGroupDescribeMember.prototype.targetAssignment = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupDescribeMember.prototype, "_instanceId", {
                get: $util.oneOfGetter($oneOfFields = ["instanceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupDescribeMember.prototype, "_rackId", {
                get: $util.oneOfGetter($oneOfFields = ["rackId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConsumerGroupDescribeMember.prototype, "_subscribedTopicRegex", {
                get: $util.oneOfGetter($oneOfFields = ["subscribedTopicRegex"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ConsumerGroupDescribeMember message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeMember.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @static
             * @param {logkeeper.groups.ConsumerGroupDescribeMember.$Properties} message ConsumerGroupDescribeMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerGroupDescribeMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.instanceId != null && $Object.hasOwnProperty.call(message, "instanceId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.instanceId);
                if (message.rackId != null && $Object.hasOwnProperty.call(message, "rackId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.rackId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.memberEpoch);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.clientId);
                if (message.clientHost != null && $Object.hasOwnProperty.call(message, "clientHost") && message.clientHost !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.clientHost);
                if (message.subscribedTopicNames != null && message.subscribedTopicNames.length)
                    for (let i = 0; i < message.subscribedTopicNames.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.subscribedTopicNames[i]);
                if (message.subscribedTopicRegex != null && $Object.hasOwnProperty.call(message, "subscribedTopicRegex"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.subscribedTopicRegex);
                if (message.assignment != null && message.assignment.length)
                    for (let i = 0; i < message.assignment.length; ++i)
                        $root.logkeeper.groups.TopicPartitions.encode(message.assignment[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.targetAssignment != null && message.targetAssignment.length)
                    for (let i = 0; i < message.targetAssignment.length; ++i)
                        $root.logkeeper.groups.TopicPartitions.encode(message.targetAssignment[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerGroupDescribeMember message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ConsumerGroupDescribeMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeMember & logkeeper.groups.ConsumerGroupDescribeMember.$Shape} ConsumerGroupDescribeMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerGroupDescribeMember.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ConsumerGroupDescribeMember();
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
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.instanceId = reader.stringVerify();
                            message._instanceId = "instanceId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.rackId = reader.stringVerify();
                            message._rackId = "rackId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientHost = value;
                            else
                                delete message.clientHost;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.subscribedTopicNames && message.subscribedTopicNames.length))
                                message.subscribedTopicNames = [];
                            message.subscribedTopicNames.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.subscribedTopicRegex = reader.stringVerify();
                            message._subscribedTopicRegex = "subscribedTopicRegex";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.assignment && message.assignment.length))
                                message.assignment = [];
                            message.assignment.push($root.logkeeper.groups.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.targetAssignment && message.targetAssignment.length))
                                message.targetAssignment = [];
                            message.targetAssignment.push($root.logkeeper.groups.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ConsumerGroupDescribeMember;
        })();

        groups.DescribedConsumerGroup = (function() {

            /**
             * Properties of a DescribedConsumerGroup.
             * @typedef {Object} logkeeper.groups.DescribedConsumerGroup.$Properties
             * @property {number|null} [errorCode] DescribedConsumerGroup errorCode
             * @property {string|null} [errorMessage] DescribedConsumerGroup errorMessage
             * @property {string|null} [groupId] DescribedConsumerGroup groupId
             * @property {string|null} [groupState] DescribedConsumerGroup groupState
             * @property {number|null} [groupEpoch] DescribedConsumerGroup groupEpoch
             * @property {number|null} [assignmentEpoch] DescribedConsumerGroup assignmentEpoch
             * @property {string|null} [assignorName] DescribedConsumerGroup assignorName
             * @property {Array.<logkeeper.groups.ConsumerGroupDescribeMember.$Properties>|null} [members] DescribedConsumerGroup members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribedConsumerGroup.
             * @memberof logkeeper.groups
             * @interface IDescribedConsumerGroup
             * @augments logkeeper.groups.DescribedConsumerGroup.$Properties
             * @deprecated Use logkeeper.groups.DescribedConsumerGroup.$Properties instead.
             */

            /**
             * Shape of a DescribedConsumerGroup.
             * @typedef {logkeeper.groups.DescribedConsumerGroup.$Properties} logkeeper.groups.DescribedConsumerGroup.$Shape
             */

            /**
             * Constructs a new DescribedConsumerGroup.
             * @memberof logkeeper.groups
             * @classdesc Represents a DescribedConsumerGroup.
             * @constructor
             * @param {logkeeper.groups.DescribedConsumerGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribedConsumerGroup = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribedConsumerGroup errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.errorCode = 0;

            /**
             * DescribedConsumerGroup errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.errorMessage = null;

            /**
             * DescribedConsumerGroup groupId.
             * @member {string} groupId
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.groupId = "";

            /**
             * DescribedConsumerGroup groupState.
             * @member {string} groupState
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.groupState = "";

            /**
             * DescribedConsumerGroup groupEpoch.
             * @member {number} groupEpoch
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.groupEpoch = 0;

            /**
             * DescribedConsumerGroup assignmentEpoch.
             * @member {number} assignmentEpoch
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.assignmentEpoch = 0;

            /**
             * DescribedConsumerGroup assignorName.
             * @member {string} assignorName
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.assignorName = "";

            /**
             * DescribedConsumerGroup members.
             * @member {Array.<logkeeper.groups.ConsumerGroupDescribeMember.$Properties>} members
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @instance
             */
            DescribedConsumerGroup.prototype.members = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribedConsumerGroup.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribedConsumerGroup message. Does not implicitly {@link logkeeper.groups.DescribedConsumerGroup.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @static
             * @param {logkeeper.groups.DescribedConsumerGroup.$Properties} message DescribedConsumerGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribedConsumerGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorMessage);
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.groupId);
                if (message.groupState != null && $Object.hasOwnProperty.call(message, "groupState") && message.groupState !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.groupState);
                if (message.groupEpoch != null && $Object.hasOwnProperty.call(message, "groupEpoch") && message.groupEpoch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.groupEpoch);
                if (message.assignmentEpoch != null && $Object.hasOwnProperty.call(message, "assignmentEpoch") && message.assignmentEpoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.assignmentEpoch);
                if (message.assignorName != null && $Object.hasOwnProperty.call(message, "assignorName") && message.assignorName !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.assignorName);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.logkeeper.groups.ConsumerGroupDescribeMember.encode(message.members[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribedConsumerGroup message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.DescribedConsumerGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.DescribedConsumerGroup & logkeeper.groups.DescribedConsumerGroup.$Shape} DescribedConsumerGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribedConsumerGroup.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.DescribedConsumerGroup();
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
                                message.errorCode = value;
                            else
                                delete message.errorCode;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.errorMessage = reader.stringVerify();
                            message._errorMessage = "errorMessage";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupState = value;
                            else
                                delete message.groupState;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.groupEpoch = value;
                            else
                                delete message.groupEpoch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.assignmentEpoch = value;
                            else
                                delete message.assignmentEpoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assignorName = value;
                            else
                                delete message.assignorName;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.logkeeper.groups.ConsumerGroupDescribeMember.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribedConsumerGroup;
        })();

        groups.ConsumerGroupDescribeResponse = (function() {

            /**
             * Properties of a ConsumerGroupDescribeResponse.
             * @typedef {Object} logkeeper.groups.ConsumerGroupDescribeResponse.$Properties
             * @property {Array.<logkeeper.groups.DescribedConsumerGroup.$Properties>|null} [groups] ConsumerGroupDescribeResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsumerGroupDescribeResponse.
             * @memberof logkeeper.groups
             * @interface IConsumerGroupDescribeResponse
             * @augments logkeeper.groups.ConsumerGroupDescribeResponse.$Properties
             * @deprecated Use logkeeper.groups.ConsumerGroupDescribeResponse.$Properties instead.
             */

            /**
             * Shape of a ConsumerGroupDescribeResponse.
             * @typedef {logkeeper.groups.ConsumerGroupDescribeResponse.$Properties} logkeeper.groups.ConsumerGroupDescribeResponse.$Shape
             */

            /**
             * Constructs a new ConsumerGroupDescribeResponse.
             * @memberof logkeeper.groups
             * @classdesc Represents a ConsumerGroupDescribeResponse.
             * @constructor
             * @param {logkeeper.groups.ConsumerGroupDescribeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsumerGroupDescribeResponse = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsumerGroupDescribeResponse groups.
             * @member {Array.<logkeeper.groups.DescribedConsumerGroup.$Properties>} groups
             * @memberof logkeeper.groups.ConsumerGroupDescribeResponse
             * @instance
             */
            ConsumerGroupDescribeResponse.prototype.groups = $util.emptyArray;

            /**
             * Encodes the specified ConsumerGroupDescribeResponse message. Does not implicitly {@link logkeeper.groups.ConsumerGroupDescribeResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.groups.ConsumerGroupDescribeResponse
             * @static
             * @param {logkeeper.groups.ConsumerGroupDescribeResponse.$Properties} message ConsumerGroupDescribeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsumerGroupDescribeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.logkeeper.groups.DescribedConsumerGroup.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsumerGroupDescribeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.groups.ConsumerGroupDescribeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.groups.ConsumerGroupDescribeResponse & logkeeper.groups.ConsumerGroupDescribeResponse.$Shape} ConsumerGroupDescribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsumerGroupDescribeResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.groups.ConsumerGroupDescribeResponse();
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
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.logkeeper.groups.DescribedConsumerGroup.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ConsumerGroupDescribeResponse;
        })();

        return groups;
    })();

    return logkeeper;
})();

export {
  $root as default
};
