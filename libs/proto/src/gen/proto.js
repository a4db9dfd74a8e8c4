/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const daos = $root.daos = (() => {

    /**
     * Namespace daos.
     * @exports daos
     * @namespace
     */
    const daos = {};

    daos.kv = (function() {

        /**
         * Namespace kv.
         * @memberof daos
         * @namespace
         */
        const kv = {};

        kv.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof daos.kv
             * @namespace
             */
            const v1 = {};

            v1.PutReq = (function() {

                /**
                 * Properties of a PutReq.
                 * @typedef {Object} daos.kv.v1.PutReq.$Properties
                 * @property {Uint8Array|null} [key] PutReq key
                 * @property {Uint8Array|null} [value] PutReq value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PutReq.
                 * @memberof daos.kv.v1
                 * @interface IPutReq
                 * @augments daos.kv.v1.PutReq.$Properties
                 * @deprecated Use daos.kv.v1.PutReq.$Properties instead.
                 */

                /**
                 * Shape of a PutReq.
                 * @typedef {daos.kv.v1.PutReq.$Properties} daos.kv.v1.PutReq.$Shape
                 */

                /**
                 * Constructs a new PutReq.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a PutReq.
                 * @constructor
                 * @param {daos.kv.v1.PutReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PutReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PutReq key.
                 * @member {Uint8Array} key
                 * @memberof daos.kv.v1.PutReq
                 * @instance
                 */
                PutReq.prototype.key = $util.newBuffer([]);

                /**
                 * PutReq value.
                 * @member {Uint8Array} value
                 * @memberof daos.kv.v1.PutReq
                 * @instance
                 */
                PutReq.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new PutReq instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {daos.kv.v1.PutReq.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.PutReq} PutReq instance
                 * @type {{
                 *   (properties: daos.kv.v1.PutReq.$Shape): daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape;
                 *   (properties?: daos.kv.v1.PutReq.$Properties): daos.kv.v1.PutReq;
                 * }}
                 */
                PutReq.create = function(properties) {
                    return new PutReq(properties);
                };

                /**
                 * Encodes the specified PutReq message. Does not implicitly {@link daos.kv.v1.PutReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {daos.kv.v1.PutReq.$Properties} message PutReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PutReq message, length delimited. Does not implicitly {@link daos.kv.v1.PutReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {daos.kv.v1.PutReq.$Properties} message PutReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PutReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape} PutReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.PutReq();
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
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Decodes a PutReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape} PutReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PutReq message.
                 * @function verify
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PutReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    return null;
                };

                /**
                 * Creates a PutReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.PutReq} PutReq
                 */
                PutReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.PutReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.PutReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.PutReq();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    return message;
                };

                /**
                 * Creates a plain object from a PutReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {daos.kv.v1.PutReq} message PutReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PutReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                    }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    return object;
                };

                /**
                 * Converts this PutReq to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.PutReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PutReq.prototype.toJSON = function() {
                    return PutReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PutReq
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.PutReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PutReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.PutReq";
                };

                return PutReq;
            })();

            v1.PutRep = (function() {

                /**
                 * Properties of a PutRep.
                 * @typedef {Object} daos.kv.v1.PutRep.$Properties
                 * @property {number|null} [index] PutRep index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PutRep.
                 * @memberof daos.kv.v1
                 * @interface IPutRep
                 * @augments daos.kv.v1.PutRep.$Properties
                 * @deprecated Use daos.kv.v1.PutRep.$Properties instead.
                 */

                /**
                 * Shape of a PutRep.
                 * @typedef {daos.kv.v1.PutRep.$Properties} daos.kv.v1.PutRep.$Shape
                 */

                /**
                 * Constructs a new PutRep.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a PutRep.
                 * @constructor
                 * @param {daos.kv.v1.PutRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PutRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PutRep index.
                 * @member {number} index
                 * @memberof daos.kv.v1.PutRep
                 * @instance
                 */
                PutRep.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PutRep instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {daos.kv.v1.PutRep.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.PutRep} PutRep instance
                 * @type {{
                 *   (properties: daos.kv.v1.PutRep.$Shape): daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape;
                 *   (properties?: daos.kv.v1.PutRep.$Properties): daos.kv.v1.PutRep;
                 * }}
                 */
                PutRep.create = function(properties) {
                    return new PutRep(properties);
                };

                /**
                 * Encodes the specified PutRep message. Does not implicitly {@link daos.kv.v1.PutRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {daos.kv.v1.PutRep.$Properties} message PutRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified PutRep message, length delimited. Does not implicitly {@link daos.kv.v1.PutRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {daos.kv.v1.PutRep.$Properties} message PutRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PutRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a PutRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape} PutRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.PutRep();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
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
                 * Decodes a PutRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape} PutRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PutRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a PutRep message.
                 * @function verify
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                PutRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a PutRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.PutRep} PutRep
                 */
                PutRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.PutRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.PutRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.PutRep();
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PutRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {daos.kv.v1.PutRep} message PutRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PutRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    return object;
                };

                /**
                 * Converts this PutRep to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.PutRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PutRep.prototype.toJSON = function() {
                    return PutRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PutRep
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.PutRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PutRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.PutRep";
                };

                return PutRep;
            })();

            v1.GetReq = (function() {

                /**
                 * Properties of a GetReq.
                 * @typedef {Object} daos.kv.v1.GetReq.$Properties
                 * @property {Uint8Array|null} [key] GetReq key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetReq.
                 * @memberof daos.kv.v1
                 * @interface IGetReq
                 * @augments daos.kv.v1.GetReq.$Properties
                 * @deprecated Use daos.kv.v1.GetReq.$Properties instead.
                 */

                /**
                 * Shape of a GetReq.
                 * @typedef {daos.kv.v1.GetReq.$Properties} daos.kv.v1.GetReq.$Shape
                 */

                /**
                 * Constructs a new GetReq.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a GetReq.
                 * @constructor
                 * @param {daos.kv.v1.GetReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetReq key.
                 * @member {Uint8Array} key
                 * @memberof daos.kv.v1.GetReq
                 * @instance
                 */
                GetReq.prototype.key = $util.newBuffer([]);

                /**
                 * Creates a new GetReq instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {daos.kv.v1.GetReq.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.GetReq} GetReq instance
                 * @type {{
                 *   (properties: daos.kv.v1.GetReq.$Shape): daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape;
                 *   (properties?: daos.kv.v1.GetReq.$Properties): daos.kv.v1.GetReq;
                 * }}
                 */
                GetReq.create = function(properties) {
                    return new GetReq(properties);
                };

                /**
                 * Encodes the specified GetReq message. Does not implicitly {@link daos.kv.v1.GetReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {daos.kv.v1.GetReq.$Properties} message GetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetReq message, length delimited. Does not implicitly {@link daos.kv.v1.GetReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {daos.kv.v1.GetReq.$Properties} message GetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape} GetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.GetReq();
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
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
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
                 * Decodes a GetReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape} GetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetReq message.
                 * @function verify
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    return null;
                };

                /**
                 * Creates a GetReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.GetReq} GetReq
                 */
                GetReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.GetReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.GetReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.GetReq();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    return message;
                };

                /**
                 * Creates a plain object from a GetReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {daos.kv.v1.GetReq} message GetReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    return object;
                };

                /**
                 * Converts this GetReq to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.GetReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetReq.prototype.toJSON = function() {
                    return GetReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetReq
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.GetReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.GetReq";
                };

                return GetReq;
            })();

            v1.GetRep = (function() {

                /**
                 * Properties of a GetRep.
                 * @typedef {Object} daos.kv.v1.GetRep.$Properties
                 * @property {Uint8Array|null} [value] GetRep value
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetRep.
                 * @memberof daos.kv.v1
                 * @interface IGetRep
                 * @augments daos.kv.v1.GetRep.$Properties
                 * @deprecated Use daos.kv.v1.GetRep.$Properties instead.
                 */

                /**
                 * Shape of a GetRep.
                 * @typedef {daos.kv.v1.GetRep.$Properties} daos.kv.v1.GetRep.$Shape
                 */

                /**
                 * Constructs a new GetRep.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a GetRep.
                 * @constructor
                 * @param {daos.kv.v1.GetRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GetRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GetRep value.
                 * @member {Uint8Array} value
                 * @memberof daos.kv.v1.GetRep
                 * @instance
                 */
                GetRep.prototype.value = $util.newBuffer([]);

                /**
                 * Creates a new GetRep instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {daos.kv.v1.GetRep.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.GetRep} GetRep instance
                 * @type {{
                 *   (properties: daos.kv.v1.GetRep.$Shape): daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape;
                 *   (properties?: daos.kv.v1.GetRep.$Properties): daos.kv.v1.GetRep;
                 * }}
                 */
                GetRep.create = function(properties) {
                    return new GetRep(properties);
                };

                /**
                 * Encodes the specified GetRep message. Does not implicitly {@link daos.kv.v1.GetRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {daos.kv.v1.GetRep.$Properties} message GetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified GetRep message, length delimited. Does not implicitly {@link daos.kv.v1.GetRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {daos.kv.v1.GetRep.$Properties} message GetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape} GetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.GetRep();
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
                                if ((value = reader.bytes()).length)
                                    message.value = value;
                                else
                                    delete message.value;
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
                 * Decodes a GetRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape} GetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a GetRep message.
                 * @function verify
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                GetRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        if (!(message.value && typeof message.value.length === "number" || $util.isString(message.value)))
                            return "value: buffer expected";
                    return null;
                };

                /**
                 * Creates a GetRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.GetRep} GetRep
                 */
                GetRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.GetRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.GetRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.GetRep();
                    if (object.value != null)
                        if (object.value.length)
                            if (typeof object.value === "string")
                                $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                            else if (object.value.length >= 0)
                                message.value = object.value;
                    return message;
                };

                /**
                 * Creates a plain object from a GetRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {daos.kv.v1.GetRep} message GetRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.value = "";
                        else {
                            object.value = [];
                            if (options.bytes !== $Array)
                                object.value = $util.newBuffer(object.value);
                        }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                    return object;
                };

                /**
                 * Converts this GetRep to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.GetRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetRep.prototype.toJSON = function() {
                    return GetRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetRep
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.GetRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.GetRep";
                };

                return GetRep;
            })();

            v1.DeleteReq = (function() {

                /**
                 * Properties of a DeleteReq.
                 * @typedef {Object} daos.kv.v1.DeleteReq.$Properties
                 * @property {Uint8Array|null} [key] DeleteReq key
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteReq.
                 * @memberof daos.kv.v1
                 * @interface IDeleteReq
                 * @augments daos.kv.v1.DeleteReq.$Properties
                 * @deprecated Use daos.kv.v1.DeleteReq.$Properties instead.
                 */

                /**
                 * Shape of a DeleteReq.
                 * @typedef {daos.kv.v1.DeleteReq.$Properties} daos.kv.v1.DeleteReq.$Shape
                 */

                /**
                 * Constructs a new DeleteReq.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a DeleteReq.
                 * @constructor
                 * @param {daos.kv.v1.DeleteReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DeleteReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DeleteReq key.
                 * @member {Uint8Array} key
                 * @memberof daos.kv.v1.DeleteReq
                 * @instance
                 */
                DeleteReq.prototype.key = $util.newBuffer([]);

                /**
                 * Creates a new DeleteReq instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {daos.kv.v1.DeleteReq.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.DeleteReq} DeleteReq instance
                 * @type {{
                 *   (properties: daos.kv.v1.DeleteReq.$Shape): daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape;
                 *   (properties?: daos.kv.v1.DeleteReq.$Properties): daos.kv.v1.DeleteReq;
                 * }}
                 */
                DeleteReq.create = function(properties) {
                    return new DeleteReq(properties);
                };

                /**
                 * Encodes the specified DeleteReq message. Does not implicitly {@link daos.kv.v1.DeleteReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {daos.kv.v1.DeleteReq.$Properties} message DeleteReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified DeleteReq message, length delimited. Does not implicitly {@link daos.kv.v1.DeleteReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {daos.kv.v1.DeleteReq.$Properties} message DeleteReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DeleteReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape} DeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.DeleteReq();
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
                                if ((value = reader.bytes()).length)
                                    message.key = value;
                                else
                                    delete message.key;
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
                 * Decodes a DeleteReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape} DeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DeleteReq message.
                 * @function verify
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DeleteReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                            return "key: buffer expected";
                    return null;
                };

                /**
                 * Creates a DeleteReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.DeleteReq} DeleteReq
                 */
                DeleteReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.DeleteReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.DeleteReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.DeleteReq();
                    if (object.key != null)
                        if (object.key.length)
                            if (typeof object.key === "string")
                                $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                            else if (object.key.length >= 0)
                                message.key = object.key;
                    return message;
                };

                /**
                 * Creates a plain object from a DeleteReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {daos.kv.v1.DeleteReq} message DeleteReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeleteReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        if (options.bytes === $String)
                            object.key = "";
                        else {
                            object.key = [];
                            if (options.bytes !== $Array)
                                object.key = $util.newBuffer(object.key);
                        }
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                        object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                    return object;
                };

                /**
                 * Converts this DeleteReq to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.DeleteReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeleteReq.prototype.toJSON = function() {
                    return DeleteReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DeleteReq
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.DeleteReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.DeleteReq";
                };

                return DeleteReq;
            })();

            v1.DeleteRep = (function() {

                /**
                 * Properties of a DeleteRep.
                 * @typedef {Object} daos.kv.v1.DeleteRep.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DeleteRep.
                 * @memberof daos.kv.v1
                 * @interface IDeleteRep
                 * @augments daos.kv.v1.DeleteRep.$Properties
                 * @deprecated Use daos.kv.v1.DeleteRep.$Properties instead.
                 */

                /**
                 * Shape of a DeleteRep.
                 * @typedef {daos.kv.v1.DeleteRep.$Properties} daos.kv.v1.DeleteRep.$Shape
                 */

                /**
                 * Constructs a new DeleteRep.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a DeleteRep.
                 * @constructor
                 * @param {daos.kv.v1.DeleteRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DeleteRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new DeleteRep instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {daos.kv.v1.DeleteRep.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.DeleteRep} DeleteRep instance
                 * @type {{
                 *   (properties: daos.kv.v1.DeleteRep.$Shape): daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape;
                 *   (properties?: daos.kv.v1.DeleteRep.$Properties): daos.kv.v1.DeleteRep;
                 * }}
                 */
                DeleteRep.create = function(properties) {
                    return new DeleteRep(properties);
                };

                /**
                 * Encodes the specified DeleteRep message. Does not implicitly {@link daos.kv.v1.DeleteRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {daos.kv.v1.DeleteRep.$Properties} message DeleteRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRep.encode = function (message, writer, _depth) {
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
                 * Encodes the specified DeleteRep message, length delimited. Does not implicitly {@link daos.kv.v1.DeleteRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {daos.kv.v1.DeleteRep.$Properties} message DeleteRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeleteRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DeleteRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape} DeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.DeleteRep();
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

                /**
                 * Decodes a DeleteRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape} DeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeleteRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a DeleteRep message.
                 * @function verify
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                DeleteRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a DeleteRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.DeleteRep} DeleteRep
                 */
                DeleteRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.DeleteRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.DeleteRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.kv.v1.DeleteRep();
                };

                /**
                 * Creates a plain object from a DeleteRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {daos.kv.v1.DeleteRep} message DeleteRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DeleteRep.toObject = function () {
                    return {};
                };

                /**
                 * Converts this DeleteRep to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.DeleteRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DeleteRep.prototype.toJSON = function() {
                    return DeleteRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DeleteRep
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.DeleteRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DeleteRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.DeleteRep";
                };

                return DeleteRep;
            })();

            v1.BootstrapArg = (function() {

                /**
                 * Properties of a BootstrapArg.
                 * @typedef {Object} daos.kv.v1.BootstrapArg.$Properties
                 * @property {string|null} [label] BootstrapArg label
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BootstrapArg.
                 * @memberof daos.kv.v1
                 * @interface IBootstrapArg
                 * @augments daos.kv.v1.BootstrapArg.$Properties
                 * @deprecated Use daos.kv.v1.BootstrapArg.$Properties instead.
                 */

                /**
                 * Shape of a BootstrapArg.
                 * @typedef {daos.kv.v1.BootstrapArg.$Properties} daos.kv.v1.BootstrapArg.$Shape
                 */

                /**
                 * Constructs a new BootstrapArg.
                 * @memberof daos.kv.v1
                 * @classdesc Represents a BootstrapArg.
                 * @constructor
                 * @param {daos.kv.v1.BootstrapArg.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BootstrapArg = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BootstrapArg label.
                 * @member {string} label
                 * @memberof daos.kv.v1.BootstrapArg
                 * @instance
                 */
                BootstrapArg.prototype.label = "";

                /**
                 * Creates a new BootstrapArg instance using the specified properties.
                 * @function create
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {daos.kv.v1.BootstrapArg.$Properties=} [properties] Properties to set
                 * @returns {daos.kv.v1.BootstrapArg} BootstrapArg instance
                 * @type {{
                 *   (properties: daos.kv.v1.BootstrapArg.$Shape): daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape;
                 *   (properties?: daos.kv.v1.BootstrapArg.$Properties): daos.kv.v1.BootstrapArg;
                 * }}
                 */
                BootstrapArg.create = function(properties) {
                    return new BootstrapArg(properties);
                };

                /**
                 * Encodes the specified BootstrapArg message. Does not implicitly {@link daos.kv.v1.BootstrapArg.verify|verify} messages.
                 * @function encode
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {daos.kv.v1.BootstrapArg.$Properties} message BootstrapArg message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BootstrapArg.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.label);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified BootstrapArg message, length delimited. Does not implicitly {@link daos.kv.v1.BootstrapArg.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {daos.kv.v1.BootstrapArg.$Properties} message BootstrapArg message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BootstrapArg.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a BootstrapArg message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape} BootstrapArg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BootstrapArg.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.kv.v1.BootstrapArg();
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
                                    message.label = value;
                                else
                                    delete message.label;
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
                 * Decodes a BootstrapArg message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape} BootstrapArg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BootstrapArg.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a BootstrapArg message.
                 * @function verify
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                BootstrapArg.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        if (!$util.isString(message.label))
                            return "label: string expected";
                    return null;
                };

                /**
                 * Creates a BootstrapArg message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.kv.v1.BootstrapArg} BootstrapArg
                 */
                BootstrapArg.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.kv.v1.BootstrapArg)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.kv.v1.BootstrapArg: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.kv.v1.BootstrapArg();
                    if (object.label != null)
                        if (typeof object.label !== "string" || object.label.length)
                            message.label = $String(object.label);
                    return message;
                };

                /**
                 * Creates a plain object from a BootstrapArg message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {daos.kv.v1.BootstrapArg} message BootstrapArg
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                BootstrapArg.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.label = "";
                    if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                        object.label = message.label;
                    return object;
                };

                /**
                 * Converts this BootstrapArg to JSON.
                 * @function toJSON
                 * @memberof daos.kv.v1.BootstrapArg
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                BootstrapArg.prototype.toJSON = function() {
                    return BootstrapArg.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for BootstrapArg
                 * @function getTypeUrl
                 * @memberof daos.kv.v1.BootstrapArg
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                BootstrapArg.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.kv.v1.BootstrapArg";
                };

                return BootstrapArg;
            })();

            return v1;
        })();

        return kv;
    })();

    daos.raft = (function() {

        /**
         * Namespace raft.
         * @memberof daos
         * @namespace
         */
        const raft = {};

        raft.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof daos.raft
             * @namespace
             */
            const v1 = {};

            /**
             * EntryType enum.
             * @name daos.raft.v1.EntryType
             * @enum {number}
             * @property {number} ENTRY_TYPE_NORMAL=0 ENTRY_TYPE_NORMAL value
             * @property {number} ENTRY_TYPE_CONF_CHANGE=1 ENTRY_TYPE_CONF_CHANGE value
             */
            v1.EntryType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ENTRY_TYPE_NORMAL"] = 0;
                values[valuesById[1] = "ENTRY_TYPE_CONF_CHANGE"] = 1;
                return values;
            })();

            v1.Entry = (function() {

                /**
                 * Properties of an Entry.
                 * @typedef {Object} daos.raft.v1.Entry.$Properties
                 * @property {number|null} [term] Entry term
                 * @property {number|null} [index] Entry index
                 * @property {daos.raft.v1.EntryType|null} [type] Entry type
                 * @property {Uint8Array|null} [data] Entry data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Entry.
                 * @memberof daos.raft.v1
                 * @interface IEntry
                 * @augments daos.raft.v1.Entry.$Properties
                 * @deprecated Use daos.raft.v1.Entry.$Properties instead.
                 */

                /**
                 * Shape of an Entry.
                 * @typedef {daos.raft.v1.Entry.$Properties} daos.raft.v1.Entry.$Shape
                 */

                /**
                 * Constructs a new Entry.
                 * @memberof daos.raft.v1
                 * @classdesc Represents an Entry.
                 * @constructor
                 * @param {daos.raft.v1.Entry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Entry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Entry term.
                 * @member {number} term
                 * @memberof daos.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry index.
                 * @member {number} index
                 * @memberof daos.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Entry type.
                 * @member {daos.raft.v1.EntryType} type
                 * @memberof daos.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.type = 0;

                /**
                 * Entry data.
                 * @member {Uint8Array} data
                 * @memberof daos.raft.v1.Entry
                 * @instance
                 */
                Entry.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {daos.raft.v1.Entry.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.Entry} Entry instance
                 * @type {{
                 *   (properties: daos.raft.v1.Entry.$Shape): daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape;
                 *   (properties?: daos.raft.v1.Entry.$Properties): daos.raft.v1.Entry;
                 * }}
                 */
                Entry.create = function(properties) {
                    return new Entry(properties);
                };

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link daos.raft.v1.Entry.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {daos.raft.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link daos.raft.v1.Entry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {daos.raft.v1.Entry.$Properties} message Entry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Entry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.Entry();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.type = value;
                                else
                                    delete message.type;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Entry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an Entry message.
                 * @function verify
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Entry.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.Entry} Entry
                 */
                Entry.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.Entry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.Entry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.Entry();
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.daos.raft.v1.EntryType[object.type] !== 0))
                        switch (object.type) {
                        case "ENTRY_TYPE_NORMAL":
                        case 0:
                            message.type = 0;
                            break;
                        case "ENTRY_TYPE_CONF_CHANGE":
                        case 1:
                            message.type = 1;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {daos.raft.v1.Entry} message Entry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Entry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.type = options.enums === $String ? "ENTRY_TYPE_NORMAL" : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.daos.raft.v1.EntryType[message.type] === $undefined ? message.type : $root.daos.raft.v1.EntryType[message.type] : message.type;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Entry to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.Entry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Entry.prototype.toJSON = function() {
                    return Entry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Entry
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.Entry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Entry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.Entry";
                };

                return Entry;
            })();

            v1.HardState = (function() {

                /**
                 * Properties of a HardState.
                 * @typedef {Object} daos.raft.v1.HardState.$Properties
                 * @property {number|null} [term] HardState term
                 * @property {number|null} [vote] HardState vote
                 * @property {number|null} [commit] HardState commit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HardState.
                 * @memberof daos.raft.v1
                 * @interface IHardState
                 * @augments daos.raft.v1.HardState.$Properties
                 * @deprecated Use daos.raft.v1.HardState.$Properties instead.
                 */

                /**
                 * Shape of a HardState.
                 * @typedef {daos.raft.v1.HardState.$Properties} daos.raft.v1.HardState.$Shape
                 */

                /**
                 * Constructs a new HardState.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a HardState.
                 * @constructor
                 * @param {daos.raft.v1.HardState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HardState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HardState term.
                 * @member {number} term
                 * @memberof daos.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HardState vote.
                 * @member {number} vote
                 * @memberof daos.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * HardState commit.
                 * @member {number} commit
                 * @memberof daos.raft.v1.HardState
                 * @instance
                 */
                HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new HardState instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {daos.raft.v1.HardState.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.HardState} HardState instance
                 * @type {{
                 *   (properties: daos.raft.v1.HardState.$Shape): daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape;
                 *   (properties?: daos.raft.v1.HardState.$Properties): daos.raft.v1.HardState;
                 * }}
                 */
                HardState.create = function(properties) {
                    return new HardState(properties);
                };

                /**
                 * Encodes the specified HardState message. Does not implicitly {@link daos.raft.v1.HardState.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {daos.raft.v1.HardState.$Properties} message HardState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HardState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && (typeof message.vote === "object" ? message.vote.low || message.vote.high : message.vote !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vote);
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified HardState message, length delimited. Does not implicitly {@link daos.raft.v1.HardState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {daos.raft.v1.HardState.$Properties} message HardState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HardState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a HardState message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HardState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.HardState();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.vote = value;
                                else
                                    delete message.vote;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commit = value;
                                else
                                    delete message.commit;
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
                 * Decodes a HardState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HardState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a HardState message.
                 * @function verify
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                HardState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                        if (!$util.isInteger(message.vote) && !(message.vote && $util.isInteger(message.vote.low) && $util.isInteger(message.vote.high)))
                            return "vote: integer|Long expected";
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                            return "commit: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a HardState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.HardState} HardState
                 */
                HardState.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.HardState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.HardState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.HardState();
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.vote != null)
                        if (typeof object.vote === "object" ? object.vote.low || object.vote.high : $Number(object.vote) !== 0)
                            if ($util.Long)
                                message.vote = $util.Long.fromValue(object.vote, true);
                            else if (typeof object.vote === "string")
                                message.vote = $parseInt(object.vote, 10);
                            else if (typeof object.vote === "number")
                                message.vote = object.vote;
                            else if (typeof object.vote === "object")
                                message.vote = new $util.LongBits(object.vote.low >>> 0, object.vote.high >>> 0).toNumber(true);
                    if (object.commit != null)
                        if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                            if ($util.Long)
                                message.commit = $util.Long.fromValue(object.commit, true);
                            else if (typeof object.commit === "string")
                                message.commit = $parseInt(object.commit, 10);
                            else if (typeof object.commit === "number")
                                message.commit = object.commit;
                            else if (typeof object.commit === "object")
                                message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a HardState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {daos.raft.v1.HardState} message HardState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                HardState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.vote = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.vote = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.vote = typeof message.vote === "number" ? $BigInt(message.vote) : $util.Long.fromBits(message.vote.low >>> 0, message.vote.high >>> 0, true).toBigInt();
                        else if (typeof message.vote === "number")
                            object.vote = options.longs === $String ? $String(message.vote) : message.vote;
                        else
                            object.vote = options.longs === $String ? $util.Long.prototype.toString.call(message.vote) : options.longs === $Number ? new $util.LongBits(message.vote.low >>> 0, message.vote.high >>> 0).toNumber(true) : message.vote;
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                        else if (typeof message.commit === "number")
                            object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                        else
                            object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                    return object;
                };

                /**
                 * Converts this HardState to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.HardState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                HardState.prototype.toJSON = function() {
                    return HardState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for HardState
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.HardState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                HardState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.HardState";
                };

                return HardState;
            })();

            v1.ConfState = (function() {

                /**
                 * Properties of a ConfState.
                 * @typedef {Object} daos.raft.v1.ConfState.$Properties
                 * @property {Array.<number>|null} [voters] ConfState voters
                 * @property {Array.<number>|null} [learners] ConfState learners
                 * @property {Array.<number>|null} [votersOutgoing] ConfState votersOutgoing
                 * @property {Array.<number>|null} [learnersNext] ConfState learnersNext
                 * @property {boolean|null} [autoLeave] ConfState autoLeave
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfState.
                 * @memberof daos.raft.v1
                 * @interface IConfState
                 * @augments daos.raft.v1.ConfState.$Properties
                 * @deprecated Use daos.raft.v1.ConfState.$Properties instead.
                 */

                /**
                 * Shape of a ConfState.
                 * @typedef {daos.raft.v1.ConfState.$Properties} daos.raft.v1.ConfState.$Shape
                 */

                /**
                 * Constructs a new ConfState.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a ConfState.
                 * @constructor
                 * @param {daos.raft.v1.ConfState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfState = function (properties) {
                    this.voters = [];
                    this.learners = [];
                    this.votersOutgoing = [];
                    this.learnersNext = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfState voters.
                 * @member {Array.<number>} voters
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.voters = $util.emptyArray;

                /**
                 * ConfState learners.
                 * @member {Array.<number>} learners
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.learners = $util.emptyArray;

                /**
                 * ConfState votersOutgoing.
                 * @member {Array.<number>} votersOutgoing
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.votersOutgoing = $util.emptyArray;

                /**
                 * ConfState learnersNext.
                 * @member {Array.<number>} learnersNext
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.learnersNext = $util.emptyArray;

                /**
                 * ConfState autoLeave.
                 * @member {boolean} autoLeave
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 */
                ConfState.prototype.autoLeave = false;

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {daos.raft.v1.ConfState.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.ConfState} ConfState instance
                 * @type {{
                 *   (properties: daos.raft.v1.ConfState.$Shape): daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape;
                 *   (properties?: daos.raft.v1.ConfState.$Properties): daos.raft.v1.ConfState;
                 * }}
                 */
                ConfState.create = function(properties) {
                    return new ConfState(properties);
                };

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link daos.raft.v1.ConfState.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {daos.raft.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.voters != null && message.voters.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.voters);
                    if (message.learners != null && message.learners.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.learners);
                    if (message.votersOutgoing != null && message.votersOutgoing.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).uint64s(message.votersOutgoing);
                    if (message.learnersNext != null && message.learnersNext.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).uint64s(message.learnersNext);
                    if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave") && message.autoLeave !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoLeave);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link daos.raft.v1.ConfState.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {daos.raft.v1.ConfState.$Properties} message ConfState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfState.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.ConfState();
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
                                    if (!(message.voters && message.voters.length))
                                        message.voters = [];
                                    reader.uint64s(message.voters);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                message.voters.push(reader.uint64());
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.learners && message.learners.length))
                                        message.learners = [];
                                    reader.uint64s(message.learners);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                message.learners.push(reader.uint64());
                                continue;
                            }
                        case 3: {
                                if (wireType === 2) {
                                    if (!(message.votersOutgoing && message.votersOutgoing.length))
                                        message.votersOutgoing = [];
                                    reader.uint64s(message.votersOutgoing);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.votersOutgoing && message.votersOutgoing.length))
                                    message.votersOutgoing = [];
                                message.votersOutgoing.push(reader.uint64());
                                continue;
                            }
                        case 4: {
                                if (wireType === 2) {
                                    if (!(message.learnersNext && message.learnersNext.length))
                                        message.learnersNext = [];
                                    reader.uint64s(message.learnersNext);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.learnersNext && message.learnersNext.length))
                                    message.learnersNext = [];
                                message.learnersNext.push(reader.uint64());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.autoLeave = value;
                                else
                                    delete message.autoLeave;
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
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfState.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfState message.
                 * @function verify
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfState.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.voters != null && $Object.hasOwnProperty.call(message, "voters")) {
                        if (!$Array.isArray(message.voters))
                            return "voters: array expected";
                        for (let i = 0; i < message.voters.length; ++i)
                            if (!$util.isInteger(message.voters[i]) && !(message.voters[i] && $util.isInteger(message.voters[i].low) && $util.isInteger(message.voters[i].high)))
                                return "voters: integer|Long[] expected";
                    }
                    if (message.learners != null && $Object.hasOwnProperty.call(message, "learners")) {
                        if (!$Array.isArray(message.learners))
                            return "learners: array expected";
                        for (let i = 0; i < message.learners.length; ++i)
                            if (!$util.isInteger(message.learners[i]) && !(message.learners[i] && $util.isInteger(message.learners[i].low) && $util.isInteger(message.learners[i].high)))
                                return "learners: integer|Long[] expected";
                    }
                    if (message.votersOutgoing != null && $Object.hasOwnProperty.call(message, "votersOutgoing")) {
                        if (!$Array.isArray(message.votersOutgoing))
                            return "votersOutgoing: array expected";
                        for (let i = 0; i < message.votersOutgoing.length; ++i)
                            if (!$util.isInteger(message.votersOutgoing[i]) && !(message.votersOutgoing[i] && $util.isInteger(message.votersOutgoing[i].low) && $util.isInteger(message.votersOutgoing[i].high)))
                                return "votersOutgoing: integer|Long[] expected";
                    }
                    if (message.learnersNext != null && $Object.hasOwnProperty.call(message, "learnersNext")) {
                        if (!$Array.isArray(message.learnersNext))
                            return "learnersNext: array expected";
                        for (let i = 0; i < message.learnersNext.length; ++i)
                            if (!$util.isInteger(message.learnersNext[i]) && !(message.learnersNext[i] && $util.isInteger(message.learnersNext[i].low) && $util.isInteger(message.learnersNext[i].high)))
                                return "learnersNext: integer|Long[] expected";
                    }
                    if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave"))
                        if (typeof message.autoLeave !== "boolean")
                            return "autoLeave: boolean expected";
                    return null;
                };

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.ConfState} ConfState
                 */
                ConfState.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.ConfState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.ConfState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.ConfState();
                    if (object.voters) {
                        if (!$Array.isArray(object.voters))
                            throw $TypeError(".daos.raft.v1.ConfState.voters: array expected");
                        message.voters = $Array(object.voters.length);
                        for (let i = 0; i < object.voters.length; ++i)
                            if ($util.Long)
                                message.voters[i] = $util.Long.fromValue(object.voters[i], true);
                            else if (typeof object.voters[i] === "string")
                                message.voters[i] = $parseInt(object.voters[i], 10);
                            else if (typeof object.voters[i] === "number")
                                message.voters[i] = object.voters[i];
                            else if (typeof object.voters[i] === "object")
                                message.voters[i] = new $util.LongBits(object.voters[i].low >>> 0, object.voters[i].high >>> 0).toNumber(true);
                    }
                    if (object.learners) {
                        if (!$Array.isArray(object.learners))
                            throw $TypeError(".daos.raft.v1.ConfState.learners: array expected");
                        message.learners = $Array(object.learners.length);
                        for (let i = 0; i < object.learners.length; ++i)
                            if ($util.Long)
                                message.learners[i] = $util.Long.fromValue(object.learners[i], true);
                            else if (typeof object.learners[i] === "string")
                                message.learners[i] = $parseInt(object.learners[i], 10);
                            else if (typeof object.learners[i] === "number")
                                message.learners[i] = object.learners[i];
                            else if (typeof object.learners[i] === "object")
                                message.learners[i] = new $util.LongBits(object.learners[i].low >>> 0, object.learners[i].high >>> 0).toNumber(true);
                    }
                    if (object.votersOutgoing) {
                        if (!$Array.isArray(object.votersOutgoing))
                            throw $TypeError(".daos.raft.v1.ConfState.votersOutgoing: array expected");
                        message.votersOutgoing = $Array(object.votersOutgoing.length);
                        for (let i = 0; i < object.votersOutgoing.length; ++i)
                            if ($util.Long)
                                message.votersOutgoing[i] = $util.Long.fromValue(object.votersOutgoing[i], true);
                            else if (typeof object.votersOutgoing[i] === "string")
                                message.votersOutgoing[i] = $parseInt(object.votersOutgoing[i], 10);
                            else if (typeof object.votersOutgoing[i] === "number")
                                message.votersOutgoing[i] = object.votersOutgoing[i];
                            else if (typeof object.votersOutgoing[i] === "object")
                                message.votersOutgoing[i] = new $util.LongBits(object.votersOutgoing[i].low >>> 0, object.votersOutgoing[i].high >>> 0).toNumber(true);
                    }
                    if (object.learnersNext) {
                        if (!$Array.isArray(object.learnersNext))
                            throw $TypeError(".daos.raft.v1.ConfState.learnersNext: array expected");
                        message.learnersNext = $Array(object.learnersNext.length);
                        for (let i = 0; i < object.learnersNext.length; ++i)
                            if ($util.Long)
                                message.learnersNext[i] = $util.Long.fromValue(object.learnersNext[i], true);
                            else if (typeof object.learnersNext[i] === "string")
                                message.learnersNext[i] = $parseInt(object.learnersNext[i], 10);
                            else if (typeof object.learnersNext[i] === "number")
                                message.learnersNext[i] = object.learnersNext[i];
                            else if (typeof object.learnersNext[i] === "object")
                                message.learnersNext[i] = new $util.LongBits(object.learnersNext[i].low >>> 0, object.learnersNext[i].high >>> 0).toNumber(true);
                    }
                    if (object.autoLeave != null)
                        if (object.autoLeave)
                            message.autoLeave = $Boolean(object.autoLeave);
                    return message;
                };

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {daos.raft.v1.ConfState} message ConfState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.voters = [];
                        object.learners = [];
                        object.votersOutgoing = [];
                        object.learnersNext = [];
                    }
                    if (options.defaults)
                        object.autoLeave = false;
                    if (message.voters && message.voters.length) {
                        object.voters = $Array(message.voters.length);
                        for (let j = 0; j < message.voters.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.voters[j] = typeof message.voters[j] === "number" ? $BigInt(message.voters[j]) : $util.Long.fromBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0, true).toBigInt();
                            else if (typeof message.voters[j] === "number")
                                object.voters[j] = options.longs === $String ? $String(message.voters[j]) : message.voters[j];
                            else
                                object.voters[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.voters[j]) : options.longs === $Number ? new $util.LongBits(message.voters[j].low >>> 0, message.voters[j].high >>> 0).toNumber(true) : message.voters[j];
                    }
                    if (message.learners && message.learners.length) {
                        object.learners = $Array(message.learners.length);
                        for (let j = 0; j < message.learners.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.learners[j] = typeof message.learners[j] === "number" ? $BigInt(message.learners[j]) : $util.Long.fromBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0, true).toBigInt();
                            else if (typeof message.learners[j] === "number")
                                object.learners[j] = options.longs === $String ? $String(message.learners[j]) : message.learners[j];
                            else
                                object.learners[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learners[j]) : options.longs === $Number ? new $util.LongBits(message.learners[j].low >>> 0, message.learners[j].high >>> 0).toNumber(true) : message.learners[j];
                    }
                    if (message.votersOutgoing && message.votersOutgoing.length) {
                        object.votersOutgoing = $Array(message.votersOutgoing.length);
                        for (let j = 0; j < message.votersOutgoing.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.votersOutgoing[j] = typeof message.votersOutgoing[j] === "number" ? $BigInt(message.votersOutgoing[j]) : $util.Long.fromBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0, true).toBigInt();
                            else if (typeof message.votersOutgoing[j] === "number")
                                object.votersOutgoing[j] = options.longs === $String ? $String(message.votersOutgoing[j]) : message.votersOutgoing[j];
                            else
                                object.votersOutgoing[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.votersOutgoing[j]) : options.longs === $Number ? new $util.LongBits(message.votersOutgoing[j].low >>> 0, message.votersOutgoing[j].high >>> 0).toNumber(true) : message.votersOutgoing[j];
                    }
                    if (message.learnersNext && message.learnersNext.length) {
                        object.learnersNext = $Array(message.learnersNext.length);
                        for (let j = 0; j < message.learnersNext.length; ++j)
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.learnersNext[j] = typeof message.learnersNext[j] === "number" ? $BigInt(message.learnersNext[j]) : $util.Long.fromBits(message.learnersNext[j].low >>> 0, message.learnersNext[j].high >>> 0, true).toBigInt();
                            else if (typeof message.learnersNext[j] === "number")
                                object.learnersNext[j] = options.longs === $String ? $String(message.learnersNext[j]) : message.learnersNext[j];
                            else
                                object.learnersNext[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.learnersNext[j]) : options.longs === $Number ? new $util.LongBits(message.learnersNext[j].low >>> 0, message.learnersNext[j].high >>> 0).toNumber(true) : message.learnersNext[j];
                    }
                    if (message.autoLeave != null && $Object.hasOwnProperty.call(message, "autoLeave"))
                        object.autoLeave = message.autoLeave;
                    return object;
                };

                /**
                 * Converts this ConfState to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.ConfState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfState.prototype.toJSON = function() {
                    return ConfState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfState
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.ConfState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.ConfState";
                };

                return ConfState;
            })();

            v1.SnapshotMeta = (function() {

                /**
                 * Properties of a SnapshotMeta.
                 * @typedef {Object} daos.raft.v1.SnapshotMeta.$Properties
                 * @property {number|null} [index] SnapshotMeta index
                 * @property {number|null} [term] SnapshotMeta term
                 * @property {daos.raft.v1.ConfState.$Properties|null} [confState] SnapshotMeta confState
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotMeta.
                 * @memberof daos.raft.v1
                 * @interface ISnapshotMeta
                 * @augments daos.raft.v1.SnapshotMeta.$Properties
                 * @deprecated Use daos.raft.v1.SnapshotMeta.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotMeta.
                 * @typedef {daos.raft.v1.SnapshotMeta.$Properties} daos.raft.v1.SnapshotMeta.$Shape
                 */

                /**
                 * Constructs a new SnapshotMeta.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a SnapshotMeta.
                 * @constructor
                 * @param {daos.raft.v1.SnapshotMeta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotMeta = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotMeta index.
                 * @member {number} index
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @instance
                 */
                SnapshotMeta.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMeta term.
                 * @member {number} term
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @instance
                 */
                SnapshotMeta.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotMeta confState.
                 * @member {daos.raft.v1.ConfState.$Properties|null|undefined} confState
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @instance
                 */
                SnapshotMeta.prototype.confState = null;

                /**
                 * Creates a new SnapshotMeta instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {daos.raft.v1.SnapshotMeta.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.SnapshotMeta} SnapshotMeta instance
                 * @type {{
                 *   (properties: daos.raft.v1.SnapshotMeta.$Shape): daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape;
                 *   (properties?: daos.raft.v1.SnapshotMeta.$Properties): daos.raft.v1.SnapshotMeta;
                 * }}
                 */
                SnapshotMeta.create = function(properties) {
                    return new SnapshotMeta(properties);
                };

                /**
                 * Encodes the specified SnapshotMeta message. Does not implicitly {@link daos.raft.v1.SnapshotMeta.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {daos.raft.v1.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMeta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        $root.daos.raft.v1.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotMeta message, length delimited. Does not implicitly {@link daos.raft.v1.SnapshotMeta.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {daos.raft.v1.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotMeta.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotMeta message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape} SnapshotMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMeta.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.SnapshotMeta();
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
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.confState = $root.daos.raft.v1.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
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
                 * Decodes a SnapshotMeta message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape} SnapshotMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotMeta.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotMeta message.
                 * @function verify
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotMeta.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState")) {
                        let error = $root.daos.raft.v1.ConfState.verify(message.confState, _depth + 1);
                        if (error)
                            return "confState." + error;
                    }
                    return null;
                };

                /**
                 * Creates a SnapshotMeta message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.SnapshotMeta} SnapshotMeta
                 */
                SnapshotMeta.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.SnapshotMeta)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.SnapshotMeta: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.SnapshotMeta();
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.confState != null) {
                        if (!$util.isObject(object.confState))
                            throw $TypeError(".daos.raft.v1.SnapshotMeta.confState: object expected");
                        message.confState = $root.daos.raft.v1.ConfState.fromObject(object.confState, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotMeta message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {daos.raft.v1.SnapshotMeta} message SnapshotMeta
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotMeta.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.confState = null;
                    }
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                        object.confState = $root.daos.raft.v1.ConfState.toObject(message.confState, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this SnapshotMeta to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotMeta.prototype.toJSON = function() {
                    return SnapshotMeta.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotMeta
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.SnapshotMeta
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotMeta.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.SnapshotMeta";
                };

                return SnapshotMeta;
            })();

            v1.Snapshot = (function() {

                /**
                 * Properties of a Snapshot.
                 * @typedef {Object} daos.raft.v1.Snapshot.$Properties
                 * @property {daos.raft.v1.SnapshotMeta.$Properties|null} [meta] Snapshot meta
                 * @property {Uint8Array|null} [data] Snapshot data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Snapshot.
                 * @memberof daos.raft.v1
                 * @interface ISnapshot
                 * @augments daos.raft.v1.Snapshot.$Properties
                 * @deprecated Use daos.raft.v1.Snapshot.$Properties instead.
                 */

                /**
                 * Shape of a Snapshot.
                 * @typedef {daos.raft.v1.Snapshot.$Properties} daos.raft.v1.Snapshot.$Shape
                 */

                /**
                 * Constructs a new Snapshot.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a Snapshot.
                 * @constructor
                 * @param {daos.raft.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Snapshot = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Snapshot meta.
                 * @member {daos.raft.v1.SnapshotMeta.$Properties|null|undefined} meta
                 * @memberof daos.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.meta = null;

                /**
                 * Snapshot data.
                 * @member {Uint8Array} data
                 * @memberof daos.raft.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {daos.raft.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.Snapshot} Snapshot instance
                 * @type {{
                 *   (properties: daos.raft.v1.Snapshot.$Shape): daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape;
                 *   (properties?: daos.raft.v1.Snapshot.$Properties): daos.raft.v1.Snapshot;
                 * }}
                 */
                Snapshot.create = function(properties) {
                    return new Snapshot(properties);
                };

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link daos.raft.v1.Snapshot.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {daos.raft.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                        $root.daos.raft.v1.SnapshotMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link daos.raft.v1.Snapshot.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {daos.raft.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.Snapshot();
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
                                message.meta = $root.daos.raft.v1.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes a Snapshot message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Snapshot message.
                 * @function verify
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Snapshot.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                        let error = $root.daos.raft.v1.SnapshotMeta.verify(message.meta, _depth + 1);
                        if (error)
                            return "meta." + error;
                    }
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.Snapshot} Snapshot
                 */
                Snapshot.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.Snapshot)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.Snapshot: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.Snapshot();
                    if (object.meta != null) {
                        if (!$util.isObject(object.meta))
                            throw $TypeError(".daos.raft.v1.Snapshot.meta: object expected");
                        message.meta = $root.daos.raft.v1.SnapshotMeta.fromObject(object.meta, _depth + 1);
                    }
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {daos.raft.v1.Snapshot} message Snapshot
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Snapshot.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.meta = null;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                        object.meta = $root.daos.raft.v1.SnapshotMeta.toObject(message.meta, options, _depth + 1);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this Snapshot to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.Snapshot
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Snapshot.prototype.toJSON = function() {
                    return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Snapshot
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.Snapshot
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Snapshot.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.Snapshot";
                };

                return Snapshot;
            })();

            v1.SnapshotChunk = (function() {

                /**
                 * Properties of a SnapshotChunk.
                 * @typedef {Object} daos.raft.v1.SnapshotChunk.$Properties
                 * @property {daos.raft.v1.SnapshotMeta.$Properties|null} [meta] SnapshotChunk meta
                 * @property {number|null} [offsetBytes] SnapshotChunk offsetBytes
                 * @property {number|null} [totalBytes] SnapshotChunk totalBytes
                 * @property {Uint8Array|null} [data] SnapshotChunk data
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotChunk.
                 * @memberof daos.raft.v1
                 * @interface ISnapshotChunk
                 * @augments daos.raft.v1.SnapshotChunk.$Properties
                 * @deprecated Use daos.raft.v1.SnapshotChunk.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotChunk.
                 * @typedef {daos.raft.v1.SnapshotChunk.$Properties} daos.raft.v1.SnapshotChunk.$Shape
                 */

                /**
                 * Constructs a new SnapshotChunk.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a SnapshotChunk.
                 * @constructor
                 * @param {daos.raft.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotChunk = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotChunk meta.
                 * @member {daos.raft.v1.SnapshotMeta.$Properties|null|undefined} meta
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.meta = null;

                /**
                 * SnapshotChunk offsetBytes.
                 * @member {number} offsetBytes
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.offsetBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk totalBytes.
                 * @member {number} totalBytes
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SnapshotChunk data.
                 * @member {Uint8Array} data
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @instance
                 */
                SnapshotChunk.prototype.data = $util.newBuffer([]);

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {daos.raft.v1.SnapshotChunk.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.SnapshotChunk} SnapshotChunk instance
                 * @type {{
                 *   (properties: daos.raft.v1.SnapshotChunk.$Shape): daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape;
                 *   (properties?: daos.raft.v1.SnapshotChunk.$Properties): daos.raft.v1.SnapshotChunk;
                 * }}
                 */
                SnapshotChunk.create = function(properties) {
                    return new SnapshotChunk(properties);
                };

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link daos.raft.v1.SnapshotChunk.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {daos.raft.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                        $root.daos.raft.v1.SnapshotMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.offsetBytes != null && $Object.hasOwnProperty.call(message, "offsetBytes") && (typeof message.offsetBytes === "object" ? message.offsetBytes.low || message.offsetBytes.high : message.offsetBytes !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offsetBytes);
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalBytes);
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link daos.raft.v1.SnapshotChunk.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {daos.raft.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotChunk.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.SnapshotChunk();
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
                                message.meta = $root.daos.raft.v1.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.offsetBytes = value;
                                else
                                    delete message.offsetBytes;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.totalBytes = value;
                                else
                                    delete message.totalBytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.data = value;
                                else
                                    delete message.data;
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
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotChunk.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a SnapshotChunk message.
                 * @function verify
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                SnapshotChunk.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                        let error = $root.daos.raft.v1.SnapshotMeta.verify(message.meta, _depth + 1);
                        if (error)
                            return "meta." + error;
                    }
                    if (message.offsetBytes != null && $Object.hasOwnProperty.call(message, "offsetBytes"))
                        if (!$util.isInteger(message.offsetBytes) && !(message.offsetBytes && $util.isInteger(message.offsetBytes.low) && $util.isInteger(message.offsetBytes.high)))
                            return "offsetBytes: integer|Long expected";
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                            return "totalBytes: integer|Long expected";
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                            return "data: buffer expected";
                    return null;
                };

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.SnapshotChunk} SnapshotChunk
                 */
                SnapshotChunk.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.SnapshotChunk)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.SnapshotChunk: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.SnapshotChunk();
                    if (object.meta != null) {
                        if (!$util.isObject(object.meta))
                            throw $TypeError(".daos.raft.v1.SnapshotChunk.meta: object expected");
                        message.meta = $root.daos.raft.v1.SnapshotMeta.fromObject(object.meta, _depth + 1);
                    }
                    if (object.offsetBytes != null)
                        if (typeof object.offsetBytes === "object" ? object.offsetBytes.low || object.offsetBytes.high : $Number(object.offsetBytes) !== 0)
                            if ($util.Long)
                                message.offsetBytes = $util.Long.fromValue(object.offsetBytes, true);
                            else if (typeof object.offsetBytes === "string")
                                message.offsetBytes = $parseInt(object.offsetBytes, 10);
                            else if (typeof object.offsetBytes === "number")
                                message.offsetBytes = object.offsetBytes;
                            else if (typeof object.offsetBytes === "object")
                                message.offsetBytes = new $util.LongBits(object.offsetBytes.low >>> 0, object.offsetBytes.high >>> 0).toNumber(true);
                    if (object.totalBytes != null)
                        if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                            if ($util.Long)
                                message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                            else if (typeof object.totalBytes === "string")
                                message.totalBytes = $parseInt(object.totalBytes, 10);
                            else if (typeof object.totalBytes === "number")
                                message.totalBytes = object.totalBytes;
                            else if (typeof object.totalBytes === "object")
                                message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                    if (object.data != null)
                        if (object.data.length)
                            if (typeof object.data === "string")
                                $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                            else if (object.data.length >= 0)
                                message.data = object.data;
                    return message;
                };

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {daos.raft.v1.SnapshotChunk} message SnapshotChunk
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SnapshotChunk.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.meta = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.offsetBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offsetBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.data = "";
                        else {
                            object.data = [];
                            if (options.bytes !== $Array)
                                object.data = $util.newBuffer(object.data);
                        }
                    }
                    if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                        object.meta = $root.daos.raft.v1.SnapshotMeta.toObject(message.meta, options, _depth + 1);
                    if (message.offsetBytes != null && $Object.hasOwnProperty.call(message, "offsetBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offsetBytes = typeof message.offsetBytes === "number" ? $BigInt(message.offsetBytes) : $util.Long.fromBits(message.offsetBytes.low >>> 0, message.offsetBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.offsetBytes === "number")
                            object.offsetBytes = options.longs === $String ? $String(message.offsetBytes) : message.offsetBytes;
                        else
                            object.offsetBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.offsetBytes) : options.longs === $Number ? new $util.LongBits(message.offsetBytes.low >>> 0, message.offsetBytes.high >>> 0).toNumber(true) : message.offsetBytes;
                    if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                        else if (typeof message.totalBytes === "number")
                            object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                        else
                            object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                    if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                        object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    return object;
                };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SnapshotChunk.prototype.toJSON = function() {
                    return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SnapshotChunk
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.SnapshotChunk
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SnapshotChunk.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.SnapshotChunk";
                };

                return SnapshotChunk;
            })();

            /**
             * ConfChangeType enum.
             * @name daos.raft.v1.ConfChangeType
             * @enum {number}
             * @property {number} CONF_CHANGE_TYPE_ADD_VOTER=0 CONF_CHANGE_TYPE_ADD_VOTER value
             * @property {number} CONF_CHANGE_TYPE_ADD_LEARNER=1 CONF_CHANGE_TYPE_ADD_LEARNER value
             * @property {number} CONF_CHANGE_TYPE_REMOVE_NODE=2 CONF_CHANGE_TYPE_REMOVE_NODE value
             */
            v1.ConfChangeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONF_CHANGE_TYPE_ADD_VOTER"] = 0;
                values[valuesById[1] = "CONF_CHANGE_TYPE_ADD_LEARNER"] = 1;
                values[valuesById[2] = "CONF_CHANGE_TYPE_REMOVE_NODE"] = 2;
                return values;
            })();

            v1.ConfChangeSingle = (function() {

                /**
                 * Properties of a ConfChangeSingle.
                 * @typedef {Object} daos.raft.v1.ConfChangeSingle.$Properties
                 * @property {daos.raft.v1.ConfChangeType|null} [type] ConfChangeSingle type
                 * @property {number|null} [nodeId] ConfChangeSingle nodeId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfChangeSingle.
                 * @memberof daos.raft.v1
                 * @interface IConfChangeSingle
                 * @augments daos.raft.v1.ConfChangeSingle.$Properties
                 * @deprecated Use daos.raft.v1.ConfChangeSingle.$Properties instead.
                 */

                /**
                 * Shape of a ConfChangeSingle.
                 * @typedef {daos.raft.v1.ConfChangeSingle.$Properties} daos.raft.v1.ConfChangeSingle.$Shape
                 */

                /**
                 * Constructs a new ConfChangeSingle.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a ConfChangeSingle.
                 * @constructor
                 * @param {daos.raft.v1.ConfChangeSingle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfChangeSingle = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfChangeSingle type.
                 * @member {daos.raft.v1.ConfChangeType} type
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @instance
                 */
                ConfChangeSingle.prototype.type = 0;

                /**
                 * ConfChangeSingle nodeId.
                 * @member {number} nodeId
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @instance
                 */
                ConfChangeSingle.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ConfChangeSingle instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {daos.raft.v1.ConfChangeSingle.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.ConfChangeSingle} ConfChangeSingle instance
                 * @type {{
                 *   (properties: daos.raft.v1.ConfChangeSingle.$Shape): daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape;
                 *   (properties?: daos.raft.v1.ConfChangeSingle.$Properties): daos.raft.v1.ConfChangeSingle;
                 * }}
                 */
                ConfChangeSingle.create = function(properties) {
                    return new ConfChangeSingle(properties);
                };

                /**
                 * Encodes the specified ConfChangeSingle message. Does not implicitly {@link daos.raft.v1.ConfChangeSingle.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {daos.raft.v1.ConfChangeSingle.$Properties} message ConfChangeSingle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChangeSingle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfChangeSingle message, length delimited. Does not implicitly {@link daos.raft.v1.ConfChangeSingle.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {daos.raft.v1.ConfChangeSingle.$Properties} message ConfChangeSingle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChangeSingle.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfChangeSingle message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape} ConfChangeSingle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChangeSingle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.ConfChangeSingle();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nodeId = value;
                                else
                                    delete message.nodeId;
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
                 * Decodes a ConfChangeSingle message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape} ConfChangeSingle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChangeSingle.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfChangeSingle message.
                 * @function verify
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfChangeSingle.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        if (!$util.isInteger(message.nodeId) && !(message.nodeId && $util.isInteger(message.nodeId.low) && $util.isInteger(message.nodeId.high)))
                            return "nodeId: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ConfChangeSingle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.ConfChangeSingle} ConfChangeSingle
                 */
                ConfChangeSingle.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.ConfChangeSingle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.ConfChangeSingle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.ConfChangeSingle();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.daos.raft.v1.ConfChangeType[object.type] !== 0))
                        switch (object.type) {
                        case "CONF_CHANGE_TYPE_ADD_VOTER":
                        case 0:
                            message.type = 0;
                            break;
                        case "CONF_CHANGE_TYPE_ADD_LEARNER":
                        case 1:
                            message.type = 1;
                            break;
                        case "CONF_CHANGE_TYPE_REMOVE_NODE":
                        case 2:
                            message.type = 2;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.nodeId != null)
                        if (typeof object.nodeId === "object" ? object.nodeId.low || object.nodeId.high : $Number(object.nodeId) !== 0)
                            if ($util.Long)
                                message.nodeId = $util.Long.fromValue(object.nodeId, true);
                            else if (typeof object.nodeId === "string")
                                message.nodeId = $parseInt(object.nodeId, 10);
                            else if (typeof object.nodeId === "number")
                                message.nodeId = object.nodeId;
                            else if (typeof object.nodeId === "object")
                                message.nodeId = new $util.LongBits(object.nodeId.low >>> 0, object.nodeId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a ConfChangeSingle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {daos.raft.v1.ConfChangeSingle} message ConfChangeSingle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfChangeSingle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.type = options.enums === $String ? "CONF_CHANGE_TYPE_ADD_VOTER" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nodeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nodeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.daos.raft.v1.ConfChangeType[message.type] === $undefined ? message.type : $root.daos.raft.v1.ConfChangeType[message.type] : message.type;
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nodeId = typeof message.nodeId === "number" ? $BigInt(message.nodeId) : $util.Long.fromBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0, true).toBigInt();
                        else if (typeof message.nodeId === "number")
                            object.nodeId = options.longs === $String ? $String(message.nodeId) : message.nodeId;
                        else
                            object.nodeId = options.longs === $String ? $util.Long.prototype.toString.call(message.nodeId) : options.longs === $Number ? new $util.LongBits(message.nodeId.low >>> 0, message.nodeId.high >>> 0).toNumber(true) : message.nodeId;
                    return object;
                };

                /**
                 * Converts this ConfChangeSingle to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfChangeSingle.prototype.toJSON = function() {
                    return ConfChangeSingle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfChangeSingle
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.ConfChangeSingle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfChangeSingle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.ConfChangeSingle";
                };

                return ConfChangeSingle;
            })();

            /**
             * ConfChangeTransition enum.
             * @name daos.raft.v1.ConfChangeTransition
             * @enum {number}
             * @property {number} CONF_CHANGE_TRANSITION_AUTO=0 CONF_CHANGE_TRANSITION_AUTO value
             * @property {number} CONF_CHANGE_TRANSITION_JOINT_IMPLICIT=1 CONF_CHANGE_TRANSITION_JOINT_IMPLICIT value
             * @property {number} CONF_CHANGE_TRANSITION_JOINT_EXPLICIT=2 CONF_CHANGE_TRANSITION_JOINT_EXPLICIT value
             */
            v1.ConfChangeTransition = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONF_CHANGE_TRANSITION_AUTO"] = 0;
                values[valuesById[1] = "CONF_CHANGE_TRANSITION_JOINT_IMPLICIT"] = 1;
                values[valuesById[2] = "CONF_CHANGE_TRANSITION_JOINT_EXPLICIT"] = 2;
                return values;
            })();

            v1.ConfChange = (function() {

                /**
                 * Properties of a ConfChange.
                 * @typedef {Object} daos.raft.v1.ConfChange.$Properties
                 * @property {daos.raft.v1.ConfChangeTransition|null} [transition] ConfChange transition
                 * @property {Array.<daos.raft.v1.ConfChangeSingle.$Properties>|null} [changes] ConfChange changes
                 * @property {Uint8Array|null} [context] ConfChange context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ConfChange.
                 * @memberof daos.raft.v1
                 * @interface IConfChange
                 * @augments daos.raft.v1.ConfChange.$Properties
                 * @deprecated Use daos.raft.v1.ConfChange.$Properties instead.
                 */

                /**
                 * Shape of a ConfChange.
                 * @typedef {daos.raft.v1.ConfChange.$Properties} daos.raft.v1.ConfChange.$Shape
                 */

                /**
                 * Constructs a new ConfChange.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a ConfChange.
                 * @constructor
                 * @param {daos.raft.v1.ConfChange.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ConfChange = function (properties) {
                    this.changes = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ConfChange transition.
                 * @member {daos.raft.v1.ConfChangeTransition} transition
                 * @memberof daos.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.transition = 0;

                /**
                 * ConfChange changes.
                 * @member {Array.<daos.raft.v1.ConfChangeSingle.$Properties>} changes
                 * @memberof daos.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.changes = $util.emptyArray;

                /**
                 * ConfChange context.
                 * @member {Uint8Array|null|undefined} context
                 * @memberof daos.raft.v1.ConfChange
                 * @instance
                 */
                ConfChange.prototype.context = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ConfChange.prototype, "_context", {
                    get: $util.oneOfGetter($oneOfFields = ["context"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ConfChange instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {daos.raft.v1.ConfChange.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.ConfChange} ConfChange instance
                 * @type {{
                 *   (properties: daos.raft.v1.ConfChange.$Shape): daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape;
                 *   (properties?: daos.raft.v1.ConfChange.$Properties): daos.raft.v1.ConfChange;
                 * }}
                 */
                ConfChange.create = function(properties) {
                    return new ConfChange(properties);
                };

                /**
                 * Encodes the specified ConfChange message. Does not implicitly {@link daos.raft.v1.ConfChange.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {daos.raft.v1.ConfChange.$Properties} message ConfChange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChange.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.transition != null && $Object.hasOwnProperty.call(message, "transition") && message.transition !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.transition);
                    if (message.changes != null && message.changes.length)
                        for (let i = 0; i < message.changes.length; ++i)
                            $root.daos.raft.v1.ConfChangeSingle.encode(message.changes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.context);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link daos.raft.v1.ConfChange.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {daos.raft.v1.ConfChange.$Properties} message ConfChange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ConfChange.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ConfChange message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChange.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.ConfChange();
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
                                    message.transition = value;
                                else
                                    delete message.transition;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.changes && message.changes.length))
                                    message.changes = [];
                                message.changes.push($root.daos.raft.v1.ConfChangeSingle.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.context = reader.bytes();
                                message._context = "context";
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
                 * Decodes a ConfChange message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ConfChange.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ConfChange message.
                 * @function verify
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ConfChange.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.transition != null && $Object.hasOwnProperty.call(message, "transition"))
                        if (typeof message.transition !== "number" || (message.transition | 0) !== message.transition)
                            return "transition: enum value expected";
                    if (message.changes != null && $Object.hasOwnProperty.call(message, "changes")) {
                        if (!$Array.isArray(message.changes))
                            return "changes: array expected";
                        for (let i = 0; i < message.changes.length; ++i) {
                            let error = $root.daos.raft.v1.ConfChangeSingle.verify(message.changes[i], _depth + 1);
                            if (error)
                                return "changes." + error;
                        }
                    }
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context")) {
                        properties._context = 1;
                        if (!(message.context && typeof message.context.length === "number" || $util.isString(message.context)))
                            return "context: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.ConfChange} ConfChange
                 */
                ConfChange.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.ConfChange)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.ConfChange: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.ConfChange();
                    if (object.transition !== 0 && (typeof object.transition !== "string" || $root.daos.raft.v1.ConfChangeTransition[object.transition] !== 0))
                        switch (object.transition) {
                        case "CONF_CHANGE_TRANSITION_AUTO":
                        case 0:
                            message.transition = 0;
                            break;
                        case "CONF_CHANGE_TRANSITION_JOINT_IMPLICIT":
                        case 1:
                            message.transition = 1;
                            break;
                        case "CONF_CHANGE_TRANSITION_JOINT_EXPLICIT":
                        case 2:
                            message.transition = 2;
                            break;
                        default:
                            if (typeof object.transition === "number" && (object.transition | 0) === object.transition)
                                message.transition = object.transition;
                        }
                    if (object.changes) {
                        if (!$Array.isArray(object.changes))
                            throw $TypeError(".daos.raft.v1.ConfChange.changes: array expected");
                        message.changes = $Array(object.changes.length);
                        for (let i = 0; i < object.changes.length; ++i) {
                            if (!$util.isObject(object.changes[i]))
                                throw $TypeError(".daos.raft.v1.ConfChange.changes: object expected");
                            message.changes[i] = $root.daos.raft.v1.ConfChangeSingle.fromObject(object.changes[i], _depth + 1);
                        }
                    }
                    if (object.context != null)
                        if (typeof object.context === "string")
                            $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                        else if (object.context.length >= 0)
                            message.context = object.context;
                    return message;
                };

                /**
                 * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {daos.raft.v1.ConfChange} message ConfChange
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ConfChange.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.changes = [];
                    if (options.defaults)
                        object.transition = options.enums === $String ? "CONF_CHANGE_TRANSITION_AUTO" : 0;
                    if (message.transition != null && $Object.hasOwnProperty.call(message, "transition"))
                        object.transition = options.enums === $String ? $root.daos.raft.v1.ConfChangeTransition[message.transition] === $undefined ? message.transition : $root.daos.raft.v1.ConfChangeTransition[message.transition] : message.transition;
                    if (message.changes && message.changes.length) {
                        object.changes = $Array(message.changes.length);
                        for (let j = 0; j < message.changes.length; ++j)
                            object.changes[j] = $root.daos.raft.v1.ConfChangeSingle.toObject(message.changes[j], options, _depth + 1);
                    }
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                    return object;
                };

                /**
                 * Converts this ConfChange to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.ConfChange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ConfChange.prototype.toJSON = function() {
                    return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ConfChange
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.ConfChange
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ConfChange.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.ConfChange";
                };

                return ConfChange;
            })();

            /**
             * MessageType enum.
             * @name daos.raft.v1.MessageType
             * @enum {number}
             * @property {number} MESSAGE_TYPE_UNSPECIFIED=0 MESSAGE_TYPE_UNSPECIFIED value
             * @property {number} MESSAGE_TYPE_HUP=1 MESSAGE_TYPE_HUP value
             * @property {number} MESSAGE_TYPE_BEAT=2 MESSAGE_TYPE_BEAT value
             * @property {number} MESSAGE_TYPE_PROP=3 MESSAGE_TYPE_PROP value
             * @property {number} MESSAGE_TYPE_UNREACHABLE=4 MESSAGE_TYPE_UNREACHABLE value
             * @property {number} MESSAGE_TYPE_SNAP_STATUS=5 MESSAGE_TYPE_SNAP_STATUS value
             * @property {number} MESSAGE_TYPE_CHECK_QUORUM=6 MESSAGE_TYPE_CHECK_QUORUM value
             * @property {number} MESSAGE_TYPE_APP=7 MESSAGE_TYPE_APP value
             * @property {number} MESSAGE_TYPE_APP_RESP=8 MESSAGE_TYPE_APP_RESP value
             * @property {number} MESSAGE_TYPE_VOTE=9 MESSAGE_TYPE_VOTE value
             * @property {number} MESSAGE_TYPE_VOTE_RESP=10 MESSAGE_TYPE_VOTE_RESP value
             * @property {number} MESSAGE_TYPE_PRE_VOTE=11 MESSAGE_TYPE_PRE_VOTE value
             * @property {number} MESSAGE_TYPE_PRE_VOTE_RESP=12 MESSAGE_TYPE_PRE_VOTE_RESP value
             * @property {number} MESSAGE_TYPE_HEARTBEAT=13 MESSAGE_TYPE_HEARTBEAT value
             * @property {number} MESSAGE_TYPE_HEARTBEAT_RESP=14 MESSAGE_TYPE_HEARTBEAT_RESP value
             * @property {number} MESSAGE_TYPE_SNAP=15 MESSAGE_TYPE_SNAP value
             * @property {number} MESSAGE_TYPE_SNAP_RESP=16 MESSAGE_TYPE_SNAP_RESP value
             * @property {number} MESSAGE_TYPE_TRANSFER_LEADER=17 MESSAGE_TYPE_TRANSFER_LEADER value
             * @property {number} MESSAGE_TYPE_TIMEOUT_NOW=18 MESSAGE_TYPE_TIMEOUT_NOW value
             * @property {number} MESSAGE_TYPE_READ_INDEX=19 MESSAGE_TYPE_READ_INDEX value
             * @property {number} MESSAGE_TYPE_READ_INDEX_RESP=20 MESSAGE_TYPE_READ_INDEX_RESP value
             */
            v1.MessageType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MESSAGE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MESSAGE_TYPE_HUP"] = 1;
                values[valuesById[2] = "MESSAGE_TYPE_BEAT"] = 2;
                values[valuesById[3] = "MESSAGE_TYPE_PROP"] = 3;
                values[valuesById[4] = "MESSAGE_TYPE_UNREACHABLE"] = 4;
                values[valuesById[5] = "MESSAGE_TYPE_SNAP_STATUS"] = 5;
                values[valuesById[6] = "MESSAGE_TYPE_CHECK_QUORUM"] = 6;
                values[valuesById[7] = "MESSAGE_TYPE_APP"] = 7;
                values[valuesById[8] = "MESSAGE_TYPE_APP_RESP"] = 8;
                values[valuesById[9] = "MESSAGE_TYPE_VOTE"] = 9;
                values[valuesById[10] = "MESSAGE_TYPE_VOTE_RESP"] = 10;
                values[valuesById[11] = "MESSAGE_TYPE_PRE_VOTE"] = 11;
                values[valuesById[12] = "MESSAGE_TYPE_PRE_VOTE_RESP"] = 12;
                values[valuesById[13] = "MESSAGE_TYPE_HEARTBEAT"] = 13;
                values[valuesById[14] = "MESSAGE_TYPE_HEARTBEAT_RESP"] = 14;
                values[valuesById[15] = "MESSAGE_TYPE_SNAP"] = 15;
                values[valuesById[16] = "MESSAGE_TYPE_SNAP_RESP"] = 16;
                values[valuesById[17] = "MESSAGE_TYPE_TRANSFER_LEADER"] = 17;
                values[valuesById[18] = "MESSAGE_TYPE_TIMEOUT_NOW"] = 18;
                values[valuesById[19] = "MESSAGE_TYPE_READ_INDEX"] = 19;
                values[valuesById[20] = "MESSAGE_TYPE_READ_INDEX_RESP"] = 20;
                return values;
            })();

            v1.Message = (function() {

                /**
                 * Properties of a Message.
                 * @typedef {Object} daos.raft.v1.Message.$Properties
                 * @property {daos.raft.v1.MessageType|null} [type] Message type
                 * @property {number|null} [from] Message from
                 * @property {number|null} [to] Message to
                 * @property {number|null} [term] Message term
                 * @property {number|null} [logTerm] Message logTerm
                 * @property {number|null} [index] Message index
                 * @property {Array.<daos.raft.v1.Entry.$Properties>|null} [entries] Message entries
                 * @property {number|null} [commit] Message commit
                 * @property {boolean|null} [reject] Message reject
                 * @property {number|null} [rejectHint] Message rejectHint
                 * @property {daos.raft.v1.SnapshotChunk.$Properties|null} [snapshot] Message snapshot
                 * @property {Uint8Array|null} [context] Message context
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Message.
                 * @memberof daos.raft.v1
                 * @interface IMessage
                 * @augments daos.raft.v1.Message.$Properties
                 * @deprecated Use daos.raft.v1.Message.$Properties instead.
                 */

                /**
                 * Shape of a Message.
                 * @typedef {daos.raft.v1.Message.$Properties} daos.raft.v1.Message.$Shape
                 */

                /**
                 * Constructs a new Message.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a Message.
                 * @constructor
                 * @param {daos.raft.v1.Message.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Message = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Message type.
                 * @member {daos.raft.v1.MessageType} type
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.type = 0;

                /**
                 * Message from.
                 * @member {number} from
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message to.
                 * @member {number} to
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message term.
                 * @member {number} term
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message logTerm.
                 * @member {number} logTerm
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message index.
                 * @member {number} index
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message entries.
                 * @member {Array.<daos.raft.v1.Entry.$Properties>} entries
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.entries = $util.emptyArray;

                /**
                 * Message commit.
                 * @member {number} commit
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message reject.
                 * @member {boolean} reject
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.reject = false;

                /**
                 * Message rejectHint.
                 * @member {number} rejectHint
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Message snapshot.
                 * @member {daos.raft.v1.SnapshotChunk.$Properties|null|undefined} snapshot
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.snapshot = null;

                /**
                 * Message context.
                 * @member {Uint8Array|null|undefined} context
                 * @memberof daos.raft.v1.Message
                 * @instance
                 */
                Message.prototype.context = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Message.prototype, "_snapshot", {
                    get: $util.oneOfGetter($oneOfFields = ["snapshot"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Message.prototype, "_context", {
                    get: $util.oneOfGetter($oneOfFields = ["context"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Message instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {daos.raft.v1.Message.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.Message} Message instance
                 * @type {{
                 *   (properties: daos.raft.v1.Message.$Shape): daos.raft.v1.Message & daos.raft.v1.Message.$Shape;
                 *   (properties?: daos.raft.v1.Message.$Properties): daos.raft.v1.Message;
                 * }}
                 */
                Message.create = function(properties) {
                    return new Message(properties);
                };

                /**
                 * Encodes the specified Message message. Does not implicitly {@link daos.raft.v1.Message.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {daos.raft.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.to);
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.daos.raft.v1.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.reject);
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.rejectHint);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.daos.raft.v1.SnapshotChunk.encode(message.snapshot, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        writer.uint32(/* id 12, wireType 2 =*/98).bytes(message.context);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link daos.raft.v1.Message.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {daos.raft.v1.Message.$Properties} message Message message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Message.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Message & daos.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.Message();
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
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.term = value;
                                else
                                    delete message.term;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.logTerm = value;
                                else
                                    delete message.logTerm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.index = value;
                                else
                                    delete message.index;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.daos.raft.v1.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commit = value;
                                else
                                    delete message.commit;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reject = value;
                                else
                                    delete message.reject;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rejectHint = value;
                                else
                                    delete message.rejectHint;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.daos.raft.v1.SnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                message._snapshot = "snapshot";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.context = reader.bytes();
                                message._context = "context";
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
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Message & daos.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Message.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a Message message.
                 * @function verify
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                Message.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                            return "from: integer|Long expected";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isInteger(message.to) && !(message.to && $util.isInteger(message.to.low) && $util.isInteger(message.to.high)))
                            return "to: integer|Long expected";
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                            return "term: integer|Long expected";
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (!$util.isInteger(message.logTerm) && !(message.logTerm && $util.isInteger(message.logTerm.low) && $util.isInteger(message.logTerm.high)))
                            return "logTerm: integer|Long expected";
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                            return "index: integer|Long expected";
                    if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                        if (!$Array.isArray(message.entries))
                            return "entries: array expected";
                        for (let i = 0; i < message.entries.length; ++i) {
                            let error = $root.daos.raft.v1.Entry.verify(message.entries[i], _depth + 1);
                            if (error)
                                return "entries." + error;
                        }
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                            return "commit: integer|Long expected";
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        if (typeof message.reject !== "boolean")
                            return "reject: boolean expected";
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (!$util.isInteger(message.rejectHint) && !(message.rejectHint && $util.isInteger(message.rejectHint.low) && $util.isInteger(message.rejectHint.high)))
                            return "rejectHint: integer|Long expected";
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                        properties._snapshot = 1;
                        {
                            let error = $root.daos.raft.v1.SnapshotChunk.verify(message.snapshot, _depth + 1);
                            if (error)
                                return "snapshot." + error;
                        }
                    }
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context")) {
                        properties._context = 1;
                        if (!(message.context && typeof message.context.length === "number" || $util.isString(message.context)))
                            return "context: buffer expected";
                    }
                    return null;
                };

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.Message} Message
                 */
                Message.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.Message)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.Message: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.Message();
                    if (object.type !== 0 && (typeof object.type !== "string" || $root.daos.raft.v1.MessageType[object.type] !== 0))
                        switch (object.type) {
                        case "MESSAGE_TYPE_UNSPECIFIED":
                        case 0:
                            message.type = 0;
                            break;
                        case "MESSAGE_TYPE_HUP":
                        case 1:
                            message.type = 1;
                            break;
                        case "MESSAGE_TYPE_BEAT":
                        case 2:
                            message.type = 2;
                            break;
                        case "MESSAGE_TYPE_PROP":
                        case 3:
                            message.type = 3;
                            break;
                        case "MESSAGE_TYPE_UNREACHABLE":
                        case 4:
                            message.type = 4;
                            break;
                        case "MESSAGE_TYPE_SNAP_STATUS":
                        case 5:
                            message.type = 5;
                            break;
                        case "MESSAGE_TYPE_CHECK_QUORUM":
                        case 6:
                            message.type = 6;
                            break;
                        case "MESSAGE_TYPE_APP":
                        case 7:
                            message.type = 7;
                            break;
                        case "MESSAGE_TYPE_APP_RESP":
                        case 8:
                            message.type = 8;
                            break;
                        case "MESSAGE_TYPE_VOTE":
                        case 9:
                            message.type = 9;
                            break;
                        case "MESSAGE_TYPE_VOTE_RESP":
                        case 10:
                            message.type = 10;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE":
                        case 11:
                            message.type = 11;
                            break;
                        case "MESSAGE_TYPE_PRE_VOTE_RESP":
                        case 12:
                            message.type = 12;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT":
                        case 13:
                            message.type = 13;
                            break;
                        case "MESSAGE_TYPE_HEARTBEAT_RESP":
                        case 14:
                            message.type = 14;
                            break;
                        case "MESSAGE_TYPE_SNAP":
                        case 15:
                            message.type = 15;
                            break;
                        case "MESSAGE_TYPE_SNAP_RESP":
                        case 16:
                            message.type = 16;
                            break;
                        case "MESSAGE_TYPE_TRANSFER_LEADER":
                        case 17:
                            message.type = 17;
                            break;
                        case "MESSAGE_TYPE_TIMEOUT_NOW":
                        case 18:
                            message.type = 18;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX":
                        case 19:
                            message.type = 19;
                            break;
                        case "MESSAGE_TYPE_READ_INDEX_RESP":
                        case 20:
                            message.type = 20;
                            break;
                        default:
                            if (typeof object.type === "number" && (object.type | 0) === object.type)
                                message.type = object.type;
                        }
                    if (object.from != null)
                        if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                            if ($util.Long)
                                message.from = $util.Long.fromValue(object.from, true);
                            else if (typeof object.from === "string")
                                message.from = $parseInt(object.from, 10);
                            else if (typeof object.from === "number")
                                message.from = object.from;
                            else if (typeof object.from === "object")
                                message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
                    if (object.to != null)
                        if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                            if ($util.Long)
                                message.to = $util.Long.fromValue(object.to, true);
                            else if (typeof object.to === "string")
                                message.to = $parseInt(object.to, 10);
                            else if (typeof object.to === "number")
                                message.to = object.to;
                            else if (typeof object.to === "object")
                                message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
                    if (object.term != null)
                        if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                            if ($util.Long)
                                message.term = $util.Long.fromValue(object.term, true);
                            else if (typeof object.term === "string")
                                message.term = $parseInt(object.term, 10);
                            else if (typeof object.term === "number")
                                message.term = object.term;
                            else if (typeof object.term === "object")
                                message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                    if (object.logTerm != null)
                        if (typeof object.logTerm === "object" ? object.logTerm.low || object.logTerm.high : $Number(object.logTerm) !== 0)
                            if ($util.Long)
                                message.logTerm = $util.Long.fromValue(object.logTerm, true);
                            else if (typeof object.logTerm === "string")
                                message.logTerm = $parseInt(object.logTerm, 10);
                            else if (typeof object.logTerm === "number")
                                message.logTerm = object.logTerm;
                            else if (typeof object.logTerm === "object")
                                message.logTerm = new $util.LongBits(object.logTerm.low >>> 0, object.logTerm.high >>> 0).toNumber(true);
                    if (object.index != null)
                        if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                            if ($util.Long)
                                message.index = $util.Long.fromValue(object.index, true);
                            else if (typeof object.index === "string")
                                message.index = $parseInt(object.index, 10);
                            else if (typeof object.index === "number")
                                message.index = object.index;
                            else if (typeof object.index === "object")
                                message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".daos.raft.v1.Message.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".daos.raft.v1.Message.entries: object expected");
                            message.entries[i] = $root.daos.raft.v1.Entry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.commit != null)
                        if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                            if ($util.Long)
                                message.commit = $util.Long.fromValue(object.commit, true);
                            else if (typeof object.commit === "string")
                                message.commit = $parseInt(object.commit, 10);
                            else if (typeof object.commit === "number")
                                message.commit = object.commit;
                            else if (typeof object.commit === "object")
                                message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                    if (object.reject != null)
                        if (object.reject)
                            message.reject = $Boolean(object.reject);
                    if (object.rejectHint != null)
                        if (typeof object.rejectHint === "object" ? object.rejectHint.low || object.rejectHint.high : $Number(object.rejectHint) !== 0)
                            if ($util.Long)
                                message.rejectHint = $util.Long.fromValue(object.rejectHint, true);
                            else if (typeof object.rejectHint === "string")
                                message.rejectHint = $parseInt(object.rejectHint, 10);
                            else if (typeof object.rejectHint === "number")
                                message.rejectHint = object.rejectHint;
                            else if (typeof object.rejectHint === "object")
                                message.rejectHint = new $util.LongBits(object.rejectHint.low >>> 0, object.rejectHint.high >>> 0).toNumber(true);
                    if (object.snapshot != null) {
                        if (!$util.isObject(object.snapshot))
                            throw $TypeError(".daos.raft.v1.Message.snapshot: object expected");
                        message.snapshot = $root.daos.raft.v1.SnapshotChunk.fromObject(object.snapshot, _depth + 1);
                    }
                    if (object.context != null)
                        if (typeof object.context === "string")
                            $util.base64.decode(object.context, message.context = $util.newBuffer($util.base64.length(object.context)), 0);
                        else if (object.context.length >= 0)
                            message.context = object.context;
                    return message;
                };

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {daos.raft.v1.Message} message Message
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Message.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (options.defaults) {
                        object.type = options.enums === $String ? "MESSAGE_TYPE_UNSPECIFIED" : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.logTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.logTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reject = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rejectHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rejectHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.daos.raft.v1.MessageType[message.type] === $undefined ? message.type : $root.daos.raft.v1.MessageType[message.type] : message.type;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                        else if (typeof message.from === "number")
                            object.from = options.longs === $String ? $String(message.from) : message.from;
                        else
                            object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                        else if (typeof message.to === "number")
                            object.to = options.longs === $String ? $String(message.to) : message.to;
                        else
                            object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
                    if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                        else if (typeof message.term === "number")
                            object.term = options.longs === $String ? $String(message.term) : message.term;
                        else
                            object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                    if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.logTerm = typeof message.logTerm === "number" ? $BigInt(message.logTerm) : $util.Long.fromBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.logTerm === "number")
                            object.logTerm = options.longs === $String ? $String(message.logTerm) : message.logTerm;
                        else
                            object.logTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.logTerm) : options.longs === $Number ? new $util.LongBits(message.logTerm.low >>> 0, message.logTerm.high >>> 0).toNumber(true) : message.logTerm;
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                        else if (typeof message.index === "number")
                            object.index = options.longs === $String ? $String(message.index) : message.index;
                        else
                            object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.daos.raft.v1.Entry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                        else if (typeof message.commit === "number")
                            object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                        else
                            object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                    if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                        object.reject = message.reject;
                    if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rejectHint = typeof message.rejectHint === "number" ? $BigInt(message.rejectHint) : $util.Long.fromBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0, true).toBigInt();
                        else if (typeof message.rejectHint === "number")
                            object.rejectHint = options.longs === $String ? $String(message.rejectHint) : message.rejectHint;
                        else
                            object.rejectHint = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectHint) : options.longs === $Number ? new $util.LongBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0).toNumber(true) : message.rejectHint;
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        object.snapshot = $root.daos.raft.v1.SnapshotChunk.toObject(message.snapshot, options, _depth + 1);
                    if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                        object.context = options.bytes === $String ? $util.base64.encode(message.context, 0, message.context.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.context) : message.context;
                    return object;
                };

                /**
                 * Converts this Message to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.Message
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Message.prototype.toJSON = function() {
                    return Message.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Message
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.Message
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Message.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.Message";
                };

                return Message;
            })();

            v1.RaftEnvelope = (function() {

                /**
                 * Properties of a RaftEnvelope.
                 * @typedef {Object} daos.raft.v1.RaftEnvelope.$Properties
                 * @property {string|null} [group] RaftEnvelope group
                 * @property {number|null} [from] RaftEnvelope from
                 * @property {number|null} [to] RaftEnvelope to
                 * @property {daos.raft.v1.Message.$Properties|null} [message] RaftEnvelope message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RaftEnvelope.
                 * @memberof daos.raft.v1
                 * @interface IRaftEnvelope
                 * @augments daos.raft.v1.RaftEnvelope.$Properties
                 * @deprecated Use daos.raft.v1.RaftEnvelope.$Properties instead.
                 */

                /**
                 * Shape of a RaftEnvelope.
                 * @typedef {daos.raft.v1.RaftEnvelope.$Properties} daos.raft.v1.RaftEnvelope.$Shape
                 */

                /**
                 * Constructs a new RaftEnvelope.
                 * @memberof daos.raft.v1
                 * @classdesc Represents a RaftEnvelope.
                 * @constructor
                 * @param {daos.raft.v1.RaftEnvelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RaftEnvelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RaftEnvelope group.
                 * @member {string} group
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @instance
                 */
                RaftEnvelope.prototype.group = "";

                /**
                 * RaftEnvelope from.
                 * @member {number} from
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @instance
                 */
                RaftEnvelope.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RaftEnvelope to.
                 * @member {number} to
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @instance
                 */
                RaftEnvelope.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RaftEnvelope message.
                 * @member {daos.raft.v1.Message.$Properties|null|undefined} message
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @instance
                 */
                RaftEnvelope.prototype.message = null;

                /**
                 * Creates a new RaftEnvelope instance using the specified properties.
                 * @function create
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {daos.raft.v1.RaftEnvelope.$Properties=} [properties] Properties to set
                 * @returns {daos.raft.v1.RaftEnvelope} RaftEnvelope instance
                 * @type {{
                 *   (properties: daos.raft.v1.RaftEnvelope.$Shape): daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape;
                 *   (properties?: daos.raft.v1.RaftEnvelope.$Properties): daos.raft.v1.RaftEnvelope;
                 * }}
                 */
                RaftEnvelope.create = function(properties) {
                    return new RaftEnvelope(properties);
                };

                /**
                 * Encodes the specified RaftEnvelope message. Does not implicitly {@link daos.raft.v1.RaftEnvelope.verify|verify} messages.
                 * @function encode
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {daos.raft.v1.RaftEnvelope.$Properties} message RaftEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftEnvelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.group);
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.from);
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.to);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        $root.daos.raft.v1.Message.encode(message.message, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified RaftEnvelope message, length delimited. Does not implicitly {@link daos.raft.v1.RaftEnvelope.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {daos.raft.v1.RaftEnvelope.$Properties} message RaftEnvelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RaftEnvelope.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RaftEnvelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape} RaftEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftEnvelope.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.raft.v1.RaftEnvelope();
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
                                    message.group = value;
                                else
                                    delete message.group;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.from = value;
                                else
                                    delete message.from;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.to = value;
                                else
                                    delete message.to;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.message = $root.daos.raft.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
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
                 * Decodes a RaftEnvelope message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape} RaftEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RaftEnvelope.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a RaftEnvelope message.
                 * @function verify
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                RaftEnvelope.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        if (!$util.isString(message.group))
                            return "group: string expected";
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (!$util.isInteger(message.from) && !(message.from && $util.isInteger(message.from.low) && $util.isInteger(message.from.high)))
                            return "from: integer|Long expected";
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (!$util.isInteger(message.to) && !(message.to && $util.isInteger(message.to.low) && $util.isInteger(message.to.high)))
                            return "to: integer|Long expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                        let error = $root.daos.raft.v1.Message.verify(message.message, _depth + 1);
                        if (error)
                            return "message." + error;
                    }
                    return null;
                };

                /**
                 * Creates a RaftEnvelope message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.raft.v1.RaftEnvelope} RaftEnvelope
                 */
                RaftEnvelope.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.raft.v1.RaftEnvelope)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.raft.v1.RaftEnvelope: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.raft.v1.RaftEnvelope();
                    if (object.group != null)
                        if (typeof object.group !== "string" || object.group.length)
                            message.group = $String(object.group);
                    if (object.from != null)
                        if (typeof object.from === "object" ? object.from.low || object.from.high : $Number(object.from) !== 0)
                            if ($util.Long)
                                message.from = $util.Long.fromValue(object.from, true);
                            else if (typeof object.from === "string")
                                message.from = $parseInt(object.from, 10);
                            else if (typeof object.from === "number")
                                message.from = object.from;
                            else if (typeof object.from === "object")
                                message.from = new $util.LongBits(object.from.low >>> 0, object.from.high >>> 0).toNumber(true);
                    if (object.to != null)
                        if (typeof object.to === "object" ? object.to.low || object.to.high : $Number(object.to) !== 0)
                            if ($util.Long)
                                message.to = $util.Long.fromValue(object.to, true);
                            else if (typeof object.to === "string")
                                message.to = $parseInt(object.to, 10);
                            else if (typeof object.to === "number")
                                message.to = object.to;
                            else if (typeof object.to === "object")
                                message.to = new $util.LongBits(object.to.low >>> 0, object.to.high >>> 0).toNumber(true);
                    if (object.message != null) {
                        if (!$util.isObject(object.message))
                            throw $TypeError(".daos.raft.v1.RaftEnvelope.message: object expected");
                        message.message = $root.daos.raft.v1.Message.fromObject(object.message, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a RaftEnvelope message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {daos.raft.v1.RaftEnvelope} message RaftEnvelope
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RaftEnvelope.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.group = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.from = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.from = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.to = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.to = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.message = null;
                    }
                    if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                        object.group = message.group;
                    if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.from = typeof message.from === "number" ? $BigInt(message.from) : $util.Long.fromBits(message.from.low >>> 0, message.from.high >>> 0, true).toBigInt();
                        else if (typeof message.from === "number")
                            object.from = options.longs === $String ? $String(message.from) : message.from;
                        else
                            object.from = options.longs === $String ? $util.Long.prototype.toString.call(message.from) : options.longs === $Number ? new $util.LongBits(message.from.low >>> 0, message.from.high >>> 0).toNumber(true) : message.from;
                    if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.to = typeof message.to === "number" ? $BigInt(message.to) : $util.Long.fromBits(message.to.low >>> 0, message.to.high >>> 0, true).toBigInt();
                        else if (typeof message.to === "number")
                            object.to = options.longs === $String ? $String(message.to) : message.to;
                        else
                            object.to = options.longs === $String ? $util.Long.prototype.toString.call(message.to) : options.longs === $Number ? new $util.LongBits(message.to.low >>> 0, message.to.high >>> 0).toNumber(true) : message.to;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = $root.daos.raft.v1.Message.toObject(message.message, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this RaftEnvelope to JSON.
                 * @function toJSON
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RaftEnvelope.prototype.toJSON = function() {
                    return RaftEnvelope.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RaftEnvelope
                 * @function getTypeUrl
                 * @memberof daos.raft.v1.RaftEnvelope
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RaftEnvelope.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.raft.v1.RaftEnvelope";
                };

                return RaftEnvelope;
            })();

            return v1;
        })();

        return raft;
    })();

    daos.rsvc = (function() {

        /**
         * Namespace rsvc.
         * @memberof daos
         * @namespace
         */
        const rsvc = {};

        rsvc.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof daos.rsvc
             * @namespace
             */
            const v1 = {};

            v1.ReplicaId = (function() {

                /**
                 * Properties of a ReplicaId.
                 * @typedef {Object} daos.rsvc.v1.ReplicaId.$Properties
                 * @property {number|null} [rank] ReplicaId rank
                 * @property {number|null} [gen] ReplicaId gen
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicaId.
                 * @memberof daos.rsvc.v1
                 * @interface IReplicaId
                 * @augments daos.rsvc.v1.ReplicaId.$Properties
                 * @deprecated Use daos.rsvc.v1.ReplicaId.$Properties instead.
                 */

                /**
                 * Shape of a ReplicaId.
                 * @typedef {daos.rsvc.v1.ReplicaId.$Properties} daos.rsvc.v1.ReplicaId.$Shape
                 */

                /**
                 * Constructs a new ReplicaId.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a ReplicaId.
                 * @constructor
                 * @param {daos.rsvc.v1.ReplicaId.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplicaId = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplicaId rank.
                 * @member {number} rank
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @instance
                 */
                ReplicaId.prototype.rank = 0;

                /**
                 * ReplicaId gen.
                 * @member {number} gen
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @instance
                 */
                ReplicaId.prototype.gen = 0;

                /**
                 * Creates a new ReplicaId instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {daos.rsvc.v1.ReplicaId.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.ReplicaId} ReplicaId instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.ReplicaId.$Shape): daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape;
                 *   (properties?: daos.rsvc.v1.ReplicaId.$Properties): daos.rsvc.v1.ReplicaId;
                 * }}
                 */
                ReplicaId.create = function(properties) {
                    return new ReplicaId(properties);
                };

                /**
                 * Encodes the specified ReplicaId message. Does not implicitly {@link daos.rsvc.v1.ReplicaId.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {daos.rsvc.v1.ReplicaId.$Properties} message ReplicaId message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicaId.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rank != null && $Object.hasOwnProperty.call(message, "rank") && message.rank !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rank);
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen") && message.gen !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.gen);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ReplicaId message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicaId.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {daos.rsvc.v1.ReplicaId.$Properties} message ReplicaId message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicaId.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReplicaId message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape} ReplicaId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicaId.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.ReplicaId();
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
                                    message.rank = value;
                                else
                                    delete message.rank;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.gen = value;
                                else
                                    delete message.gen;
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
                 * Decodes a ReplicaId message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape} ReplicaId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicaId.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReplicaId message.
                 * @function verify
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReplicaId.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                        if (!$util.isInteger(message.rank))
                            return "rank: integer expected";
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        if (!$util.isInteger(message.gen))
                            return "gen: integer expected";
                    return null;
                };

                /**
                 * Creates a ReplicaId message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.ReplicaId} ReplicaId
                 */
                ReplicaId.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.ReplicaId)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.ReplicaId: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.ReplicaId();
                    if (object.rank != null)
                        if ($Number(object.rank) !== 0)
                            message.rank = object.rank >>> 0;
                    if (object.gen != null)
                        if ($Number(object.gen) !== 0)
                            message.gen = object.gen >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ReplicaId message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {daos.rsvc.v1.ReplicaId} message ReplicaId
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplicaId.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.rank = 0;
                        object.gen = 0;
                    }
                    if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                        object.rank = message.rank;
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        object.gen = message.gen;
                    return object;
                };

                /**
                 * Converts this ReplicaId to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplicaId.prototype.toJSON = function() {
                    return ReplicaId.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplicaId
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.ReplicaId
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplicaId.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.ReplicaId";
                };

                return ReplicaId;
            })();

            v1.StartReq = (function() {

                /**
                 * Properties of a StartReq.
                 * @typedef {Object} daos.rsvc.v1.StartReq.$Properties
                 * @property {boolean|null} [create] StartReq create
                 * @property {Array.<daos.rsvc.v1.ReplicaId.$Properties>|null} [members] StartReq members
                 * @property {Uint8Array|null} [bootstrapArg] StartReq bootstrapArg
                 * @property {boolean|null} [bootstrap] StartReq bootstrap
                 * @property {number|null} [fenceTerm] StartReq fenceTerm
                 * @property {number|null} [gen] StartReq gen
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartReq.
                 * @memberof daos.rsvc.v1
                 * @interface IStartReq
                 * @augments daos.rsvc.v1.StartReq.$Properties
                 * @deprecated Use daos.rsvc.v1.StartReq.$Properties instead.
                 */

                /**
                 * Shape of a StartReq.
                 * @typedef {daos.rsvc.v1.StartReq.$Properties} daos.rsvc.v1.StartReq.$Shape
                 */

                /**
                 * Constructs a new StartReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a StartReq.
                 * @constructor
                 * @param {daos.rsvc.v1.StartReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StartReq = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartReq create.
                 * @member {boolean} create
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.create = false;

                /**
                 * StartReq members.
                 * @member {Array.<daos.rsvc.v1.ReplicaId.$Properties>} members
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.members = $util.emptyArray;

                /**
                 * StartReq bootstrapArg.
                 * @member {Uint8Array} bootstrapArg
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.bootstrapArg = $util.newBuffer([]);

                /**
                 * StartReq bootstrap.
                 * @member {boolean} bootstrap
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.bootstrap = false;

                /**
                 * StartReq fenceTerm.
                 * @member {number} fenceTerm
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.fenceTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StartReq gen.
                 * @member {number} gen
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 */
                StartReq.prototype.gen = 0;

                /**
                 * Creates a new StartReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {daos.rsvc.v1.StartReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.StartReq} StartReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.StartReq.$Shape): daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape;
                 *   (properties?: daos.rsvc.v1.StartReq.$Properties): daos.rsvc.v1.StartReq;
                 * }}
                 */
                StartReq.create = function(properties) {
                    return new StartReq(properties);
                };

                /**
                 * Encodes the specified StartReq message. Does not implicitly {@link daos.rsvc.v1.StartReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {daos.rsvc.v1.StartReq.$Properties} message StartReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create") && message.create !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.create);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.daos.rsvc.v1.ReplicaId.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.bootstrapArg != null && $Object.hasOwnProperty.call(message, "bootstrapArg") && message.bootstrapArg.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.bootstrapArg);
                    if (message.bootstrap != null && $Object.hasOwnProperty.call(message, "bootstrap") && message.bootstrap !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.bootstrap);
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm") && (typeof message.fenceTerm === "object" ? message.fenceTerm.low || message.fenceTerm.high : message.fenceTerm !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.fenceTerm);
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen") && message.gen !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.gen);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StartReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.StartReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {daos.rsvc.v1.StartReq.$Properties} message StartReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StartReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape} StartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.StartReq();
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
                                if (value = reader.bool())
                                    message.create = value;
                                else
                                    delete message.create;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.daos.rsvc.v1.ReplicaId.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.bootstrapArg = value;
                                else
                                    delete message.bootstrapArg;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.bootstrap = value;
                                else
                                    delete message.bootstrap;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fenceTerm = value;
                                else
                                    delete message.fenceTerm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.gen = value;
                                else
                                    delete message.gen;
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
                 * Decodes a StartReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape} StartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StartReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StartReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create"))
                        if (typeof message.create !== "boolean")
                            return "create: boolean expected";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.daos.rsvc.v1.ReplicaId.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    if (message.bootstrapArg != null && $Object.hasOwnProperty.call(message, "bootstrapArg"))
                        if (!(message.bootstrapArg && typeof message.bootstrapArg.length === "number" || $util.isString(message.bootstrapArg)))
                            return "bootstrapArg: buffer expected";
                    if (message.bootstrap != null && $Object.hasOwnProperty.call(message, "bootstrap"))
                        if (typeof message.bootstrap !== "boolean")
                            return "bootstrap: boolean expected";
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (!$util.isInteger(message.fenceTerm) && !(message.fenceTerm && $util.isInteger(message.fenceTerm.low) && $util.isInteger(message.fenceTerm.high)))
                            return "fenceTerm: integer|Long expected";
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        if (!$util.isInteger(message.gen))
                            return "gen: integer expected";
                    return null;
                };

                /**
                 * Creates a StartReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.StartReq} StartReq
                 */
                StartReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.StartReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.StartReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.StartReq();
                    if (object.create != null)
                        if (object.create)
                            message.create = $Boolean(object.create);
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".daos.rsvc.v1.StartReq.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".daos.rsvc.v1.StartReq.members: object expected");
                            message.members[i] = $root.daos.rsvc.v1.ReplicaId.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    if (object.bootstrapArg != null)
                        if (object.bootstrapArg.length)
                            if (typeof object.bootstrapArg === "string")
                                $util.base64.decode(object.bootstrapArg, message.bootstrapArg = $util.newBuffer($util.base64.length(object.bootstrapArg)), 0);
                            else if (object.bootstrapArg.length >= 0)
                                message.bootstrapArg = object.bootstrapArg;
                    if (object.bootstrap != null)
                        if (object.bootstrap)
                            message.bootstrap = $Boolean(object.bootstrap);
                    if (object.fenceTerm != null)
                        if (typeof object.fenceTerm === "object" ? object.fenceTerm.low || object.fenceTerm.high : $Number(object.fenceTerm) !== 0)
                            if ($util.Long)
                                message.fenceTerm = $util.Long.fromValue(object.fenceTerm, true);
                            else if (typeof object.fenceTerm === "string")
                                message.fenceTerm = $parseInt(object.fenceTerm, 10);
                            else if (typeof object.fenceTerm === "number")
                                message.fenceTerm = object.fenceTerm;
                            else if (typeof object.fenceTerm === "object")
                                message.fenceTerm = new $util.LongBits(object.fenceTerm.low >>> 0, object.fenceTerm.high >>> 0).toNumber(true);
                    if (object.gen != null)
                        if ($Number(object.gen) !== 0)
                            message.gen = object.gen >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a StartReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {daos.rsvc.v1.StartReq} message StartReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StartReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (options.defaults) {
                        object.create = false;
                        if (options.bytes === $String)
                            object.bootstrapArg = "";
                        else {
                            object.bootstrapArg = [];
                            if (options.bytes !== $Array)
                                object.bootstrapArg = $util.newBuffer(object.bootstrapArg);
                        }
                        object.bootstrap = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fenceTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.fenceTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.gen = 0;
                    }
                    if (message.create != null && $Object.hasOwnProperty.call(message, "create"))
                        object.create = message.create;
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.daos.rsvc.v1.ReplicaId.toObject(message.members[j], options, _depth + 1);
                    }
                    if (message.bootstrapArg != null && $Object.hasOwnProperty.call(message, "bootstrapArg"))
                        object.bootstrapArg = options.bytes === $String ? $util.base64.encode(message.bootstrapArg, 0, message.bootstrapArg.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bootstrapArg) : message.bootstrapArg;
                    if (message.bootstrap != null && $Object.hasOwnProperty.call(message, "bootstrap"))
                        object.bootstrap = message.bootstrap;
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fenceTerm = typeof message.fenceTerm === "number" ? $BigInt(message.fenceTerm) : $util.Long.fromBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.fenceTerm === "number")
                            object.fenceTerm = options.longs === $String ? $String(message.fenceTerm) : message.fenceTerm;
                        else
                            object.fenceTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.fenceTerm) : options.longs === $Number ? new $util.LongBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0).toNumber(true) : message.fenceTerm;
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        object.gen = message.gen;
                    return object;
                };

                /**
                 * Converts this StartReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.StartReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StartReq.prototype.toJSON = function() {
                    return StartReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StartReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.StartReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.StartReq";
                };

                return StartReq;
            })();

            v1.StartRep = (function() {

                /**
                 * Properties of a StartRep.
                 * @typedef {Object} daos.rsvc.v1.StartRep.$Properties
                 * @property {daos.rsvc.v1.ReplicaId.$Properties|null} [self] StartRep self
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StartRep.
                 * @memberof daos.rsvc.v1
                 * @interface IStartRep
                 * @augments daos.rsvc.v1.StartRep.$Properties
                 * @deprecated Use daos.rsvc.v1.StartRep.$Properties instead.
                 */

                /**
                 * Shape of a StartRep.
                 * @typedef {daos.rsvc.v1.StartRep.$Properties} daos.rsvc.v1.StartRep.$Shape
                 */

                /**
                 * Constructs a new StartRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a StartRep.
                 * @constructor
                 * @param {daos.rsvc.v1.StartRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StartRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StartRep self.
                 * @member {daos.rsvc.v1.ReplicaId.$Properties|null|undefined} self
                 * @memberof daos.rsvc.v1.StartRep
                 * @instance
                 */
                StartRep.prototype.self = null;

                /**
                 * Creates a new StartRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {daos.rsvc.v1.StartRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.StartRep} StartRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.StartRep.$Shape): daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape;
                 *   (properties?: daos.rsvc.v1.StartRep.$Properties): daos.rsvc.v1.StartRep;
                 * }}
                 */
                StartRep.create = function(properties) {
                    return new StartRep(properties);
                };

                /**
                 * Encodes the specified StartRep message. Does not implicitly {@link daos.rsvc.v1.StartRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {daos.rsvc.v1.StartRep.$Properties} message StartRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.self != null && $Object.hasOwnProperty.call(message, "self"))
                        $root.daos.rsvc.v1.ReplicaId.encode(message.self, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StartRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.StartRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {daos.rsvc.v1.StartRep.$Properties} message StartRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StartRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StartRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape} StartRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.StartRep();
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
                                message.self = $root.daos.rsvc.v1.ReplicaId.decode(reader, reader.size(), $undefined, _depth + 1, message.self);
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
                 * Decodes a StartRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape} StartRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StartRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StartRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StartRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.self != null && $Object.hasOwnProperty.call(message, "self")) {
                        let error = $root.daos.rsvc.v1.ReplicaId.verify(message.self, _depth + 1);
                        if (error)
                            return "self." + error;
                    }
                    return null;
                };

                /**
                 * Creates a StartRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.StartRep} StartRep
                 */
                StartRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.StartRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.StartRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.StartRep();
                    if (object.self != null) {
                        if (!$util.isObject(object.self))
                            throw $TypeError(".daos.rsvc.v1.StartRep.self: object expected");
                        message.self = $root.daos.rsvc.v1.ReplicaId.fromObject(object.self, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a StartRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {daos.rsvc.v1.StartRep} message StartRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StartRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.self = null;
                    if (message.self != null && $Object.hasOwnProperty.call(message, "self"))
                        object.self = $root.daos.rsvc.v1.ReplicaId.toObject(message.self, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this StartRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.StartRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StartRep.prototype.toJSON = function() {
                    return StartRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StartRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.StartRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StartRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.StartRep";
                };

                return StartRep;
            })();

            v1.StopReq = (function() {

                /**
                 * Properties of a StopReq.
                 * @typedef {Object} daos.rsvc.v1.StopReq.$Properties
                 * @property {boolean|null} [destroy] StopReq destroy
                 * @property {number|null} [fenceTerm] StopReq fenceTerm
                 * @property {number|null} [gen] StopReq gen
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StopReq.
                 * @memberof daos.rsvc.v1
                 * @interface IStopReq
                 * @augments daos.rsvc.v1.StopReq.$Properties
                 * @deprecated Use daos.rsvc.v1.StopReq.$Properties instead.
                 */

                /**
                 * Shape of a StopReq.
                 * @typedef {daos.rsvc.v1.StopReq.$Properties} daos.rsvc.v1.StopReq.$Shape
                 */

                /**
                 * Constructs a new StopReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a StopReq.
                 * @constructor
                 * @param {daos.rsvc.v1.StopReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StopReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StopReq destroy.
                 * @member {boolean} destroy
                 * @memberof daos.rsvc.v1.StopReq
                 * @instance
                 */
                StopReq.prototype.destroy = false;

                /**
                 * StopReq fenceTerm.
                 * @member {number} fenceTerm
                 * @memberof daos.rsvc.v1.StopReq
                 * @instance
                 */
                StopReq.prototype.fenceTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * StopReq gen.
                 * @member {number} gen
                 * @memberof daos.rsvc.v1.StopReq
                 * @instance
                 */
                StopReq.prototype.gen = 0;

                /**
                 * Creates a new StopReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {daos.rsvc.v1.StopReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.StopReq} StopReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.StopReq.$Shape): daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape;
                 *   (properties?: daos.rsvc.v1.StopReq.$Properties): daos.rsvc.v1.StopReq;
                 * }}
                 */
                StopReq.create = function(properties) {
                    return new StopReq(properties);
                };

                /**
                 * Encodes the specified StopReq message. Does not implicitly {@link daos.rsvc.v1.StopReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {daos.rsvc.v1.StopReq.$Properties} message StopReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy") && message.destroy !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.destroy);
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm") && (typeof message.fenceTerm === "object" ? message.fenceTerm.low || message.fenceTerm.high : message.fenceTerm !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fenceTerm);
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen") && message.gen !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.gen);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StopReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.StopReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {daos.rsvc.v1.StopReq.$Properties} message StopReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StopReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape} StopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.StopReq();
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
                                if (value = reader.bool())
                                    message.destroy = value;
                                else
                                    delete message.destroy;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fenceTerm = value;
                                else
                                    delete message.fenceTerm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.gen = value;
                                else
                                    delete message.gen;
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
                 * Decodes a StopReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape} StopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StopReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StopReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy"))
                        if (typeof message.destroy !== "boolean")
                            return "destroy: boolean expected";
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (!$util.isInteger(message.fenceTerm) && !(message.fenceTerm && $util.isInteger(message.fenceTerm.low) && $util.isInteger(message.fenceTerm.high)))
                            return "fenceTerm: integer|Long expected";
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        if (!$util.isInteger(message.gen))
                            return "gen: integer expected";
                    return null;
                };

                /**
                 * Creates a StopReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.StopReq} StopReq
                 */
                StopReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.StopReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.StopReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.StopReq();
                    if (object.destroy != null)
                        if (object.destroy)
                            message.destroy = $Boolean(object.destroy);
                    if (object.fenceTerm != null)
                        if (typeof object.fenceTerm === "object" ? object.fenceTerm.low || object.fenceTerm.high : $Number(object.fenceTerm) !== 0)
                            if ($util.Long)
                                message.fenceTerm = $util.Long.fromValue(object.fenceTerm, true);
                            else if (typeof object.fenceTerm === "string")
                                message.fenceTerm = $parseInt(object.fenceTerm, 10);
                            else if (typeof object.fenceTerm === "number")
                                message.fenceTerm = object.fenceTerm;
                            else if (typeof object.fenceTerm === "object")
                                message.fenceTerm = new $util.LongBits(object.fenceTerm.low >>> 0, object.fenceTerm.high >>> 0).toNumber(true);
                    if (object.gen != null)
                        if ($Number(object.gen) !== 0)
                            message.gen = object.gen >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a StopReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {daos.rsvc.v1.StopReq} message StopReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StopReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.destroy = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fenceTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.fenceTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.gen = 0;
                    }
                    if (message.destroy != null && $Object.hasOwnProperty.call(message, "destroy"))
                        object.destroy = message.destroy;
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fenceTerm = typeof message.fenceTerm === "number" ? $BigInt(message.fenceTerm) : $util.Long.fromBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.fenceTerm === "number")
                            object.fenceTerm = options.longs === $String ? $String(message.fenceTerm) : message.fenceTerm;
                        else
                            object.fenceTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.fenceTerm) : options.longs === $Number ? new $util.LongBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0).toNumber(true) : message.fenceTerm;
                    if (message.gen != null && $Object.hasOwnProperty.call(message, "gen"))
                        object.gen = message.gen;
                    return object;
                };

                /**
                 * Converts this StopReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.StopReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StopReq.prototype.toJSON = function() {
                    return StopReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StopReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.StopReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StopReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.StopReq";
                };

                return StopReq;
            })();

            v1.StopRep = (function() {

                /**
                 * Properties of a StopRep.
                 * @typedef {Object} daos.rsvc.v1.StopRep.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StopRep.
                 * @memberof daos.rsvc.v1
                 * @interface IStopRep
                 * @augments daos.rsvc.v1.StopRep.$Properties
                 * @deprecated Use daos.rsvc.v1.StopRep.$Properties instead.
                 */

                /**
                 * Shape of a StopRep.
                 * @typedef {daos.rsvc.v1.StopRep.$Properties} daos.rsvc.v1.StopRep.$Shape
                 */

                /**
                 * Constructs a new StopRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a StopRep.
                 * @constructor
                 * @param {daos.rsvc.v1.StopRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StopRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new StopRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {daos.rsvc.v1.StopRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.StopRep} StopRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.StopRep.$Shape): daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape;
                 *   (properties?: daos.rsvc.v1.StopRep.$Properties): daos.rsvc.v1.StopRep;
                 * }}
                 */
                StopRep.create = function(properties) {
                    return new StopRep(properties);
                };

                /**
                 * Encodes the specified StopRep message. Does not implicitly {@link daos.rsvc.v1.StopRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {daos.rsvc.v1.StopRep.$Properties} message StopRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopRep.encode = function (message, writer, _depth) {
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
                 * Encodes the specified StopRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.StopRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {daos.rsvc.v1.StopRep.$Properties} message StopRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StopRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StopRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape} StopRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.StopRep();
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

                /**
                 * Decodes a StopRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape} StopRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StopRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StopRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StopRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a StopRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.StopRep} StopRep
                 */
                StopRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.StopRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.StopRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.rsvc.v1.StopRep();
                };

                /**
                 * Creates a plain object from a StopRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {daos.rsvc.v1.StopRep} message StopRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StopRep.toObject = function () {
                    return {};
                };

                /**
                 * Converts this StopRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.StopRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StopRep.prototype.toJSON = function() {
                    return StopRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StopRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.StopRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StopRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.StopRep";
                };

                return StopRep;
            })();

            v1.ReplicasReq = (function() {

                /**
                 * Properties of a ReplicasReq.
                 * @typedef {Object} daos.rsvc.v1.ReplicasReq.$Properties
                 * @property {Array.<number>|null} [ranks] ReplicasReq ranks
                 * @property {number|null} [fenceTerm] ReplicasReq fenceTerm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicasReq.
                 * @memberof daos.rsvc.v1
                 * @interface IReplicasReq
                 * @augments daos.rsvc.v1.ReplicasReq.$Properties
                 * @deprecated Use daos.rsvc.v1.ReplicasReq.$Properties instead.
                 */

                /**
                 * Shape of a ReplicasReq.
                 * @typedef {daos.rsvc.v1.ReplicasReq.$Properties} daos.rsvc.v1.ReplicasReq.$Shape
                 */

                /**
                 * Constructs a new ReplicasReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a ReplicasReq.
                 * @constructor
                 * @param {daos.rsvc.v1.ReplicasReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplicasReq = function (properties) {
                    this.ranks = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplicasReq ranks.
                 * @member {Array.<number>} ranks
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @instance
                 */
                ReplicasReq.prototype.ranks = $util.emptyArray;

                /**
                 * ReplicasReq fenceTerm.
                 * @member {number} fenceTerm
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @instance
                 */
                ReplicasReq.prototype.fenceTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ReplicasReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.ReplicasReq} ReplicasReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.ReplicasReq.$Shape): daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape;
                 *   (properties?: daos.rsvc.v1.ReplicasReq.$Properties): daos.rsvc.v1.ReplicasReq;
                 * }}
                 */
                ReplicasReq.create = function(properties) {
                    return new ReplicasReq(properties);
                };

                /**
                 * Encodes the specified ReplicasReq message. Does not implicitly {@link daos.rsvc.v1.ReplicasReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasReq.$Properties} message ReplicasReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ranks != null && message.ranks.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.ranks);
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm") && (typeof message.fenceTerm === "object" ? message.fenceTerm.low || message.fenceTerm.high : message.fenceTerm !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.fenceTerm);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ReplicasReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasReq.$Properties} message ReplicasReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReplicasReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.ReplicasReq();
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
                                    if (!(message.ranks && message.ranks.length))
                                        message.ranks = [];
                                    reader.uint32s(message.ranks);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.ranks && message.ranks.length))
                                    message.ranks = [];
                                message.ranks.push(reader.uint32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.fenceTerm = value;
                                else
                                    delete message.fenceTerm;
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
                 * Decodes a ReplicasReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReplicasReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReplicasReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.ranks != null && $Object.hasOwnProperty.call(message, "ranks")) {
                        if (!$Array.isArray(message.ranks))
                            return "ranks: array expected";
                        for (let i = 0; i < message.ranks.length; ++i)
                            if (!$util.isInteger(message.ranks[i]))
                                return "ranks: integer[] expected";
                    }
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (!$util.isInteger(message.fenceTerm) && !(message.fenceTerm && $util.isInteger(message.fenceTerm.low) && $util.isInteger(message.fenceTerm.high)))
                            return "fenceTerm: integer|Long expected";
                    return null;
                };

                /**
                 * Creates a ReplicasReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.ReplicasReq} ReplicasReq
                 */
                ReplicasReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.ReplicasReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.ReplicasReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.ReplicasReq();
                    if (object.ranks) {
                        if (!$Array.isArray(object.ranks))
                            throw $TypeError(".daos.rsvc.v1.ReplicasReq.ranks: array expected");
                        message.ranks = $Array(object.ranks.length);
                        for (let i = 0; i < object.ranks.length; ++i)
                            message.ranks[i] = object.ranks[i] >>> 0;
                    }
                    if (object.fenceTerm != null)
                        if (typeof object.fenceTerm === "object" ? object.fenceTerm.low || object.fenceTerm.high : $Number(object.fenceTerm) !== 0)
                            if ($util.Long)
                                message.fenceTerm = $util.Long.fromValue(object.fenceTerm, true);
                            else if (typeof object.fenceTerm === "string")
                                message.fenceTerm = $parseInt(object.fenceTerm, 10);
                            else if (typeof object.fenceTerm === "number")
                                message.fenceTerm = object.fenceTerm;
                            else if (typeof object.fenceTerm === "object")
                                message.fenceTerm = new $util.LongBits(object.fenceTerm.low >>> 0, object.fenceTerm.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a ReplicasReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasReq} message ReplicasReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplicasReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.ranks = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fenceTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.fenceTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.ranks && message.ranks.length) {
                        object.ranks = $Array(message.ranks.length);
                        for (let j = 0; j < message.ranks.length; ++j)
                            object.ranks[j] = message.ranks[j];
                    }
                    if (message.fenceTerm != null && $Object.hasOwnProperty.call(message, "fenceTerm"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.fenceTerm = typeof message.fenceTerm === "number" ? $BigInt(message.fenceTerm) : $util.Long.fromBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0, true).toBigInt();
                        else if (typeof message.fenceTerm === "number")
                            object.fenceTerm = options.longs === $String ? $String(message.fenceTerm) : message.fenceTerm;
                        else
                            object.fenceTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.fenceTerm) : options.longs === $Number ? new $util.LongBits(message.fenceTerm.low >>> 0, message.fenceTerm.high >>> 0).toNumber(true) : message.fenceTerm;
                    return object;
                };

                /**
                 * Converts this ReplicasReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplicasReq.prototype.toJSON = function() {
                    return ReplicasReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplicasReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.ReplicasReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplicasReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.ReplicasReq";
                };

                return ReplicasReq;
            })();

            v1.ReplicasRep = (function() {

                /**
                 * Properties of a ReplicasRep.
                 * @typedef {Object} daos.rsvc.v1.ReplicasRep.$Properties
                 * @property {Array.<daos.rsvc.v1.ReplicaId.$Properties>|null} [members] ReplicasRep members
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicasRep.
                 * @memberof daos.rsvc.v1
                 * @interface IReplicasRep
                 * @augments daos.rsvc.v1.ReplicasRep.$Properties
                 * @deprecated Use daos.rsvc.v1.ReplicasRep.$Properties instead.
                 */

                /**
                 * Shape of a ReplicasRep.
                 * @typedef {daos.rsvc.v1.ReplicasRep.$Properties} daos.rsvc.v1.ReplicasRep.$Shape
                 */

                /**
                 * Constructs a new ReplicasRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a ReplicasRep.
                 * @constructor
                 * @param {daos.rsvc.v1.ReplicasRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplicasRep = function (properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReplicasRep members.
                 * @member {Array.<daos.rsvc.v1.ReplicaId.$Properties>} members
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @instance
                 */
                ReplicasRep.prototype.members = $util.emptyArray;

                /**
                 * Creates a new ReplicasRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {daos.rsvc.v1.ReplicasRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.ReplicasRep} ReplicasRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.ReplicasRep.$Shape): daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape;
                 *   (properties?: daos.rsvc.v1.ReplicasRep.$Properties): daos.rsvc.v1.ReplicasRep;
                 * }}
                 */
                ReplicasRep.create = function(properties) {
                    return new ReplicasRep(properties);
                };

                /**
                 * Encodes the specified ReplicasRep message. Does not implicitly {@link daos.rsvc.v1.ReplicasRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {daos.rsvc.v1.ReplicasRep.$Properties} message ReplicasRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.daos.rsvc.v1.ReplicaId.encode(message.members[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified ReplicasRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {daos.rsvc.v1.ReplicasRep.$Properties} message ReplicasRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReplicasRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.ReplicasRep();
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
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.daos.rsvc.v1.ReplicaId.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Decodes a ReplicasRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReplicasRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReplicasRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                        if (!$Array.isArray(message.members))
                            return "members: array expected";
                        for (let i = 0; i < message.members.length; ++i) {
                            let error = $root.daos.rsvc.v1.ReplicaId.verify(message.members[i], _depth + 1);
                            if (error)
                                return "members." + error;
                        }
                    }
                    return null;
                };

                /**
                 * Creates a ReplicasRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.ReplicasRep} ReplicasRep
                 */
                ReplicasRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.ReplicasRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.ReplicasRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.ReplicasRep();
                    if (object.members) {
                        if (!$Array.isArray(object.members))
                            throw $TypeError(".daos.rsvc.v1.ReplicasRep.members: array expected");
                        message.members = $Array(object.members.length);
                        for (let i = 0; i < object.members.length; ++i) {
                            if (!$util.isObject(object.members[i]))
                                throw $TypeError(".daos.rsvc.v1.ReplicasRep.members: object expected");
                            message.members[i] = $root.daos.rsvc.v1.ReplicaId.fromObject(object.members[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a ReplicasRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {daos.rsvc.v1.ReplicasRep} message ReplicasRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplicasRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.members = [];
                    if (message.members && message.members.length) {
                        object.members = $Array(message.members.length);
                        for (let j = 0; j < message.members.length; ++j)
                            object.members[j] = $root.daos.rsvc.v1.ReplicaId.toObject(message.members[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this ReplicasRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplicasRep.prototype.toJSON = function() {
                    return ReplicasRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplicasRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.ReplicasRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplicasRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.ReplicasRep";
                };

                return ReplicasRep;
            })();

            v1.ReplicasListReq = (function() {

                /**
                 * Properties of a ReplicasListReq.
                 * @typedef {Object} daos.rsvc.v1.ReplicasListReq.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReplicasListReq.
                 * @memberof daos.rsvc.v1
                 * @interface IReplicasListReq
                 * @augments daos.rsvc.v1.ReplicasListReq.$Properties
                 * @deprecated Use daos.rsvc.v1.ReplicasListReq.$Properties instead.
                 */

                /**
                 * Shape of a ReplicasListReq.
                 * @typedef {daos.rsvc.v1.ReplicasListReq.$Properties} daos.rsvc.v1.ReplicasListReq.$Shape
                 */

                /**
                 * Constructs a new ReplicasListReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a ReplicasListReq.
                 * @constructor
                 * @param {daos.rsvc.v1.ReplicasListReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReplicasListReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new ReplicasListReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasListReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.ReplicasListReq} ReplicasListReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.ReplicasListReq.$Shape): daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape;
                 *   (properties?: daos.rsvc.v1.ReplicasListReq.$Properties): daos.rsvc.v1.ReplicasListReq;
                 * }}
                 */
                ReplicasListReq.create = function(properties) {
                    return new ReplicasListReq(properties);
                };

                /**
                 * Encodes the specified ReplicasListReq message. Does not implicitly {@link daos.rsvc.v1.ReplicasListReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasListReq.$Properties} message ReplicasListReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasListReq.encode = function (message, writer, _depth) {
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
                 * Encodes the specified ReplicasListReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasListReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasListReq.$Properties} message ReplicasListReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReplicasListReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ReplicasListReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape} ReplicasListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasListReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.ReplicasListReq();
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

                /**
                 * Decodes a ReplicasListReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape} ReplicasListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReplicasListReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a ReplicasListReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                ReplicasListReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates a ReplicasListReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.ReplicasListReq} ReplicasListReq
                 */
                ReplicasListReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.ReplicasListReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.ReplicasListReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.rsvc.v1.ReplicasListReq();
                };

                /**
                 * Creates a plain object from a ReplicasListReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {daos.rsvc.v1.ReplicasListReq} message ReplicasListReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReplicasListReq.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ReplicasListReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReplicasListReq.prototype.toJSON = function() {
                    return ReplicasListReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ReplicasListReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.ReplicasListReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReplicasListReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.ReplicasListReq";
                };

                return ReplicasListReq;
            })();

            v1.AttrSetReq = (function() {

                /**
                 * Properties of an AttrSetReq.
                 * @typedef {Object} daos.rsvc.v1.AttrSetReq.$Properties
                 * @property {Object.<string,Uint8Array>|null} [attrs] AttrSetReq attrs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrSetReq.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrSetReq
                 * @augments daos.rsvc.v1.AttrSetReq.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrSetReq.$Properties instead.
                 */

                /**
                 * Shape of an AttrSetReq.
                 * @typedef {daos.rsvc.v1.AttrSetReq.$Properties} daos.rsvc.v1.AttrSetReq.$Shape
                 */

                /**
                 * Constructs a new AttrSetReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrSetReq.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrSetReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrSetReq = function (properties) {
                    this.attrs = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttrSetReq attrs.
                 * @member {Object.<string,Uint8Array>} attrs
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @instance
                 */
                AttrSetReq.prototype.attrs = $util.emptyObject;

                /**
                 * Creates a new AttrSetReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrSetReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrSetReq} AttrSetReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrSetReq.$Shape): daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrSetReq.$Properties): daos.rsvc.v1.AttrSetReq;
                 * }}
                 */
                AttrSetReq.create = function(properties) {
                    return new AttrSetReq(properties);
                };

                /**
                 * Encodes the specified AttrSetReq message. Does not implicitly {@link daos.rsvc.v1.AttrSetReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrSetReq.$Properties} message AttrSetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrSetReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs"))
                        for (let keys = $Object.keys(message.attrs), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).bytes(message.attrs[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttrSetReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrSetReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrSetReq.$Properties} message AttrSetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrSetReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrSetReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrSetReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrSetReq();
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
                                if (message.attrs === $util.emptyObject)
                                    message.attrs = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = [];
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
                                        value = reader.bytes();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.attrs, key);
                                message.attrs[key] = value;
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
                 * Decodes an AttrSetReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrSetReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrSetReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrSetReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs")) {
                        if (!$util.isObject(message.attrs))
                            return "attrs: object expected";
                        let key = $Object.keys(message.attrs);
                        for (let i = 0; i < key.length; ++i)
                            if (!(message.attrs[key[i]] && typeof message.attrs[key[i]].length === "number" || $util.isString(message.attrs[key[i]])))
                                return "attrs: buffer{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates an AttrSetReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrSetReq} AttrSetReq
                 */
                AttrSetReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrSetReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrSetReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.AttrSetReq();
                    if (object.attrs) {
                        if (!$util.isObject(object.attrs))
                            throw $TypeError(".daos.rsvc.v1.AttrSetReq.attrs: object expected");
                        message.attrs = {};
                        for (let keys = $Object.keys(object.attrs), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.attrs, keys[i]);
                            if (typeof object.attrs[keys[i]] === "string")
                                $util.base64.decode(object.attrs[keys[i]], message.attrs[keys[i]] = $util.newBuffer($util.base64.length(object.attrs[keys[i]])), 0);
                            else if (object.attrs[keys[i]].length >= 0)
                                message.attrs[keys[i]] = object.attrs[keys[i]];
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AttrSetReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrSetReq} message AttrSetReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrSetReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.objects || options.defaults)
                        object.attrs = {};
                    let keys2;
                    if (message.attrs && (keys2 = $Object.keys(message.attrs)).length) {
                        object.attrs = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.attrs, keys2[j]);
                            object.attrs[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.attrs[keys2[j]], 0, message.attrs[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.attrs[keys2[j]]) : message.attrs[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this AttrSetReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrSetReq.prototype.toJSON = function() {
                    return AttrSetReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrSetReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrSetReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrSetReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrSetReq";
                };

                return AttrSetReq;
            })();

            v1.AttrSetRep = (function() {

                /**
                 * Properties of an AttrSetRep.
                 * @typedef {Object} daos.rsvc.v1.AttrSetRep.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrSetRep.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrSetRep
                 * @augments daos.rsvc.v1.AttrSetRep.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrSetRep.$Properties instead.
                 */

                /**
                 * Shape of an AttrSetRep.
                 * @typedef {daos.rsvc.v1.AttrSetRep.$Properties} daos.rsvc.v1.AttrSetRep.$Shape
                 */

                /**
                 * Constructs a new AttrSetRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrSetRep.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrSetRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrSetRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AttrSetRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrSetRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrSetRep} AttrSetRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrSetRep.$Shape): daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrSetRep.$Properties): daos.rsvc.v1.AttrSetRep;
                 * }}
                 */
                AttrSetRep.create = function(properties) {
                    return new AttrSetRep(properties);
                };

                /**
                 * Encodes the specified AttrSetRep message. Does not implicitly {@link daos.rsvc.v1.AttrSetRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrSetRep.$Properties} message AttrSetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrSetRep.encode = function (message, writer, _depth) {
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
                 * Encodes the specified AttrSetRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrSetRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrSetRep.$Properties} message AttrSetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrSetRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrSetRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrSetRep();
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

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrSetRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrSetRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrSetRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an AttrSetRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrSetRep} AttrSetRep
                 */
                AttrSetRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrSetRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrSetRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.rsvc.v1.AttrSetRep();
                };

                /**
                 * Creates a plain object from an AttrSetRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrSetRep} message AttrSetRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrSetRep.toObject = function () {
                    return {};
                };

                /**
                 * Converts this AttrSetRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrSetRep.prototype.toJSON = function() {
                    return AttrSetRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrSetRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrSetRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrSetRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrSetRep";
                };

                return AttrSetRep;
            })();

            v1.AttrGetReq = (function() {

                /**
                 * Properties of an AttrGetReq.
                 * @typedef {Object} daos.rsvc.v1.AttrGetReq.$Properties
                 * @property {Array.<string>|null} [names] AttrGetReq names
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrGetReq.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrGetReq
                 * @augments daos.rsvc.v1.AttrGetReq.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrGetReq.$Properties instead.
                 */

                /**
                 * Shape of an AttrGetReq.
                 * @typedef {daos.rsvc.v1.AttrGetReq.$Properties} daos.rsvc.v1.AttrGetReq.$Shape
                 */

                /**
                 * Constructs a new AttrGetReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrGetReq.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrGetReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrGetReq = function (properties) {
                    this.names = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttrGetReq names.
                 * @member {Array.<string>} names
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @instance
                 */
                AttrGetReq.prototype.names = $util.emptyArray;

                /**
                 * Creates a new AttrGetReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrGetReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrGetReq} AttrGetReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrGetReq.$Shape): daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrGetReq.$Properties): daos.rsvc.v1.AttrGetReq;
                 * }}
                 */
                AttrGetReq.create = function(properties) {
                    return new AttrGetReq(properties);
                };

                /**
                 * Encodes the specified AttrGetReq message. Does not implicitly {@link daos.rsvc.v1.AttrGetReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrGetReq.$Properties} message AttrGetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrGetReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.names != null && message.names.length)
                        for (let i = 0; i < message.names.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttrGetReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrGetReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrGetReq.$Properties} message AttrGetReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrGetReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrGetReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrGetReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrGetReq();
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
                                if (!(message.names && message.names.length))
                                    message.names = [];
                                message.names.push(reader.stringVerify());
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
                 * Decodes an AttrGetReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrGetReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrGetReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrGetReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                        if (!$Array.isArray(message.names))
                            return "names: array expected";
                        for (let i = 0; i < message.names.length; ++i)
                            if (!$util.isString(message.names[i]))
                                return "names: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an AttrGetReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrGetReq} AttrGetReq
                 */
                AttrGetReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrGetReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrGetReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.AttrGetReq();
                    if (object.names) {
                        if (!$Array.isArray(object.names))
                            throw $TypeError(".daos.rsvc.v1.AttrGetReq.names: array expected");
                        message.names = $Array(object.names.length);
                        for (let i = 0; i < object.names.length; ++i)
                            message.names[i] = $String(object.names[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AttrGetReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {daos.rsvc.v1.AttrGetReq} message AttrGetReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrGetReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.names = [];
                    if (message.names && message.names.length) {
                        object.names = $Array(message.names.length);
                        for (let j = 0; j < message.names.length; ++j)
                            object.names[j] = message.names[j];
                    }
                    return object;
                };

                /**
                 * Converts this AttrGetReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrGetReq.prototype.toJSON = function() {
                    return AttrGetReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrGetReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrGetReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrGetReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrGetReq";
                };

                return AttrGetReq;
            })();

            v1.AttrGetRep = (function() {

                /**
                 * Properties of an AttrGetRep.
                 * @typedef {Object} daos.rsvc.v1.AttrGetRep.$Properties
                 * @property {Object.<string,Uint8Array>|null} [attrs] AttrGetRep attrs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrGetRep.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrGetRep
                 * @augments daos.rsvc.v1.AttrGetRep.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrGetRep.$Properties instead.
                 */

                /**
                 * Shape of an AttrGetRep.
                 * @typedef {daos.rsvc.v1.AttrGetRep.$Properties} daos.rsvc.v1.AttrGetRep.$Shape
                 */

                /**
                 * Constructs a new AttrGetRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrGetRep.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrGetRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrGetRep = function (properties) {
                    this.attrs = {};
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttrGetRep attrs.
                 * @member {Object.<string,Uint8Array>} attrs
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @instance
                 */
                AttrGetRep.prototype.attrs = $util.emptyObject;

                /**
                 * Creates a new AttrGetRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrGetRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrGetRep} AttrGetRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrGetRep.$Shape): daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrGetRep.$Properties): daos.rsvc.v1.AttrGetRep;
                 * }}
                 */
                AttrGetRep.create = function(properties) {
                    return new AttrGetRep(properties);
                };

                /**
                 * Encodes the specified AttrGetRep message. Does not implicitly {@link daos.rsvc.v1.AttrGetRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrGetRep.$Properties} message AttrGetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrGetRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs"))
                        for (let keys = $Object.keys(message.attrs), i = 0; i < keys.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).bytes(message.attrs[keys[i]]).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttrGetRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrGetRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrGetRep.$Properties} message AttrGetRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrGetRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrGetRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrGetRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrGetRep();
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
                                if (message.attrs === $util.emptyObject)
                                    message.attrs = {};
                                let end2 = reader.size() + reader.pos;
                                if (end2 > reader.len)
                                    throw $RangeError("index out of range");
                                reader.len = end2;
                                key = "";
                                value = [];
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
                                        value = reader.bytes();
                                        continue;
                                    }
                                    reader.skipType(wireType, _depth, tag2);
                                }
                                if (reader.pos !== end2)
                                    throw $RangeError("index out of range");
                                reader.len = end;
                                if (key === "__proto__")
                                    $util.makeProp(message.attrs, key);
                                message.attrs[key] = value;
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
                 * Decodes an AttrGetRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrGetRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrGetRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrGetRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.attrs != null && $Object.hasOwnProperty.call(message, "attrs")) {
                        if (!$util.isObject(message.attrs))
                            return "attrs: object expected";
                        let key = $Object.keys(message.attrs);
                        for (let i = 0; i < key.length; ++i)
                            if (!(message.attrs[key[i]] && typeof message.attrs[key[i]].length === "number" || $util.isString(message.attrs[key[i]])))
                                return "attrs: buffer{k:string} expected";
                    }
                    return null;
                };

                /**
                 * Creates an AttrGetRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrGetRep} AttrGetRep
                 */
                AttrGetRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrGetRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrGetRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.AttrGetRep();
                    if (object.attrs) {
                        if (!$util.isObject(object.attrs))
                            throw $TypeError(".daos.rsvc.v1.AttrGetRep.attrs: object expected");
                        message.attrs = {};
                        for (let keys = $Object.keys(object.attrs), i = 0; i < keys.length; ++i) {
                            if (keys[i] === "__proto__")
                                $util.makeProp(message.attrs, keys[i]);
                            if (typeof object.attrs[keys[i]] === "string")
                                $util.base64.decode(object.attrs[keys[i]], message.attrs[keys[i]] = $util.newBuffer($util.base64.length(object.attrs[keys[i]])), 0);
                            else if (object.attrs[keys[i]].length >= 0)
                                message.attrs[keys[i]] = object.attrs[keys[i]];
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AttrGetRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {daos.rsvc.v1.AttrGetRep} message AttrGetRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrGetRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.objects || options.defaults)
                        object.attrs = {};
                    let keys2;
                    if (message.attrs && (keys2 = $Object.keys(message.attrs)).length) {
                        object.attrs = {};
                        for (let j = 0; j < keys2.length; ++j) {
                            if (keys2[j] === "__proto__")
                                $util.makeProp(object.attrs, keys2[j]);
                            object.attrs[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.attrs[keys2[j]], 0, message.attrs[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.attrs[keys2[j]]) : message.attrs[keys2[j]];
                        }
                    }
                    return object;
                };

                /**
                 * Converts this AttrGetRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrGetRep.prototype.toJSON = function() {
                    return AttrGetRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrGetRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrGetRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrGetRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrGetRep";
                };

                return AttrGetRep;
            })();

            v1.AttrListReq = (function() {

                /**
                 * Properties of an AttrListReq.
                 * @typedef {Object} daos.rsvc.v1.AttrListReq.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrListReq.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrListReq
                 * @augments daos.rsvc.v1.AttrListReq.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrListReq.$Properties instead.
                 */

                /**
                 * Shape of an AttrListReq.
                 * @typedef {daos.rsvc.v1.AttrListReq.$Properties} daos.rsvc.v1.AttrListReq.$Shape
                 */

                /**
                 * Constructs a new AttrListReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrListReq.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrListReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrListReq = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AttrListReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {daos.rsvc.v1.AttrListReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrListReq} AttrListReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrListReq.$Shape): daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrListReq.$Properties): daos.rsvc.v1.AttrListReq;
                 * }}
                 */
                AttrListReq.create = function(properties) {
                    return new AttrListReq(properties);
                };

                /**
                 * Encodes the specified AttrListReq message. Does not implicitly {@link daos.rsvc.v1.AttrListReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {daos.rsvc.v1.AttrListReq.$Properties} message AttrListReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrListReq.encode = function (message, writer, _depth) {
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
                 * Encodes the specified AttrListReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrListReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {daos.rsvc.v1.AttrListReq.$Properties} message AttrListReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrListReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrListReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrListReq();
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

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrListReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrListReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrListReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an AttrListReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrListReq} AttrListReq
                 */
                AttrListReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrListReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrListReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.rsvc.v1.AttrListReq();
                };

                /**
                 * Creates a plain object from an AttrListReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {daos.rsvc.v1.AttrListReq} message AttrListReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrListReq.toObject = function () {
                    return {};
                };

                /**
                 * Converts this AttrListReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrListReq.prototype.toJSON = function() {
                    return AttrListReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrListReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrListReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrListReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrListReq";
                };

                return AttrListReq;
            })();

            v1.AttrListRep = (function() {

                /**
                 * Properties of an AttrListRep.
                 * @typedef {Object} daos.rsvc.v1.AttrListRep.$Properties
                 * @property {Array.<string>|null} [names] AttrListRep names
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrListRep.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrListRep
                 * @augments daos.rsvc.v1.AttrListRep.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrListRep.$Properties instead.
                 */

                /**
                 * Shape of an AttrListRep.
                 * @typedef {daos.rsvc.v1.AttrListRep.$Properties} daos.rsvc.v1.AttrListRep.$Shape
                 */

                /**
                 * Constructs a new AttrListRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrListRep.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrListRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrListRep = function (properties) {
                    this.names = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttrListRep names.
                 * @member {Array.<string>} names
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @instance
                 */
                AttrListRep.prototype.names = $util.emptyArray;

                /**
                 * Creates a new AttrListRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {daos.rsvc.v1.AttrListRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrListRep} AttrListRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrListRep.$Shape): daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrListRep.$Properties): daos.rsvc.v1.AttrListRep;
                 * }}
                 */
                AttrListRep.create = function(properties) {
                    return new AttrListRep(properties);
                };

                /**
                 * Encodes the specified AttrListRep message. Does not implicitly {@link daos.rsvc.v1.AttrListRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {daos.rsvc.v1.AttrListRep.$Properties} message AttrListRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrListRep.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.names != null && message.names.length)
                        for (let i = 0; i < message.names.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttrListRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrListRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {daos.rsvc.v1.AttrListRep.$Properties} message AttrListRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrListRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrListRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrListRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrListRep();
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
                                if (!(message.names && message.names.length))
                                    message.names = [];
                                message.names.push(reader.stringVerify());
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
                 * Decodes an AttrListRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrListRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrListRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrListRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                        if (!$Array.isArray(message.names))
                            return "names: array expected";
                        for (let i = 0; i < message.names.length; ++i)
                            if (!$util.isString(message.names[i]))
                                return "names: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an AttrListRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrListRep} AttrListRep
                 */
                AttrListRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrListRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrListRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.AttrListRep();
                    if (object.names) {
                        if (!$Array.isArray(object.names))
                            throw $TypeError(".daos.rsvc.v1.AttrListRep.names: array expected");
                        message.names = $Array(object.names.length);
                        for (let i = 0; i < object.names.length; ++i)
                            message.names[i] = $String(object.names[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AttrListRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {daos.rsvc.v1.AttrListRep} message AttrListRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrListRep.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.names = [];
                    if (message.names && message.names.length) {
                        object.names = $Array(message.names.length);
                        for (let j = 0; j < message.names.length; ++j)
                            object.names[j] = message.names[j];
                    }
                    return object;
                };

                /**
                 * Converts this AttrListRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrListRep.prototype.toJSON = function() {
                    return AttrListRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrListRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrListRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrListRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrListRep";
                };

                return AttrListRep;
            })();

            v1.AttrDeleteReq = (function() {

                /**
                 * Properties of an AttrDeleteReq.
                 * @typedef {Object} daos.rsvc.v1.AttrDeleteReq.$Properties
                 * @property {Array.<string>|null} [names] AttrDeleteReq names
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrDeleteReq.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrDeleteReq
                 * @augments daos.rsvc.v1.AttrDeleteReq.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrDeleteReq.$Properties instead.
                 */

                /**
                 * Shape of an AttrDeleteReq.
                 * @typedef {daos.rsvc.v1.AttrDeleteReq.$Properties} daos.rsvc.v1.AttrDeleteReq.$Shape
                 */

                /**
                 * Constructs a new AttrDeleteReq.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrDeleteReq.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrDeleteReq.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrDeleteReq = function (properties) {
                    this.names = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AttrDeleteReq names.
                 * @member {Array.<string>} names
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @instance
                 */
                AttrDeleteReq.prototype.names = $util.emptyArray;

                /**
                 * Creates a new AttrDeleteReq instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteReq.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrDeleteReq} AttrDeleteReq instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrDeleteReq.$Shape): daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrDeleteReq.$Properties): daos.rsvc.v1.AttrDeleteReq;
                 * }}
                 */
                AttrDeleteReq.create = function(properties) {
                    return new AttrDeleteReq(properties);
                };

                /**
                 * Encodes the specified AttrDeleteReq message. Does not implicitly {@link daos.rsvc.v1.AttrDeleteReq.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteReq.$Properties} message AttrDeleteReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrDeleteReq.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.names != null && message.names.length)
                        for (let i = 0; i < message.names.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.names[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified AttrDeleteReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrDeleteReq.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteReq.$Properties} message AttrDeleteReq message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrDeleteReq.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrDeleteReq message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrDeleteReq.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrDeleteReq();
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
                                if (!(message.names && message.names.length))
                                    message.names = [];
                                message.names.push(reader.stringVerify());
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
                 * Decodes an AttrDeleteReq message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrDeleteReq.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrDeleteReq message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrDeleteReq.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                        if (!$Array.isArray(message.names))
                            return "names: array expected";
                        for (let i = 0; i < message.names.length; ++i)
                            if (!$util.isString(message.names[i]))
                                return "names: string[] expected";
                    }
                    return null;
                };

                /**
                 * Creates an AttrDeleteReq message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrDeleteReq} AttrDeleteReq
                 */
                AttrDeleteReq.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrDeleteReq)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrDeleteReq: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.AttrDeleteReq();
                    if (object.names) {
                        if (!$Array.isArray(object.names))
                            throw $TypeError(".daos.rsvc.v1.AttrDeleteReq.names: array expected");
                        message.names = $Array(object.names.length);
                        for (let i = 0; i < object.names.length; ++i)
                            message.names[i] = $String(object.names[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an AttrDeleteReq message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteReq} message AttrDeleteReq
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrDeleteReq.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.names = [];
                    if (message.names && message.names.length) {
                        object.names = $Array(message.names.length);
                        for (let j = 0; j < message.names.length; ++j)
                            object.names[j] = message.names[j];
                    }
                    return object;
                };

                /**
                 * Converts this AttrDeleteReq to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrDeleteReq.prototype.toJSON = function() {
                    return AttrDeleteReq.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrDeleteReq
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrDeleteReq
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrDeleteReq.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrDeleteReq";
                };

                return AttrDeleteReq;
            })();

            v1.AttrDeleteRep = (function() {

                /**
                 * Properties of an AttrDeleteRep.
                 * @typedef {Object} daos.rsvc.v1.AttrDeleteRep.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AttrDeleteRep.
                 * @memberof daos.rsvc.v1
                 * @interface IAttrDeleteRep
                 * @augments daos.rsvc.v1.AttrDeleteRep.$Properties
                 * @deprecated Use daos.rsvc.v1.AttrDeleteRep.$Properties instead.
                 */

                /**
                 * Shape of an AttrDeleteRep.
                 * @typedef {daos.rsvc.v1.AttrDeleteRep.$Properties} daos.rsvc.v1.AttrDeleteRep.$Shape
                 */

                /**
                 * Constructs a new AttrDeleteRep.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents an AttrDeleteRep.
                 * @constructor
                 * @param {daos.rsvc.v1.AttrDeleteRep.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AttrDeleteRep = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new AttrDeleteRep instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteRep.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.AttrDeleteRep} AttrDeleteRep instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.AttrDeleteRep.$Shape): daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape;
                 *   (properties?: daos.rsvc.v1.AttrDeleteRep.$Properties): daos.rsvc.v1.AttrDeleteRep;
                 * }}
                 */
                AttrDeleteRep.create = function(properties) {
                    return new AttrDeleteRep(properties);
                };

                /**
                 * Encodes the specified AttrDeleteRep message. Does not implicitly {@link daos.rsvc.v1.AttrDeleteRep.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteRep.$Properties} message AttrDeleteRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrDeleteRep.encode = function (message, writer, _depth) {
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
                 * Encodes the specified AttrDeleteRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrDeleteRep.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteRep.$Properties} message AttrDeleteRep message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttrDeleteRep.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrDeleteRep.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.AttrDeleteRep();
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

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttrDeleteRep.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies an AttrDeleteRep message.
                 * @function verify
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                AttrDeleteRep.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    return null;
                };

                /**
                 * Creates an AttrDeleteRep message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.AttrDeleteRep} AttrDeleteRep
                 */
                AttrDeleteRep.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.AttrDeleteRep)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.AttrDeleteRep: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.daos.rsvc.v1.AttrDeleteRep();
                };

                /**
                 * Creates a plain object from an AttrDeleteRep message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {daos.rsvc.v1.AttrDeleteRep} message AttrDeleteRep
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AttrDeleteRep.toObject = function () {
                    return {};
                };

                /**
                 * Converts this AttrDeleteRep to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AttrDeleteRep.prototype.toJSON = function() {
                    return AttrDeleteRep.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AttrDeleteRep
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.AttrDeleteRep
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AttrDeleteRep.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.AttrDeleteRep";
                };

                return AttrDeleteRep;
            })();

            v1.StoredReply = (function() {

                /**
                 * Properties of a StoredReply.
                 * @typedef {Object} daos.rsvc.v1.StoredReply.$Properties
                 * @property {number|null} [code] StoredReply code
                 * @property {string|null} [message] StoredReply message
                 * @property {Uint8Array|null} [body] StoredReply body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StoredReply.
                 * @memberof daos.rsvc.v1
                 * @interface IStoredReply
                 * @augments daos.rsvc.v1.StoredReply.$Properties
                 * @deprecated Use daos.rsvc.v1.StoredReply.$Properties instead.
                 */

                /**
                 * Shape of a StoredReply.
                 * @typedef {daos.rsvc.v1.StoredReply.$Properties} daos.rsvc.v1.StoredReply.$Shape
                 */

                /**
                 * Constructs a new StoredReply.
                 * @memberof daos.rsvc.v1
                 * @classdesc Represents a StoredReply.
                 * @constructor
                 * @param {daos.rsvc.v1.StoredReply.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StoredReply = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StoredReply code.
                 * @member {number} code
                 * @memberof daos.rsvc.v1.StoredReply
                 * @instance
                 */
                StoredReply.prototype.code = 0;

                /**
                 * StoredReply message.
                 * @member {string} message
                 * @memberof daos.rsvc.v1.StoredReply
                 * @instance
                 */
                StoredReply.prototype.message = "";

                /**
                 * StoredReply body.
                 * @member {Uint8Array} body
                 * @memberof daos.rsvc.v1.StoredReply
                 * @instance
                 */
                StoredReply.prototype.body = $util.newBuffer([]);

                /**
                 * Creates a new StoredReply instance using the specified properties.
                 * @function create
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {daos.rsvc.v1.StoredReply.$Properties=} [properties] Properties to set
                 * @returns {daos.rsvc.v1.StoredReply} StoredReply instance
                 * @type {{
                 *   (properties: daos.rsvc.v1.StoredReply.$Shape): daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape;
                 *   (properties?: daos.rsvc.v1.StoredReply.$Properties): daos.rsvc.v1.StoredReply;
                 * }}
                 */
                StoredReply.create = function(properties) {
                    return new StoredReply(properties);
                };

                /**
                 * Encodes the specified StoredReply message. Does not implicitly {@link daos.rsvc.v1.StoredReply.verify|verify} messages.
                 * @function encode
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {daos.rsvc.v1.StoredReply.$Properties} message StoredReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredReply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Encodes the specified StoredReply message, length delimited. Does not implicitly {@link daos.rsvc.v1.StoredReply.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {daos.rsvc.v1.StoredReply.$Properties} message StoredReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StoredReply.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a StoredReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape} StoredReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredReply.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.daos.rsvc.v1.StoredReply();
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.body = value;
                                else
                                    delete message.body;
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
                 * Decodes a StoredReply message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape} StoredReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StoredReply.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Verifies a StoredReply message.
                 * @function verify
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {Object.<string,*>} message Plain object to verify
                 * @returns {string|null} `null` if valid, otherwise the reason why it is not
                 */
                StoredReply.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        if (!$util.isInteger(message.code))
                            return "code: integer expected";
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        if (!$util.isString(message.message))
                            return "message: string expected";
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                            return "body: buffer expected";
                    return null;
                };

                /**
                 * Creates a StoredReply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {daos.rsvc.v1.StoredReply} StoredReply
                 */
                StoredReply.fromObject = function (object, _depth) {
                    if (object instanceof $root.daos.rsvc.v1.StoredReply)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".daos.rsvc.v1.StoredReply: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.daos.rsvc.v1.StoredReply();
                    if (object.code != null)
                        if ($Number(object.code) !== 0)
                            message.code = object.code | 0;
                    if (object.message != null)
                        if (typeof object.message !== "string" || object.message.length)
                            message.message = $String(object.message);
                    if (object.body != null)
                        if (object.body.length)
                            if (typeof object.body === "string")
                                $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                            else if (object.body.length >= 0)
                                message.body = object.body;
                    return message;
                };

                /**
                 * Creates a plain object from a StoredReply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {daos.rsvc.v1.StoredReply} message StoredReply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                StoredReply.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.code = 0;
                        object.message = "";
                        if (options.bytes === $String)
                            object.body = "";
                        else {
                            object.body = [];
                            if (options.bytes !== $Array)
                                object.body = $util.newBuffer(object.body);
                        }
                    }
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                        object.code = message.code;
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        object.message = message.message;
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                        object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                    return object;
                };

                /**
                 * Converts this StoredReply to JSON.
                 * @function toJSON
                 * @memberof daos.rsvc.v1.StoredReply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                StoredReply.prototype.toJSON = function() {
                    return StoredReply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for StoredReply
                 * @function getTypeUrl
                 * @memberof daos.rsvc.v1.StoredReply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                StoredReply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/daos.rsvc.v1.StoredReply";
                };

                return StoredReply;
            })();

            return v1;
        })();

        return rsvc;
    })();

    daos.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof daos
         * @namespace
         */
        const v1 = {};

        v1.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} daos.v1.Status.$Properties
             * @property {number|null} [code] Status code
             * @property {string|null} [message] Status message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof daos.v1
             * @interface IStatus
             * @augments daos.v1.Status.$Properties
             * @deprecated Use daos.v1.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {daos.v1.Status.$Properties} daos.v1.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof daos.v1
             * @classdesc Represents a Status.
             * @constructor
             * @param {daos.v1.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status code.
             * @member {number} code
             * @memberof daos.v1.Status
             * @instance
             */
            Status.prototype.code = 0;

            /**
             * Status message.
             * @member {string} message
             * @memberof daos.v1.Status
             * @instance
             */
            Status.prototype.message = "";

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof daos.v1.Status
             * @static
             * @param {daos.v1.Status.$Properties=} [properties] Properties to set
             * @returns {daos.v1.Status} Status instance
             * @type {{
             *   (properties: daos.v1.Status.$Shape): daos.v1.Status & daos.v1.Status.$Shape;
             *   (properties?: daos.v1.Status.$Properties): daos.v1.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link daos.v1.Status.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.Status
             * @static
             * @param {daos.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link daos.v1.Status.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.Status
             * @static
             * @param {daos.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.Status & daos.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.daos.v1.Status();
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
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.Status & daos.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Status message.
             * @function verify
             * @memberof daos.v1.Status
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Status.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.Status} Status
             */
            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.Status
             * @static
             * @param {daos.v1.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof daos.v1.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Status
             * @function getTypeUrl
             * @memberof daos.v1.Status
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.Status";
            };

            return Status;
        })();

        v1.LeaderHint = (function() {

            /**
             * Properties of a LeaderHint.
             * @typedef {Object} daos.v1.LeaderHint.$Properties
             * @property {number|null} [rank] LeaderHint rank
             * @property {number|null} [term] LeaderHint term
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaderHint.
             * @memberof daos.v1
             * @interface ILeaderHint
             * @augments daos.v1.LeaderHint.$Properties
             * @deprecated Use daos.v1.LeaderHint.$Properties instead.
             */

            /**
             * Shape of a LeaderHint.
             * @typedef {daos.v1.LeaderHint.$Properties} daos.v1.LeaderHint.$Shape
             */

            /**
             * Constructs a new LeaderHint.
             * @memberof daos.v1
             * @classdesc Represents a LeaderHint.
             * @constructor
             * @param {daos.v1.LeaderHint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaderHint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaderHint rank.
             * @member {number} rank
             * @memberof daos.v1.LeaderHint
             * @instance
             */
            LeaderHint.prototype.rank = 0;

            /**
             * LeaderHint term.
             * @member {number} term
             * @memberof daos.v1.LeaderHint
             * @instance
             */
            LeaderHint.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LeaderHint instance using the specified properties.
             * @function create
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {daos.v1.LeaderHint.$Properties=} [properties] Properties to set
             * @returns {daos.v1.LeaderHint} LeaderHint instance
             * @type {{
             *   (properties: daos.v1.LeaderHint.$Shape): daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape;
             *   (properties?: daos.v1.LeaderHint.$Properties): daos.v1.LeaderHint;
             * }}
             */
            LeaderHint.create = function(properties) {
                return new LeaderHint(properties);
            };

            /**
             * Encodes the specified LeaderHint message. Does not implicitly {@link daos.v1.LeaderHint.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {daos.v1.LeaderHint.$Properties} message LeaderHint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaderHint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank") && message.rank !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rank);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LeaderHint message, length delimited. Does not implicitly {@link daos.v1.LeaderHint.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {daos.v1.LeaderHint.$Properties} message LeaderHint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaderHint.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LeaderHint message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape} LeaderHint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaderHint.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.daos.v1.LeaderHint();
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
                                message.rank = value;
                            else
                                delete message.rank;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
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
             * Decodes a LeaderHint message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape} LeaderHint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaderHint.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LeaderHint message.
             * @function verify
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaderHint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                    if (!$util.isInteger(message.rank))
                        return "rank: integer expected";
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                        return "term: integer|Long expected";
                return null;
            };

            /**
             * Creates a LeaderHint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.LeaderHint} LeaderHint
             */
            LeaderHint.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.LeaderHint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.LeaderHint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.LeaderHint();
                if (object.rank != null)
                    if ($Number(object.rank) !== 0)
                        message.rank = object.rank >>> 0;
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LeaderHint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {daos.v1.LeaderHint} message LeaderHint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaderHint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.rank = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                    object.rank = message.rank;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                return object;
            };

            /**
             * Converts this LeaderHint to JSON.
             * @function toJSON
             * @memberof daos.v1.LeaderHint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaderHint.prototype.toJSON = function() {
                return LeaderHint.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LeaderHint
             * @function getTypeUrl
             * @memberof daos.v1.LeaderHint
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LeaderHint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.LeaderHint";
            };

            return LeaderHint;
        })();

        v1.TraceContext = (function() {

            /**
             * Properties of a TraceContext.
             * @typedef {Object} daos.v1.TraceContext.$Properties
             * @property {string|null} [traceparent] TraceContext traceparent
             * @property {string|null} [tracestate] TraceContext tracestate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TraceContext.
             * @memberof daos.v1
             * @interface ITraceContext
             * @augments daos.v1.TraceContext.$Properties
             * @deprecated Use daos.v1.TraceContext.$Properties instead.
             */

            /**
             * Shape of a TraceContext.
             * @typedef {daos.v1.TraceContext.$Properties} daos.v1.TraceContext.$Shape
             */

            /**
             * Constructs a new TraceContext.
             * @memberof daos.v1
             * @classdesc Represents a TraceContext.
             * @constructor
             * @param {daos.v1.TraceContext.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TraceContext = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TraceContext traceparent.
             * @member {string} traceparent
             * @memberof daos.v1.TraceContext
             * @instance
             */
            TraceContext.prototype.traceparent = "";

            /**
             * TraceContext tracestate.
             * @member {string} tracestate
             * @memberof daos.v1.TraceContext
             * @instance
             */
            TraceContext.prototype.tracestate = "";

            /**
             * Creates a new TraceContext instance using the specified properties.
             * @function create
             * @memberof daos.v1.TraceContext
             * @static
             * @param {daos.v1.TraceContext.$Properties=} [properties] Properties to set
             * @returns {daos.v1.TraceContext} TraceContext instance
             * @type {{
             *   (properties: daos.v1.TraceContext.$Shape): daos.v1.TraceContext & daos.v1.TraceContext.$Shape;
             *   (properties?: daos.v1.TraceContext.$Properties): daos.v1.TraceContext;
             * }}
             */
            TraceContext.create = function(properties) {
                return new TraceContext(properties);
            };

            /**
             * Encodes the specified TraceContext message. Does not implicitly {@link daos.v1.TraceContext.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.TraceContext
             * @static
             * @param {daos.v1.TraceContext.$Properties} message TraceContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceContext.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent") && message.traceparent !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.traceparent);
                if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate") && message.tracestate !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tracestate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TraceContext message, length delimited. Does not implicitly {@link daos.v1.TraceContext.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.TraceContext
             * @static
             * @param {daos.v1.TraceContext.$Properties} message TraceContext message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TraceContext.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TraceContext message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.TraceContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.TraceContext & daos.v1.TraceContext.$Shape} TraceContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceContext.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.daos.v1.TraceContext();
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
                                message.traceparent = value;
                            else
                                delete message.traceparent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tracestate = value;
                            else
                                delete message.tracestate;
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
             * Decodes a TraceContext message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.TraceContext
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.TraceContext & daos.v1.TraceContext.$Shape} TraceContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TraceContext.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TraceContext message.
             * @function verify
             * @memberof daos.v1.TraceContext
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TraceContext.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent"))
                    if (!$util.isString(message.traceparent))
                        return "traceparent: string expected";
                if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate"))
                    if (!$util.isString(message.tracestate))
                        return "tracestate: string expected";
                return null;
            };

            /**
             * Creates a TraceContext message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.TraceContext
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.TraceContext} TraceContext
             */
            TraceContext.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.TraceContext)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.TraceContext: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.TraceContext();
                if (object.traceparent != null)
                    if (typeof object.traceparent !== "string" || object.traceparent.length)
                        message.traceparent = $String(object.traceparent);
                if (object.tracestate != null)
                    if (typeof object.tracestate !== "string" || object.tracestate.length)
                        message.tracestate = $String(object.tracestate);
                return message;
            };

            /**
             * Creates a plain object from a TraceContext message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.TraceContext
             * @static
             * @param {daos.v1.TraceContext} message TraceContext
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TraceContext.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.traceparent = "";
                    object.tracestate = "";
                }
                if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent"))
                    object.traceparent = message.traceparent;
                if (message.tracestate != null && $Object.hasOwnProperty.call(message, "tracestate"))
                    object.tracestate = message.tracestate;
                return object;
            };

            /**
             * Converts this TraceContext to JSON.
             * @function toJSON
             * @memberof daos.v1.TraceContext
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TraceContext.prototype.toJSON = function() {
                return TraceContext.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TraceContext
             * @function getTypeUrl
             * @memberof daos.v1.TraceContext
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TraceContext.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.TraceContext";
            };

            return TraceContext;
        })();

        v1.RequestMeta = (function() {

            /**
             * Properties of a RequestMeta.
             * @typedef {Object} daos.v1.RequestMeta.$Properties
             * @property {Uint8Array|null} [clientId] RequestMeta clientId
             * @property {number|null} [clientTimeUs] RequestMeta clientTimeUs
             * @property {number|null} [deadlineRemainingMs] RequestMeta deadlineRemainingMs
             * @property {string|null} [operation] RequestMeta operation
             * @property {daos.v1.TraceContext.$Properties|null} [trace] RequestMeta trace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestMeta.
             * @memberof daos.v1
             * @interface IRequestMeta
             * @augments daos.v1.RequestMeta.$Properties
             * @deprecated Use daos.v1.RequestMeta.$Properties instead.
             */

            /**
             * Shape of a RequestMeta.
             * @typedef {daos.v1.RequestMeta.$Properties} daos.v1.RequestMeta.$Shape
             */

            /**
             * Constructs a new RequestMeta.
             * @memberof daos.v1
             * @classdesc Represents a RequestMeta.
             * @constructor
             * @param {daos.v1.RequestMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestMeta clientId.
             * @member {Uint8Array} clientId
             * @memberof daos.v1.RequestMeta
             * @instance
             */
            RequestMeta.prototype.clientId = $util.newBuffer([]);

            /**
             * RequestMeta clientTimeUs.
             * @member {number} clientTimeUs
             * @memberof daos.v1.RequestMeta
             * @instance
             */
            RequestMeta.prototype.clientTimeUs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestMeta deadlineRemainingMs.
             * @member {number} deadlineRemainingMs
             * @memberof daos.v1.RequestMeta
             * @instance
             */
            RequestMeta.prototype.deadlineRemainingMs = 0;

            /**
             * RequestMeta operation.
             * @member {string} operation
             * @memberof daos.v1.RequestMeta
             * @instance
             */
            RequestMeta.prototype.operation = "";

            /**
             * RequestMeta trace.
             * @member {daos.v1.TraceContext.$Properties|null|undefined} trace
             * @memberof daos.v1.RequestMeta
             * @instance
             */
            RequestMeta.prototype.trace = null;

            /**
             * Creates a new RequestMeta instance using the specified properties.
             * @function create
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {daos.v1.RequestMeta.$Properties=} [properties] Properties to set
             * @returns {daos.v1.RequestMeta} RequestMeta instance
             * @type {{
             *   (properties: daos.v1.RequestMeta.$Shape): daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape;
             *   (properties?: daos.v1.RequestMeta.$Properties): daos.v1.RequestMeta;
             * }}
             */
            RequestMeta.create = function(properties) {
                return new RequestMeta(properties);
            };

            /**
             * Encodes the specified RequestMeta message. Does not implicitly {@link daos.v1.RequestMeta.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {daos.v1.RequestMeta.$Properties} message RequestMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clientId);
                if (message.clientTimeUs != null && $Object.hasOwnProperty.call(message, "clientTimeUs") && (typeof message.clientTimeUs === "object" ? message.clientTimeUs.low || message.clientTimeUs.high : message.clientTimeUs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.clientTimeUs);
                if (message.deadlineRemainingMs != null && $Object.hasOwnProperty.call(message, "deadlineRemainingMs") && message.deadlineRemainingMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.deadlineRemainingMs);
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation") && message.operation !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.operation);
                if (message.trace != null && $Object.hasOwnProperty.call(message, "trace"))
                    $root.daos.v1.TraceContext.encode(message.trace, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RequestMeta message, length delimited. Does not implicitly {@link daos.v1.RequestMeta.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {daos.v1.RequestMeta.$Properties} message RequestMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestMeta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequestMeta message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape} RequestMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestMeta.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.daos.v1.RequestMeta();
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
                            if ((value = reader.bytes()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.clientTimeUs = value;
                            else
                                delete message.clientTimeUs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineRemainingMs = value;
                            else
                                delete message.deadlineRemainingMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operation = value;
                            else
                                delete message.operation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.trace = $root.daos.v1.TraceContext.decode(reader, reader.size(), $undefined, _depth + 1, message.trace);
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
             * Decodes a RequestMeta message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape} RequestMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestMeta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequestMeta message.
             * @function verify
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestMeta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    if (!(message.clientId && typeof message.clientId.length === "number" || $util.isString(message.clientId)))
                        return "clientId: buffer expected";
                if (message.clientTimeUs != null && $Object.hasOwnProperty.call(message, "clientTimeUs"))
                    if (!$util.isInteger(message.clientTimeUs) && !(message.clientTimeUs && $util.isInteger(message.clientTimeUs.low) && $util.isInteger(message.clientTimeUs.high)))
                        return "clientTimeUs: integer|Long expected";
                if (message.deadlineRemainingMs != null && $Object.hasOwnProperty.call(message, "deadlineRemainingMs"))
                    if (!$util.isInteger(message.deadlineRemainingMs))
                        return "deadlineRemainingMs: integer expected";
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    if (!$util.isString(message.operation))
                        return "operation: string expected";
                if (message.trace != null && $Object.hasOwnProperty.call(message, "trace")) {
                    let error = $root.daos.v1.TraceContext.verify(message.trace, _depth + 1);
                    if (error)
                        return "trace." + error;
                }
                return null;
            };

            /**
             * Creates a RequestMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.RequestMeta} RequestMeta
             */
            RequestMeta.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.RequestMeta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.RequestMeta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.RequestMeta();
                if (object.clientId != null)
                    if (object.clientId.length)
                        if (typeof object.clientId === "string")
                            $util.base64.decode(object.clientId, message.clientId = $util.newBuffer($util.base64.length(object.clientId)), 0);
                        else if (object.clientId.length >= 0)
                            message.clientId = object.clientId;
                if (object.clientTimeUs != null)
                    if (typeof object.clientTimeUs === "object" ? object.clientTimeUs.low || object.clientTimeUs.high : $Number(object.clientTimeUs) !== 0)
                        if ($util.Long)
                            message.clientTimeUs = $util.Long.fromValue(object.clientTimeUs, true);
                        else if (typeof object.clientTimeUs === "string")
                            message.clientTimeUs = $parseInt(object.clientTimeUs, 10);
                        else if (typeof object.clientTimeUs === "number")
                            message.clientTimeUs = object.clientTimeUs;
                        else if (typeof object.clientTimeUs === "object")
                            message.clientTimeUs = new $util.LongBits(object.clientTimeUs.low >>> 0, object.clientTimeUs.high >>> 0).toNumber(true);
                if (object.deadlineRemainingMs != null)
                    if ($Number(object.deadlineRemainingMs) !== 0)
                        message.deadlineRemainingMs = object.deadlineRemainingMs >>> 0;
                if (object.operation != null)
                    if (typeof object.operation !== "string" || object.operation.length)
                        message.operation = $String(object.operation);
                if (object.trace != null) {
                    if (!$util.isObject(object.trace))
                        throw $TypeError(".daos.v1.RequestMeta.trace: object expected");
                    message.trace = $root.daos.v1.TraceContext.fromObject(object.trace, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RequestMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {daos.v1.RequestMeta} message RequestMeta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestMeta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.clientId = "";
                    else {
                        object.clientId = [];
                        if (options.bytes !== $Array)
                            object.clientId = $util.newBuffer(object.clientId);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.clientTimeUs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.clientTimeUs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deadlineRemainingMs = 0;
                    object.operation = "";
                    object.trace = null;
                }
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId"))
                    object.clientId = options.bytes === $String ? $util.base64.encode(message.clientId, 0, message.clientId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.clientId) : message.clientId;
                if (message.clientTimeUs != null && $Object.hasOwnProperty.call(message, "clientTimeUs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.clientTimeUs = typeof message.clientTimeUs === "number" ? $BigInt(message.clientTimeUs) : $util.Long.fromBits(message.clientTimeUs.low >>> 0, message.clientTimeUs.high >>> 0, true).toBigInt();
                    else if (typeof message.clientTimeUs === "number")
                        object.clientTimeUs = options.longs === $String ? $String(message.clientTimeUs) : message.clientTimeUs;
                    else
                        object.clientTimeUs = options.longs === $String ? $util.Long.prototype.toString.call(message.clientTimeUs) : options.longs === $Number ? new $util.LongBits(message.clientTimeUs.low >>> 0, message.clientTimeUs.high >>> 0).toNumber(true) : message.clientTimeUs;
                if (message.deadlineRemainingMs != null && $Object.hasOwnProperty.call(message, "deadlineRemainingMs"))
                    object.deadlineRemainingMs = message.deadlineRemainingMs;
                if (message.operation != null && $Object.hasOwnProperty.call(message, "operation"))
                    object.operation = message.operation;
                if (message.trace != null && $Object.hasOwnProperty.call(message, "trace"))
                    object.trace = $root.daos.v1.TraceContext.toObject(message.trace, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RequestMeta to JSON.
             * @function toJSON
             * @memberof daos.v1.RequestMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestMeta.prototype.toJSON = function() {
                return RequestMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestMeta
             * @function getTypeUrl
             * @memberof daos.v1.RequestMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.RequestMeta";
            };

            return RequestMeta;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} daos.v1.Request.$Properties
             * @property {daos.v1.RequestMeta.$Properties|null} [meta] Request meta
             * @property {Uint8Array|null} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof daos.v1
             * @interface IRequest
             * @augments daos.v1.Request.$Properties
             * @deprecated Use daos.v1.Request.$Properties instead.
             */

            /**
             * Shape of a Request.
             * @typedef {daos.v1.Request.$Properties} daos.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof daos.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {daos.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request meta.
             * @member {daos.v1.RequestMeta.$Properties|null|undefined} meta
             * @memberof daos.v1.Request
             * @instance
             */
            Request.prototype.meta = null;

            /**
             * Request body.
             * @member {Uint8Array} body
             * @memberof daos.v1.Request
             * @instance
             */
            Request.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof daos.v1.Request
             * @static
             * @param {daos.v1.Request.$Properties=} [properties] Properties to set
             * @returns {daos.v1.Request} Request instance
             * @type {{
             *   (properties: daos.v1.Request.$Shape): daos.v1.Request & daos.v1.Request.$Shape;
             *   (properties?: daos.v1.Request.$Properties): daos.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link daos.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.Request
             * @static
             * @param {daos.v1.Request.$Properties} message Request message or plain object to encode
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
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.daos.v1.RequestMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.body);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link daos.v1.Request.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.Request
             * @static
             * @param {daos.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.Request & daos.v1.Request.$Shape} Request
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
                message = _target || new $root.daos.v1.Request();
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
                            message.meta = $root.daos.v1.RequestMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
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
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.Request & daos.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Request message.
             * @function verify
             * @memberof daos.v1.Request
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Request.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.daos.v1.RequestMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                return null;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.Request();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".daos.v1.Request.meta: object expected");
                    message.meta = $root.daos.v1.RequestMeta.fromObject(object.meta, _depth + 1);
                }
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.Request
             * @static
             * @param {daos.v1.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.daos.v1.RequestMeta.toObject(message.meta, options, _depth + 1);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof daos.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof daos.v1.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.Request";
            };

            return Request;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} daos.v1.Reply.$Properties
             * @property {daos.v1.Status.$Properties|null} [status] Reply status
             * @property {daos.v1.LeaderHint.$Properties|null} [hint] Reply hint
             * @property {Uint8Array|null} [body] Reply body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof daos.v1
             * @interface IReply
             * @augments daos.v1.Reply.$Properties
             * @deprecated Use daos.v1.Reply.$Properties instead.
             */

            /**
             * Shape of a Reply.
             * @typedef {daos.v1.Reply.$Properties} daos.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof daos.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {daos.v1.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply status.
             * @member {daos.v1.Status.$Properties|null|undefined} status
             * @memberof daos.v1.Reply
             * @instance
             */
            Reply.prototype.status = null;

            /**
             * Reply hint.
             * @member {daos.v1.LeaderHint.$Properties|null|undefined} hint
             * @memberof daos.v1.Reply
             * @instance
             */
            Reply.prototype.hint = null;

            /**
             * Reply body.
             * @member {Uint8Array} body
             * @memberof daos.v1.Reply
             * @instance
             */
            Reply.prototype.body = $util.newBuffer([]);

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof daos.v1.Reply
             * @static
             * @param {daos.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {daos.v1.Reply} Reply instance
             * @type {{
             *   (properties: daos.v1.Reply.$Shape): daos.v1.Reply & daos.v1.Reply.$Shape;
             *   (properties?: daos.v1.Reply.$Properties): daos.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link daos.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof daos.v1.Reply
             * @static
             * @param {daos.v1.Reply.$Properties} message Reply message or plain object to encode
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
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    $root.daos.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.hint != null && $Object.hasOwnProperty.call(message, "hint"))
                    $root.daos.v1.LeaderHint.encode(message.hint, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.body);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link daos.v1.Reply.verify|verify} messages.
             * @function encodeDelimited
             * @memberof daos.v1.Reply
             * @static
             * @param {daos.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof daos.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {daos.v1.Reply & daos.v1.Reply.$Shape} Reply
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
                message = _target || new $root.daos.v1.Reply();
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
                            message.status = $root.daos.v1.Status.decode(reader, reader.size(), $undefined, _depth + 1, message.status);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.hint = $root.daos.v1.LeaderHint.decode(reader, reader.size(), $undefined, _depth + 1, message.hint);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
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
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof daos.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {daos.v1.Reply & daos.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof daos.v1.Reply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    let error = $root.daos.v1.Status.verify(message.status, _depth + 1);
                    if (error)
                        return "status." + error;
                }
                if (message.hint != null && $Object.hasOwnProperty.call(message, "hint")) {
                    let error = $root.daos.v1.LeaderHint.verify(message.hint, _depth + 1);
                    if (error)
                        return "hint." + error;
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof daos.v1.Reply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {daos.v1.Reply} Reply
             */
            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.daos.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".daos.v1.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.daos.v1.Reply();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw $TypeError(".daos.v1.Reply.status: object expected");
                    message.status = $root.daos.v1.Status.fromObject(object.status, _depth + 1);
                }
                if (object.hint != null) {
                    if (!$util.isObject(object.hint))
                        throw $TypeError(".daos.v1.Reply.hint: object expected");
                    message.hint = $root.daos.v1.LeaderHint.fromObject(object.hint, _depth + 1);
                }
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                return message;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof daos.v1.Reply
             * @static
             * @param {daos.v1.Reply} message Reply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.status = null;
                    object.hint = null;
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.daos.v1.Status.toObject(message.status, options, _depth + 1);
                if (message.hint != null && $Object.hasOwnProperty.call(message, "hint"))
                    object.hint = $root.daos.v1.LeaderHint.toObject(message.hint, options, _depth + 1);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                return object;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof daos.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof daos.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/daos.v1.Reply";
            };

            return Reply;
        })();

        return v1;
    })();

    return daos;
})();

export {
  $root as default
};
