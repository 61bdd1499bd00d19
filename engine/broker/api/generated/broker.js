/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["broker"] || ($protobuf.roots["broker"] = {});

export const logkeeper = $root.logkeeper = (() => {

    /**
     * Namespace logkeeper.
     * @exports logkeeper
     * @namespace
     */
    const logkeeper = {};

    logkeeper.broker = (function() {

        /**
         * Namespace broker.
         * @memberof logkeeper
         * @namespace
         */
        const broker = {};

        broker.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} logkeeper.broker.StringList.$Properties
             * @property {Array.<string>|null} [items] StringList items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof logkeeper.broker
             * @interface IStringList
             * @augments logkeeper.broker.StringList.$Properties
             * @deprecated Use logkeeper.broker.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {logkeeper.broker.StringList.$Properties} logkeeper.broker.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof logkeeper.broker
             * @classdesc Represents a StringList.
             * @constructor
             * @param {logkeeper.broker.StringList.$Properties=} [properties] Properties to set
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
             * @memberof logkeeper.broker.StringList
             * @instance
             */
            StringList.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link logkeeper.broker.StringList.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.StringList
             * @static
             * @param {logkeeper.broker.StringList.$Properties} message StringList message or plain object to encode
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
             * @memberof logkeeper.broker.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.StringList & logkeeper.broker.StringList.$Shape} StringList
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
                message = _target || new $root.logkeeper.broker.StringList();
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

        broker.Int32List = (function() {

            /**
             * Properties of an Int32List.
             * @typedef {Object} logkeeper.broker.Int32List.$Properties
             * @property {Array.<number>|null} [items] Int32List items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int32List.
             * @memberof logkeeper.broker
             * @interface IInt32List
             * @augments logkeeper.broker.Int32List.$Properties
             * @deprecated Use logkeeper.broker.Int32List.$Properties instead.
             */

            /**
             * Shape of an Int32List.
             * @typedef {logkeeper.broker.Int32List.$Properties} logkeeper.broker.Int32List.$Shape
             */

            /**
             * Constructs a new Int32List.
             * @memberof logkeeper.broker
             * @classdesc Represents an Int32List.
             * @constructor
             * @param {logkeeper.broker.Int32List.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int32List = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int32List items.
             * @member {Array.<number>} items
             * @memberof logkeeper.broker.Int32List
             * @instance
             */
            Int32List.prototype.items = $util.emptyArray;

            /**
             * Encodes the specified Int32List message. Does not implicitly {@link logkeeper.broker.Int32List.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.Int32List
             * @static
             * @param {logkeeper.broker.Int32List.$Properties} message Int32List message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32List.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).sint32s(message.items);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Int32List message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.Int32List
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.Int32List & logkeeper.broker.Int32List.$Shape} Int32List
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32List.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.Int32List();
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
                                if (!(message.items && message.items.length))
                                    message.items = [];
                                reader.sint32s(message.items);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push(reader.sint32());
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

            return Int32List;
        })();

        broker.Int32Lists = (function() {

            /**
             * Properties of an Int32Lists.
             * @typedef {Object} logkeeper.broker.Int32Lists.$Properties
             * @property {Array.<logkeeper.broker.Int32List.$Properties>|null} [lists] Int32Lists lists
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Int32Lists.
             * @memberof logkeeper.broker
             * @interface IInt32Lists
             * @augments logkeeper.broker.Int32Lists.$Properties
             * @deprecated Use logkeeper.broker.Int32Lists.$Properties instead.
             */

            /**
             * Shape of an Int32Lists.
             * @typedef {logkeeper.broker.Int32Lists.$Properties} logkeeper.broker.Int32Lists.$Shape
             */

            /**
             * Constructs a new Int32Lists.
             * @memberof logkeeper.broker
             * @classdesc Represents an Int32Lists.
             * @constructor
             * @param {logkeeper.broker.Int32Lists.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Int32Lists = function (properties) {
                this.lists = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Int32Lists lists.
             * @member {Array.<logkeeper.broker.Int32List.$Properties>} lists
             * @memberof logkeeper.broker.Int32Lists
             * @instance
             */
            Int32Lists.prototype.lists = $util.emptyArray;

            /**
             * Encodes the specified Int32Lists message. Does not implicitly {@link logkeeper.broker.Int32Lists.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.Int32Lists
             * @static
             * @param {logkeeper.broker.Int32Lists.$Properties} message Int32Lists message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Int32Lists.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lists != null && message.lists.length)
                    for (let i = 0; i < message.lists.length; ++i)
                        $root.logkeeper.broker.Int32List.encode(message.lists[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Int32Lists message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.Int32Lists
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.Int32Lists & logkeeper.broker.Int32Lists.$Shape} Int32Lists
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Int32Lists.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.Int32Lists();
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
                            if (!(message.lists && message.lists.length))
                                message.lists = [];
                            message.lists.push($root.logkeeper.broker.Int32List.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return Int32Lists;
        })();

        broker.BrokerEndpoint = (function() {

            /**
             * Properties of a BrokerEndpoint.
             * @typedef {Object} logkeeper.broker.BrokerEndpoint.$Properties
             * @property {number|null} [nodeId] BrokerEndpoint nodeId
             * @property {string|null} [address] BrokerEndpoint address
             * @property {string|null} [rack] BrokerEndpoint rack
             * @property {Object.<string,string>|null} [listeners] BrokerEndpoint listeners
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerEndpoint.
             * @memberof logkeeper.broker
             * @interface IBrokerEndpoint
             * @augments logkeeper.broker.BrokerEndpoint.$Properties
             * @deprecated Use logkeeper.broker.BrokerEndpoint.$Properties instead.
             */

            /**
             * Shape of a BrokerEndpoint.
             * @typedef {logkeeper.broker.BrokerEndpoint.$Properties} logkeeper.broker.BrokerEndpoint.$Shape
             */

            /**
             * Constructs a new BrokerEndpoint.
             * @memberof logkeeper.broker
             * @classdesc Represents a BrokerEndpoint.
             * @constructor
             * @param {logkeeper.broker.BrokerEndpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerEndpoint = function (properties) {
                this.listeners = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerEndpoint nodeId.
             * @member {number} nodeId
             * @memberof logkeeper.broker.BrokerEndpoint
             * @instance
             */
            BrokerEndpoint.prototype.nodeId = 0;

            /**
             * BrokerEndpoint address.
             * @member {string} address
             * @memberof logkeeper.broker.BrokerEndpoint
             * @instance
             */
            BrokerEndpoint.prototype.address = "";

            /**
             * BrokerEndpoint rack.
             * @member {string|null|undefined} rack
             * @memberof logkeeper.broker.BrokerEndpoint
             * @instance
             */
            BrokerEndpoint.prototype.rack = null;

            /**
             * BrokerEndpoint listeners.
             * @member {Object.<string,string>} listeners
             * @memberof logkeeper.broker.BrokerEndpoint
             * @instance
             */
            BrokerEndpoint.prototype.listeners = $util.emptyObject;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(BrokerEndpoint.prototype, "_rack", {
                get: $util.oneOfGetter($oneOfFields = ["rack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified BrokerEndpoint message. Does not implicitly {@link logkeeper.broker.BrokerEndpoint.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.BrokerEndpoint
             * @static
             * @param {logkeeper.broker.BrokerEndpoint.$Properties} message BrokerEndpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerEndpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.nodeId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.rack != null && $Object.hasOwnProperty.call(message, "rack"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.rack);
                if (message.listeners != null && $Object.hasOwnProperty.call(message, "listeners"))
                    for (let keys = $Object.keys(message.listeners), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.listeners[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerEndpoint message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.BrokerEndpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.BrokerEndpoint & logkeeper.broker.BrokerEndpoint.$Shape} BrokerEndpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerEndpoint.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.BrokerEndpoint();
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
                                message.nodeId = value;
                            else
                                delete message.nodeId;
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
                            message.rack = reader.stringVerify();
                            message._rack = "rack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.listeners === $util.emptyObject)
                                message.listeners = {};
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
                                $util.makeProp(message.listeners, key);
                            message.listeners[key] = value;
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

            return BrokerEndpoint;
        })();

        broker.MetadataRequest = (function() {

            /**
             * Properties of a MetadataRequest.
             * @typedef {Object} logkeeper.broker.MetadataRequest.$Properties
             * @property {logkeeper.broker.StringList.$Properties|null} [topics] MetadataRequest topics
             * @property {boolean|null} [allowAutoTopicCreation] MetadataRequest allowAutoTopicCreation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataRequest.
             * @memberof logkeeper.broker
             * @interface IMetadataRequest
             * @augments logkeeper.broker.MetadataRequest.$Properties
             * @deprecated Use logkeeper.broker.MetadataRequest.$Properties instead.
             */

            /**
             * Shape of a MetadataRequest.
             * @typedef {logkeeper.broker.MetadataRequest.$Properties} logkeeper.broker.MetadataRequest.$Shape
             */

            /**
             * Constructs a new MetadataRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a MetadataRequest.
             * @constructor
             * @param {logkeeper.broker.MetadataRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataRequest topics.
             * @member {logkeeper.broker.StringList.$Properties|null|undefined} topics
             * @memberof logkeeper.broker.MetadataRequest
             * @instance
             */
            MetadataRequest.prototype.topics = null;

            /**
             * MetadataRequest allowAutoTopicCreation.
             * @member {boolean} allowAutoTopicCreation
             * @memberof logkeeper.broker.MetadataRequest
             * @instance
             */
            MetadataRequest.prototype.allowAutoTopicCreation = false;

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link logkeeper.broker.MetadataRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.MetadataRequest
             * @static
             * @param {logkeeper.broker.MetadataRequest.$Properties} message MetadataRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && $Object.hasOwnProperty.call(message, "topics"))
                    $root.logkeeper.broker.StringList.encode(message.topics, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.allowAutoTopicCreation != null && $Object.hasOwnProperty.call(message, "allowAutoTopicCreation") && message.allowAutoTopicCreation !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.allowAutoTopicCreation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.MetadataRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.MetadataRequest & logkeeper.broker.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.MetadataRequest();
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
                            message.topics = $root.logkeeper.broker.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.topics);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowAutoTopicCreation = value;
                            else
                                delete message.allowAutoTopicCreation;
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

            return MetadataRequest;
        })();

        broker.PartitionMetadata = (function() {

            /**
             * Properties of a PartitionMetadata.
             * @typedef {Object} logkeeper.broker.PartitionMetadata.$Properties
             * @property {number|null} [partition] PartitionMetadata partition
             * @property {number|null} [errorCode] PartitionMetadata errorCode
             * @property {number|null} [leader] PartitionMetadata leader
             * @property {number|null} [leaderEpoch] PartitionMetadata leaderEpoch
             * @property {Array.<number>|null} [replicas] PartitionMetadata replicas
             * @property {Array.<number>|null} [isr] PartitionMetadata isr
             * @property {Array.<number>|null} [offlineReplicas] PartitionMetadata offlineReplicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionMetadata.
             * @memberof logkeeper.broker
             * @interface IPartitionMetadata
             * @augments logkeeper.broker.PartitionMetadata.$Properties
             * @deprecated Use logkeeper.broker.PartitionMetadata.$Properties instead.
             */

            /**
             * Shape of a PartitionMetadata.
             * @typedef {logkeeper.broker.PartitionMetadata.$Properties} logkeeper.broker.PartitionMetadata.$Shape
             */

            /**
             * Constructs a new PartitionMetadata.
             * @memberof logkeeper.broker
             * @classdesc Represents a PartitionMetadata.
             * @constructor
             * @param {logkeeper.broker.PartitionMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionMetadata = function (properties) {
                this.replicas = [];
                this.isr = [];
                this.offlineReplicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionMetadata partition.
             * @member {number} partition
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.partition = 0;

            /**
             * PartitionMetadata errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.errorCode = 0;

            /**
             * PartitionMetadata leader.
             * @member {number} leader
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leader = 0;

            /**
             * PartitionMetadata leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leaderEpoch = 0;

            /**
             * PartitionMetadata replicas.
             * @member {Array.<number>} replicas
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.replicas = $util.emptyArray;

            /**
             * PartitionMetadata isr.
             * @member {Array.<number>} isr
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.isr = $util.emptyArray;

            /**
             * PartitionMetadata offlineReplicas.
             * @member {Array.<number>} offlineReplicas
             * @memberof logkeeper.broker.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.offlineReplicas = $util.emptyArray;

            /**
             * Encodes the specified PartitionMetadata message. Does not implicitly {@link logkeeper.broker.PartitionMetadata.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.PartitionMetadata
             * @static
             * @param {logkeeper.broker.PartitionMetadata.$Properties} message PartitionMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.leader);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.leaderEpoch);
                if (message.replicas != null && message.replicas.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).sint32s(message.replicas);
                if (message.isr != null && message.isr.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).sint32s(message.isr);
                if (message.offlineReplicas != null && message.offlineReplicas.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).sint32s(message.offlineReplicas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.PartitionMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.PartitionMetadata & logkeeper.broker.PartitionMetadata.$Shape} PartitionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.PartitionMetadata();
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
                                message.partition = value;
                            else
                                delete message.partition;
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.replicas && message.replicas.length))
                                    message.replicas = [];
                                reader.sint32s(message.replicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push(reader.sint32());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.isr && message.isr.length))
                                    message.isr = [];
                                reader.sint32s(message.isr);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.isr && message.isr.length))
                                message.isr = [];
                            message.isr.push(reader.sint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.offlineReplicas && message.offlineReplicas.length))
                                    message.offlineReplicas = [];
                                reader.sint32s(message.offlineReplicas);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.offlineReplicas && message.offlineReplicas.length))
                                message.offlineReplicas = [];
                            message.offlineReplicas.push(reader.sint32());
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

            return PartitionMetadata;
        })();

        broker.TopicMetadata = (function() {

            /**
             * Properties of a TopicMetadata.
             * @typedef {Object} logkeeper.broker.TopicMetadata.$Properties
             * @property {string|null} [name] TopicMetadata name
             * @property {string|null} [topicId] TopicMetadata topicId
             * @property {number|null} [errorCode] TopicMetadata errorCode
             * @property {boolean|null} [isInternal] TopicMetadata isInternal
             * @property {Array.<logkeeper.broker.PartitionMetadata.$Properties>|null} [partitions] TopicMetadata partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicMetadata.
             * @memberof logkeeper.broker
             * @interface ITopicMetadata
             * @augments logkeeper.broker.TopicMetadata.$Properties
             * @deprecated Use logkeeper.broker.TopicMetadata.$Properties instead.
             */

            /**
             * Shape of a TopicMetadata.
             * @typedef {logkeeper.broker.TopicMetadata.$Properties} logkeeper.broker.TopicMetadata.$Shape
             */

            /**
             * Constructs a new TopicMetadata.
             * @memberof logkeeper.broker
             * @classdesc Represents a TopicMetadata.
             * @constructor
             * @param {logkeeper.broker.TopicMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicMetadata = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicMetadata name.
             * @member {string} name
             * @memberof logkeeper.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.name = "";

            /**
             * TopicMetadata topicId.
             * @member {string} topicId
             * @memberof logkeeper.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.topicId = "";

            /**
             * TopicMetadata errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.errorCode = 0;

            /**
             * TopicMetadata isInternal.
             * @member {boolean} isInternal
             * @memberof logkeeper.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.isInternal = false;

            /**
             * TopicMetadata partitions.
             * @member {Array.<logkeeper.broker.PartitionMetadata.$Properties>} partitions
             * @memberof logkeeper.broker.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified TopicMetadata message. Does not implicitly {@link logkeeper.broker.TopicMetadata.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.TopicMetadata
             * @static
             * @param {logkeeper.broker.TopicMetadata.$Properties} message TopicMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.isInternal != null && $Object.hasOwnProperty.call(message, "isInternal") && message.isInternal !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.isInternal);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.logkeeper.broker.PartitionMetadata.encode(message.partitions[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.TopicMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.TopicMetadata & logkeeper.broker.TopicMetadata.$Shape} TopicMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicMetadata.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.TopicMetadata();
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
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isInternal = value;
                            else
                                delete message.isInternal;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.logkeeper.broker.PartitionMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return TopicMetadata;
        })();

        broker.MetadataResponse = (function() {

            /**
             * Properties of a MetadataResponse.
             * @typedef {Object} logkeeper.broker.MetadataResponse.$Properties
             * @property {string|null} [clusterId] MetadataResponse clusterId
             * @property {number|null} [controllerId] MetadataResponse controllerId
             * @property {Array.<logkeeper.broker.BrokerEndpoint.$Properties>|null} [brokers] MetadataResponse brokers
             * @property {Array.<logkeeper.broker.TopicMetadata.$Properties>|null} [topics] MetadataResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataResponse.
             * @memberof logkeeper.broker
             * @interface IMetadataResponse
             * @augments logkeeper.broker.MetadataResponse.$Properties
             * @deprecated Use logkeeper.broker.MetadataResponse.$Properties instead.
             */

            /**
             * Shape of a MetadataResponse.
             * @typedef {logkeeper.broker.MetadataResponse.$Properties} logkeeper.broker.MetadataResponse.$Shape
             */

            /**
             * Constructs a new MetadataResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a MetadataResponse.
             * @constructor
             * @param {logkeeper.broker.MetadataResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataResponse = function (properties) {
                this.brokers = [];
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataResponse clusterId.
             * @member {string} clusterId
             * @memberof logkeeper.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.clusterId = "";

            /**
             * MetadataResponse controllerId.
             * @member {number} controllerId
             * @memberof logkeeper.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.controllerId = 0;

            /**
             * MetadataResponse brokers.
             * @member {Array.<logkeeper.broker.BrokerEndpoint.$Properties>} brokers
             * @memberof logkeeper.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.brokers = $util.emptyArray;

            /**
             * MetadataResponse topics.
             * @member {Array.<logkeeper.broker.TopicMetadata.$Properties>} topics
             * @memberof logkeeper.broker.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link logkeeper.broker.MetadataResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.MetadataResponse
             * @static
             * @param {logkeeper.broker.MetadataResponse.$Properties} message MetadataResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clusterId);
                if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.controllerId);
                if (message.brokers != null && message.brokers.length)
                    for (let i = 0; i < message.brokers.length; ++i)
                        $root.logkeeper.broker.BrokerEndpoint.encode(message.brokers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.TopicMetadata.encode(message.topics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.MetadataResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.MetadataResponse & logkeeper.broker.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.MetadataResponse();
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
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.controllerId = value;
                            else
                                delete message.controllerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.brokers && message.brokers.length))
                                message.brokers = [];
                            message.brokers.push($root.logkeeper.broker.BrokerEndpoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.TopicMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return MetadataResponse;
        })();

        broker.DescribeClusterRequest = (function() {

            /**
             * Properties of a DescribeClusterRequest.
             * @typedef {Object} logkeeper.broker.DescribeClusterRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeClusterRequest.
             * @memberof logkeeper.broker
             * @interface IDescribeClusterRequest
             * @augments logkeeper.broker.DescribeClusterRequest.$Properties
             * @deprecated Use logkeeper.broker.DescribeClusterRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeClusterRequest.
             * @typedef {logkeeper.broker.DescribeClusterRequest.$Properties} logkeeper.broker.DescribeClusterRequest.$Shape
             */

            /**
             * Constructs a new DescribeClusterRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeClusterRequest.
             * @constructor
             * @param {logkeeper.broker.DescribeClusterRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeClusterRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified DescribeClusterRequest message. Does not implicitly {@link logkeeper.broker.DescribeClusterRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeClusterRequest
             * @static
             * @param {logkeeper.broker.DescribeClusterRequest.$Properties} message DescribeClusterRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeClusterRequest.encode = function (message, writer, _depth) {
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
             * Decodes a DescribeClusterRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeClusterRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeClusterRequest & logkeeper.broker.DescribeClusterRequest.$Shape} DescribeClusterRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeClusterRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeClusterRequest();
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

            return DescribeClusterRequest;
        })();

        broker.DescribeClusterResponse = (function() {

            /**
             * Properties of a DescribeClusterResponse.
             * @typedef {Object} logkeeper.broker.DescribeClusterResponse.$Properties
             * @property {number|null} [errorCode] DescribeClusterResponse errorCode
             * @property {string|null} [errorMessage] DescribeClusterResponse errorMessage
             * @property {string|null} [clusterId] DescribeClusterResponse clusterId
             * @property {number|null} [controllerId] DescribeClusterResponse controllerId
             * @property {Array.<logkeeper.broker.BrokerEndpoint.$Properties>|null} [brokers] DescribeClusterResponse brokers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeClusterResponse.
             * @memberof logkeeper.broker
             * @interface IDescribeClusterResponse
             * @augments logkeeper.broker.DescribeClusterResponse.$Properties
             * @deprecated Use logkeeper.broker.DescribeClusterResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeClusterResponse.
             * @typedef {logkeeper.broker.DescribeClusterResponse.$Properties} logkeeper.broker.DescribeClusterResponse.$Shape
             */

            /**
             * Constructs a new DescribeClusterResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeClusterResponse.
             * @constructor
             * @param {logkeeper.broker.DescribeClusterResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeClusterResponse = function (properties) {
                this.brokers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeClusterResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.errorCode = 0;

            /**
             * DescribeClusterResponse errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.errorMessage = null;

            /**
             * DescribeClusterResponse clusterId.
             * @member {string} clusterId
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.clusterId = "";

            /**
             * DescribeClusterResponse controllerId.
             * @member {number} controllerId
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.controllerId = 0;

            /**
             * DescribeClusterResponse brokers.
             * @member {Array.<logkeeper.broker.BrokerEndpoint.$Properties>} brokers
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @instance
             */
            DescribeClusterResponse.prototype.brokers = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribeClusterResponse.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribeClusterResponse message. Does not implicitly {@link logkeeper.broker.DescribeClusterResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @static
             * @param {logkeeper.broker.DescribeClusterResponse.$Properties} message DescribeClusterResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeClusterResponse.encode = function (message, writer, _depth) {
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
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clusterId);
                if (message.controllerId != null && $Object.hasOwnProperty.call(message, "controllerId") && message.controllerId !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.controllerId);
                if (message.brokers != null && message.brokers.length)
                    for (let i = 0; i < message.brokers.length; ++i)
                        $root.logkeeper.broker.BrokerEndpoint.encode(message.brokers[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeClusterResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeClusterResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeClusterResponse & logkeeper.broker.DescribeClusterResponse.$Shape} DescribeClusterResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeClusterResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeClusterResponse();
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
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.controllerId = value;
                            else
                                delete message.controllerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.brokers && message.brokers.length))
                                message.brokers = [];
                            message.brokers.push($root.logkeeper.broker.BrokerEndpoint.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeClusterResponse;
        })();

        broker.ProducePartitionData = (function() {

            /**
             * Properties of a ProducePartitionData.
             * @typedef {Object} logkeeper.broker.ProducePartitionData.$Properties
             * @property {number|null} [partition] ProducePartitionData partition
             * @property {Uint8Array|null} [records] ProducePartitionData records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducePartitionData.
             * @memberof logkeeper.broker
             * @interface IProducePartitionData
             * @augments logkeeper.broker.ProducePartitionData.$Properties
             * @deprecated Use logkeeper.broker.ProducePartitionData.$Properties instead.
             */

            /**
             * Shape of a ProducePartitionData.
             * @typedef {logkeeper.broker.ProducePartitionData.$Properties} logkeeper.broker.ProducePartitionData.$Shape
             */

            /**
             * Constructs a new ProducePartitionData.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProducePartitionData.
             * @constructor
             * @param {logkeeper.broker.ProducePartitionData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducePartitionData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducePartitionData partition.
             * @member {number} partition
             * @memberof logkeeper.broker.ProducePartitionData
             * @instance
             */
            ProducePartitionData.prototype.partition = 0;

            /**
             * ProducePartitionData records.
             * @member {Uint8Array} records
             * @memberof logkeeper.broker.ProducePartitionData
             * @instance
             */
            ProducePartitionData.prototype.records = $util.newBuffer([]);

            /**
             * Encodes the specified ProducePartitionData message. Does not implicitly {@link logkeeper.broker.ProducePartitionData.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProducePartitionData
             * @static
             * @param {logkeeper.broker.ProducePartitionData.$Properties} message ProducePartitionData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducePartitionData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducePartitionData message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProducePartitionData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProducePartitionData & logkeeper.broker.ProducePartitionData.$Shape} ProducePartitionData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducePartitionData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProducePartitionData();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
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

            return ProducePartitionData;
        })();

        broker.ProduceTopicData = (function() {

            /**
             * Properties of a ProduceTopicData.
             * @typedef {Object} logkeeper.broker.ProduceTopicData.$Properties
             * @property {string|null} [name] ProduceTopicData name
             * @property {Array.<logkeeper.broker.ProducePartitionData.$Properties>|null} [partitions] ProduceTopicData partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceTopicData.
             * @memberof logkeeper.broker
             * @interface IProduceTopicData
             * @augments logkeeper.broker.ProduceTopicData.$Properties
             * @deprecated Use logkeeper.broker.ProduceTopicData.$Properties instead.
             */

            /**
             * Shape of a ProduceTopicData.
             * @typedef {logkeeper.broker.ProduceTopicData.$Properties} logkeeper.broker.ProduceTopicData.$Shape
             */

            /**
             * Constructs a new ProduceTopicData.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProduceTopicData.
             * @constructor
             * @param {logkeeper.broker.ProduceTopicData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceTopicData = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceTopicData name.
             * @member {string} name
             * @memberof logkeeper.broker.ProduceTopicData
             * @instance
             */
            ProduceTopicData.prototype.name = "";

            /**
             * ProduceTopicData partitions.
             * @member {Array.<logkeeper.broker.ProducePartitionData.$Properties>} partitions
             * @memberof logkeeper.broker.ProduceTopicData
             * @instance
             */
            ProduceTopicData.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ProduceTopicData message. Does not implicitly {@link logkeeper.broker.ProduceTopicData.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProduceTopicData
             * @static
             * @param {logkeeper.broker.ProduceTopicData.$Properties} message ProduceTopicData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceTopicData.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.ProducePartitionData.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceTopicData message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProduceTopicData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceTopicData & logkeeper.broker.ProduceTopicData.$Shape} ProduceTopicData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceTopicData.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProduceTopicData();
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
                            message.partitions.push($root.logkeeper.broker.ProducePartitionData.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceTopicData;
        })();

        broker.ProduceRequest = (function() {

            /**
             * Properties of a ProduceRequest.
             * @typedef {Object} logkeeper.broker.ProduceRequest.$Properties
             * @property {number|null} [acks] ProduceRequest acks
             * @property {number|null} [timeoutMs] ProduceRequest timeoutMs
             * @property {string|null} [transactionalId] ProduceRequest transactionalId
             * @property {Array.<logkeeper.broker.ProduceTopicData.$Properties>|null} [topics] ProduceRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceRequest.
             * @memberof logkeeper.broker
             * @interface IProduceRequest
             * @augments logkeeper.broker.ProduceRequest.$Properties
             * @deprecated Use logkeeper.broker.ProduceRequest.$Properties instead.
             */

            /**
             * Shape of a ProduceRequest.
             * @typedef {logkeeper.broker.ProduceRequest.$Properties} logkeeper.broker.ProduceRequest.$Shape
             */

            /**
             * Constructs a new ProduceRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProduceRequest.
             * @constructor
             * @param {logkeeper.broker.ProduceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceRequest acks.
             * @member {number} acks
             * @memberof logkeeper.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.acks = 0;

            /**
             * ProduceRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.timeoutMs = 0;

            /**
             * ProduceRequest transactionalId.
             * @member {string|null|undefined} transactionalId
             * @memberof logkeeper.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.transactionalId = null;

            /**
             * ProduceRequest topics.
             * @member {Array.<logkeeper.broker.ProduceTopicData.$Properties>} topics
             * @memberof logkeeper.broker.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.topics = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ProduceRequest.prototype, "_transactionalId", {
                get: $util.oneOfGetter($oneOfFields = ["transactionalId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link logkeeper.broker.ProduceRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProduceRequest
             * @static
             * @param {logkeeper.broker.ProduceRequest.$Properties} message ProduceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks") && message.acks !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.acks);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.timeoutMs);
                if (message.transactionalId != null && $Object.hasOwnProperty.call(message, "transactionalId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.transactionalId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.ProduceTopicData.encode(message.topics[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProduceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceRequest & logkeeper.broker.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProduceRequest();
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
                                message.acks = value;
                            else
                                delete message.acks;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.transactionalId = reader.stringVerify();
                            message._transactionalId = "transactionalId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.ProduceTopicData.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceRequest;
        })();

        broker.ProducePartitionResponse = (function() {

            /**
             * Properties of a ProducePartitionResponse.
             * @typedef {Object} logkeeper.broker.ProducePartitionResponse.$Properties
             * @property {number|null} [partition] ProducePartitionResponse partition
             * @property {number|null} [errorCode] ProducePartitionResponse errorCode
             * @property {string|null} [errorMessage] ProducePartitionResponse errorMessage
             * @property {number|null} [baseOffset] ProducePartitionResponse baseOffset
             * @property {number|null} [logAppendTime] ProducePartitionResponse logAppendTime
             * @property {number|null} [logStartOffset] ProducePartitionResponse logStartOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProducePartitionResponse.
             * @memberof logkeeper.broker
             * @interface IProducePartitionResponse
             * @augments logkeeper.broker.ProducePartitionResponse.$Properties
             * @deprecated Use logkeeper.broker.ProducePartitionResponse.$Properties instead.
             */

            /**
             * Shape of a ProducePartitionResponse.
             * @typedef {logkeeper.broker.ProducePartitionResponse.$Properties} logkeeper.broker.ProducePartitionResponse.$Shape
             */

            /**
             * Constructs a new ProducePartitionResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProducePartitionResponse.
             * @constructor
             * @param {logkeeper.broker.ProducePartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProducePartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProducePartitionResponse partition.
             * @member {number} partition
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.partition = 0;

            /**
             * ProducePartitionResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.errorCode = 0;

            /**
             * ProducePartitionResponse errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.errorMessage = null;

            /**
             * ProducePartitionResponse baseOffset.
             * @member {number} baseOffset
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.baseOffset = 0;

            /**
             * ProducePartitionResponse logAppendTime.
             * @member {number} logAppendTime
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.logAppendTime = 0;

            /**
             * ProducePartitionResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @instance
             */
            ProducePartitionResponse.prototype.logStartOffset = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ProducePartitionResponse.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ProducePartitionResponse message. Does not implicitly {@link logkeeper.broker.ProducePartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @static
             * @param {logkeeper.broker.ProducePartitionResponse.$Properties} message ProducePartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProducePartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorMessage);
                if (message.baseOffset != null && $Object.hasOwnProperty.call(message, "baseOffset") && !$Object.is(message.baseOffset, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.baseOffset);
                if (message.logAppendTime != null && $Object.hasOwnProperty.call(message, "logAppendTime") && !$Object.is(message.logAppendTime, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.logAppendTime);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && !$Object.is(message.logStartOffset, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.logStartOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProducePartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProducePartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProducePartitionResponse & logkeeper.broker.ProducePartitionResponse.$Shape} ProducePartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProducePartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProducePartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
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
                            message.errorMessage = reader.stringVerify();
                            message._errorMessage = "errorMessage";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.baseOffset = value;
                            else
                                delete message.baseOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logAppendTime = value;
                            else
                                delete message.logAppendTime;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
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

            return ProducePartitionResponse;
        })();

        broker.ProduceTopicResponse = (function() {

            /**
             * Properties of a ProduceTopicResponse.
             * @typedef {Object} logkeeper.broker.ProduceTopicResponse.$Properties
             * @property {string|null} [name] ProduceTopicResponse name
             * @property {Array.<logkeeper.broker.ProducePartitionResponse.$Properties>|null} [partitions] ProduceTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceTopicResponse.
             * @memberof logkeeper.broker
             * @interface IProduceTopicResponse
             * @augments logkeeper.broker.ProduceTopicResponse.$Properties
             * @deprecated Use logkeeper.broker.ProduceTopicResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceTopicResponse.
             * @typedef {logkeeper.broker.ProduceTopicResponse.$Properties} logkeeper.broker.ProduceTopicResponse.$Shape
             */

            /**
             * Constructs a new ProduceTopicResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProduceTopicResponse.
             * @constructor
             * @param {logkeeper.broker.ProduceTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.broker.ProduceTopicResponse
             * @instance
             */
            ProduceTopicResponse.prototype.name = "";

            /**
             * ProduceTopicResponse partitions.
             * @member {Array.<logkeeper.broker.ProducePartitionResponse.$Properties>} partitions
             * @memberof logkeeper.broker.ProduceTopicResponse
             * @instance
             */
            ProduceTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ProduceTopicResponse message. Does not implicitly {@link logkeeper.broker.ProduceTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProduceTopicResponse
             * @static
             * @param {logkeeper.broker.ProduceTopicResponse.$Properties} message ProduceTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceTopicResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.ProducePartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProduceTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceTopicResponse & logkeeper.broker.ProduceTopicResponse.$Shape} ProduceTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProduceTopicResponse();
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
                            message.partitions.push($root.logkeeper.broker.ProducePartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceTopicResponse;
        })();

        broker.ProduceResponse = (function() {

            /**
             * Properties of a ProduceResponse.
             * @typedef {Object} logkeeper.broker.ProduceResponse.$Properties
             * @property {Array.<logkeeper.broker.ProduceTopicResponse.$Properties>|null} [topics] ProduceResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceResponse.
             * @memberof logkeeper.broker
             * @interface IProduceResponse
             * @augments logkeeper.broker.ProduceResponse.$Properties
             * @deprecated Use logkeeper.broker.ProduceResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceResponse.
             * @typedef {logkeeper.broker.ProduceResponse.$Properties} logkeeper.broker.ProduceResponse.$Shape
             */

            /**
             * Constructs a new ProduceResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ProduceResponse.
             * @constructor
             * @param {logkeeper.broker.ProduceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceResponse topics.
             * @member {Array.<logkeeper.broker.ProduceTopicResponse.$Properties>} topics
             * @memberof logkeeper.broker.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link logkeeper.broker.ProduceResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ProduceResponse
             * @static
             * @param {logkeeper.broker.ProduceResponse.$Properties} message ProduceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.ProduceTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ProduceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ProduceResponse & logkeeper.broker.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ProduceResponse();
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
                            message.topics.push($root.logkeeper.broker.ProduceTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ProduceResponse;
        })();

        broker.FetchPartition = (function() {

            /**
             * Properties of a FetchPartition.
             * @typedef {Object} logkeeper.broker.FetchPartition.$Properties
             * @property {number|null} [partition] FetchPartition partition
             * @property {number|null} [currentLeaderEpoch] FetchPartition currentLeaderEpoch
             * @property {number|null} [fetchOffset] FetchPartition fetchOffset
             * @property {number|null} [logStartOffset] FetchPartition logStartOffset
             * @property {number|null} [partitionMaxBytes] FetchPartition partitionMaxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchPartition.
             * @memberof logkeeper.broker
             * @interface IFetchPartition
             * @augments logkeeper.broker.FetchPartition.$Properties
             * @deprecated Use logkeeper.broker.FetchPartition.$Properties instead.
             */

            /**
             * Shape of a FetchPartition.
             * @typedef {logkeeper.broker.FetchPartition.$Properties} logkeeper.broker.FetchPartition.$Shape
             */

            /**
             * Constructs a new FetchPartition.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchPartition.
             * @constructor
             * @param {logkeeper.broker.FetchPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchPartition partition.
             * @member {number} partition
             * @memberof logkeeper.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.partition = 0;

            /**
             * FetchPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof logkeeper.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.currentLeaderEpoch = 0;

            /**
             * FetchPartition fetchOffset.
             * @member {number} fetchOffset
             * @memberof logkeeper.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.fetchOffset = 0;

            /**
             * FetchPartition logStartOffset.
             * @member {number} logStartOffset
             * @memberof logkeeper.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.logStartOffset = 0;

            /**
             * FetchPartition partitionMaxBytes.
             * @member {number} partitionMaxBytes
             * @memberof logkeeper.broker.FetchPartition
             * @instance
             */
            FetchPartition.prototype.partitionMaxBytes = 0;

            /**
             * Encodes the specified FetchPartition message. Does not implicitly {@link logkeeper.broker.FetchPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchPartition
             * @static
             * @param {logkeeper.broker.FetchPartition.$Properties} message FetchPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.currentLeaderEpoch);
                if (message.fetchOffset != null && $Object.hasOwnProperty.call(message, "fetchOffset") && !$Object.is(message.fetchOffset, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.fetchOffset);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && !$Object.is(message.logStartOffset, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.logStartOffset);
                if (message.partitionMaxBytes != null && $Object.hasOwnProperty.call(message, "partitionMaxBytes") && message.partitionMaxBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.partitionMaxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchPartition & logkeeper.broker.FetchPartition.$Shape} FetchPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fetchOffset = value;
                            else
                                delete message.fetchOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.partitionMaxBytes = value;
                            else
                                delete message.partitionMaxBytes;
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

            return FetchPartition;
        })();

        broker.FetchTopic = (function() {

            /**
             * Properties of a FetchTopic.
             * @typedef {Object} logkeeper.broker.FetchTopic.$Properties
             * @property {string|null} [name] FetchTopic name
             * @property {Array.<logkeeper.broker.FetchPartition.$Properties>|null} [partitions] FetchTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchTopic.
             * @memberof logkeeper.broker
             * @interface IFetchTopic
             * @augments logkeeper.broker.FetchTopic.$Properties
             * @deprecated Use logkeeper.broker.FetchTopic.$Properties instead.
             */

            /**
             * Shape of a FetchTopic.
             * @typedef {logkeeper.broker.FetchTopic.$Properties} logkeeper.broker.FetchTopic.$Shape
             */

            /**
             * Constructs a new FetchTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchTopic.
             * @constructor
             * @param {logkeeper.broker.FetchTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.FetchTopic
             * @instance
             */
            FetchTopic.prototype.name = "";

            /**
             * FetchTopic partitions.
             * @member {Array.<logkeeper.broker.FetchPartition.$Properties>} partitions
             * @memberof logkeeper.broker.FetchTopic
             * @instance
             */
            FetchTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified FetchTopic message. Does not implicitly {@link logkeeper.broker.FetchTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchTopic
             * @static
             * @param {logkeeper.broker.FetchTopic.$Properties} message FetchTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchTopic.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.FetchPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchTopic & logkeeper.broker.FetchTopic.$Shape} FetchTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchTopic();
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
                            message.partitions.push($root.logkeeper.broker.FetchPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchTopic;
        })();

        broker.FetchRequest = (function() {

            /**
             * Properties of a FetchRequest.
             * @typedef {Object} logkeeper.broker.FetchRequest.$Properties
             * @property {number|null} [replicaId] FetchRequest replicaId
             * @property {number|null} [maxWaitMs] FetchRequest maxWaitMs
             * @property {number|null} [minBytes] FetchRequest minBytes
             * @property {number|null} [maxBytes] FetchRequest maxBytes
             * @property {number|null} [isolationLevel] FetchRequest isolationLevel
             * @property {Array.<logkeeper.broker.FetchTopic.$Properties>|null} [topics] FetchRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchRequest.
             * @memberof logkeeper.broker
             * @interface IFetchRequest
             * @augments logkeeper.broker.FetchRequest.$Properties
             * @deprecated Use logkeeper.broker.FetchRequest.$Properties instead.
             */

            /**
             * Shape of a FetchRequest.
             * @typedef {logkeeper.broker.FetchRequest.$Properties} logkeeper.broker.FetchRequest.$Shape
             */

            /**
             * Constructs a new FetchRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchRequest.
             * @constructor
             * @param {logkeeper.broker.FetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchRequest replicaId.
             * @member {number} replicaId
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.replicaId = 0;

            /**
             * FetchRequest maxWaitMs.
             * @member {number} maxWaitMs
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxWaitMs = 0;

            /**
             * FetchRequest minBytes.
             * @member {number} minBytes
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.minBytes = 0;

            /**
             * FetchRequest maxBytes.
             * @member {number} maxBytes
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxBytes = 0;

            /**
             * FetchRequest isolationLevel.
             * @member {number} isolationLevel
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.isolationLevel = 0;

            /**
             * FetchRequest topics.
             * @member {Array.<logkeeper.broker.FetchTopic.$Properties>} topics
             * @memberof logkeeper.broker.FetchRequest
             * @instance
             */
            FetchRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link logkeeper.broker.FetchRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchRequest
             * @static
             * @param {logkeeper.broker.FetchRequest.$Properties} message FetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.replicaId);
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs") && message.maxWaitMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.maxWaitMs);
                if (message.minBytes != null && $Object.hasOwnProperty.call(message, "minBytes") && message.minBytes !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.minBytes);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.maxBytes);
                if (message.isolationLevel != null && $Object.hasOwnProperty.call(message, "isolationLevel") && message.isolationLevel !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.isolationLevel);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.FetchTopic.encode(message.topics[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchRequest & logkeeper.broker.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.maxWaitMs = value;
                            else
                                delete message.maxWaitMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.minBytes = value;
                            else
                                delete message.minBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.isolationLevel = value;
                            else
                                delete message.isolationLevel;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.FetchTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchRequest;
        })();

        broker.FetchPartitionResponse = (function() {

            /**
             * Properties of a FetchPartitionResponse.
             * @typedef {Object} logkeeper.broker.FetchPartitionResponse.$Properties
             * @property {number|null} [partition] FetchPartitionResponse partition
             * @property {number|null} [errorCode] FetchPartitionResponse errorCode
             * @property {number|null} [highWatermark] FetchPartitionResponse highWatermark
             * @property {number|null} [lastStableOffset] FetchPartitionResponse lastStableOffset
             * @property {number|null} [logStartOffset] FetchPartitionResponse logStartOffset
             * @property {Array.<Uint8Array>|null} [records] FetchPartitionResponse records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchPartitionResponse.
             * @memberof logkeeper.broker
             * @interface IFetchPartitionResponse
             * @augments logkeeper.broker.FetchPartitionResponse.$Properties
             * @deprecated Use logkeeper.broker.FetchPartitionResponse.$Properties instead.
             */

            /**
             * Shape of a FetchPartitionResponse.
             * @typedef {logkeeper.broker.FetchPartitionResponse.$Properties} logkeeper.broker.FetchPartitionResponse.$Shape
             */

            /**
             * Constructs a new FetchPartitionResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchPartitionResponse.
             * @constructor
             * @param {logkeeper.broker.FetchPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchPartitionResponse = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchPartitionResponse partition.
             * @member {number} partition
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.partition = 0;

            /**
             * FetchPartitionResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.errorCode = 0;

            /**
             * FetchPartitionResponse highWatermark.
             * @member {number} highWatermark
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.highWatermark = 0;

            /**
             * FetchPartitionResponse lastStableOffset.
             * @member {number} lastStableOffset
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.lastStableOffset = 0;

            /**
             * FetchPartitionResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.logStartOffset = 0;

            /**
             * FetchPartitionResponse records.
             * @member {Array.<Uint8Array>} records
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @instance
             */
            FetchPartitionResponse.prototype.records = $util.emptyArray;

            /**
             * Encodes the specified FetchPartitionResponse message. Does not implicitly {@link logkeeper.broker.FetchPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @static
             * @param {logkeeper.broker.FetchPartitionResponse.$Properties} message FetchPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && !$Object.is(message.highWatermark, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.highWatermark);
                if (message.lastStableOffset != null && $Object.hasOwnProperty.call(message, "lastStableOffset") && !$Object.is(message.lastStableOffset, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.lastStableOffset);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && !$Object.is(message.logStartOffset, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.logStartOffset);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.records[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchPartitionResponse & logkeeper.broker.FetchPartitionResponse.$Shape} FetchPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lastStableOffset = value;
                            else
                                delete message.lastStableOffset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push(reader.bytes());
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

            return FetchPartitionResponse;
        })();

        broker.FetchTopicResponse = (function() {

            /**
             * Properties of a FetchTopicResponse.
             * @typedef {Object} logkeeper.broker.FetchTopicResponse.$Properties
             * @property {string|null} [name] FetchTopicResponse name
             * @property {Array.<logkeeper.broker.FetchPartitionResponse.$Properties>|null} [partitions] FetchTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchTopicResponse.
             * @memberof logkeeper.broker
             * @interface IFetchTopicResponse
             * @augments logkeeper.broker.FetchTopicResponse.$Properties
             * @deprecated Use logkeeper.broker.FetchTopicResponse.$Properties instead.
             */

            /**
             * Shape of a FetchTopicResponse.
             * @typedef {logkeeper.broker.FetchTopicResponse.$Properties} logkeeper.broker.FetchTopicResponse.$Shape
             */

            /**
             * Constructs a new FetchTopicResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchTopicResponse.
             * @constructor
             * @param {logkeeper.broker.FetchTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.broker.FetchTopicResponse
             * @instance
             */
            FetchTopicResponse.prototype.name = "";

            /**
             * FetchTopicResponse partitions.
             * @member {Array.<logkeeper.broker.FetchPartitionResponse.$Properties>} partitions
             * @memberof logkeeper.broker.FetchTopicResponse
             * @instance
             */
            FetchTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified FetchTopicResponse message. Does not implicitly {@link logkeeper.broker.FetchTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchTopicResponse
             * @static
             * @param {logkeeper.broker.FetchTopicResponse.$Properties} message FetchTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchTopicResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.FetchPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchTopicResponse & logkeeper.broker.FetchTopicResponse.$Shape} FetchTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchTopicResponse();
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
                            message.partitions.push($root.logkeeper.broker.FetchPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchTopicResponse;
        })();

        broker.FetchResponse = (function() {

            /**
             * Properties of a FetchResponse.
             * @typedef {Object} logkeeper.broker.FetchResponse.$Properties
             * @property {number|null} [errorCode] FetchResponse errorCode
             * @property {Array.<logkeeper.broker.FetchTopicResponse.$Properties>|null} [topics] FetchResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchResponse.
             * @memberof logkeeper.broker
             * @interface IFetchResponse
             * @augments logkeeper.broker.FetchResponse.$Properties
             * @deprecated Use logkeeper.broker.FetchResponse.$Properties instead.
             */

            /**
             * Shape of a FetchResponse.
             * @typedef {logkeeper.broker.FetchResponse.$Properties} logkeeper.broker.FetchResponse.$Shape
             */

            /**
             * Constructs a new FetchResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a FetchResponse.
             * @constructor
             * @param {logkeeper.broker.FetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.FetchResponse
             * @instance
             */
            FetchResponse.prototype.errorCode = 0;

            /**
             * FetchResponse topics.
             * @member {Array.<logkeeper.broker.FetchTopicResponse.$Properties>} topics
             * @memberof logkeeper.broker.FetchResponse
             * @instance
             */
            FetchResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link logkeeper.broker.FetchResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.FetchResponse
             * @static
             * @param {logkeeper.broker.FetchResponse.$Properties} message FetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.FetchTopicResponse.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.FetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.FetchResponse & logkeeper.broker.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.FetchResponse();
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
                            message.topics.push($root.logkeeper.broker.FetchTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return FetchResponse;
        })();

        broker.ListOffsetsPartition = (function() {

            /**
             * Properties of a ListOffsetsPartition.
             * @typedef {Object} logkeeper.broker.ListOffsetsPartition.$Properties
             * @property {number|null} [partition] ListOffsetsPartition partition
             * @property {number|null} [currentLeaderEpoch] ListOffsetsPartition currentLeaderEpoch
             * @property {number|null} [timestamp] ListOffsetsPartition timestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsPartition.
             * @memberof logkeeper.broker
             * @interface IListOffsetsPartition
             * @augments logkeeper.broker.ListOffsetsPartition.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsPartition.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsPartition.
             * @typedef {logkeeper.broker.ListOffsetsPartition.$Properties} logkeeper.broker.ListOffsetsPartition.$Shape
             */

            /**
             * Constructs a new ListOffsetsPartition.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsPartition.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsPartition partition.
             * @member {number} partition
             * @memberof logkeeper.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.partition = 0;

            /**
             * ListOffsetsPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof logkeeper.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.currentLeaderEpoch = 0;

            /**
             * ListOffsetsPartition timestamp.
             * @member {number} timestamp
             * @memberof logkeeper.broker.ListOffsetsPartition
             * @instance
             */
            ListOffsetsPartition.prototype.timestamp = 0;

            /**
             * Encodes the specified ListOffsetsPartition message. Does not implicitly {@link logkeeper.broker.ListOffsetsPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsPartition
             * @static
             * @param {logkeeper.broker.ListOffsetsPartition.$Properties} message ListOffsetsPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.currentLeaderEpoch);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && !$Object.is(message.timestamp, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.timestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsPartition & logkeeper.broker.ListOffsetsPartition.$Shape} ListOffsetsPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timestamp = value;
                            else
                                delete message.timestamp;
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

            return ListOffsetsPartition;
        })();

        broker.ListOffsetsTopic = (function() {

            /**
             * Properties of a ListOffsetsTopic.
             * @typedef {Object} logkeeper.broker.ListOffsetsTopic.$Properties
             * @property {string|null} [name] ListOffsetsTopic name
             * @property {Array.<logkeeper.broker.ListOffsetsPartition.$Properties>|null} [partitions] ListOffsetsTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsTopic.
             * @memberof logkeeper.broker
             * @interface IListOffsetsTopic
             * @augments logkeeper.broker.ListOffsetsTopic.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsTopic.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsTopic.
             * @typedef {logkeeper.broker.ListOffsetsTopic.$Properties} logkeeper.broker.ListOffsetsTopic.$Shape
             */

            /**
             * Constructs a new ListOffsetsTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsTopic.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.ListOffsetsTopic
             * @instance
             */
            ListOffsetsTopic.prototype.name = "";

            /**
             * ListOffsetsTopic partitions.
             * @member {Array.<logkeeper.broker.ListOffsetsPartition.$Properties>} partitions
             * @memberof logkeeper.broker.ListOffsetsTopic
             * @instance
             */
            ListOffsetsTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsTopic message. Does not implicitly {@link logkeeper.broker.ListOffsetsTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsTopic
             * @static
             * @param {logkeeper.broker.ListOffsetsTopic.$Properties} message ListOffsetsTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsTopic.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.ListOffsetsPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsTopic & logkeeper.broker.ListOffsetsTopic.$Shape} ListOffsetsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsTopic();
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
                            message.partitions.push($root.logkeeper.broker.ListOffsetsPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsTopic;
        })();

        broker.ListOffsetsRequest = (function() {

            /**
             * Properties of a ListOffsetsRequest.
             * @typedef {Object} logkeeper.broker.ListOffsetsRequest.$Properties
             * @property {number|null} [replicaId] ListOffsetsRequest replicaId
             * @property {number|null} [isolationLevel] ListOffsetsRequest isolationLevel
             * @property {Array.<logkeeper.broker.ListOffsetsTopic.$Properties>|null} [topics] ListOffsetsRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsRequest.
             * @memberof logkeeper.broker
             * @interface IListOffsetsRequest
             * @augments logkeeper.broker.ListOffsetsRequest.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsRequest.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsRequest.
             * @typedef {logkeeper.broker.ListOffsetsRequest.$Properties} logkeeper.broker.ListOffsetsRequest.$Shape
             */

            /**
             * Constructs a new ListOffsetsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsRequest.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsRequest replicaId.
             * @member {number} replicaId
             * @memberof logkeeper.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.replicaId = 0;

            /**
             * ListOffsetsRequest isolationLevel.
             * @member {number} isolationLevel
             * @memberof logkeeper.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.isolationLevel = 0;

            /**
             * ListOffsetsRequest topics.
             * @member {Array.<logkeeper.broker.ListOffsetsTopic.$Properties>} topics
             * @memberof logkeeper.broker.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link logkeeper.broker.ListOffsetsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsRequest
             * @static
             * @param {logkeeper.broker.ListOffsetsRequest.$Properties} message ListOffsetsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.replicaId);
                if (message.isolationLevel != null && $Object.hasOwnProperty.call(message, "isolationLevel") && message.isolationLevel !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.isolationLevel);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.ListOffsetsTopic.encode(message.topics[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsRequest & logkeeper.broker.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.isolationLevel = value;
                            else
                                delete message.isolationLevel;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.ListOffsetsTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsRequest;
        })();

        broker.ListOffsetsPartitionResponse = (function() {

            /**
             * Properties of a ListOffsetsPartitionResponse.
             * @typedef {Object} logkeeper.broker.ListOffsetsPartitionResponse.$Properties
             * @property {number|null} [partition] ListOffsetsPartitionResponse partition
             * @property {number|null} [errorCode] ListOffsetsPartitionResponse errorCode
             * @property {number|null} [timestamp] ListOffsetsPartitionResponse timestamp
             * @property {number|null} [offset] ListOffsetsPartitionResponse offset
             * @property {number|null} [leaderEpoch] ListOffsetsPartitionResponse leaderEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsPartitionResponse.
             * @memberof logkeeper.broker
             * @interface IListOffsetsPartitionResponse
             * @augments logkeeper.broker.ListOffsetsPartitionResponse.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsPartitionResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsPartitionResponse.
             * @typedef {logkeeper.broker.ListOffsetsPartitionResponse.$Properties} logkeeper.broker.ListOffsetsPartitionResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsPartitionResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsPartitionResponse.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsPartitionResponse partition.
             * @member {number} partition
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.partition = 0;

            /**
             * ListOffsetsPartitionResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.errorCode = 0;

            /**
             * ListOffsetsPartitionResponse timestamp.
             * @member {number} timestamp
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.timestamp = 0;

            /**
             * ListOffsetsPartitionResponse offset.
             * @member {number} offset
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.offset = 0;

            /**
             * ListOffsetsPartitionResponse leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @instance
             */
            ListOffsetsPartitionResponse.prototype.leaderEpoch = 0;

            /**
             * Encodes the specified ListOffsetsPartitionResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @static
             * @param {logkeeper.broker.ListOffsetsPartitionResponse.$Properties} message ListOffsetsPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && !$Object.is(message.timestamp, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.timestamp);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && !$Object.is(message.offset, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.offset);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.leaderEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsPartitionResponse & logkeeper.broker.ListOffsetsPartitionResponse.$Shape} ListOffsetsPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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

            return ListOffsetsPartitionResponse;
        })();

        broker.ListOffsetsTopicResponse = (function() {

            /**
             * Properties of a ListOffsetsTopicResponse.
             * @typedef {Object} logkeeper.broker.ListOffsetsTopicResponse.$Properties
             * @property {string|null} [name] ListOffsetsTopicResponse name
             * @property {Array.<logkeeper.broker.ListOffsetsPartitionResponse.$Properties>|null} [partitions] ListOffsetsTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsTopicResponse.
             * @memberof logkeeper.broker
             * @interface IListOffsetsTopicResponse
             * @augments logkeeper.broker.ListOffsetsTopicResponse.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsTopicResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsTopicResponse.
             * @typedef {logkeeper.broker.ListOffsetsTopicResponse.$Properties} logkeeper.broker.ListOffsetsTopicResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsTopicResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsTopicResponse.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.broker.ListOffsetsTopicResponse
             * @instance
             */
            ListOffsetsTopicResponse.prototype.name = "";

            /**
             * ListOffsetsTopicResponse partitions.
             * @member {Array.<logkeeper.broker.ListOffsetsPartitionResponse.$Properties>} partitions
             * @memberof logkeeper.broker.ListOffsetsTopicResponse
             * @instance
             */
            ListOffsetsTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsTopicResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsTopicResponse
             * @static
             * @param {logkeeper.broker.ListOffsetsTopicResponse.$Properties} message ListOffsetsTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsTopicResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.ListOffsetsPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsTopicResponse & logkeeper.broker.ListOffsetsTopicResponse.$Shape} ListOffsetsTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsTopicResponse();
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
                            message.partitions.push($root.logkeeper.broker.ListOffsetsPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsTopicResponse;
        })();

        broker.ListOffsetsResponse = (function() {

            /**
             * Properties of a ListOffsetsResponse.
             * @typedef {Object} logkeeper.broker.ListOffsetsResponse.$Properties
             * @property {Array.<logkeeper.broker.ListOffsetsTopicResponse.$Properties>|null} [topics] ListOffsetsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsResponse.
             * @memberof logkeeper.broker
             * @interface IListOffsetsResponse
             * @augments logkeeper.broker.ListOffsetsResponse.$Properties
             * @deprecated Use logkeeper.broker.ListOffsetsResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsResponse.
             * @typedef {logkeeper.broker.ListOffsetsResponse.$Properties} logkeeper.broker.ListOffsetsResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a ListOffsetsResponse.
             * @constructor
             * @param {logkeeper.broker.ListOffsetsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsResponse topics.
             * @member {Array.<logkeeper.broker.ListOffsetsTopicResponse.$Properties>} topics
             * @memberof logkeeper.broker.ListOffsetsResponse
             * @instance
             */
            ListOffsetsResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link logkeeper.broker.ListOffsetsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ListOffsetsResponse
             * @static
             * @param {logkeeper.broker.ListOffsetsResponse.$Properties} message ListOffsetsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.ListOffsetsTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ListOffsetsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ListOffsetsResponse & logkeeper.broker.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ListOffsetsResponse();
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
                            message.topics.push($root.logkeeper.broker.ListOffsetsTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListOffsetsResponse;
        })();

        broker.OffsetForLeaderEpochPartition = (function() {

            /**
             * Properties of an OffsetForLeaderEpochPartition.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochPartition.$Properties
             * @property {number|null} [partition] OffsetForLeaderEpochPartition partition
             * @property {number|null} [currentLeaderEpoch] OffsetForLeaderEpochPartition currentLeaderEpoch
             * @property {number|null} [leaderEpoch] OffsetForLeaderEpochPartition leaderEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochPartition.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochPartition
             * @augments logkeeper.broker.OffsetForLeaderEpochPartition.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochPartition.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochPartition.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochPartition.$Properties} logkeeper.broker.OffsetForLeaderEpochPartition.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochPartition.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochPartition.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochPartition partition.
             * @member {number} partition
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartition
             * @instance
             */
            OffsetForLeaderEpochPartition.prototype.partition = 0;

            /**
             * OffsetForLeaderEpochPartition currentLeaderEpoch.
             * @member {number} currentLeaderEpoch
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartition
             * @instance
             */
            OffsetForLeaderEpochPartition.prototype.currentLeaderEpoch = 0;

            /**
             * OffsetForLeaderEpochPartition leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartition
             * @instance
             */
            OffsetForLeaderEpochPartition.prototype.leaderEpoch = 0;

            /**
             * Encodes the specified OffsetForLeaderEpochPartition message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartition
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochPartition.$Properties} message OffsetForLeaderEpochPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.currentLeaderEpoch != null && $Object.hasOwnProperty.call(message, "currentLeaderEpoch") && message.currentLeaderEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.currentLeaderEpoch);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.leaderEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochPartition & logkeeper.broker.OffsetForLeaderEpochPartition.$Shape} OffsetForLeaderEpochPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.currentLeaderEpoch = value;
                            else
                                delete message.currentLeaderEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
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

            return OffsetForLeaderEpochPartition;
        })();

        broker.OffsetForLeaderEpochTopic = (function() {

            /**
             * Properties of an OffsetForLeaderEpochTopic.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochTopic.$Properties
             * @property {string|null} [name] OffsetForLeaderEpochTopic name
             * @property {Array.<logkeeper.broker.OffsetForLeaderEpochPartition.$Properties>|null} [partitions] OffsetForLeaderEpochTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochTopic.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochTopic
             * @augments logkeeper.broker.OffsetForLeaderEpochTopic.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochTopic.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochTopic.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochTopic.$Properties} logkeeper.broker.OffsetForLeaderEpochTopic.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochTopic.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopic
             * @instance
             */
            OffsetForLeaderEpochTopic.prototype.name = "";

            /**
             * OffsetForLeaderEpochTopic partitions.
             * @member {Array.<logkeeper.broker.OffsetForLeaderEpochPartition.$Properties>} partitions
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopic
             * @instance
             */
            OffsetForLeaderEpochTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderEpochTopic message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopic
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochTopic.$Properties} message OffsetForLeaderEpochTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochTopic.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.OffsetForLeaderEpochPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochTopic & logkeeper.broker.OffsetForLeaderEpochTopic.$Shape} OffsetForLeaderEpochTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochTopic();
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
                            message.partitions.push($root.logkeeper.broker.OffsetForLeaderEpochPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderEpochTopic;
        })();

        broker.OffsetForLeaderEpochRequest = (function() {

            /**
             * Properties of an OffsetForLeaderEpochRequest.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochRequest.$Properties
             * @property {number|null} [replicaId] OffsetForLeaderEpochRequest replicaId
             * @property {Array.<logkeeper.broker.OffsetForLeaderEpochTopic.$Properties>|null} [topics] OffsetForLeaderEpochRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochRequest.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochRequest
             * @augments logkeeper.broker.OffsetForLeaderEpochRequest.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochRequest.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochRequest.$Properties} logkeeper.broker.OffsetForLeaderEpochRequest.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochRequest.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochRequest replicaId.
             * @member {number} replicaId
             * @memberof logkeeper.broker.OffsetForLeaderEpochRequest
             * @instance
             */
            OffsetForLeaderEpochRequest.prototype.replicaId = 0;

            /**
             * OffsetForLeaderEpochRequest topics.
             * @member {Array.<logkeeper.broker.OffsetForLeaderEpochTopic.$Properties>} topics
             * @memberof logkeeper.broker.OffsetForLeaderEpochRequest
             * @instance
             */
            OffsetForLeaderEpochRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderEpochRequest message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochRequest
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochRequest.$Properties} message OffsetForLeaderEpochRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.replicaId != null && $Object.hasOwnProperty.call(message, "replicaId") && message.replicaId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.replicaId);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.OffsetForLeaderEpochTopic.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochRequest & logkeeper.broker.OffsetForLeaderEpochRequest.$Shape} OffsetForLeaderEpochRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochRequest();
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
                                message.replicaId = value;
                            else
                                delete message.replicaId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.OffsetForLeaderEpochTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderEpochRequest;
        })();

        broker.OffsetForLeaderEpochPartitionResponse = (function() {

            /**
             * Properties of an OffsetForLeaderEpochPartitionResponse.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties
             * @property {number|null} [partition] OffsetForLeaderEpochPartitionResponse partition
             * @property {number|null} [errorCode] OffsetForLeaderEpochPartitionResponse errorCode
             * @property {number|null} [leaderEpoch] OffsetForLeaderEpochPartitionResponse leaderEpoch
             * @property {number|null} [endOffset] OffsetForLeaderEpochPartitionResponse endOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochPartitionResponse.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochPartitionResponse
             * @augments logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochPartitionResponse.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties} logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochPartitionResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochPartitionResponse.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochPartitionResponse partition.
             * @member {number} partition
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @instance
             */
            OffsetForLeaderEpochPartitionResponse.prototype.partition = 0;

            /**
             * OffsetForLeaderEpochPartitionResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @instance
             */
            OffsetForLeaderEpochPartitionResponse.prototype.errorCode = 0;

            /**
             * OffsetForLeaderEpochPartitionResponse leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @instance
             */
            OffsetForLeaderEpochPartitionResponse.prototype.leaderEpoch = 0;

            /**
             * OffsetForLeaderEpochPartitionResponse endOffset.
             * @member {number} endOffset
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @instance
             */
            OffsetForLeaderEpochPartitionResponse.prototype.endOffset = 0;

            /**
             * Encodes the specified OffsetForLeaderEpochPartitionResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties} message OffsetForLeaderEpochPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.leaderEpoch);
                if (message.endOffset != null && $Object.hasOwnProperty.call(message, "endOffset") && !$Object.is(message.endOffset, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.endOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochPartitionResponse & logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Shape} OffsetForLeaderEpochPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.endOffset = value;
                            else
                                delete message.endOffset;
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

            return OffsetForLeaderEpochPartitionResponse;
        })();

        broker.OffsetForLeaderEpochTopicResponse = (function() {

            /**
             * Properties of an OffsetForLeaderEpochTopicResponse.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties
             * @property {string|null} [name] OffsetForLeaderEpochTopicResponse name
             * @property {Array.<logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties>|null} [partitions] OffsetForLeaderEpochTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochTopicResponse.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochTopicResponse
             * @augments logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochTopicResponse.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties} logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochTopicResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochTopicResponse.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopicResponse
             * @instance
             */
            OffsetForLeaderEpochTopicResponse.prototype.name = "";

            /**
             * OffsetForLeaderEpochTopicResponse partitions.
             * @member {Array.<logkeeper.broker.OffsetForLeaderEpochPartitionResponse.$Properties>} partitions
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopicResponse
             * @instance
             */
            OffsetForLeaderEpochTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderEpochTopicResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopicResponse
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties} message OffsetForLeaderEpochTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochTopicResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.OffsetForLeaderEpochPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochTopicResponse & logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Shape} OffsetForLeaderEpochTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochTopicResponse();
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
                            message.partitions.push($root.logkeeper.broker.OffsetForLeaderEpochPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderEpochTopicResponse;
        })();

        broker.OffsetForLeaderEpochResponse = (function() {

            /**
             * Properties of an OffsetForLeaderEpochResponse.
             * @typedef {Object} logkeeper.broker.OffsetForLeaderEpochResponse.$Properties
             * @property {Array.<logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties>|null} [topics] OffsetForLeaderEpochResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetForLeaderEpochResponse.
             * @memberof logkeeper.broker
             * @interface IOffsetForLeaderEpochResponse
             * @augments logkeeper.broker.OffsetForLeaderEpochResponse.$Properties
             * @deprecated Use logkeeper.broker.OffsetForLeaderEpochResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetForLeaderEpochResponse.
             * @typedef {logkeeper.broker.OffsetForLeaderEpochResponse.$Properties} logkeeper.broker.OffsetForLeaderEpochResponse.$Shape
             */

            /**
             * Constructs a new OffsetForLeaderEpochResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an OffsetForLeaderEpochResponse.
             * @constructor
             * @param {logkeeper.broker.OffsetForLeaderEpochResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetForLeaderEpochResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetForLeaderEpochResponse topics.
             * @member {Array.<logkeeper.broker.OffsetForLeaderEpochTopicResponse.$Properties>} topics
             * @memberof logkeeper.broker.OffsetForLeaderEpochResponse
             * @instance
             */
            OffsetForLeaderEpochResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified OffsetForLeaderEpochResponse message. Does not implicitly {@link logkeeper.broker.OffsetForLeaderEpochResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.OffsetForLeaderEpochResponse
             * @static
             * @param {logkeeper.broker.OffsetForLeaderEpochResponse.$Properties} message OffsetForLeaderEpochResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetForLeaderEpochResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.OffsetForLeaderEpochTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetForLeaderEpochResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.OffsetForLeaderEpochResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.OffsetForLeaderEpochResponse & logkeeper.broker.OffsetForLeaderEpochResponse.$Shape} OffsetForLeaderEpochResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetForLeaderEpochResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.OffsetForLeaderEpochResponse();
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
                            message.topics.push($root.logkeeper.broker.OffsetForLeaderEpochTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return OffsetForLeaderEpochResponse;
        })();

        broker.DeleteRecordsPartition = (function() {

            /**
             * Properties of a DeleteRecordsPartition.
             * @typedef {Object} logkeeper.broker.DeleteRecordsPartition.$Properties
             * @property {number|null} [partition] DeleteRecordsPartition partition
             * @property {number|null} [offset] DeleteRecordsPartition offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsPartition.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsPartition
             * @augments logkeeper.broker.DeleteRecordsPartition.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsPartition.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsPartition.
             * @typedef {logkeeper.broker.DeleteRecordsPartition.$Properties} logkeeper.broker.DeleteRecordsPartition.$Shape
             */

            /**
             * Constructs a new DeleteRecordsPartition.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsPartition.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsPartition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsPartition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsPartition partition.
             * @member {number} partition
             * @memberof logkeeper.broker.DeleteRecordsPartition
             * @instance
             */
            DeleteRecordsPartition.prototype.partition = 0;

            /**
             * DeleteRecordsPartition offset.
             * @member {number} offset
             * @memberof logkeeper.broker.DeleteRecordsPartition
             * @instance
             */
            DeleteRecordsPartition.prototype.offset = 0;

            /**
             * Encodes the specified DeleteRecordsPartition message. Does not implicitly {@link logkeeper.broker.DeleteRecordsPartition.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsPartition
             * @static
             * @param {logkeeper.broker.DeleteRecordsPartition.$Properties} message DeleteRecordsPartition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsPartition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && !$Object.is(message.offset, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.offset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsPartition message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsPartition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsPartition & logkeeper.broker.DeleteRecordsPartition.$Shape} DeleteRecordsPartition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsPartition.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsPartition();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.offset = value;
                            else
                                delete message.offset;
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

            return DeleteRecordsPartition;
        })();

        broker.DeleteRecordsTopic = (function() {

            /**
             * Properties of a DeleteRecordsTopic.
             * @typedef {Object} logkeeper.broker.DeleteRecordsTopic.$Properties
             * @property {string|null} [name] DeleteRecordsTopic name
             * @property {Array.<logkeeper.broker.DeleteRecordsPartition.$Properties>|null} [partitions] DeleteRecordsTopic partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsTopic.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsTopic
             * @augments logkeeper.broker.DeleteRecordsTopic.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsTopic.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsTopic.
             * @typedef {logkeeper.broker.DeleteRecordsTopic.$Properties} logkeeper.broker.DeleteRecordsTopic.$Shape
             */

            /**
             * Constructs a new DeleteRecordsTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsTopic.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsTopic = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.DeleteRecordsTopic
             * @instance
             */
            DeleteRecordsTopic.prototype.name = "";

            /**
             * DeleteRecordsTopic partitions.
             * @member {Array.<logkeeper.broker.DeleteRecordsPartition.$Properties>} partitions
             * @memberof logkeeper.broker.DeleteRecordsTopic
             * @instance
             */
            DeleteRecordsTopic.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified DeleteRecordsTopic message. Does not implicitly {@link logkeeper.broker.DeleteRecordsTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsTopic
             * @static
             * @param {logkeeper.broker.DeleteRecordsTopic.$Properties} message DeleteRecordsTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsTopic.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.DeleteRecordsPartition.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsTopic & logkeeper.broker.DeleteRecordsTopic.$Shape} DeleteRecordsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsTopic();
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
                            message.partitions.push($root.logkeeper.broker.DeleteRecordsPartition.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteRecordsTopic;
        })();

        broker.DeleteRecordsRequest = (function() {

            /**
             * Properties of a DeleteRecordsRequest.
             * @typedef {Object} logkeeper.broker.DeleteRecordsRequest.$Properties
             * @property {number|null} [timeoutMs] DeleteRecordsRequest timeoutMs
             * @property {Array.<logkeeper.broker.DeleteRecordsTopic.$Properties>|null} [topics] DeleteRecordsRequest topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsRequest.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsRequest
             * @augments logkeeper.broker.DeleteRecordsRequest.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsRequest.
             * @typedef {logkeeper.broker.DeleteRecordsRequest.$Properties} logkeeper.broker.DeleteRecordsRequest.$Shape
             */

            /**
             * Constructs a new DeleteRecordsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsRequest.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.broker.DeleteRecordsRequest
             * @instance
             */
            DeleteRecordsRequest.prototype.timeoutMs = 0;

            /**
             * DeleteRecordsRequest topics.
             * @member {Array.<logkeeper.broker.DeleteRecordsTopic.$Properties>} topics
             * @memberof logkeeper.broker.DeleteRecordsRequest
             * @instance
             */
            DeleteRecordsRequest.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified DeleteRecordsRequest message. Does not implicitly {@link logkeeper.broker.DeleteRecordsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsRequest
             * @static
             * @param {logkeeper.broker.DeleteRecordsRequest.$Properties} message DeleteRecordsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.timeoutMs);
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.DeleteRecordsTopic.encode(message.topics[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsRequest & logkeeper.broker.DeleteRecordsRequest.$Shape} DeleteRecordsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsRequest();
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
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.logkeeper.broker.DeleteRecordsTopic.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteRecordsRequest;
        })();

        broker.DeleteRecordsPartitionResponse = (function() {

            /**
             * Properties of a DeleteRecordsPartitionResponse.
             * @typedef {Object} logkeeper.broker.DeleteRecordsPartitionResponse.$Properties
             * @property {number|null} [partition] DeleteRecordsPartitionResponse partition
             * @property {number|null} [lowWatermark] DeleteRecordsPartitionResponse lowWatermark
             * @property {number|null} [errorCode] DeleteRecordsPartitionResponse errorCode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsPartitionResponse.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsPartitionResponse
             * @augments logkeeper.broker.DeleteRecordsPartitionResponse.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsPartitionResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsPartitionResponse.
             * @typedef {logkeeper.broker.DeleteRecordsPartitionResponse.$Properties} logkeeper.broker.DeleteRecordsPartitionResponse.$Shape
             */

            /**
             * Constructs a new DeleteRecordsPartitionResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsPartitionResponse.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsPartitionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsPartitionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsPartitionResponse partition.
             * @member {number} partition
             * @memberof logkeeper.broker.DeleteRecordsPartitionResponse
             * @instance
             */
            DeleteRecordsPartitionResponse.prototype.partition = 0;

            /**
             * DeleteRecordsPartitionResponse lowWatermark.
             * @member {number} lowWatermark
             * @memberof logkeeper.broker.DeleteRecordsPartitionResponse
             * @instance
             */
            DeleteRecordsPartitionResponse.prototype.lowWatermark = 0;

            /**
             * DeleteRecordsPartitionResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.DeleteRecordsPartitionResponse
             * @instance
             */
            DeleteRecordsPartitionResponse.prototype.errorCode = 0;

            /**
             * Encodes the specified DeleteRecordsPartitionResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsPartitionResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsPartitionResponse
             * @static
             * @param {logkeeper.broker.DeleteRecordsPartitionResponse.$Properties} message DeleteRecordsPartitionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsPartitionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.lowWatermark != null && $Object.hasOwnProperty.call(message, "lowWatermark") && !$Object.is(message.lowWatermark, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.lowWatermark);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsPartitionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsPartitionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsPartitionResponse & logkeeper.broker.DeleteRecordsPartitionResponse.$Shape} DeleteRecordsPartitionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsPartitionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsPartitionResponse();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lowWatermark = value;
                            else
                                delete message.lowWatermark;
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

            return DeleteRecordsPartitionResponse;
        })();

        broker.DeleteRecordsTopicResponse = (function() {

            /**
             * Properties of a DeleteRecordsTopicResponse.
             * @typedef {Object} logkeeper.broker.DeleteRecordsTopicResponse.$Properties
             * @property {string|null} [name] DeleteRecordsTopicResponse name
             * @property {Array.<logkeeper.broker.DeleteRecordsPartitionResponse.$Properties>|null} [partitions] DeleteRecordsTopicResponse partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsTopicResponse.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsTopicResponse
             * @augments logkeeper.broker.DeleteRecordsTopicResponse.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsTopicResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsTopicResponse.
             * @typedef {logkeeper.broker.DeleteRecordsTopicResponse.$Properties} logkeeper.broker.DeleteRecordsTopicResponse.$Shape
             */

            /**
             * Constructs a new DeleteRecordsTopicResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsTopicResponse.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsTopicResponse = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsTopicResponse name.
             * @member {string} name
             * @memberof logkeeper.broker.DeleteRecordsTopicResponse
             * @instance
             */
            DeleteRecordsTopicResponse.prototype.name = "";

            /**
             * DeleteRecordsTopicResponse partitions.
             * @member {Array.<logkeeper.broker.DeleteRecordsPartitionResponse.$Properties>} partitions
             * @memberof logkeeper.broker.DeleteRecordsTopicResponse
             * @instance
             */
            DeleteRecordsTopicResponse.prototype.partitions = $util.emptyArray;

            /**
             * Encodes the specified DeleteRecordsTopicResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsTopicResponse
             * @static
             * @param {logkeeper.broker.DeleteRecordsTopicResponse.$Properties} message DeleteRecordsTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsTopicResponse.encode = function (message, writer, _depth) {
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
                        $root.logkeeper.broker.DeleteRecordsPartitionResponse.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsTopicResponse & logkeeper.broker.DeleteRecordsTopicResponse.$Shape} DeleteRecordsTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsTopicResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsTopicResponse();
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
                            message.partitions.push($root.logkeeper.broker.DeleteRecordsPartitionResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteRecordsTopicResponse;
        })();

        broker.DeleteRecordsResponse = (function() {

            /**
             * Properties of a DeleteRecordsResponse.
             * @typedef {Object} logkeeper.broker.DeleteRecordsResponse.$Properties
             * @property {Array.<logkeeper.broker.DeleteRecordsTopicResponse.$Properties>|null} [topics] DeleteRecordsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRecordsResponse.
             * @memberof logkeeper.broker
             * @interface IDeleteRecordsResponse
             * @augments logkeeper.broker.DeleteRecordsResponse.$Properties
             * @deprecated Use logkeeper.broker.DeleteRecordsResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteRecordsResponse.
             * @typedef {logkeeper.broker.DeleteRecordsResponse.$Properties} logkeeper.broker.DeleteRecordsResponse.$Shape
             */

            /**
             * Constructs a new DeleteRecordsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteRecordsResponse.
             * @constructor
             * @param {logkeeper.broker.DeleteRecordsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRecordsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRecordsResponse topics.
             * @member {Array.<logkeeper.broker.DeleteRecordsTopicResponse.$Properties>} topics
             * @memberof logkeeper.broker.DeleteRecordsResponse
             * @instance
             */
            DeleteRecordsResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified DeleteRecordsResponse message. Does not implicitly {@link logkeeper.broker.DeleteRecordsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteRecordsResponse
             * @static
             * @param {logkeeper.broker.DeleteRecordsResponse.$Properties} message DeleteRecordsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRecordsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.DeleteRecordsTopicResponse.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRecordsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteRecordsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteRecordsResponse & logkeeper.broker.DeleteRecordsResponse.$Shape} DeleteRecordsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRecordsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteRecordsResponse();
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
                            message.topics.push($root.logkeeper.broker.DeleteRecordsTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteRecordsResponse;
        })();

        broker.InitProducerIdRequest = (function() {

            /**
             * Properties of an InitProducerIdRequest.
             * @typedef {Object} logkeeper.broker.InitProducerIdRequest.$Properties
             * @property {string|null} [transactionalId] InitProducerIdRequest transactionalId
             * @property {number|null} [transactionTimeoutMs] InitProducerIdRequest transactionTimeoutMs
             * @property {number|null} [producerId] InitProducerIdRequest producerId
             * @property {number|null} [producerEpoch] InitProducerIdRequest producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerIdRequest.
             * @memberof logkeeper.broker
             * @interface IInitProducerIdRequest
             * @augments logkeeper.broker.InitProducerIdRequest.$Properties
             * @deprecated Use logkeeper.broker.InitProducerIdRequest.$Properties instead.
             */

            /**
             * Shape of an InitProducerIdRequest.
             * @typedef {logkeeper.broker.InitProducerIdRequest.$Properties} logkeeper.broker.InitProducerIdRequest.$Shape
             */

            /**
             * Constructs a new InitProducerIdRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents an InitProducerIdRequest.
             * @constructor
             * @param {logkeeper.broker.InitProducerIdRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerIdRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerIdRequest transactionalId.
             * @member {string|null|undefined} transactionalId
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.transactionalId = null;

            /**
             * InitProducerIdRequest transactionTimeoutMs.
             * @member {number} transactionTimeoutMs
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.transactionTimeoutMs = 0;

            /**
             * InitProducerIdRequest producerId.
             * @member {number} producerId
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.producerId = 0;

            /**
             * InitProducerIdRequest producerEpoch.
             * @member {number} producerEpoch
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @instance
             */
            InitProducerIdRequest.prototype.producerEpoch = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(InitProducerIdRequest.prototype, "_transactionalId", {
                get: $util.oneOfGetter($oneOfFields = ["transactionalId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified InitProducerIdRequest message. Does not implicitly {@link logkeeper.broker.InitProducerIdRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @static
             * @param {logkeeper.broker.InitProducerIdRequest.$Properties} message InitProducerIdRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerIdRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionalId != null && $Object.hasOwnProperty.call(message, "transactionalId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionalId);
                if (message.transactionTimeoutMs != null && $Object.hasOwnProperty.call(message, "transactionTimeoutMs") && message.transactionTimeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.transactionTimeoutMs);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && !$Object.is(message.producerId, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerIdRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.InitProducerIdRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.InitProducerIdRequest & logkeeper.broker.InitProducerIdRequest.$Shape} InitProducerIdRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerIdRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.InitProducerIdRequest();
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
                            message.transactionalId = reader.stringVerify();
                            message._transactionalId = "transactionalId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.transactionTimeoutMs = value;
                            else
                                delete message.transactionTimeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
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

            return InitProducerIdRequest;
        })();

        broker.InitProducerIdResponse = (function() {

            /**
             * Properties of an InitProducerIdResponse.
             * @typedef {Object} logkeeper.broker.InitProducerIdResponse.$Properties
             * @property {number|null} [errorCode] InitProducerIdResponse errorCode
             * @property {number|null} [producerId] InitProducerIdResponse producerId
             * @property {number|null} [producerEpoch] InitProducerIdResponse producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerIdResponse.
             * @memberof logkeeper.broker
             * @interface IInitProducerIdResponse
             * @augments logkeeper.broker.InitProducerIdResponse.$Properties
             * @deprecated Use logkeeper.broker.InitProducerIdResponse.$Properties instead.
             */

            /**
             * Shape of an InitProducerIdResponse.
             * @typedef {logkeeper.broker.InitProducerIdResponse.$Properties} logkeeper.broker.InitProducerIdResponse.$Shape
             */

            /**
             * Constructs a new InitProducerIdResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an InitProducerIdResponse.
             * @constructor
             * @param {logkeeper.broker.InitProducerIdResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerIdResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerIdResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.errorCode = 0;

            /**
             * InitProducerIdResponse producerId.
             * @member {number} producerId
             * @memberof logkeeper.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.producerId = 0;

            /**
             * InitProducerIdResponse producerEpoch.
             * @member {number} producerEpoch
             * @memberof logkeeper.broker.InitProducerIdResponse
             * @instance
             */
            InitProducerIdResponse.prototype.producerEpoch = 0;

            /**
             * Encodes the specified InitProducerIdResponse message. Does not implicitly {@link logkeeper.broker.InitProducerIdResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.InitProducerIdResponse
             * @static
             * @param {logkeeper.broker.InitProducerIdResponse.$Properties} message InitProducerIdResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerIdResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.errorCode);
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && !$Object.is(message.producerId, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerIdResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.InitProducerIdResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.InitProducerIdResponse & logkeeper.broker.InitProducerIdResponse.$Shape} InitProducerIdResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerIdResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.InitProducerIdResponse();
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
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
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

            return InitProducerIdResponse;
        })();

        broker.ConfigValue = (function() {

            /**
             * Properties of a ConfigValue.
             * @typedef {Object} logkeeper.broker.ConfigValue.$Properties
             * @property {string|null} [name] ConfigValue name
             * @property {string|null} [value] ConfigValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigValue.
             * @memberof logkeeper.broker
             * @interface IConfigValue
             * @augments logkeeper.broker.ConfigValue.$Properties
             * @deprecated Use logkeeper.broker.ConfigValue.$Properties instead.
             */

            /**
             * Shape of a ConfigValue.
             * @typedef {logkeeper.broker.ConfigValue.$Properties} logkeeper.broker.ConfigValue.$Shape
             */

            /**
             * Constructs a new ConfigValue.
             * @memberof logkeeper.broker
             * @classdesc Represents a ConfigValue.
             * @constructor
             * @param {logkeeper.broker.ConfigValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigValue name.
             * @member {string} name
             * @memberof logkeeper.broker.ConfigValue
             * @instance
             */
            ConfigValue.prototype.name = "";

            /**
             * ConfigValue value.
             * @member {string|null|undefined} value
             * @memberof logkeeper.broker.ConfigValue
             * @instance
             */
            ConfigValue.prototype.value = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ConfigValue.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ConfigValue message. Does not implicitly {@link logkeeper.broker.ConfigValue.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ConfigValue
             * @static
             * @param {logkeeper.broker.ConfigValue.$Properties} message ConfigValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigValue message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ConfigValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ConfigValue & logkeeper.broker.ConfigValue.$Shape} ConfigValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ConfigValue();
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
                            message.value = reader.stringVerify();
                            message._value = "value";
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

            return ConfigValue;
        })();

        broker.ReplicaAssignment = (function() {

            /**
             * Properties of a ReplicaAssignment.
             * @typedef {Object} logkeeper.broker.ReplicaAssignment.$Properties
             * @property {number|null} [partition] ReplicaAssignment partition
             * @property {Array.<number>|null} [brokerIds] ReplicaAssignment brokerIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaAssignment.
             * @memberof logkeeper.broker
             * @interface IReplicaAssignment
             * @augments logkeeper.broker.ReplicaAssignment.$Properties
             * @deprecated Use logkeeper.broker.ReplicaAssignment.$Properties instead.
             */

            /**
             * Shape of a ReplicaAssignment.
             * @typedef {logkeeper.broker.ReplicaAssignment.$Properties} logkeeper.broker.ReplicaAssignment.$Shape
             */

            /**
             * Constructs a new ReplicaAssignment.
             * @memberof logkeeper.broker
             * @classdesc Represents a ReplicaAssignment.
             * @constructor
             * @param {logkeeper.broker.ReplicaAssignment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaAssignment = function (properties) {
                this.brokerIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaAssignment partition.
             * @member {number} partition
             * @memberof logkeeper.broker.ReplicaAssignment
             * @instance
             */
            ReplicaAssignment.prototype.partition = 0;

            /**
             * ReplicaAssignment brokerIds.
             * @member {Array.<number>} brokerIds
             * @memberof logkeeper.broker.ReplicaAssignment
             * @instance
             */
            ReplicaAssignment.prototype.brokerIds = $util.emptyArray;

            /**
             * Encodes the specified ReplicaAssignment message. Does not implicitly {@link logkeeper.broker.ReplicaAssignment.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.ReplicaAssignment
             * @static
             * @param {logkeeper.broker.ReplicaAssignment.$Properties} message ReplicaAssignment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaAssignment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.partition);
                if (message.brokerIds != null && message.brokerIds.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sint32s(message.brokerIds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaAssignment message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.ReplicaAssignment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.ReplicaAssignment & logkeeper.broker.ReplicaAssignment.$Shape} ReplicaAssignment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaAssignment.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.ReplicaAssignment();
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
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.brokerIds && message.brokerIds.length))
                                    message.brokerIds = [];
                                reader.sint32s(message.brokerIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.brokerIds && message.brokerIds.length))
                                message.brokerIds = [];
                            message.brokerIds.push(reader.sint32());
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

            return ReplicaAssignment;
        })();

        broker.CreatableTopic = (function() {

            /**
             * Properties of a CreatableTopic.
             * @typedef {Object} logkeeper.broker.CreatableTopic.$Properties
             * @property {string|null} [name] CreatableTopic name
             * @property {number|null} [numPartitions] CreatableTopic numPartitions
             * @property {number|null} [replicationFactor] CreatableTopic replicationFactor
             * @property {Array.<logkeeper.broker.ReplicaAssignment.$Properties>|null} [assignments] CreatableTopic assignments
             * @property {Array.<logkeeper.broker.ConfigValue.$Properties>|null} [configs] CreatableTopic configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatableTopic.
             * @memberof logkeeper.broker
             * @interface ICreatableTopic
             * @augments logkeeper.broker.CreatableTopic.$Properties
             * @deprecated Use logkeeper.broker.CreatableTopic.$Properties instead.
             */

            /**
             * Shape of a CreatableTopic.
             * @typedef {logkeeper.broker.CreatableTopic.$Properties} logkeeper.broker.CreatableTopic.$Shape
             */

            /**
             * Constructs a new CreatableTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatableTopic.
             * @constructor
             * @param {logkeeper.broker.CreatableTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatableTopic = function (properties) {
                this.assignments = [];
                this.configs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatableTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.name = "";

            /**
             * CreatableTopic numPartitions.
             * @member {number} numPartitions
             * @memberof logkeeper.broker.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.numPartitions = 0;

            /**
             * CreatableTopic replicationFactor.
             * @member {number} replicationFactor
             * @memberof logkeeper.broker.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.replicationFactor = 0;

            /**
             * CreatableTopic assignments.
             * @member {Array.<logkeeper.broker.ReplicaAssignment.$Properties>} assignments
             * @memberof logkeeper.broker.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.assignments = $util.emptyArray;

            /**
             * CreatableTopic configs.
             * @member {Array.<logkeeper.broker.ConfigValue.$Properties>} configs
             * @memberof logkeeper.broker.CreatableTopic
             * @instance
             */
            CreatableTopic.prototype.configs = $util.emptyArray;

            /**
             * Encodes the specified CreatableTopic message. Does not implicitly {@link logkeeper.broker.CreatableTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatableTopic
             * @static
             * @param {logkeeper.broker.CreatableTopic.$Properties} message CreatableTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatableTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.numPartitions != null && $Object.hasOwnProperty.call(message, "numPartitions") && message.numPartitions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.numPartitions);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.replicationFactor);
                if (message.assignments != null && message.assignments.length)
                    for (let i = 0; i < message.assignments.length; ++i)
                        $root.logkeeper.broker.ReplicaAssignment.encode(message.assignments[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.logkeeper.broker.ConfigValue.encode(message.configs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatableTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatableTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatableTopic & logkeeper.broker.CreatableTopic.$Shape} CreatableTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatableTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatableTopic();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.numPartitions = value;
                            else
                                delete message.numPartitions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.assignments && message.assignments.length))
                                message.assignments = [];
                            message.assignments.push($root.logkeeper.broker.ReplicaAssignment.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.logkeeper.broker.ConfigValue.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return CreatableTopic;
        })();

        broker.CreateTopicsRequest = (function() {

            /**
             * Properties of a CreateTopicsRequest.
             * @typedef {Object} logkeeper.broker.CreateTopicsRequest.$Properties
             * @property {Array.<logkeeper.broker.CreatableTopic.$Properties>|null} [topics] CreateTopicsRequest topics
             * @property {number|null} [timeoutMs] CreateTopicsRequest timeoutMs
             * @property {boolean|null} [validateOnly] CreateTopicsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicsRequest.
             * @memberof logkeeper.broker
             * @interface ICreateTopicsRequest
             * @augments logkeeper.broker.CreateTopicsRequest.$Properties
             * @deprecated Use logkeeper.broker.CreateTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a CreateTopicsRequest.
             * @typedef {logkeeper.broker.CreateTopicsRequest.$Properties} logkeeper.broker.CreateTopicsRequest.$Shape
             */

            /**
             * Constructs a new CreateTopicsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreateTopicsRequest.
             * @constructor
             * @param {logkeeper.broker.CreateTopicsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicsRequest topics.
             * @member {Array.<logkeeper.broker.CreatableTopic.$Properties>} topics
             * @memberof logkeeper.broker.CreateTopicsRequest
             * @instance
             */
            CreateTopicsRequest.prototype.topics = $util.emptyArray;

            /**
             * CreateTopicsRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.broker.CreateTopicsRequest
             * @instance
             */
            CreateTopicsRequest.prototype.timeoutMs = 0;

            /**
             * CreateTopicsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof logkeeper.broker.CreateTopicsRequest
             * @instance
             */
            CreateTopicsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified CreateTopicsRequest message. Does not implicitly {@link logkeeper.broker.CreateTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreateTopicsRequest
             * @static
             * @param {logkeeper.broker.CreateTopicsRequest.$Properties} message CreateTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.CreatableTopic.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.timeoutMs);
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreateTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreateTopicsRequest & logkeeper.broker.CreateTopicsRequest.$Shape} CreateTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreateTopicsRequest();
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
                            message.topics.push($root.logkeeper.broker.CreatableTopic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return CreateTopicsRequest;
        })();

        broker.CreatableTopicResult = (function() {

            /**
             * Properties of a CreatableTopicResult.
             * @typedef {Object} logkeeper.broker.CreatableTopicResult.$Properties
             * @property {string|null} [name] CreatableTopicResult name
             * @property {string|null} [topicId] CreatableTopicResult topicId
             * @property {number|null} [errorCode] CreatableTopicResult errorCode
             * @property {string|null} [errorMessage] CreatableTopicResult errorMessage
             * @property {number|null} [numPartitions] CreatableTopicResult numPartitions
             * @property {number|null} [replicationFactor] CreatableTopicResult replicationFactor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatableTopicResult.
             * @memberof logkeeper.broker
             * @interface ICreatableTopicResult
             * @augments logkeeper.broker.CreatableTopicResult.$Properties
             * @deprecated Use logkeeper.broker.CreatableTopicResult.$Properties instead.
             */

            /**
             * Shape of a CreatableTopicResult.
             * @typedef {logkeeper.broker.CreatableTopicResult.$Properties} logkeeper.broker.CreatableTopicResult.$Shape
             */

            /**
             * Constructs a new CreatableTopicResult.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatableTopicResult.
             * @constructor
             * @param {logkeeper.broker.CreatableTopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatableTopicResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatableTopicResult name.
             * @member {string} name
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.name = "";

            /**
             * CreatableTopicResult topicId.
             * @member {string} topicId
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.topicId = "";

            /**
             * CreatableTopicResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.errorCode = 0;

            /**
             * CreatableTopicResult errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.errorMessage = null;

            /**
             * CreatableTopicResult numPartitions.
             * @member {number} numPartitions
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.numPartitions = 0;

            /**
             * CreatableTopicResult replicationFactor.
             * @member {number} replicationFactor
             * @memberof logkeeper.broker.CreatableTopicResult
             * @instance
             */
            CreatableTopicResult.prototype.replicationFactor = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreatableTopicResult.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CreatableTopicResult message. Does not implicitly {@link logkeeper.broker.CreatableTopicResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatableTopicResult
             * @static
             * @param {logkeeper.broker.CreatableTopicResult.$Properties} message CreatableTopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatableTopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.numPartitions != null && $Object.hasOwnProperty.call(message, "numPartitions") && message.numPartitions !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).sint32(message.numPartitions);
                if (message.replicationFactor != null && $Object.hasOwnProperty.call(message, "replicationFactor") && message.replicationFactor !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).sint32(message.replicationFactor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatableTopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatableTopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatableTopicResult & logkeeper.broker.CreatableTopicResult.$Shape} CreatableTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatableTopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatableTopicResult();
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
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
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
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.numPartitions = value;
                            else
                                delete message.numPartitions;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.replicationFactor = value;
                            else
                                delete message.replicationFactor;
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

            return CreatableTopicResult;
        })();

        broker.CreateTopicsResponse = (function() {

            /**
             * Properties of a CreateTopicsResponse.
             * @typedef {Object} logkeeper.broker.CreateTopicsResponse.$Properties
             * @property {Array.<logkeeper.broker.CreatableTopicResult.$Properties>|null} [topics] CreateTopicsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicsResponse.
             * @memberof logkeeper.broker
             * @interface ICreateTopicsResponse
             * @augments logkeeper.broker.CreateTopicsResponse.$Properties
             * @deprecated Use logkeeper.broker.CreateTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a CreateTopicsResponse.
             * @typedef {logkeeper.broker.CreateTopicsResponse.$Properties} logkeeper.broker.CreateTopicsResponse.$Shape
             */

            /**
             * Constructs a new CreateTopicsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreateTopicsResponse.
             * @constructor
             * @param {logkeeper.broker.CreateTopicsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicsResponse topics.
             * @member {Array.<logkeeper.broker.CreatableTopicResult.$Properties>} topics
             * @memberof logkeeper.broker.CreateTopicsResponse
             * @instance
             */
            CreateTopicsResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified CreateTopicsResponse message. Does not implicitly {@link logkeeper.broker.CreateTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreateTopicsResponse
             * @static
             * @param {logkeeper.broker.CreateTopicsResponse.$Properties} message CreateTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.CreatableTopicResult.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreateTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreateTopicsResponse & logkeeper.broker.CreateTopicsResponse.$Shape} CreateTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreateTopicsResponse();
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
                            message.topics.push($root.logkeeper.broker.CreatableTopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return CreateTopicsResponse;
        })();

        broker.DeleteTopicsRequest = (function() {

            /**
             * Properties of a DeleteTopicsRequest.
             * @typedef {Object} logkeeper.broker.DeleteTopicsRequest.$Properties
             * @property {Array.<string>|null} [topicNames] DeleteTopicsRequest topicNames
             * @property {number|null} [timeoutMs] DeleteTopicsRequest timeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicsRequest.
             * @memberof logkeeper.broker
             * @interface IDeleteTopicsRequest
             * @augments logkeeper.broker.DeleteTopicsRequest.$Properties
             * @deprecated Use logkeeper.broker.DeleteTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicsRequest.
             * @typedef {logkeeper.broker.DeleteTopicsRequest.$Properties} logkeeper.broker.DeleteTopicsRequest.$Shape
             */

            /**
             * Constructs a new DeleteTopicsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteTopicsRequest.
             * @constructor
             * @param {logkeeper.broker.DeleteTopicsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicsRequest = function (properties) {
                this.topicNames = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicsRequest topicNames.
             * @member {Array.<string>} topicNames
             * @memberof logkeeper.broker.DeleteTopicsRequest
             * @instance
             */
            DeleteTopicsRequest.prototype.topicNames = $util.emptyArray;

            /**
             * DeleteTopicsRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.broker.DeleteTopicsRequest
             * @instance
             */
            DeleteTopicsRequest.prototype.timeoutMs = 0;

            /**
             * Encodes the specified DeleteTopicsRequest message. Does not implicitly {@link logkeeper.broker.DeleteTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteTopicsRequest
             * @static
             * @param {logkeeper.broker.DeleteTopicsRequest.$Properties} message DeleteTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topicNames != null && message.topicNames.length)
                    for (let i = 0; i < message.topicNames.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topicNames[i]);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.timeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteTopicsRequest & logkeeper.broker.DeleteTopicsRequest.$Shape} DeleteTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteTopicsRequest();
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
                            if (!(message.topicNames && message.topicNames.length))
                                message.topicNames = [];
                            message.topicNames.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
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

            return DeleteTopicsRequest;
        })();

        broker.DeletableTopicResult = (function() {

            /**
             * Properties of a DeletableTopicResult.
             * @typedef {Object} logkeeper.broker.DeletableTopicResult.$Properties
             * @property {string|null} [name] DeletableTopicResult name
             * @property {string|null} [topicId] DeletableTopicResult topicId
             * @property {number|null} [errorCode] DeletableTopicResult errorCode
             * @property {string|null} [errorMessage] DeletableTopicResult errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeletableTopicResult.
             * @memberof logkeeper.broker
             * @interface IDeletableTopicResult
             * @augments logkeeper.broker.DeletableTopicResult.$Properties
             * @deprecated Use logkeeper.broker.DeletableTopicResult.$Properties instead.
             */

            /**
             * Shape of a DeletableTopicResult.
             * @typedef {logkeeper.broker.DeletableTopicResult.$Properties} logkeeper.broker.DeletableTopicResult.$Shape
             */

            /**
             * Constructs a new DeletableTopicResult.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeletableTopicResult.
             * @constructor
             * @param {logkeeper.broker.DeletableTopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeletableTopicResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeletableTopicResult name.
             * @member {string} name
             * @memberof logkeeper.broker.DeletableTopicResult
             * @instance
             */
            DeletableTopicResult.prototype.name = "";

            /**
             * DeletableTopicResult topicId.
             * @member {string} topicId
             * @memberof logkeeper.broker.DeletableTopicResult
             * @instance
             */
            DeletableTopicResult.prototype.topicId = "";

            /**
             * DeletableTopicResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.DeletableTopicResult
             * @instance
             */
            DeletableTopicResult.prototype.errorCode = 0;

            /**
             * DeletableTopicResult errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.DeletableTopicResult
             * @instance
             */
            DeletableTopicResult.prototype.errorMessage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DeletableTopicResult.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DeletableTopicResult message. Does not implicitly {@link logkeeper.broker.DeletableTopicResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeletableTopicResult
             * @static
             * @param {logkeeper.broker.DeletableTopicResult.$Properties} message DeletableTopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeletableTopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.topicId != null && $Object.hasOwnProperty.call(message, "topicId") && message.topicId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.topicId);
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
             * Decodes a DeletableTopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeletableTopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeletableTopicResult & logkeeper.broker.DeletableTopicResult.$Shape} DeletableTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeletableTopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeletableTopicResult();
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
                            if ((value = reader.stringVerify()).length)
                                message.topicId = value;
                            else
                                delete message.topicId;
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

            return DeletableTopicResult;
        })();

        broker.DeleteTopicsResponse = (function() {

            /**
             * Properties of a DeleteTopicsResponse.
             * @typedef {Object} logkeeper.broker.DeleteTopicsResponse.$Properties
             * @property {Array.<logkeeper.broker.DeletableTopicResult.$Properties>|null} [topics] DeleteTopicsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicsResponse.
             * @memberof logkeeper.broker
             * @interface IDeleteTopicsResponse
             * @augments logkeeper.broker.DeleteTopicsResponse.$Properties
             * @deprecated Use logkeeper.broker.DeleteTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicsResponse.
             * @typedef {logkeeper.broker.DeleteTopicsResponse.$Properties} logkeeper.broker.DeleteTopicsResponse.$Shape
             */

            /**
             * Constructs a new DeleteTopicsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DeleteTopicsResponse.
             * @constructor
             * @param {logkeeper.broker.DeleteTopicsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicsResponse topics.
             * @member {Array.<logkeeper.broker.DeletableTopicResult.$Properties>} topics
             * @memberof logkeeper.broker.DeleteTopicsResponse
             * @instance
             */
            DeleteTopicsResponse.prototype.topics = $util.emptyArray;

            /**
             * Encodes the specified DeleteTopicsResponse message. Does not implicitly {@link logkeeper.broker.DeleteTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DeleteTopicsResponse
             * @static
             * @param {logkeeper.broker.DeleteTopicsResponse.$Properties} message DeleteTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.DeletableTopicResult.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DeleteTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DeleteTopicsResponse & logkeeper.broker.DeleteTopicsResponse.$Shape} DeleteTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DeleteTopicsResponse();
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
                            message.topics.push($root.logkeeper.broker.DeletableTopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DeleteTopicsResponse;
        })();

        broker.CreatePartitionsTopic = (function() {

            /**
             * Properties of a CreatePartitionsTopic.
             * @typedef {Object} logkeeper.broker.CreatePartitionsTopic.$Properties
             * @property {string|null} [name] CreatePartitionsTopic name
             * @property {number|null} [count] CreatePartitionsTopic count
             * @property {logkeeper.broker.Int32Lists.$Properties|null} [assignments] CreatePartitionsTopic assignments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsTopic.
             * @memberof logkeeper.broker
             * @interface ICreatePartitionsTopic
             * @augments logkeeper.broker.CreatePartitionsTopic.$Properties
             * @deprecated Use logkeeper.broker.CreatePartitionsTopic.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsTopic.
             * @typedef {logkeeper.broker.CreatePartitionsTopic.$Properties} logkeeper.broker.CreatePartitionsTopic.$Shape
             */

            /**
             * Constructs a new CreatePartitionsTopic.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatePartitionsTopic.
             * @constructor
             * @param {logkeeper.broker.CreatePartitionsTopic.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsTopic = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsTopic name.
             * @member {string} name
             * @memberof logkeeper.broker.CreatePartitionsTopic
             * @instance
             */
            CreatePartitionsTopic.prototype.name = "";

            /**
             * CreatePartitionsTopic count.
             * @member {number} count
             * @memberof logkeeper.broker.CreatePartitionsTopic
             * @instance
             */
            CreatePartitionsTopic.prototype.count = 0;

            /**
             * CreatePartitionsTopic assignments.
             * @member {logkeeper.broker.Int32Lists.$Properties|null|undefined} assignments
             * @memberof logkeeper.broker.CreatePartitionsTopic
             * @instance
             */
            CreatePartitionsTopic.prototype.assignments = null;

            /**
             * Encodes the specified CreatePartitionsTopic message. Does not implicitly {@link logkeeper.broker.CreatePartitionsTopic.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatePartitionsTopic
             * @static
             * @param {logkeeper.broker.CreatePartitionsTopic.$Properties} message CreatePartitionsTopic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsTopic.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.count);
                if (message.assignments != null && $Object.hasOwnProperty.call(message, "assignments"))
                    $root.logkeeper.broker.Int32Lists.encode(message.assignments, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsTopic message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatePartitionsTopic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsTopic & logkeeper.broker.CreatePartitionsTopic.$Shape} CreatePartitionsTopic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsTopic.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatePartitionsTopic();
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
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.assignments = $root.logkeeper.broker.Int32Lists.decode(reader, reader.size(), $undefined, _depth + 1, message.assignments);
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

            return CreatePartitionsTopic;
        })();

        broker.CreatePartitionsRequest = (function() {

            /**
             * Properties of a CreatePartitionsRequest.
             * @typedef {Object} logkeeper.broker.CreatePartitionsRequest.$Properties
             * @property {Array.<logkeeper.broker.CreatePartitionsTopic.$Properties>|null} [topics] CreatePartitionsRequest topics
             * @property {number|null} [timeoutMs] CreatePartitionsRequest timeoutMs
             * @property {boolean|null} [validateOnly] CreatePartitionsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsRequest.
             * @memberof logkeeper.broker
             * @interface ICreatePartitionsRequest
             * @augments logkeeper.broker.CreatePartitionsRequest.$Properties
             * @deprecated Use logkeeper.broker.CreatePartitionsRequest.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsRequest.
             * @typedef {logkeeper.broker.CreatePartitionsRequest.$Properties} logkeeper.broker.CreatePartitionsRequest.$Shape
             */

            /**
             * Constructs a new CreatePartitionsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatePartitionsRequest.
             * @constructor
             * @param {logkeeper.broker.CreatePartitionsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsRequest = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsRequest topics.
             * @member {Array.<logkeeper.broker.CreatePartitionsTopic.$Properties>} topics
             * @memberof logkeeper.broker.CreatePartitionsRequest
             * @instance
             */
            CreatePartitionsRequest.prototype.topics = $util.emptyArray;

            /**
             * CreatePartitionsRequest timeoutMs.
             * @member {number} timeoutMs
             * @memberof logkeeper.broker.CreatePartitionsRequest
             * @instance
             */
            CreatePartitionsRequest.prototype.timeoutMs = 0;

            /**
             * CreatePartitionsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof logkeeper.broker.CreatePartitionsRequest
             * @instance
             */
            CreatePartitionsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified CreatePartitionsRequest message. Does not implicitly {@link logkeeper.broker.CreatePartitionsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatePartitionsRequest
             * @static
             * @param {logkeeper.broker.CreatePartitionsRequest.$Properties} message CreatePartitionsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.logkeeper.broker.CreatePartitionsTopic.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.timeoutMs);
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatePartitionsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsRequest & logkeeper.broker.CreatePartitionsRequest.$Shape} CreatePartitionsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatePartitionsRequest();
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
                            message.topics.push($root.logkeeper.broker.CreatePartitionsTopic.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return CreatePartitionsRequest;
        })();

        broker.CreatePartitionsTopicResult = (function() {

            /**
             * Properties of a CreatePartitionsTopicResult.
             * @typedef {Object} logkeeper.broker.CreatePartitionsTopicResult.$Properties
             * @property {string|null} [name] CreatePartitionsTopicResult name
             * @property {number|null} [errorCode] CreatePartitionsTopicResult errorCode
             * @property {string|null} [errorMessage] CreatePartitionsTopicResult errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsTopicResult.
             * @memberof logkeeper.broker
             * @interface ICreatePartitionsTopicResult
             * @augments logkeeper.broker.CreatePartitionsTopicResult.$Properties
             * @deprecated Use logkeeper.broker.CreatePartitionsTopicResult.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsTopicResult.
             * @typedef {logkeeper.broker.CreatePartitionsTopicResult.$Properties} logkeeper.broker.CreatePartitionsTopicResult.$Shape
             */

            /**
             * Constructs a new CreatePartitionsTopicResult.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatePartitionsTopicResult.
             * @constructor
             * @param {logkeeper.broker.CreatePartitionsTopicResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsTopicResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsTopicResult name.
             * @member {string} name
             * @memberof logkeeper.broker.CreatePartitionsTopicResult
             * @instance
             */
            CreatePartitionsTopicResult.prototype.name = "";

            /**
             * CreatePartitionsTopicResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.CreatePartitionsTopicResult
             * @instance
             */
            CreatePartitionsTopicResult.prototype.errorCode = 0;

            /**
             * CreatePartitionsTopicResult errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.CreatePartitionsTopicResult
             * @instance
             */
            CreatePartitionsTopicResult.prototype.errorMessage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CreatePartitionsTopicResult.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified CreatePartitionsTopicResult message. Does not implicitly {@link logkeeper.broker.CreatePartitionsTopicResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatePartitionsTopicResult
             * @static
             * @param {logkeeper.broker.CreatePartitionsTopicResult.$Properties} message CreatePartitionsTopicResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsTopicResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorMessage);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsTopicResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatePartitionsTopicResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsTopicResult & logkeeper.broker.CreatePartitionsTopicResult.$Shape} CreatePartitionsTopicResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsTopicResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatePartitionsTopicResult();
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

            return CreatePartitionsTopicResult;
        })();

        broker.CreatePartitionsResponse = (function() {

            /**
             * Properties of a CreatePartitionsResponse.
             * @typedef {Object} logkeeper.broker.CreatePartitionsResponse.$Properties
             * @property {Array.<logkeeper.broker.CreatePartitionsTopicResult.$Properties>|null} [results] CreatePartitionsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreatePartitionsResponse.
             * @memberof logkeeper.broker
             * @interface ICreatePartitionsResponse
             * @augments logkeeper.broker.CreatePartitionsResponse.$Properties
             * @deprecated Use logkeeper.broker.CreatePartitionsResponse.$Properties instead.
             */

            /**
             * Shape of a CreatePartitionsResponse.
             * @typedef {logkeeper.broker.CreatePartitionsResponse.$Properties} logkeeper.broker.CreatePartitionsResponse.$Shape
             */

            /**
             * Constructs a new CreatePartitionsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a CreatePartitionsResponse.
             * @constructor
             * @param {logkeeper.broker.CreatePartitionsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreatePartitionsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreatePartitionsResponse results.
             * @member {Array.<logkeeper.broker.CreatePartitionsTopicResult.$Properties>} results
             * @memberof logkeeper.broker.CreatePartitionsResponse
             * @instance
             */
            CreatePartitionsResponse.prototype.results = $util.emptyArray;

            /**
             * Encodes the specified CreatePartitionsResponse message. Does not implicitly {@link logkeeper.broker.CreatePartitionsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.CreatePartitionsResponse
             * @static
             * @param {logkeeper.broker.CreatePartitionsResponse.$Properties} message CreatePartitionsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreatePartitionsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.logkeeper.broker.CreatePartitionsTopicResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreatePartitionsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.CreatePartitionsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.CreatePartitionsResponse & logkeeper.broker.CreatePartitionsResponse.$Shape} CreatePartitionsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreatePartitionsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.CreatePartitionsResponse();
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
                            message.results.push($root.logkeeper.broker.CreatePartitionsTopicResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return CreatePartitionsResponse;
        })();

        broker.DescribeConfigsResource = (function() {

            /**
             * Properties of a DescribeConfigsResource.
             * @typedef {Object} logkeeper.broker.DescribeConfigsResource.$Properties
             * @property {number|null} [resourceType] DescribeConfigsResource resourceType
             * @property {string|null} [resourceName] DescribeConfigsResource resourceName
             * @property {logkeeper.broker.StringList.$Properties|null} [configurationKeys] DescribeConfigsResource configurationKeys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsResource.
             * @memberof logkeeper.broker
             * @interface IDescribeConfigsResource
             * @augments logkeeper.broker.DescribeConfigsResource.$Properties
             * @deprecated Use logkeeper.broker.DescribeConfigsResource.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsResource.
             * @typedef {logkeeper.broker.DescribeConfigsResource.$Properties} logkeeper.broker.DescribeConfigsResource.$Shape
             */

            /**
             * Constructs a new DescribeConfigsResource.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeConfigsResource.
             * @constructor
             * @param {logkeeper.broker.DescribeConfigsResource.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsResource = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsResource resourceType.
             * @member {number} resourceType
             * @memberof logkeeper.broker.DescribeConfigsResource
             * @instance
             */
            DescribeConfigsResource.prototype.resourceType = 0;

            /**
             * DescribeConfigsResource resourceName.
             * @member {string} resourceName
             * @memberof logkeeper.broker.DescribeConfigsResource
             * @instance
             */
            DescribeConfigsResource.prototype.resourceName = "";

            /**
             * DescribeConfigsResource configurationKeys.
             * @member {logkeeper.broker.StringList.$Properties|null|undefined} configurationKeys
             * @memberof logkeeper.broker.DescribeConfigsResource
             * @instance
             */
            DescribeConfigsResource.prototype.configurationKeys = null;

            /**
             * Encodes the specified DescribeConfigsResource message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResource.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeConfigsResource
             * @static
             * @param {logkeeper.broker.DescribeConfigsResource.$Properties} message DescribeConfigsResource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsResource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.configurationKeys != null && $Object.hasOwnProperty.call(message, "configurationKeys"))
                    $root.logkeeper.broker.StringList.encode(message.configurationKeys, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsResource message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeConfigsResource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResource & logkeeper.broker.DescribeConfigsResource.$Shape} DescribeConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsResource.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeConfigsResource();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.configurationKeys = $root.logkeeper.broker.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.configurationKeys);
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

            return DescribeConfigsResource;
        })();

        broker.DescribeConfigsRequest = (function() {

            /**
             * Properties of a DescribeConfigsRequest.
             * @typedef {Object} logkeeper.broker.DescribeConfigsRequest.$Properties
             * @property {Array.<logkeeper.broker.DescribeConfigsResource.$Properties>|null} [resources] DescribeConfigsRequest resources
             * @property {boolean|null} [includeSynonyms] DescribeConfigsRequest includeSynonyms
             * @property {boolean|null} [includeDocumentation] DescribeConfigsRequest includeDocumentation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsRequest.
             * @memberof logkeeper.broker
             * @interface IDescribeConfigsRequest
             * @augments logkeeper.broker.DescribeConfigsRequest.$Properties
             * @deprecated Use logkeeper.broker.DescribeConfigsRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsRequest.
             * @typedef {logkeeper.broker.DescribeConfigsRequest.$Properties} logkeeper.broker.DescribeConfigsRequest.$Shape
             */

            /**
             * Constructs a new DescribeConfigsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeConfigsRequest.
             * @constructor
             * @param {logkeeper.broker.DescribeConfigsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsRequest = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsRequest resources.
             * @member {Array.<logkeeper.broker.DescribeConfigsResource.$Properties>} resources
             * @memberof logkeeper.broker.DescribeConfigsRequest
             * @instance
             */
            DescribeConfigsRequest.prototype.resources = $util.emptyArray;

            /**
             * DescribeConfigsRequest includeSynonyms.
             * @member {boolean} includeSynonyms
             * @memberof logkeeper.broker.DescribeConfigsRequest
             * @instance
             */
            DescribeConfigsRequest.prototype.includeSynonyms = false;

            /**
             * DescribeConfigsRequest includeDocumentation.
             * @member {boolean} includeDocumentation
             * @memberof logkeeper.broker.DescribeConfigsRequest
             * @instance
             */
            DescribeConfigsRequest.prototype.includeDocumentation = false;

            /**
             * Encodes the specified DescribeConfigsRequest message. Does not implicitly {@link logkeeper.broker.DescribeConfigsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeConfigsRequest
             * @static
             * @param {logkeeper.broker.DescribeConfigsRequest.$Properties} message DescribeConfigsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.logkeeper.broker.DescribeConfigsResource.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.includeSynonyms != null && $Object.hasOwnProperty.call(message, "includeSynonyms") && message.includeSynonyms !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.includeSynonyms);
                if (message.includeDocumentation != null && $Object.hasOwnProperty.call(message, "includeDocumentation") && message.includeDocumentation !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.includeDocumentation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeConfigsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsRequest & logkeeper.broker.DescribeConfigsRequest.$Shape} DescribeConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeConfigsRequest();
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
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.logkeeper.broker.DescribeConfigsResource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.includeSynonyms = value;
                            else
                                delete message.includeSynonyms;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.includeDocumentation = value;
                            else
                                delete message.includeDocumentation;
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

            return DescribeConfigsRequest;
        })();

        broker.DescribedConfig = (function() {

            /**
             * Properties of a DescribedConfig.
             * @typedef {Object} logkeeper.broker.DescribedConfig.$Properties
             * @property {string|null} [name] DescribedConfig name
             * @property {string|null} [value] DescribedConfig value
             * @property {boolean|null} [readOnly] DescribedConfig readOnly
             * @property {number|null} [configSource] DescribedConfig configSource
             * @property {boolean|null} [isSensitive] DescribedConfig isSensitive
             * @property {string|null} [documentation] DescribedConfig documentation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribedConfig.
             * @memberof logkeeper.broker
             * @interface IDescribedConfig
             * @augments logkeeper.broker.DescribedConfig.$Properties
             * @deprecated Use logkeeper.broker.DescribedConfig.$Properties instead.
             */

            /**
             * Shape of a DescribedConfig.
             * @typedef {logkeeper.broker.DescribedConfig.$Properties} logkeeper.broker.DescribedConfig.$Shape
             */

            /**
             * Constructs a new DescribedConfig.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribedConfig.
             * @constructor
             * @param {logkeeper.broker.DescribedConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribedConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribedConfig name.
             * @member {string} name
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.name = "";

            /**
             * DescribedConfig value.
             * @member {string|null|undefined} value
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.value = null;

            /**
             * DescribedConfig readOnly.
             * @member {boolean} readOnly
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.readOnly = false;

            /**
             * DescribedConfig configSource.
             * @member {number} configSource
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.configSource = 0;

            /**
             * DescribedConfig isSensitive.
             * @member {boolean} isSensitive
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.isSensitive = false;

            /**
             * DescribedConfig documentation.
             * @member {string|null|undefined} documentation
             * @memberof logkeeper.broker.DescribedConfig
             * @instance
             */
            DescribedConfig.prototype.documentation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribedConfig.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribedConfig.prototype, "_documentation", {
                get: $util.oneOfGetter($oneOfFields = ["documentation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribedConfig message. Does not implicitly {@link logkeeper.broker.DescribedConfig.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribedConfig
             * @static
             * @param {logkeeper.broker.DescribedConfig.$Properties} message DescribedConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribedConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.readOnly);
                if (message.configSource != null && $Object.hasOwnProperty.call(message, "configSource") && message.configSource !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.configSource);
                if (message.isSensitive != null && $Object.hasOwnProperty.call(message, "isSensitive") && message.isSensitive !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.isSensitive);
                if (message.documentation != null && $Object.hasOwnProperty.call(message, "documentation"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.documentation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribedConfig message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribedConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribedConfig & logkeeper.broker.DescribedConfig.$Shape} DescribedConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribedConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribedConfig();
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
                            message.value = reader.stringVerify();
                            message._value = "value";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.configSource = value;
                            else
                                delete message.configSource;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isSensitive = value;
                            else
                                delete message.isSensitive;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.documentation = reader.stringVerify();
                            message._documentation = "documentation";
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

            return DescribedConfig;
        })();

        broker.DescribeConfigsResult = (function() {

            /**
             * Properties of a DescribeConfigsResult.
             * @typedef {Object} logkeeper.broker.DescribeConfigsResult.$Properties
             * @property {number|null} [resourceType] DescribeConfigsResult resourceType
             * @property {string|null} [resourceName] DescribeConfigsResult resourceName
             * @property {number|null} [errorCode] DescribeConfigsResult errorCode
             * @property {string|null} [errorMessage] DescribeConfigsResult errorMessage
             * @property {Array.<logkeeper.broker.DescribedConfig.$Properties>|null} [configs] DescribeConfigsResult configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsResult.
             * @memberof logkeeper.broker
             * @interface IDescribeConfigsResult
             * @augments logkeeper.broker.DescribeConfigsResult.$Properties
             * @deprecated Use logkeeper.broker.DescribeConfigsResult.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsResult.
             * @typedef {logkeeper.broker.DescribeConfigsResult.$Properties} logkeeper.broker.DescribeConfigsResult.$Shape
             */

            /**
             * Constructs a new DescribeConfigsResult.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeConfigsResult.
             * @constructor
             * @param {logkeeper.broker.DescribeConfigsResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsResult = function (properties) {
                this.configs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsResult resourceType.
             * @member {number} resourceType
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.resourceType = 0;

            /**
             * DescribeConfigsResult resourceName.
             * @member {string} resourceName
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.resourceName = "";

            /**
             * DescribeConfigsResult errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.errorCode = 0;

            /**
             * DescribeConfigsResult errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.errorMessage = null;

            /**
             * DescribeConfigsResult configs.
             * @member {Array.<logkeeper.broker.DescribedConfig.$Properties>} configs
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @instance
             */
            DescribeConfigsResult.prototype.configs = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DescribeConfigsResult.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified DescribeConfigsResult message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResult.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @static
             * @param {logkeeper.broker.DescribeConfigsResult.$Properties} message DescribeConfigsResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.errorCode != null && $Object.hasOwnProperty.call(message, "errorCode") && message.errorCode !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.errorCode);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.logkeeper.broker.DescribedConfig.encode(message.configs[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsResult message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeConfigsResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResult & logkeeper.broker.DescribeConfigsResult.$Shape} DescribeConfigsResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeConfigsResult();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
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
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.logkeeper.broker.DescribedConfig.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeConfigsResult;
        })();

        broker.DescribeConfigsResponse = (function() {

            /**
             * Properties of a DescribeConfigsResponse.
             * @typedef {Object} logkeeper.broker.DescribeConfigsResponse.$Properties
             * @property {Array.<logkeeper.broker.DescribeConfigsResult.$Properties>|null} [results] DescribeConfigsResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeConfigsResponse.
             * @memberof logkeeper.broker
             * @interface IDescribeConfigsResponse
             * @augments logkeeper.broker.DescribeConfigsResponse.$Properties
             * @deprecated Use logkeeper.broker.DescribeConfigsResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeConfigsResponse.
             * @typedef {logkeeper.broker.DescribeConfigsResponse.$Properties} logkeeper.broker.DescribeConfigsResponse.$Shape
             */

            /**
             * Constructs a new DescribeConfigsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents a DescribeConfigsResponse.
             * @constructor
             * @param {logkeeper.broker.DescribeConfigsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeConfigsResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeConfigsResponse results.
             * @member {Array.<logkeeper.broker.DescribeConfigsResult.$Properties>} results
             * @memberof logkeeper.broker.DescribeConfigsResponse
             * @instance
             */
            DescribeConfigsResponse.prototype.results = $util.emptyArray;

            /**
             * Encodes the specified DescribeConfigsResponse message. Does not implicitly {@link logkeeper.broker.DescribeConfigsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.DescribeConfigsResponse
             * @static
             * @param {logkeeper.broker.DescribeConfigsResponse.$Properties} message DescribeConfigsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeConfigsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.logkeeper.broker.DescribeConfigsResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeConfigsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.DescribeConfigsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.DescribeConfigsResponse & logkeeper.broker.DescribeConfigsResponse.$Shape} DescribeConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeConfigsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.DescribeConfigsResponse();
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
                            message.results.push($root.logkeeper.broker.DescribeConfigsResult.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DescribeConfigsResponse;
        })();

        broker.AlterConfigsResource = (function() {

            /**
             * Properties of an AlterConfigsResource.
             * @typedef {Object} logkeeper.broker.AlterConfigsResource.$Properties
             * @property {number|null} [resourceType] AlterConfigsResource resourceType
             * @property {string|null} [resourceName] AlterConfigsResource resourceName
             * @property {Array.<logkeeper.broker.ConfigValue.$Properties>|null} [configs] AlterConfigsResource configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterConfigsResource.
             * @memberof logkeeper.broker
             * @interface IAlterConfigsResource
             * @augments logkeeper.broker.AlterConfigsResource.$Properties
             * @deprecated Use logkeeper.broker.AlterConfigsResource.$Properties instead.
             */

            /**
             * Shape of an AlterConfigsResource.
             * @typedef {logkeeper.broker.AlterConfigsResource.$Properties} logkeeper.broker.AlterConfigsResource.$Shape
             */

            /**
             * Constructs a new AlterConfigsResource.
             * @memberof logkeeper.broker
             * @classdesc Represents an AlterConfigsResource.
             * @constructor
             * @param {logkeeper.broker.AlterConfigsResource.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterConfigsResource = function (properties) {
                this.configs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterConfigsResource resourceType.
             * @member {number} resourceType
             * @memberof logkeeper.broker.AlterConfigsResource
             * @instance
             */
            AlterConfigsResource.prototype.resourceType = 0;

            /**
             * AlterConfigsResource resourceName.
             * @member {string} resourceName
             * @memberof logkeeper.broker.AlterConfigsResource
             * @instance
             */
            AlterConfigsResource.prototype.resourceName = "";

            /**
             * AlterConfigsResource configs.
             * @member {Array.<logkeeper.broker.ConfigValue.$Properties>} configs
             * @memberof logkeeper.broker.AlterConfigsResource
             * @instance
             */
            AlterConfigsResource.prototype.configs = $util.emptyArray;

            /**
             * Encodes the specified AlterConfigsResource message. Does not implicitly {@link logkeeper.broker.AlterConfigsResource.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.AlterConfigsResource
             * @static
             * @param {logkeeper.broker.AlterConfigsResource.$Properties} message AlterConfigsResource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterConfigsResource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.logkeeper.broker.ConfigValue.encode(message.configs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterConfigsResource message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.AlterConfigsResource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResource & logkeeper.broker.AlterConfigsResource.$Shape} AlterConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterConfigsResource.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.AlterConfigsResource();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.logkeeper.broker.ConfigValue.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return AlterConfigsResource;
        })();

        broker.AlterConfigsRequest = (function() {

            /**
             * Properties of an AlterConfigsRequest.
             * @typedef {Object} logkeeper.broker.AlterConfigsRequest.$Properties
             * @property {Array.<logkeeper.broker.AlterConfigsResource.$Properties>|null} [resources] AlterConfigsRequest resources
             * @property {boolean|null} [validateOnly] AlterConfigsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterConfigsRequest.
             * @memberof logkeeper.broker
             * @interface IAlterConfigsRequest
             * @augments logkeeper.broker.AlterConfigsRequest.$Properties
             * @deprecated Use logkeeper.broker.AlterConfigsRequest.$Properties instead.
             */

            /**
             * Shape of an AlterConfigsRequest.
             * @typedef {logkeeper.broker.AlterConfigsRequest.$Properties} logkeeper.broker.AlterConfigsRequest.$Shape
             */

            /**
             * Constructs a new AlterConfigsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents an AlterConfigsRequest.
             * @constructor
             * @param {logkeeper.broker.AlterConfigsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterConfigsRequest = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterConfigsRequest resources.
             * @member {Array.<logkeeper.broker.AlterConfigsResource.$Properties>} resources
             * @memberof logkeeper.broker.AlterConfigsRequest
             * @instance
             */
            AlterConfigsRequest.prototype.resources = $util.emptyArray;

            /**
             * AlterConfigsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof logkeeper.broker.AlterConfigsRequest
             * @instance
             */
            AlterConfigsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified AlterConfigsRequest message. Does not implicitly {@link logkeeper.broker.AlterConfigsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.AlterConfigsRequest
             * @static
             * @param {logkeeper.broker.AlterConfigsRequest.$Properties} message AlterConfigsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterConfigsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.logkeeper.broker.AlterConfigsResource.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterConfigsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.AlterConfigsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsRequest & logkeeper.broker.AlterConfigsRequest.$Shape} AlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterConfigsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.AlterConfigsRequest();
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
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.logkeeper.broker.AlterConfigsResource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return AlterConfigsRequest;
        })();

        broker.AlterableConfig = (function() {

            /**
             * Properties of an AlterableConfig.
             * @typedef {Object} logkeeper.broker.AlterableConfig.$Properties
             * @property {string|null} [name] AlterableConfig name
             * @property {string|null} [value] AlterableConfig value
             * @property {number|null} [configOperation] AlterableConfig configOperation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterableConfig.
             * @memberof logkeeper.broker
             * @interface IAlterableConfig
             * @augments logkeeper.broker.AlterableConfig.$Properties
             * @deprecated Use logkeeper.broker.AlterableConfig.$Properties instead.
             */

            /**
             * Shape of an AlterableConfig.
             * @typedef {logkeeper.broker.AlterableConfig.$Properties} logkeeper.broker.AlterableConfig.$Shape
             */

            /**
             * Constructs a new AlterableConfig.
             * @memberof logkeeper.broker
             * @classdesc Represents an AlterableConfig.
             * @constructor
             * @param {logkeeper.broker.AlterableConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterableConfig = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterableConfig name.
             * @member {string} name
             * @memberof logkeeper.broker.AlterableConfig
             * @instance
             */
            AlterableConfig.prototype.name = "";

            /**
             * AlterableConfig value.
             * @member {string|null|undefined} value
             * @memberof logkeeper.broker.AlterableConfig
             * @instance
             */
            AlterableConfig.prototype.value = null;

            /**
             * AlterableConfig configOperation.
             * @member {number} configOperation
             * @memberof logkeeper.broker.AlterableConfig
             * @instance
             */
            AlterableConfig.prototype.configOperation = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlterableConfig.prototype, "_value", {
                get: $util.oneOfGetter($oneOfFields = ["value"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AlterableConfig message. Does not implicitly {@link logkeeper.broker.AlterableConfig.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.AlterableConfig
             * @static
             * @param {logkeeper.broker.AlterableConfig.$Properties} message AlterableConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterableConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.configOperation != null && $Object.hasOwnProperty.call(message, "configOperation") && message.configOperation !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.configOperation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterableConfig message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.AlterableConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterableConfig & logkeeper.broker.AlterableConfig.$Shape} AlterableConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterableConfig.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.AlterableConfig();
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
                            message.value = reader.stringVerify();
                            message._value = "value";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.configOperation = value;
                            else
                                delete message.configOperation;
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

            return AlterableConfig;
        })();

        broker.IncrementalAlterConfigsResource = (function() {

            /**
             * Properties of an IncrementalAlterConfigsResource.
             * @typedef {Object} logkeeper.broker.IncrementalAlterConfigsResource.$Properties
             * @property {number|null} [resourceType] IncrementalAlterConfigsResource resourceType
             * @property {string|null} [resourceName] IncrementalAlterConfigsResource resourceName
             * @property {Array.<logkeeper.broker.AlterableConfig.$Properties>|null} [configs] IncrementalAlterConfigsResource configs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncrementalAlterConfigsResource.
             * @memberof logkeeper.broker
             * @interface IIncrementalAlterConfigsResource
             * @augments logkeeper.broker.IncrementalAlterConfigsResource.$Properties
             * @deprecated Use logkeeper.broker.IncrementalAlterConfigsResource.$Properties instead.
             */

            /**
             * Shape of an IncrementalAlterConfigsResource.
             * @typedef {logkeeper.broker.IncrementalAlterConfigsResource.$Properties} logkeeper.broker.IncrementalAlterConfigsResource.$Shape
             */

            /**
             * Constructs a new IncrementalAlterConfigsResource.
             * @memberof logkeeper.broker
             * @classdesc Represents an IncrementalAlterConfigsResource.
             * @constructor
             * @param {logkeeper.broker.IncrementalAlterConfigsResource.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncrementalAlterConfigsResource = function (properties) {
                this.configs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncrementalAlterConfigsResource resourceType.
             * @member {number} resourceType
             * @memberof logkeeper.broker.IncrementalAlterConfigsResource
             * @instance
             */
            IncrementalAlterConfigsResource.prototype.resourceType = 0;

            /**
             * IncrementalAlterConfigsResource resourceName.
             * @member {string} resourceName
             * @memberof logkeeper.broker.IncrementalAlterConfigsResource
             * @instance
             */
            IncrementalAlterConfigsResource.prototype.resourceName = "";

            /**
             * IncrementalAlterConfigsResource configs.
             * @member {Array.<logkeeper.broker.AlterableConfig.$Properties>} configs
             * @memberof logkeeper.broker.IncrementalAlterConfigsResource
             * @instance
             */
            IncrementalAlterConfigsResource.prototype.configs = $util.emptyArray;

            /**
             * Encodes the specified IncrementalAlterConfigsResource message. Does not implicitly {@link logkeeper.broker.IncrementalAlterConfigsResource.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.IncrementalAlterConfigsResource
             * @static
             * @param {logkeeper.broker.IncrementalAlterConfigsResource.$Properties} message IncrementalAlterConfigsResource message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncrementalAlterConfigsResource.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
                if (message.configs != null && message.configs.length)
                    for (let i = 0; i < message.configs.length; ++i)
                        $root.logkeeper.broker.AlterableConfig.encode(message.configs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncrementalAlterConfigsResource message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.IncrementalAlterConfigsResource
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.IncrementalAlterConfigsResource & logkeeper.broker.IncrementalAlterConfigsResource.$Shape} IncrementalAlterConfigsResource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncrementalAlterConfigsResource.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.IncrementalAlterConfigsResource();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configs && message.configs.length))
                                message.configs = [];
                            message.configs.push($root.logkeeper.broker.AlterableConfig.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return IncrementalAlterConfigsResource;
        })();

        broker.IncrementalAlterConfigsRequest = (function() {

            /**
             * Properties of an IncrementalAlterConfigsRequest.
             * @typedef {Object} logkeeper.broker.IncrementalAlterConfigsRequest.$Properties
             * @property {Array.<logkeeper.broker.IncrementalAlterConfigsResource.$Properties>|null} [resources] IncrementalAlterConfigsRequest resources
             * @property {boolean|null} [validateOnly] IncrementalAlterConfigsRequest validateOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IncrementalAlterConfigsRequest.
             * @memberof logkeeper.broker
             * @interface IIncrementalAlterConfigsRequest
             * @augments logkeeper.broker.IncrementalAlterConfigsRequest.$Properties
             * @deprecated Use logkeeper.broker.IncrementalAlterConfigsRequest.$Properties instead.
             */

            /**
             * Shape of an IncrementalAlterConfigsRequest.
             * @typedef {logkeeper.broker.IncrementalAlterConfigsRequest.$Properties} logkeeper.broker.IncrementalAlterConfigsRequest.$Shape
             */

            /**
             * Constructs a new IncrementalAlterConfigsRequest.
             * @memberof logkeeper.broker
             * @classdesc Represents an IncrementalAlterConfigsRequest.
             * @constructor
             * @param {logkeeper.broker.IncrementalAlterConfigsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IncrementalAlterConfigsRequest = function (properties) {
                this.resources = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IncrementalAlterConfigsRequest resources.
             * @member {Array.<logkeeper.broker.IncrementalAlterConfigsResource.$Properties>} resources
             * @memberof logkeeper.broker.IncrementalAlterConfigsRequest
             * @instance
             */
            IncrementalAlterConfigsRequest.prototype.resources = $util.emptyArray;

            /**
             * IncrementalAlterConfigsRequest validateOnly.
             * @member {boolean} validateOnly
             * @memberof logkeeper.broker.IncrementalAlterConfigsRequest
             * @instance
             */
            IncrementalAlterConfigsRequest.prototype.validateOnly = false;

            /**
             * Encodes the specified IncrementalAlterConfigsRequest message. Does not implicitly {@link logkeeper.broker.IncrementalAlterConfigsRequest.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.IncrementalAlterConfigsRequest
             * @static
             * @param {logkeeper.broker.IncrementalAlterConfigsRequest.$Properties} message IncrementalAlterConfigsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IncrementalAlterConfigsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resources != null && message.resources.length)
                    for (let i = 0; i < message.resources.length; ++i)
                        $root.logkeeper.broker.IncrementalAlterConfigsResource.encode(message.resources[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.validateOnly != null && $Object.hasOwnProperty.call(message, "validateOnly") && message.validateOnly !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.validateOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IncrementalAlterConfigsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.IncrementalAlterConfigsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.IncrementalAlterConfigsRequest & logkeeper.broker.IncrementalAlterConfigsRequest.$Shape} IncrementalAlterConfigsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IncrementalAlterConfigsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.IncrementalAlterConfigsRequest();
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
                            if (!(message.resources && message.resources.length))
                                message.resources = [];
                            message.resources.push($root.logkeeper.broker.IncrementalAlterConfigsResource.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.validateOnly = value;
                            else
                                delete message.validateOnly;
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

            return IncrementalAlterConfigsRequest;
        })();

        broker.AlterConfigsResourceResponse = (function() {

            /**
             * Properties of an AlterConfigsResourceResponse.
             * @typedef {Object} logkeeper.broker.AlterConfigsResourceResponse.$Properties
             * @property {number|null} [resourceType] AlterConfigsResourceResponse resourceType
             * @property {string|null} [resourceName] AlterConfigsResourceResponse resourceName
             * @property {number|null} [errorCode] AlterConfigsResourceResponse errorCode
             * @property {string|null} [errorMessage] AlterConfigsResourceResponse errorMessage
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterConfigsResourceResponse.
             * @memberof logkeeper.broker
             * @interface IAlterConfigsResourceResponse
             * @augments logkeeper.broker.AlterConfigsResourceResponse.$Properties
             * @deprecated Use logkeeper.broker.AlterConfigsResourceResponse.$Properties instead.
             */

            /**
             * Shape of an AlterConfigsResourceResponse.
             * @typedef {logkeeper.broker.AlterConfigsResourceResponse.$Properties} logkeeper.broker.AlterConfigsResourceResponse.$Shape
             */

            /**
             * Constructs a new AlterConfigsResourceResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an AlterConfigsResourceResponse.
             * @constructor
             * @param {logkeeper.broker.AlterConfigsResourceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterConfigsResourceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterConfigsResourceResponse resourceType.
             * @member {number} resourceType
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @instance
             */
            AlterConfigsResourceResponse.prototype.resourceType = 0;

            /**
             * AlterConfigsResourceResponse resourceName.
             * @member {string} resourceName
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @instance
             */
            AlterConfigsResourceResponse.prototype.resourceName = "";

            /**
             * AlterConfigsResourceResponse errorCode.
             * @member {number} errorCode
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @instance
             */
            AlterConfigsResourceResponse.prototype.errorCode = 0;

            /**
             * AlterConfigsResourceResponse errorMessage.
             * @member {string|null|undefined} errorMessage
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @instance
             */
            AlterConfigsResourceResponse.prototype.errorMessage = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlterConfigsResourceResponse.prototype, "_errorMessage", {
                get: $util.oneOfGetter($oneOfFields = ["errorMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified AlterConfigsResourceResponse message. Does not implicitly {@link logkeeper.broker.AlterConfigsResourceResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @static
             * @param {logkeeper.broker.AlterConfigsResourceResponse.$Properties} message AlterConfigsResourceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterConfigsResourceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.resourceType);
                if (message.resourceName != null && $Object.hasOwnProperty.call(message, "resourceName") && message.resourceName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.resourceName);
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
             * Decodes an AlterConfigsResourceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.AlterConfigsResourceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResourceResponse & logkeeper.broker.AlterConfigsResourceResponse.$Shape} AlterConfigsResourceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterConfigsResourceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.AlterConfigsResourceResponse();
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
                                message.resourceType = value;
                            else
                                delete message.resourceType;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceName = value;
                            else
                                delete message.resourceName;
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

            return AlterConfigsResourceResponse;
        })();

        broker.AlterConfigsResponse = (function() {

            /**
             * Properties of an AlterConfigsResponse.
             * @typedef {Object} logkeeper.broker.AlterConfigsResponse.$Properties
             * @property {Array.<logkeeper.broker.AlterConfigsResourceResponse.$Properties>|null} [responses] AlterConfigsResponse responses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AlterConfigsResponse.
             * @memberof logkeeper.broker
             * @interface IAlterConfigsResponse
             * @augments logkeeper.broker.AlterConfigsResponse.$Properties
             * @deprecated Use logkeeper.broker.AlterConfigsResponse.$Properties instead.
             */

            /**
             * Shape of an AlterConfigsResponse.
             * @typedef {logkeeper.broker.AlterConfigsResponse.$Properties} logkeeper.broker.AlterConfigsResponse.$Shape
             */

            /**
             * Constructs a new AlterConfigsResponse.
             * @memberof logkeeper.broker
             * @classdesc Represents an AlterConfigsResponse.
             * @constructor
             * @param {logkeeper.broker.AlterConfigsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AlterConfigsResponse = function (properties) {
                this.responses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AlterConfigsResponse responses.
             * @member {Array.<logkeeper.broker.AlterConfigsResourceResponse.$Properties>} responses
             * @memberof logkeeper.broker.AlterConfigsResponse
             * @instance
             */
            AlterConfigsResponse.prototype.responses = $util.emptyArray;

            /**
             * Encodes the specified AlterConfigsResponse message. Does not implicitly {@link logkeeper.broker.AlterConfigsResponse.verify|verify} messages.
             * @function encode
             * @memberof logkeeper.broker.AlterConfigsResponse
             * @static
             * @param {logkeeper.broker.AlterConfigsResponse.$Properties} message AlterConfigsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AlterConfigsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.responses != null && message.responses.length)
                    for (let i = 0; i < message.responses.length; ++i)
                        $root.logkeeper.broker.AlterConfigsResourceResponse.encode(message.responses[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AlterConfigsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof logkeeper.broker.AlterConfigsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {logkeeper.broker.AlterConfigsResponse & logkeeper.broker.AlterConfigsResponse.$Shape} AlterConfigsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AlterConfigsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.logkeeper.broker.AlterConfigsResponse();
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
                            if (!(message.responses && message.responses.length))
                                message.responses = [];
                            message.responses.push($root.logkeeper.broker.AlterConfigsResourceResponse.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return AlterConfigsResponse;
        })();

        return broker;
    })();

    return logkeeper;
})();

export {
  $root as default
};
