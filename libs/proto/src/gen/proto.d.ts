import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace daos. */
export namespace daos {

    /** Namespace kv. */
    namespace kv {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a PutReq.
             * @deprecated Use daos.kv.v1.PutReq.$Properties instead.
             */
            interface IPutReq extends daos.kv.v1.PutReq.$Properties {
            }

            /** Represents a PutReq. */
            class PutReq {

                /**
                 * Constructs a new PutReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.PutReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutReq key. */
                key: Uint8Array;

                /** PutReq value. */
                value: Uint8Array;

                /**
                 * Creates a new PutReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PutReq instance
                 */
                static create(properties: daos.kv.v1.PutReq.$Shape): daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape;
                static create(properties?: daos.kv.v1.PutReq.$Properties): daos.kv.v1.PutReq;

                /**
                 * Encodes the specified PutReq message. Does not implicitly {@link daos.kv.v1.PutReq.verify|verify} messages.
                 * @param message PutReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.PutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PutReq message, length delimited. Does not implicitly {@link daos.kv.v1.PutReq.verify|verify} messages.
                 * @param message PutReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.PutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape} PutReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape;

                /**
                 * Decodes a PutReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape} PutReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.PutReq & daos.kv.v1.PutReq.$Shape;

                /**
                 * Verifies a PutReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutReq
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.PutReq;

                /**
                 * Creates a plain object from a PutReq message. Also converts values to other types if specified.
                 * @param message PutReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.PutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PutReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutReq {

                /** Properties of a PutReq. */
                interface $Properties {

                    /** PutReq key */
                    key?: (Uint8Array|null);

                    /** PutReq value */
                    value?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutReq. */
                type $Shape = daos.kv.v1.PutReq.$Properties;
            }

            /**
             * Properties of a PutRep.
             * @deprecated Use daos.kv.v1.PutRep.$Properties instead.
             */
            interface IPutRep extends daos.kv.v1.PutRep.$Properties {
            }

            /** Represents a PutRep. */
            class PutRep {

                /**
                 * Constructs a new PutRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.PutRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PutRep index. */
                index: number;

                /**
                 * Creates a new PutRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PutRep instance
                 */
                static create(properties: daos.kv.v1.PutRep.$Shape): daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape;
                static create(properties?: daos.kv.v1.PutRep.$Properties): daos.kv.v1.PutRep;

                /**
                 * Encodes the specified PutRep message. Does not implicitly {@link daos.kv.v1.PutRep.verify|verify} messages.
                 * @param message PutRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.PutRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PutRep message, length delimited. Does not implicitly {@link daos.kv.v1.PutRep.verify|verify} messages.
                 * @param message PutRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.PutRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PutRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape} PutRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape;

                /**
                 * Decodes a PutRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape} PutRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.PutRep & daos.kv.v1.PutRep.$Shape;

                /**
                 * Verifies a PutRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PutRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PutRep
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.PutRep;

                /**
                 * Creates a plain object from a PutRep message. Also converts values to other types if specified.
                 * @param message PutRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.PutRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PutRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PutRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PutRep {

                /** Properties of a PutRep. */
                interface $Properties {

                    /** PutRep index */
                    index?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PutRep. */
                type $Shape = daos.kv.v1.PutRep.$Properties;
            }

            /**
             * Properties of a GetReq.
             * @deprecated Use daos.kv.v1.GetReq.$Properties instead.
             */
            interface IGetReq extends daos.kv.v1.GetReq.$Properties {
            }

            /** Represents a GetReq. */
            class GetReq {

                /**
                 * Constructs a new GetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.GetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetReq key. */
                key: Uint8Array;

                /**
                 * Creates a new GetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetReq instance
                 */
                static create(properties: daos.kv.v1.GetReq.$Shape): daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape;
                static create(properties?: daos.kv.v1.GetReq.$Properties): daos.kv.v1.GetReq;

                /**
                 * Encodes the specified GetReq message. Does not implicitly {@link daos.kv.v1.GetReq.verify|verify} messages.
                 * @param message GetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.GetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetReq message, length delimited. Does not implicitly {@link daos.kv.v1.GetReq.verify|verify} messages.
                 * @param message GetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.GetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape} GetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape;

                /**
                 * Decodes a GetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape} GetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.GetReq & daos.kv.v1.GetReq.$Shape;

                /**
                 * Verifies a GetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.GetReq;

                /**
                 * Creates a plain object from a GetReq message. Also converts values to other types if specified.
                 * @param message GetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.GetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetReq {

                /** Properties of a GetReq. */
                interface $Properties {

                    /** GetReq key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetReq. */
                type $Shape = daos.kv.v1.GetReq.$Properties;
            }

            /**
             * Properties of a GetRep.
             * @deprecated Use daos.kv.v1.GetRep.$Properties instead.
             */
            interface IGetRep extends daos.kv.v1.GetRep.$Properties {
            }

            /** Represents a GetRep. */
            class GetRep {

                /**
                 * Constructs a new GetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.GetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetRep value. */
                value: Uint8Array;

                /**
                 * Creates a new GetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetRep instance
                 */
                static create(properties: daos.kv.v1.GetRep.$Shape): daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape;
                static create(properties?: daos.kv.v1.GetRep.$Properties): daos.kv.v1.GetRep;

                /**
                 * Encodes the specified GetRep message. Does not implicitly {@link daos.kv.v1.GetRep.verify|verify} messages.
                 * @param message GetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.GetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetRep message, length delimited. Does not implicitly {@link daos.kv.v1.GetRep.verify|verify} messages.
                 * @param message GetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.GetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape} GetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape;

                /**
                 * Decodes a GetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape} GetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.GetRep & daos.kv.v1.GetRep.$Shape;

                /**
                 * Verifies a GetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.GetRep;

                /**
                 * Creates a plain object from a GetRep message. Also converts values to other types if specified.
                 * @param message GetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.GetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetRep {

                /** Properties of a GetRep. */
                interface $Properties {

                    /** GetRep value */
                    value?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetRep. */
                type $Shape = daos.kv.v1.GetRep.$Properties;
            }

            /**
             * Properties of a DeleteReq.
             * @deprecated Use daos.kv.v1.DeleteReq.$Properties instead.
             */
            interface IDeleteReq extends daos.kv.v1.DeleteReq.$Properties {
            }

            /** Represents a DeleteReq. */
            class DeleteReq {

                /**
                 * Constructs a new DeleteReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.DeleteReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteReq key. */
                key: Uint8Array;

                /**
                 * Creates a new DeleteReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteReq instance
                 */
                static create(properties: daos.kv.v1.DeleteReq.$Shape): daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape;
                static create(properties?: daos.kv.v1.DeleteReq.$Properties): daos.kv.v1.DeleteReq;

                /**
                 * Encodes the specified DeleteReq message. Does not implicitly {@link daos.kv.v1.DeleteReq.verify|verify} messages.
                 * @param message DeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.DeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteReq message, length delimited. Does not implicitly {@link daos.kv.v1.DeleteReq.verify|verify} messages.
                 * @param message DeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.DeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape} DeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape;

                /**
                 * Decodes a DeleteReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape} DeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.DeleteReq & daos.kv.v1.DeleteReq.$Shape;

                /**
                 * Verifies a DeleteReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteReq
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.DeleteReq;

                /**
                 * Creates a plain object from a DeleteReq message. Also converts values to other types if specified.
                 * @param message DeleteReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.DeleteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteReq {

                /** Properties of a DeleteReq. */
                interface $Properties {

                    /** DeleteReq key */
                    key?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteReq. */
                type $Shape = daos.kv.v1.DeleteReq.$Properties;
            }

            /**
             * Properties of a DeleteRep.
             * @deprecated Use daos.kv.v1.DeleteRep.$Properties instead.
             */
            interface IDeleteRep extends daos.kv.v1.DeleteRep.$Properties {
            }

            /** Represents a DeleteRep. */
            class DeleteRep {

                /**
                 * Constructs a new DeleteRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.DeleteRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DeleteRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteRep instance
                 */
                static create(properties: daos.kv.v1.DeleteRep.$Shape): daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape;
                static create(properties?: daos.kv.v1.DeleteRep.$Properties): daos.kv.v1.DeleteRep;

                /**
                 * Encodes the specified DeleteRep message. Does not implicitly {@link daos.kv.v1.DeleteRep.verify|verify} messages.
                 * @param message DeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.DeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteRep message, length delimited. Does not implicitly {@link daos.kv.v1.DeleteRep.verify|verify} messages.
                 * @param message DeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.DeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape} DeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape;

                /**
                 * Decodes a DeleteRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape} DeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.DeleteRep & daos.kv.v1.DeleteRep.$Shape;

                /**
                 * Verifies a DeleteRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteRep
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.DeleteRep;

                /**
                 * Creates a plain object from a DeleteRep message. Also converts values to other types if specified.
                 * @param message DeleteRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.DeleteRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteRep {

                /** Properties of a DeleteRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteRep. */
                type $Shape = daos.kv.v1.DeleteRep.$Properties;
            }

            /**
             * Properties of a BootstrapArg.
             * @deprecated Use daos.kv.v1.BootstrapArg.$Properties instead.
             */
            interface IBootstrapArg extends daos.kv.v1.BootstrapArg.$Properties {
            }

            /** Represents a BootstrapArg. */
            class BootstrapArg {

                /**
                 * Constructs a new BootstrapArg.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.kv.v1.BootstrapArg.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BootstrapArg label. */
                label: string;

                /**
                 * Creates a new BootstrapArg instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BootstrapArg instance
                 */
                static create(properties: daos.kv.v1.BootstrapArg.$Shape): daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape;
                static create(properties?: daos.kv.v1.BootstrapArg.$Properties): daos.kv.v1.BootstrapArg;

                /**
                 * Encodes the specified BootstrapArg message. Does not implicitly {@link daos.kv.v1.BootstrapArg.verify|verify} messages.
                 * @param message BootstrapArg message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.kv.v1.BootstrapArg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BootstrapArg message, length delimited. Does not implicitly {@link daos.kv.v1.BootstrapArg.verify|verify} messages.
                 * @param message BootstrapArg message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.kv.v1.BootstrapArg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BootstrapArg message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape} BootstrapArg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape;

                /**
                 * Decodes a BootstrapArg message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape} BootstrapArg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.kv.v1.BootstrapArg & daos.kv.v1.BootstrapArg.$Shape;

                /**
                 * Verifies a BootstrapArg message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BootstrapArg message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BootstrapArg
                 */
                static fromObject(object: { [k: string]: any }): daos.kv.v1.BootstrapArg;

                /**
                 * Creates a plain object from a BootstrapArg message. Also converts values to other types if specified.
                 * @param message BootstrapArg
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.kv.v1.BootstrapArg, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BootstrapArg to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for BootstrapArg
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace BootstrapArg {

                /** Properties of a BootstrapArg. */
                interface $Properties {

                    /** BootstrapArg label */
                    label?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BootstrapArg. */
                type $Shape = daos.kv.v1.BootstrapArg.$Properties;
            }
        }
    }

    /** Namespace raft. */
    namespace raft {

        /** Namespace v1. */
        namespace v1 {

            /** EntryType enum. */
            enum EntryType {

                /** ENTRY_TYPE_NORMAL value */
                ENTRY_TYPE_NORMAL = 0,

                /** ENTRY_TYPE_CONF_CHANGE value */
                ENTRY_TYPE_CONF_CHANGE = 1
            }

            /**
             * Properties of an Entry.
             * @deprecated Use daos.raft.v1.Entry.$Properties instead.
             */
            interface IEntry extends daos.raft.v1.Entry.$Properties {
            }

            /** Represents an Entry. */
            class Entry {

                /**
                 * Constructs a new Entry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.Entry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Entry term. */
                term: number;

                /** Entry index. */
                index: number;

                /** Entry type. */
                type: daos.raft.v1.EntryType;

                /** Entry data. */
                data: Uint8Array;

                /**
                 * Creates a new Entry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Entry instance
                 */
                static create(properties: daos.raft.v1.Entry.$Shape): daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape;
                static create(properties?: daos.raft.v1.Entry.$Properties): daos.raft.v1.Entry;

                /**
                 * Encodes the specified Entry message. Does not implicitly {@link daos.raft.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Entry message, length delimited. Does not implicitly {@link daos.raft.v1.Entry.verify|verify} messages.
                 * @param message Entry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Entry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape;

                /**
                 * Decodes an Entry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape} Entry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.Entry & daos.raft.v1.Entry.$Shape;

                /**
                 * Verifies an Entry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an Entry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Entry
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.Entry;

                /**
                 * Creates a plain object from an Entry message. Also converts values to other types if specified.
                 * @param message Entry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Entry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Entry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Entry {

                /** Properties of an Entry. */
                interface $Properties {

                    /** Entry term */
                    term?: (number|null);

                    /** Entry index */
                    index?: (number|null);

                    /** Entry type */
                    type?: (daos.raft.v1.EntryType|null);

                    /** Entry data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Entry. */
                type $Shape = daos.raft.v1.Entry.$Properties;
            }

            /**
             * Properties of a HardState.
             * @deprecated Use daos.raft.v1.HardState.$Properties instead.
             */
            interface IHardState extends daos.raft.v1.HardState.$Properties {
            }

            /** Represents a HardState. */
            class HardState {

                /**
                 * Constructs a new HardState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.HardState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HardState term. */
                term: number;

                /** HardState vote. */
                vote: number;

                /** HardState commit. */
                commit: number;

                /**
                 * Creates a new HardState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HardState instance
                 */
                static create(properties: daos.raft.v1.HardState.$Shape): daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape;
                static create(properties?: daos.raft.v1.HardState.$Properties): daos.raft.v1.HardState;

                /**
                 * Encodes the specified HardState message. Does not implicitly {@link daos.raft.v1.HardState.verify|verify} messages.
                 * @param message HardState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HardState message, length delimited. Does not implicitly {@link daos.raft.v1.HardState.verify|verify} messages.
                 * @param message HardState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HardState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape;

                /**
                 * Decodes a HardState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape} HardState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.HardState & daos.raft.v1.HardState.$Shape;

                /**
                 * Verifies a HardState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HardState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HardState
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.HardState;

                /**
                 * Creates a plain object from a HardState message. Also converts values to other types if specified.
                 * @param message HardState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.HardState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HardState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HardState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HardState {

                /** Properties of a HardState. */
                interface $Properties {

                    /** HardState term */
                    term?: (number|null);

                    /** HardState vote */
                    vote?: (number|null);

                    /** HardState commit */
                    commit?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HardState. */
                type $Shape = daos.raft.v1.HardState.$Properties;
            }

            /**
             * Properties of a ConfState.
             * @deprecated Use daos.raft.v1.ConfState.$Properties instead.
             */
            interface IConfState extends daos.raft.v1.ConfState.$Properties {
            }

            /** Represents a ConfState. */
            class ConfState {

                /**
                 * Constructs a new ConfState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.ConfState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfState voters. */
                voters: number[];

                /** ConfState learners. */
                learners: number[];

                /** ConfState votersOutgoing. */
                votersOutgoing: number[];

                /** ConfState learnersNext. */
                learnersNext: number[];

                /** ConfState autoLeave. */
                autoLeave: boolean;

                /**
                 * Creates a new ConfState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfState instance
                 */
                static create(properties: daos.raft.v1.ConfState.$Shape): daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape;
                static create(properties?: daos.raft.v1.ConfState.$Properties): daos.raft.v1.ConfState;

                /**
                 * Encodes the specified ConfState message. Does not implicitly {@link daos.raft.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfState message, length delimited. Does not implicitly {@link daos.raft.v1.ConfState.verify|verify} messages.
                 * @param message ConfState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape;

                /**
                 * Decodes a ConfState message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape} ConfState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.ConfState & daos.raft.v1.ConfState.$Shape;

                /**
                 * Verifies a ConfState message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfState
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.ConfState;

                /**
                 * Creates a plain object from a ConfState message. Also converts values to other types if specified.
                 * @param message ConfState
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfState to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfState
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfState {

                /** Properties of a ConfState. */
                interface $Properties {

                    /** ConfState voters */
                    voters?: (number[]|null);

                    /** ConfState learners */
                    learners?: (number[]|null);

                    /** ConfState votersOutgoing */
                    votersOutgoing?: (number[]|null);

                    /** ConfState learnersNext */
                    learnersNext?: (number[]|null);

                    /** ConfState autoLeave */
                    autoLeave?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfState. */
                type $Shape = daos.raft.v1.ConfState.$Properties;
            }

            /**
             * Properties of a SnapshotMeta.
             * @deprecated Use daos.raft.v1.SnapshotMeta.$Properties instead.
             */
            interface ISnapshotMeta extends daos.raft.v1.SnapshotMeta.$Properties {
            }

            /** Represents a SnapshotMeta. */
            class SnapshotMeta {

                /**
                 * Constructs a new SnapshotMeta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.SnapshotMeta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotMeta index. */
                index: number;

                /** SnapshotMeta term. */
                term: number;

                /** SnapshotMeta confState. */
                confState?: (daos.raft.v1.ConfState.$Properties|null);

                /**
                 * Creates a new SnapshotMeta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotMeta instance
                 */
                static create(properties: daos.raft.v1.SnapshotMeta.$Shape): daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape;
                static create(properties?: daos.raft.v1.SnapshotMeta.$Properties): daos.raft.v1.SnapshotMeta;

                /**
                 * Encodes the specified SnapshotMeta message. Does not implicitly {@link daos.raft.v1.SnapshotMeta.verify|verify} messages.
                 * @param message SnapshotMeta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotMeta message, length delimited. Does not implicitly {@link daos.raft.v1.SnapshotMeta.verify|verify} messages.
                 * @param message SnapshotMeta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotMeta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape} SnapshotMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape;

                /**
                 * Decodes a SnapshotMeta message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape} SnapshotMeta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.SnapshotMeta & daos.raft.v1.SnapshotMeta.$Shape;

                /**
                 * Verifies a SnapshotMeta message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotMeta message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotMeta
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.SnapshotMeta;

                /**
                 * Creates a plain object from a SnapshotMeta message. Also converts values to other types if specified.
                 * @param message SnapshotMeta
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.SnapshotMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotMeta to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotMeta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotMeta {

                /** Properties of a SnapshotMeta. */
                interface $Properties {

                    /** SnapshotMeta index */
                    index?: (number|null);

                    /** SnapshotMeta term */
                    term?: (number|null);

                    /** SnapshotMeta confState */
                    confState?: (daos.raft.v1.ConfState.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotMeta. */
                type $Shape = daos.raft.v1.SnapshotMeta.$Properties;
            }

            /**
             * Properties of a Snapshot.
             * @deprecated Use daos.raft.v1.Snapshot.$Properties instead.
             */
            interface ISnapshot extends daos.raft.v1.Snapshot.$Properties {
            }

            /** Represents a Snapshot. */
            class Snapshot {

                /**
                 * Constructs a new Snapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.Snapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Snapshot meta. */
                meta?: (daos.raft.v1.SnapshotMeta.$Properties|null);

                /** Snapshot data. */
                data: Uint8Array;

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Snapshot instance
                 */
                static create(properties: daos.raft.v1.Snapshot.$Shape): daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape;
                static create(properties?: daos.raft.v1.Snapshot.$Properties): daos.raft.v1.Snapshot;

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link daos.raft.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link daos.raft.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.Snapshot & daos.raft.v1.Snapshot.$Shape;

                /**
                 * Verifies a Snapshot message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Snapshot
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.Snapshot;

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @param message Snapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Snapshot to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Snapshot
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Snapshot {

                /** Properties of a Snapshot. */
                interface $Properties {

                    /** Snapshot meta */
                    meta?: (daos.raft.v1.SnapshotMeta.$Properties|null);

                    /** Snapshot data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Snapshot. */
                type $Shape = daos.raft.v1.Snapshot.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use daos.raft.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends daos.raft.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk meta. */
                meta?: (daos.raft.v1.SnapshotMeta.$Properties|null);

                /** SnapshotChunk offsetBytes. */
                offsetBytes: number;

                /** SnapshotChunk totalBytes. */
                totalBytes: number;

                /** SnapshotChunk data. */
                data: Uint8Array;

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: daos.raft.v1.SnapshotChunk.$Shape): daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape;
                static create(properties?: daos.raft.v1.SnapshotChunk.$Properties): daos.raft.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link daos.raft.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapshotChunk message, length delimited. Does not implicitly {@link daos.raft.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.SnapshotChunk & daos.raft.v1.SnapshotChunk.$Shape;

                /**
                 * Verifies a SnapshotChunk message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapshotChunk
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.SnapshotChunk;

                /**
                 * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
                 * @param message SnapshotChunk
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.SnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapshotChunk to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk meta */
                    meta?: (daos.raft.v1.SnapshotMeta.$Properties|null);

                    /** SnapshotChunk offsetBytes */
                    offsetBytes?: (number|null);

                    /** SnapshotChunk totalBytes */
                    totalBytes?: (number|null);

                    /** SnapshotChunk data */
                    data?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = daos.raft.v1.SnapshotChunk.$Properties;
            }

            /** ConfChangeType enum. */
            enum ConfChangeType {

                /** CONF_CHANGE_TYPE_ADD_VOTER value */
                CONF_CHANGE_TYPE_ADD_VOTER = 0,

                /** CONF_CHANGE_TYPE_ADD_LEARNER value */
                CONF_CHANGE_TYPE_ADD_LEARNER = 1,

                /** CONF_CHANGE_TYPE_REMOVE_NODE value */
                CONF_CHANGE_TYPE_REMOVE_NODE = 2
            }

            /**
             * Properties of a ConfChangeSingle.
             * @deprecated Use daos.raft.v1.ConfChangeSingle.$Properties instead.
             */
            interface IConfChangeSingle extends daos.raft.v1.ConfChangeSingle.$Properties {
            }

            /** Represents a ConfChangeSingle. */
            class ConfChangeSingle {

                /**
                 * Constructs a new ConfChangeSingle.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.ConfChangeSingle.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfChangeSingle type. */
                type: daos.raft.v1.ConfChangeType;

                /** ConfChangeSingle nodeId. */
                nodeId: number;

                /**
                 * Creates a new ConfChangeSingle instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfChangeSingle instance
                 */
                static create(properties: daos.raft.v1.ConfChangeSingle.$Shape): daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape;
                static create(properties?: daos.raft.v1.ConfChangeSingle.$Properties): daos.raft.v1.ConfChangeSingle;

                /**
                 * Encodes the specified ConfChangeSingle message. Does not implicitly {@link daos.raft.v1.ConfChangeSingle.verify|verify} messages.
                 * @param message ConfChangeSingle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.ConfChangeSingle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfChangeSingle message, length delimited. Does not implicitly {@link daos.raft.v1.ConfChangeSingle.verify|verify} messages.
                 * @param message ConfChangeSingle message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.ConfChangeSingle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfChangeSingle message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape} ConfChangeSingle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape;

                /**
                 * Decodes a ConfChangeSingle message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape} ConfChangeSingle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.ConfChangeSingle & daos.raft.v1.ConfChangeSingle.$Shape;

                /**
                 * Verifies a ConfChangeSingle message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfChangeSingle message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfChangeSingle
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.ConfChangeSingle;

                /**
                 * Creates a plain object from a ConfChangeSingle message. Also converts values to other types if specified.
                 * @param message ConfChangeSingle
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.ConfChangeSingle, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfChangeSingle to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfChangeSingle
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfChangeSingle {

                /** Properties of a ConfChangeSingle. */
                interface $Properties {

                    /** ConfChangeSingle type */
                    type?: (daos.raft.v1.ConfChangeType|null);

                    /** ConfChangeSingle nodeId */
                    nodeId?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfChangeSingle. */
                type $Shape = daos.raft.v1.ConfChangeSingle.$Properties;
            }

            /** ConfChangeTransition enum. */
            enum ConfChangeTransition {

                /** CONF_CHANGE_TRANSITION_AUTO value */
                CONF_CHANGE_TRANSITION_AUTO = 0,

                /** CONF_CHANGE_TRANSITION_JOINT_IMPLICIT value */
                CONF_CHANGE_TRANSITION_JOINT_IMPLICIT = 1,

                /** CONF_CHANGE_TRANSITION_JOINT_EXPLICIT value */
                CONF_CHANGE_TRANSITION_JOINT_EXPLICIT = 2
            }

            /**
             * Properties of a ConfChange.
             * @deprecated Use daos.raft.v1.ConfChange.$Properties instead.
             */
            interface IConfChange extends daos.raft.v1.ConfChange.$Properties {
            }

            /** Represents a ConfChange. */
            class ConfChange {

                /**
                 * Constructs a new ConfChange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.ConfChange.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfChange transition. */
                transition: daos.raft.v1.ConfChangeTransition;

                /** ConfChange changes. */
                changes: daos.raft.v1.ConfChangeSingle.$Properties[];

                /** ConfChange context. */
                context?: (Uint8Array|null);

                /**
                 * Creates a new ConfChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfChange instance
                 */
                static create(properties: daos.raft.v1.ConfChange.$Shape): daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape;
                static create(properties?: daos.raft.v1.ConfChange.$Properties): daos.raft.v1.ConfChange;

                /**
                 * Encodes the specified ConfChange message. Does not implicitly {@link daos.raft.v1.ConfChange.verify|verify} messages.
                 * @param message ConfChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link daos.raft.v1.ConfChange.verify|verify} messages.
                 * @param message ConfChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape;

                /**
                 * Decodes a ConfChange message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape} ConfChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.ConfChange & daos.raft.v1.ConfChange.$Shape;

                /**
                 * Verifies a ConfChange message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfChange
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.ConfChange;

                /**
                 * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
                 * @param message ConfChange
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.ConfChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfChange to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConfChange
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConfChange {

                /** Properties of a ConfChange. */
                interface $Properties {

                    /** ConfChange transition */
                    transition?: (daos.raft.v1.ConfChangeTransition|null);

                    /** ConfChange changes */
                    changes?: (daos.raft.v1.ConfChangeSingle.$Properties[]|null);

                    /** ConfChange context */
                    context?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfChange. */
                type $Shape = daos.raft.v1.ConfChange.$Properties;
            }

            /** MessageType enum. */
            enum MessageType {

                /** MESSAGE_TYPE_UNSPECIFIED value */
                MESSAGE_TYPE_UNSPECIFIED = 0,

                /** MESSAGE_TYPE_HUP value */
                MESSAGE_TYPE_HUP = 1,

                /** MESSAGE_TYPE_BEAT value */
                MESSAGE_TYPE_BEAT = 2,

                /** MESSAGE_TYPE_PROP value */
                MESSAGE_TYPE_PROP = 3,

                /** MESSAGE_TYPE_UNREACHABLE value */
                MESSAGE_TYPE_UNREACHABLE = 4,

                /** MESSAGE_TYPE_SNAP_STATUS value */
                MESSAGE_TYPE_SNAP_STATUS = 5,

                /** MESSAGE_TYPE_CHECK_QUORUM value */
                MESSAGE_TYPE_CHECK_QUORUM = 6,

                /** MESSAGE_TYPE_APP value */
                MESSAGE_TYPE_APP = 7,

                /** MESSAGE_TYPE_APP_RESP value */
                MESSAGE_TYPE_APP_RESP = 8,

                /** MESSAGE_TYPE_VOTE value */
                MESSAGE_TYPE_VOTE = 9,

                /** MESSAGE_TYPE_VOTE_RESP value */
                MESSAGE_TYPE_VOTE_RESP = 10,

                /** MESSAGE_TYPE_PRE_VOTE value */
                MESSAGE_TYPE_PRE_VOTE = 11,

                /** MESSAGE_TYPE_PRE_VOTE_RESP value */
                MESSAGE_TYPE_PRE_VOTE_RESP = 12,

                /** MESSAGE_TYPE_HEARTBEAT value */
                MESSAGE_TYPE_HEARTBEAT = 13,

                /** MESSAGE_TYPE_HEARTBEAT_RESP value */
                MESSAGE_TYPE_HEARTBEAT_RESP = 14,

                /** MESSAGE_TYPE_SNAP value */
                MESSAGE_TYPE_SNAP = 15,

                /** MESSAGE_TYPE_SNAP_RESP value */
                MESSAGE_TYPE_SNAP_RESP = 16,

                /** MESSAGE_TYPE_TRANSFER_LEADER value */
                MESSAGE_TYPE_TRANSFER_LEADER = 17,

                /** MESSAGE_TYPE_TIMEOUT_NOW value */
                MESSAGE_TYPE_TIMEOUT_NOW = 18,

                /** MESSAGE_TYPE_READ_INDEX value */
                MESSAGE_TYPE_READ_INDEX = 19,

                /** MESSAGE_TYPE_READ_INDEX_RESP value */
                MESSAGE_TYPE_READ_INDEX_RESP = 20
            }

            /**
             * Properties of a Message.
             * @deprecated Use daos.raft.v1.Message.$Properties instead.
             */
            interface IMessage extends daos.raft.v1.Message.$Properties {
            }

            /** Represents a Message. */
            class Message {

                /**
                 * Constructs a new Message.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.Message.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Message type. */
                type: daos.raft.v1.MessageType;

                /** Message from. */
                from: number;

                /** Message to. */
                to: number;

                /** Message term. */
                term: number;

                /** Message logTerm. */
                logTerm: number;

                /** Message index. */
                index: number;

                /** Message entries. */
                entries: daos.raft.v1.Entry.$Properties[];

                /** Message commit. */
                commit: number;

                /** Message reject. */
                reject: boolean;

                /** Message rejectHint. */
                rejectHint: number;

                /** Message snapshot. */
                snapshot?: (daos.raft.v1.SnapshotChunk.$Properties|null);

                /** Message context. */
                context?: (Uint8Array|null);

                /**
                 * Creates a new Message instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Message instance
                 */
                static create(properties: daos.raft.v1.Message.$Shape): daos.raft.v1.Message & daos.raft.v1.Message.$Shape;
                static create(properties?: daos.raft.v1.Message.$Properties): daos.raft.v1.Message;

                /**
                 * Encodes the specified Message message. Does not implicitly {@link daos.raft.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Message message, length delimited. Does not implicitly {@link daos.raft.v1.Message.verify|verify} messages.
                 * @param message Message message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Message message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.Message & daos.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.Message & daos.raft.v1.Message.$Shape;

                /**
                 * Decodes a Message message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.Message & daos.raft.v1.Message.$Shape} Message
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.Message & daos.raft.v1.Message.$Shape;

                /**
                 * Verifies a Message message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Message message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Message
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.Message;

                /**
                 * Creates a plain object from a Message message. Also converts values to other types if specified.
                 * @param message Message
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Message to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Message
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Message {

                /** Properties of a Message. */
                interface $Properties {

                    /** Message type */
                    type?: (daos.raft.v1.MessageType|null);

                    /** Message from */
                    from?: (number|null);

                    /** Message to */
                    to?: (number|null);

                    /** Message term */
                    term?: (number|null);

                    /** Message logTerm */
                    logTerm?: (number|null);

                    /** Message index */
                    index?: (number|null);

                    /** Message entries */
                    entries?: (daos.raft.v1.Entry.$Properties[]|null);

                    /** Message commit */
                    commit?: (number|null);

                    /** Message reject */
                    reject?: (boolean|null);

                    /** Message rejectHint */
                    rejectHint?: (number|null);

                    /** Message snapshot */
                    snapshot?: (daos.raft.v1.SnapshotChunk.$Properties|null);

                    /** Message context */
                    context?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Message. */
                type $Shape = daos.raft.v1.Message.$Properties;
            }

            /**
             * Properties of a RaftEnvelope.
             * @deprecated Use daos.raft.v1.RaftEnvelope.$Properties instead.
             */
            interface IRaftEnvelope extends daos.raft.v1.RaftEnvelope.$Properties {
            }

            /** Represents a RaftEnvelope. */
            class RaftEnvelope {

                /**
                 * Constructs a new RaftEnvelope.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.raft.v1.RaftEnvelope.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RaftEnvelope group. */
                group: string;

                /** RaftEnvelope from. */
                from: number;

                /** RaftEnvelope to. */
                to: number;

                /** RaftEnvelope message. */
                message?: (daos.raft.v1.Message.$Properties|null);

                /**
                 * Creates a new RaftEnvelope instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RaftEnvelope instance
                 */
                static create(properties: daos.raft.v1.RaftEnvelope.$Shape): daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape;
                static create(properties?: daos.raft.v1.RaftEnvelope.$Properties): daos.raft.v1.RaftEnvelope;

                /**
                 * Encodes the specified RaftEnvelope message. Does not implicitly {@link daos.raft.v1.RaftEnvelope.verify|verify} messages.
                 * @param message RaftEnvelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.raft.v1.RaftEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RaftEnvelope message, length delimited. Does not implicitly {@link daos.raft.v1.RaftEnvelope.verify|verify} messages.
                 * @param message RaftEnvelope message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.raft.v1.RaftEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RaftEnvelope message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape} RaftEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape;

                /**
                 * Decodes a RaftEnvelope message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape} RaftEnvelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.raft.v1.RaftEnvelope & daos.raft.v1.RaftEnvelope.$Shape;

                /**
                 * Verifies a RaftEnvelope message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RaftEnvelope message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RaftEnvelope
                 */
                static fromObject(object: { [k: string]: any }): daos.raft.v1.RaftEnvelope;

                /**
                 * Creates a plain object from a RaftEnvelope message. Also converts values to other types if specified.
                 * @param message RaftEnvelope
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.raft.v1.RaftEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RaftEnvelope to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RaftEnvelope
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RaftEnvelope {

                /** Properties of a RaftEnvelope. */
                interface $Properties {

                    /** RaftEnvelope group */
                    group?: (string|null);

                    /** RaftEnvelope from */
                    from?: (number|null);

                    /** RaftEnvelope to */
                    to?: (number|null);

                    /** RaftEnvelope message */
                    message?: (daos.raft.v1.Message.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RaftEnvelope. */
                type $Shape = daos.raft.v1.RaftEnvelope.$Properties;
            }
        }
    }

    /** Namespace rsvc. */
    namespace rsvc {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ReplicaId.
             * @deprecated Use daos.rsvc.v1.ReplicaId.$Properties instead.
             */
            interface IReplicaId extends daos.rsvc.v1.ReplicaId.$Properties {
            }

            /** Represents a ReplicaId. */
            class ReplicaId {

                /**
                 * Constructs a new ReplicaId.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.ReplicaId.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicaId rank. */
                rank: number;

                /** ReplicaId gen. */
                gen: number;

                /**
                 * Creates a new ReplicaId instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicaId instance
                 */
                static create(properties: daos.rsvc.v1.ReplicaId.$Shape): daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape;
                static create(properties?: daos.rsvc.v1.ReplicaId.$Properties): daos.rsvc.v1.ReplicaId;

                /**
                 * Encodes the specified ReplicaId message. Does not implicitly {@link daos.rsvc.v1.ReplicaId.verify|verify} messages.
                 * @param message ReplicaId message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.ReplicaId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicaId message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicaId.verify|verify} messages.
                 * @param message ReplicaId message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.ReplicaId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicaId message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape} ReplicaId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape;

                /**
                 * Decodes a ReplicaId message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape} ReplicaId
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.ReplicaId & daos.rsvc.v1.ReplicaId.$Shape;

                /**
                 * Verifies a ReplicaId message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplicaId message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplicaId
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.ReplicaId;

                /**
                 * Creates a plain object from a ReplicaId message. Also converts values to other types if specified.
                 * @param message ReplicaId
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.ReplicaId, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicaId to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicaId
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicaId {

                /** Properties of a ReplicaId. */
                interface $Properties {

                    /** ReplicaId rank */
                    rank?: (number|null);

                    /** ReplicaId gen */
                    gen?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicaId. */
                type $Shape = daos.rsvc.v1.ReplicaId.$Properties;
            }

            /**
             * Properties of a StartReq.
             * @deprecated Use daos.rsvc.v1.StartReq.$Properties instead.
             */
            interface IStartReq extends daos.rsvc.v1.StartReq.$Properties {
            }

            /** Represents a StartReq. */
            class StartReq {

                /**
                 * Constructs a new StartReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.StartReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartReq create. */
                create: boolean;

                /** StartReq members. */
                members: daos.rsvc.v1.ReplicaId.$Properties[];

                /** StartReq bootstrapArg. */
                bootstrapArg: Uint8Array;

                /** StartReq bootstrap. */
                bootstrap: boolean;

                /** StartReq fenceTerm. */
                fenceTerm: number;

                /** StartReq gen. */
                gen: number;

                /**
                 * Creates a new StartReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartReq instance
                 */
                static create(properties: daos.rsvc.v1.StartReq.$Shape): daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape;
                static create(properties?: daos.rsvc.v1.StartReq.$Properties): daos.rsvc.v1.StartReq;

                /**
                 * Encodes the specified StartReq message. Does not implicitly {@link daos.rsvc.v1.StartReq.verify|verify} messages.
                 * @param message StartReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.StartReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.StartReq.verify|verify} messages.
                 * @param message StartReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.StartReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape} StartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape;

                /**
                 * Decodes a StartReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape} StartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.StartReq & daos.rsvc.v1.StartReq.$Shape;

                /**
                 * Verifies a StartReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.StartReq;

                /**
                 * Creates a plain object from a StartReq message. Also converts values to other types if specified.
                 * @param message StartReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.StartReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StartReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartReq {

                /** Properties of a StartReq. */
                interface $Properties {

                    /** StartReq create */
                    create?: (boolean|null);

                    /** StartReq members */
                    members?: (daos.rsvc.v1.ReplicaId.$Properties[]|null);

                    /** StartReq bootstrapArg */
                    bootstrapArg?: (Uint8Array|null);

                    /** StartReq bootstrap */
                    bootstrap?: (boolean|null);

                    /** StartReq fenceTerm */
                    fenceTerm?: (number|null);

                    /** StartReq gen */
                    gen?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartReq. */
                type $Shape = daos.rsvc.v1.StartReq.$Properties;
            }

            /**
             * Properties of a StartRep.
             * @deprecated Use daos.rsvc.v1.StartRep.$Properties instead.
             */
            interface IStartRep extends daos.rsvc.v1.StartRep.$Properties {
            }

            /** Represents a StartRep. */
            class StartRep {

                /**
                 * Constructs a new StartRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.StartRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StartRep self. */
                self?: (daos.rsvc.v1.ReplicaId.$Properties|null);

                /**
                 * Creates a new StartRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StartRep instance
                 */
                static create(properties: daos.rsvc.v1.StartRep.$Shape): daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape;
                static create(properties?: daos.rsvc.v1.StartRep.$Properties): daos.rsvc.v1.StartRep;

                /**
                 * Encodes the specified StartRep message. Does not implicitly {@link daos.rsvc.v1.StartRep.verify|verify} messages.
                 * @param message StartRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.StartRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StartRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.StartRep.verify|verify} messages.
                 * @param message StartRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.StartRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StartRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape} StartRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape;

                /**
                 * Decodes a StartRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape} StartRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.StartRep & daos.rsvc.v1.StartRep.$Shape;

                /**
                 * Verifies a StartRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StartRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StartRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.StartRep;

                /**
                 * Creates a plain object from a StartRep message. Also converts values to other types if specified.
                 * @param message StartRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.StartRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StartRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StartRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRep {

                /** Properties of a StartRep. */
                interface $Properties {

                    /** StartRep self */
                    self?: (daos.rsvc.v1.ReplicaId.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StartRep. */
                type $Shape = daos.rsvc.v1.StartRep.$Properties;
            }

            /**
             * Properties of a StopReq.
             * @deprecated Use daos.rsvc.v1.StopReq.$Properties instead.
             */
            interface IStopReq extends daos.rsvc.v1.StopReq.$Properties {
            }

            /** Represents a StopReq. */
            class StopReq {

                /**
                 * Constructs a new StopReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.StopReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StopReq destroy. */
                destroy: boolean;

                /** StopReq fenceTerm. */
                fenceTerm: number;

                /** StopReq gen. */
                gen: number;

                /**
                 * Creates a new StopReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopReq instance
                 */
                static create(properties: daos.rsvc.v1.StopReq.$Shape): daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape;
                static create(properties?: daos.rsvc.v1.StopReq.$Properties): daos.rsvc.v1.StopReq;

                /**
                 * Encodes the specified StopReq message. Does not implicitly {@link daos.rsvc.v1.StopReq.verify|verify} messages.
                 * @param message StopReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.StopReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StopReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.StopReq.verify|verify} messages.
                 * @param message StopReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.StopReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape} StopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape;

                /**
                 * Decodes a StopReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape} StopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.StopReq & daos.rsvc.v1.StopReq.$Shape;

                /**
                 * Verifies a StopReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StopReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StopReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.StopReq;

                /**
                 * Creates a plain object from a StopReq message. Also converts values to other types if specified.
                 * @param message StopReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.StopReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StopReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StopReq {

                /** Properties of a StopReq. */
                interface $Properties {

                    /** StopReq destroy */
                    destroy?: (boolean|null);

                    /** StopReq fenceTerm */
                    fenceTerm?: (number|null);

                    /** StopReq gen */
                    gen?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopReq. */
                type $Shape = daos.rsvc.v1.StopReq.$Properties;
            }

            /**
             * Properties of a StopRep.
             * @deprecated Use daos.rsvc.v1.StopRep.$Properties instead.
             */
            interface IStopRep extends daos.rsvc.v1.StopRep.$Properties {
            }

            /** Represents a StopRep. */
            class StopRep {

                /**
                 * Constructs a new StopRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.StopRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new StopRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StopRep instance
                 */
                static create(properties: daos.rsvc.v1.StopRep.$Shape): daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape;
                static create(properties?: daos.rsvc.v1.StopRep.$Properties): daos.rsvc.v1.StopRep;

                /**
                 * Encodes the specified StopRep message. Does not implicitly {@link daos.rsvc.v1.StopRep.verify|verify} messages.
                 * @param message StopRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.StopRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StopRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.StopRep.verify|verify} messages.
                 * @param message StopRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.StopRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StopRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape} StopRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape;

                /**
                 * Decodes a StopRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape} StopRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.StopRep & daos.rsvc.v1.StopRep.$Shape;

                /**
                 * Verifies a StopRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StopRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StopRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.StopRep;

                /**
                 * Creates a plain object from a StopRep message. Also converts values to other types if specified.
                 * @param message StopRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.StopRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StopRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StopRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StopRep {

                /** Properties of a StopRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StopRep. */
                type $Shape = daos.rsvc.v1.StopRep.$Properties;
            }

            /**
             * Properties of a ReplicasReq.
             * @deprecated Use daos.rsvc.v1.ReplicasReq.$Properties instead.
             */
            interface IReplicasReq extends daos.rsvc.v1.ReplicasReq.$Properties {
            }

            /** Represents a ReplicasReq. */
            class ReplicasReq {

                /**
                 * Constructs a new ReplicasReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.ReplicasReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicasReq ranks. */
                ranks: number[];

                /** ReplicasReq fenceTerm. */
                fenceTerm: number;

                /**
                 * Creates a new ReplicasReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicasReq instance
                 */
                static create(properties: daos.rsvc.v1.ReplicasReq.$Shape): daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape;
                static create(properties?: daos.rsvc.v1.ReplicasReq.$Properties): daos.rsvc.v1.ReplicasReq;

                /**
                 * Encodes the specified ReplicasReq message. Does not implicitly {@link daos.rsvc.v1.ReplicasReq.verify|verify} messages.
                 * @param message ReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.ReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicasReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasReq.verify|verify} messages.
                 * @param message ReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.ReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicasReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape;

                /**
                 * Decodes a ReplicasReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.ReplicasReq & daos.rsvc.v1.ReplicasReq.$Shape;

                /**
                 * Verifies a ReplicasReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplicasReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplicasReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.ReplicasReq;

                /**
                 * Creates a plain object from a ReplicasReq message. Also converts values to other types if specified.
                 * @param message ReplicasReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.ReplicasReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicasReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicasReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicasReq {

                /** Properties of a ReplicasReq. */
                interface $Properties {

                    /** ReplicasReq ranks */
                    ranks?: (number[]|null);

                    /** ReplicasReq fenceTerm */
                    fenceTerm?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicasReq. */
                type $Shape = daos.rsvc.v1.ReplicasReq.$Properties;
            }

            /**
             * Properties of a ReplicasRep.
             * @deprecated Use daos.rsvc.v1.ReplicasRep.$Properties instead.
             */
            interface IReplicasRep extends daos.rsvc.v1.ReplicasRep.$Properties {
            }

            /** Represents a ReplicasRep. */
            class ReplicasRep {

                /**
                 * Constructs a new ReplicasRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.ReplicasRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicasRep members. */
                members: daos.rsvc.v1.ReplicaId.$Properties[];

                /**
                 * Creates a new ReplicasRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicasRep instance
                 */
                static create(properties: daos.rsvc.v1.ReplicasRep.$Shape): daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape;
                static create(properties?: daos.rsvc.v1.ReplicasRep.$Properties): daos.rsvc.v1.ReplicasRep;

                /**
                 * Encodes the specified ReplicasRep message. Does not implicitly {@link daos.rsvc.v1.ReplicasRep.verify|verify} messages.
                 * @param message ReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.ReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicasRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasRep.verify|verify} messages.
                 * @param message ReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.ReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicasRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape;

                /**
                 * Decodes a ReplicasRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.ReplicasRep & daos.rsvc.v1.ReplicasRep.$Shape;

                /**
                 * Verifies a ReplicasRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplicasRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplicasRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.ReplicasRep;

                /**
                 * Creates a plain object from a ReplicasRep message. Also converts values to other types if specified.
                 * @param message ReplicasRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.ReplicasRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicasRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicasRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicasRep {

                /** Properties of a ReplicasRep. */
                interface $Properties {

                    /** ReplicasRep members */
                    members?: (daos.rsvc.v1.ReplicaId.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicasRep. */
                type $Shape = daos.rsvc.v1.ReplicasRep.$Properties;
            }

            /**
             * Properties of a ReplicasListReq.
             * @deprecated Use daos.rsvc.v1.ReplicasListReq.$Properties instead.
             */
            interface IReplicasListReq extends daos.rsvc.v1.ReplicasListReq.$Properties {
            }

            /** Represents a ReplicasListReq. */
            class ReplicasListReq {

                /**
                 * Constructs a new ReplicasListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.ReplicasListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ReplicasListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicasListReq instance
                 */
                static create(properties: daos.rsvc.v1.ReplicasListReq.$Shape): daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape;
                static create(properties?: daos.rsvc.v1.ReplicasListReq.$Properties): daos.rsvc.v1.ReplicasListReq;

                /**
                 * Encodes the specified ReplicasListReq message. Does not implicitly {@link daos.rsvc.v1.ReplicasListReq.verify|verify} messages.
                 * @param message ReplicasListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.ReplicasListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicasListReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.ReplicasListReq.verify|verify} messages.
                 * @param message ReplicasListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.ReplicasListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicasListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape} ReplicasListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape;

                /**
                 * Decodes a ReplicasListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape} ReplicasListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.ReplicasListReq & daos.rsvc.v1.ReplicasListReq.$Shape;

                /**
                 * Verifies a ReplicasListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ReplicasListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ReplicasListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.ReplicasListReq;

                /**
                 * Creates a plain object from a ReplicasListReq message. Also converts values to other types if specified.
                 * @param message ReplicasListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.ReplicasListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ReplicasListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ReplicasListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReplicasListReq {

                /** Properties of a ReplicasListReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicasListReq. */
                type $Shape = daos.rsvc.v1.ReplicasListReq.$Properties;
            }

            /**
             * Properties of an AttrSetReq.
             * @deprecated Use daos.rsvc.v1.AttrSetReq.$Properties instead.
             */
            interface IAttrSetReq extends daos.rsvc.v1.AttrSetReq.$Properties {
            }

            /** Represents an AttrSetReq. */
            class AttrSetReq {

                /**
                 * Constructs a new AttrSetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrSetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrSetReq attrs. */
                attrs: { [k: string]: Uint8Array };

                /**
                 * Creates a new AttrSetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrSetReq instance
                 */
                static create(properties: daos.rsvc.v1.AttrSetReq.$Shape): daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape;
                static create(properties?: daos.rsvc.v1.AttrSetReq.$Properties): daos.rsvc.v1.AttrSetReq;

                /**
                 * Encodes the specified AttrSetReq message. Does not implicitly {@link daos.rsvc.v1.AttrSetReq.verify|verify} messages.
                 * @param message AttrSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrSetReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrSetReq.verify|verify} messages.
                 * @param message AttrSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrSetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape;

                /**
                 * Decodes an AttrSetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrSetReq & daos.rsvc.v1.AttrSetReq.$Shape;

                /**
                 * Verifies an AttrSetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrSetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrSetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrSetReq;

                /**
                 * Creates a plain object from an AttrSetReq message. Also converts values to other types if specified.
                 * @param message AttrSetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrSetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrSetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrSetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrSetReq {

                /** Properties of an AttrSetReq. */
                interface $Properties {

                    /** AttrSetReq attrs */
                    attrs?: ({ [k: string]: Uint8Array }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrSetReq. */
                type $Shape = daos.rsvc.v1.AttrSetReq.$Properties;
            }

            /**
             * Properties of an AttrSetRep.
             * @deprecated Use daos.rsvc.v1.AttrSetRep.$Properties instead.
             */
            interface IAttrSetRep extends daos.rsvc.v1.AttrSetRep.$Properties {
            }

            /** Represents an AttrSetRep. */
            class AttrSetRep {

                /**
                 * Constructs a new AttrSetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrSetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AttrSetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrSetRep instance
                 */
                static create(properties: daos.rsvc.v1.AttrSetRep.$Shape): daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape;
                static create(properties?: daos.rsvc.v1.AttrSetRep.$Properties): daos.rsvc.v1.AttrSetRep;

                /**
                 * Encodes the specified AttrSetRep message. Does not implicitly {@link daos.rsvc.v1.AttrSetRep.verify|verify} messages.
                 * @param message AttrSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrSetRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrSetRep.verify|verify} messages.
                 * @param message AttrSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape;

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrSetRep & daos.rsvc.v1.AttrSetRep.$Shape;

                /**
                 * Verifies an AttrSetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrSetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrSetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrSetRep;

                /**
                 * Creates a plain object from an AttrSetRep message. Also converts values to other types if specified.
                 * @param message AttrSetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrSetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrSetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrSetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrSetRep {

                /** Properties of an AttrSetRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrSetRep. */
                type $Shape = daos.rsvc.v1.AttrSetRep.$Properties;
            }

            /**
             * Properties of an AttrGetReq.
             * @deprecated Use daos.rsvc.v1.AttrGetReq.$Properties instead.
             */
            interface IAttrGetReq extends daos.rsvc.v1.AttrGetReq.$Properties {
            }

            /** Represents an AttrGetReq. */
            class AttrGetReq {

                /**
                 * Constructs a new AttrGetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrGetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrGetReq names. */
                names: string[];

                /**
                 * Creates a new AttrGetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrGetReq instance
                 */
                static create(properties: daos.rsvc.v1.AttrGetReq.$Shape): daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape;
                static create(properties?: daos.rsvc.v1.AttrGetReq.$Properties): daos.rsvc.v1.AttrGetReq;

                /**
                 * Encodes the specified AttrGetReq message. Does not implicitly {@link daos.rsvc.v1.AttrGetReq.verify|verify} messages.
                 * @param message AttrGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrGetReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrGetReq.verify|verify} messages.
                 * @param message AttrGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrGetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape;

                /**
                 * Decodes an AttrGetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrGetReq & daos.rsvc.v1.AttrGetReq.$Shape;

                /**
                 * Verifies an AttrGetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrGetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrGetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrGetReq;

                /**
                 * Creates a plain object from an AttrGetReq message. Also converts values to other types if specified.
                 * @param message AttrGetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrGetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrGetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrGetReq {

                /** Properties of an AttrGetReq. */
                interface $Properties {

                    /** AttrGetReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrGetReq. */
                type $Shape = daos.rsvc.v1.AttrGetReq.$Properties;
            }

            /**
             * Properties of an AttrGetRep.
             * @deprecated Use daos.rsvc.v1.AttrGetRep.$Properties instead.
             */
            interface IAttrGetRep extends daos.rsvc.v1.AttrGetRep.$Properties {
            }

            /** Represents an AttrGetRep. */
            class AttrGetRep {

                /**
                 * Constructs a new AttrGetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrGetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrGetRep attrs. */
                attrs: { [k: string]: Uint8Array };

                /**
                 * Creates a new AttrGetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrGetRep instance
                 */
                static create(properties: daos.rsvc.v1.AttrGetRep.$Shape): daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape;
                static create(properties?: daos.rsvc.v1.AttrGetRep.$Properties): daos.rsvc.v1.AttrGetRep;

                /**
                 * Encodes the specified AttrGetRep message. Does not implicitly {@link daos.rsvc.v1.AttrGetRep.verify|verify} messages.
                 * @param message AttrGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrGetRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrGetRep.verify|verify} messages.
                 * @param message AttrGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrGetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape;

                /**
                 * Decodes an AttrGetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrGetRep & daos.rsvc.v1.AttrGetRep.$Shape;

                /**
                 * Verifies an AttrGetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrGetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrGetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrGetRep;

                /**
                 * Creates a plain object from an AttrGetRep message. Also converts values to other types if specified.
                 * @param message AttrGetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrGetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrGetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrGetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrGetRep {

                /** Properties of an AttrGetRep. */
                interface $Properties {

                    /** AttrGetRep attrs */
                    attrs?: ({ [k: string]: Uint8Array }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrGetRep. */
                type $Shape = daos.rsvc.v1.AttrGetRep.$Properties;
            }

            /**
             * Properties of an AttrListReq.
             * @deprecated Use daos.rsvc.v1.AttrListReq.$Properties instead.
             */
            interface IAttrListReq extends daos.rsvc.v1.AttrListReq.$Properties {
            }

            /** Represents an AttrListReq. */
            class AttrListReq {

                /**
                 * Constructs a new AttrListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AttrListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrListReq instance
                 */
                static create(properties: daos.rsvc.v1.AttrListReq.$Shape): daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape;
                static create(properties?: daos.rsvc.v1.AttrListReq.$Properties): daos.rsvc.v1.AttrListReq;

                /**
                 * Encodes the specified AttrListReq message. Does not implicitly {@link daos.rsvc.v1.AttrListReq.verify|verify} messages.
                 * @param message AttrListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrListReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrListReq.verify|verify} messages.
                 * @param message AttrListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape;

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrListReq & daos.rsvc.v1.AttrListReq.$Shape;

                /**
                 * Verifies an AttrListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrListReq;

                /**
                 * Creates a plain object from an AttrListReq message. Also converts values to other types if specified.
                 * @param message AttrListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrListReq {

                /** Properties of an AttrListReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrListReq. */
                type $Shape = daos.rsvc.v1.AttrListReq.$Properties;
            }

            /**
             * Properties of an AttrListRep.
             * @deprecated Use daos.rsvc.v1.AttrListRep.$Properties instead.
             */
            interface IAttrListRep extends daos.rsvc.v1.AttrListRep.$Properties {
            }

            /** Represents an AttrListRep. */
            class AttrListRep {

                /**
                 * Constructs a new AttrListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrListRep names. */
                names: string[];

                /**
                 * Creates a new AttrListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrListRep instance
                 */
                static create(properties: daos.rsvc.v1.AttrListRep.$Shape): daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape;
                static create(properties?: daos.rsvc.v1.AttrListRep.$Properties): daos.rsvc.v1.AttrListRep;

                /**
                 * Encodes the specified AttrListRep message. Does not implicitly {@link daos.rsvc.v1.AttrListRep.verify|verify} messages.
                 * @param message AttrListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrListRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrListRep.verify|verify} messages.
                 * @param message AttrListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape;

                /**
                 * Decodes an AttrListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrListRep & daos.rsvc.v1.AttrListRep.$Shape;

                /**
                 * Verifies an AttrListRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrListRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrListRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrListRep;

                /**
                 * Creates a plain object from an AttrListRep message. Also converts values to other types if specified.
                 * @param message AttrListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrListRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrListRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrListRep {

                /** Properties of an AttrListRep. */
                interface $Properties {

                    /** AttrListRep names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrListRep. */
                type $Shape = daos.rsvc.v1.AttrListRep.$Properties;
            }

            /**
             * Properties of an AttrDeleteReq.
             * @deprecated Use daos.rsvc.v1.AttrDeleteReq.$Properties instead.
             */
            interface IAttrDeleteReq extends daos.rsvc.v1.AttrDeleteReq.$Properties {
            }

            /** Represents an AttrDeleteReq. */
            class AttrDeleteReq {

                /**
                 * Constructs a new AttrDeleteReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrDeleteReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrDeleteReq names. */
                names: string[];

                /**
                 * Creates a new AttrDeleteReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrDeleteReq instance
                 */
                static create(properties: daos.rsvc.v1.AttrDeleteReq.$Shape): daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape;
                static create(properties?: daos.rsvc.v1.AttrDeleteReq.$Properties): daos.rsvc.v1.AttrDeleteReq;

                /**
                 * Encodes the specified AttrDeleteReq message. Does not implicitly {@link daos.rsvc.v1.AttrDeleteReq.verify|verify} messages.
                 * @param message AttrDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrDeleteReq message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrDeleteReq.verify|verify} messages.
                 * @param message AttrDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrDeleteReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape;

                /**
                 * Decodes an AttrDeleteReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrDeleteReq & daos.rsvc.v1.AttrDeleteReq.$Shape;

                /**
                 * Verifies an AttrDeleteReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrDeleteReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrDeleteReq
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrDeleteReq;

                /**
                 * Creates a plain object from an AttrDeleteReq message. Also converts values to other types if specified.
                 * @param message AttrDeleteReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrDeleteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrDeleteReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrDeleteReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrDeleteReq {

                /** Properties of an AttrDeleteReq. */
                interface $Properties {

                    /** AttrDeleteReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrDeleteReq. */
                type $Shape = daos.rsvc.v1.AttrDeleteReq.$Properties;
            }

            /**
             * Properties of an AttrDeleteRep.
             * @deprecated Use daos.rsvc.v1.AttrDeleteRep.$Properties instead.
             */
            interface IAttrDeleteRep extends daos.rsvc.v1.AttrDeleteRep.$Properties {
            }

            /** Represents an AttrDeleteRep. */
            class AttrDeleteRep {

                /**
                 * Constructs a new AttrDeleteRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.AttrDeleteRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AttrDeleteRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrDeleteRep instance
                 */
                static create(properties: daos.rsvc.v1.AttrDeleteRep.$Shape): daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape;
                static create(properties?: daos.rsvc.v1.AttrDeleteRep.$Properties): daos.rsvc.v1.AttrDeleteRep;

                /**
                 * Encodes the specified AttrDeleteRep message. Does not implicitly {@link daos.rsvc.v1.AttrDeleteRep.verify|verify} messages.
                 * @param message AttrDeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.AttrDeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrDeleteRep message, length delimited. Does not implicitly {@link daos.rsvc.v1.AttrDeleteRep.verify|verify} messages.
                 * @param message AttrDeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.AttrDeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape;

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.AttrDeleteRep & daos.rsvc.v1.AttrDeleteRep.$Shape;

                /**
                 * Verifies an AttrDeleteRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AttrDeleteRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttrDeleteRep
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.AttrDeleteRep;

                /**
                 * Creates a plain object from an AttrDeleteRep message. Also converts values to other types if specified.
                 * @param message AttrDeleteRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.AttrDeleteRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttrDeleteRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AttrDeleteRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AttrDeleteRep {

                /** Properties of an AttrDeleteRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrDeleteRep. */
                type $Shape = daos.rsvc.v1.AttrDeleteRep.$Properties;
            }

            /**
             * Properties of a StoredReply.
             * @deprecated Use daos.rsvc.v1.StoredReply.$Properties instead.
             */
            interface IStoredReply extends daos.rsvc.v1.StoredReply.$Properties {
            }

            /** Represents a StoredReply. */
            class StoredReply {

                /**
                 * Constructs a new StoredReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.rsvc.v1.StoredReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StoredReply code. */
                code: number;

                /** StoredReply message. */
                message: string;

                /** StoredReply body. */
                body: Uint8Array;

                /**
                 * Creates a new StoredReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StoredReply instance
                 */
                static create(properties: daos.rsvc.v1.StoredReply.$Shape): daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape;
                static create(properties?: daos.rsvc.v1.StoredReply.$Properties): daos.rsvc.v1.StoredReply;

                /**
                 * Encodes the specified StoredReply message. Does not implicitly {@link daos.rsvc.v1.StoredReply.verify|verify} messages.
                 * @param message StoredReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.rsvc.v1.StoredReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StoredReply message, length delimited. Does not implicitly {@link daos.rsvc.v1.StoredReply.verify|verify} messages.
                 * @param message StoredReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.rsvc.v1.StoredReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StoredReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape} StoredReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape;

                /**
                 * Decodes a StoredReply message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape} StoredReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.rsvc.v1.StoredReply & daos.rsvc.v1.StoredReply.$Shape;

                /**
                 * Verifies a StoredReply message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StoredReply message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StoredReply
                 */
                static fromObject(object: { [k: string]: any }): daos.rsvc.v1.StoredReply;

                /**
                 * Creates a plain object from a StoredReply message. Also converts values to other types if specified.
                 * @param message StoredReply
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.rsvc.v1.StoredReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StoredReply to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for StoredReply
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace StoredReply {

                /** Properties of a StoredReply. */
                interface $Properties {

                    /** StoredReply code */
                    code?: (number|null);

                    /** StoredReply message */
                    message?: (string|null);

                    /** StoredReply body */
                    body?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StoredReply. */
                type $Shape = daos.rsvc.v1.StoredReply.$Properties;
            }
        }
    }

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Status.
         * @deprecated Use daos.v1.Status.$Properties instead.
         */
        interface IStatus extends daos.v1.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: daos.v1.Status.$Shape): daos.v1.Status & daos.v1.Status.$Shape;
            static create(properties?: daos.v1.Status.$Properties): daos.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link daos.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link daos.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.Status & daos.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.Status & daos.v1.Status.$Shape;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.Status & daos.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.Status & daos.v1.Status.$Shape;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): daos.v1.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = daos.v1.Status.$Properties;
        }

        /**
         * Properties of a LeaderHint.
         * @deprecated Use daos.v1.LeaderHint.$Properties instead.
         */
        interface ILeaderHint extends daos.v1.LeaderHint.$Properties {
        }

        /** Represents a LeaderHint. */
        class LeaderHint {

            /**
             * Constructs a new LeaderHint.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.LeaderHint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LeaderHint rank. */
            rank: number;

            /** LeaderHint term. */
            term: number;

            /**
             * Creates a new LeaderHint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LeaderHint instance
             */
            static create(properties: daos.v1.LeaderHint.$Shape): daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape;
            static create(properties?: daos.v1.LeaderHint.$Properties): daos.v1.LeaderHint;

            /**
             * Encodes the specified LeaderHint message. Does not implicitly {@link daos.v1.LeaderHint.verify|verify} messages.
             * @param message LeaderHint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.LeaderHint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LeaderHint message, length delimited. Does not implicitly {@link daos.v1.LeaderHint.verify|verify} messages.
             * @param message LeaderHint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.LeaderHint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LeaderHint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape} LeaderHint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape;

            /**
             * Decodes a LeaderHint message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape} LeaderHint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.LeaderHint & daos.v1.LeaderHint.$Shape;

            /**
             * Verifies a LeaderHint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LeaderHint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LeaderHint
             */
            static fromObject(object: { [k: string]: any }): daos.v1.LeaderHint;

            /**
             * Creates a plain object from a LeaderHint message. Also converts values to other types if specified.
             * @param message LeaderHint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.LeaderHint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LeaderHint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LeaderHint
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaderHint {

            /** Properties of a LeaderHint. */
            interface $Properties {

                /** LeaderHint rank */
                rank?: (number|null);

                /** LeaderHint term */
                term?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LeaderHint. */
            type $Shape = daos.v1.LeaderHint.$Properties;
        }

        /**
         * Properties of a TraceContext.
         * @deprecated Use daos.v1.TraceContext.$Properties instead.
         */
        interface ITraceContext extends daos.v1.TraceContext.$Properties {
        }

        /** Represents a TraceContext. */
        class TraceContext {

            /**
             * Constructs a new TraceContext.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.TraceContext.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TraceContext traceparent. */
            traceparent: string;

            /** TraceContext tracestate. */
            tracestate: string;

            /**
             * Creates a new TraceContext instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TraceContext instance
             */
            static create(properties: daos.v1.TraceContext.$Shape): daos.v1.TraceContext & daos.v1.TraceContext.$Shape;
            static create(properties?: daos.v1.TraceContext.$Properties): daos.v1.TraceContext;

            /**
             * Encodes the specified TraceContext message. Does not implicitly {@link daos.v1.TraceContext.verify|verify} messages.
             * @param message TraceContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.TraceContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TraceContext message, length delimited. Does not implicitly {@link daos.v1.TraceContext.verify|verify} messages.
             * @param message TraceContext message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.TraceContext.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TraceContext message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.TraceContext & daos.v1.TraceContext.$Shape} TraceContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.TraceContext & daos.v1.TraceContext.$Shape;

            /**
             * Decodes a TraceContext message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.TraceContext & daos.v1.TraceContext.$Shape} TraceContext
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.TraceContext & daos.v1.TraceContext.$Shape;

            /**
             * Verifies a TraceContext message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TraceContext message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TraceContext
             */
            static fromObject(object: { [k: string]: any }): daos.v1.TraceContext;

            /**
             * Creates a plain object from a TraceContext message. Also converts values to other types if specified.
             * @param message TraceContext
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.TraceContext, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TraceContext to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TraceContext
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TraceContext {

            /** Properties of a TraceContext. */
            interface $Properties {

                /** TraceContext traceparent */
                traceparent?: (string|null);

                /** TraceContext tracestate */
                tracestate?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TraceContext. */
            type $Shape = daos.v1.TraceContext.$Properties;
        }

        /**
         * Properties of a RequestMeta.
         * @deprecated Use daos.v1.RequestMeta.$Properties instead.
         */
        interface IRequestMeta extends daos.v1.RequestMeta.$Properties {
        }

        /** Represents a RequestMeta. */
        class RequestMeta {

            /**
             * Constructs a new RequestMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.RequestMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestMeta clientId. */
            clientId: Uint8Array;

            /** RequestMeta clientTimeUs. */
            clientTimeUs: number;

            /** RequestMeta deadlineRemainingMs. */
            deadlineRemainingMs: number;

            /** RequestMeta operation. */
            operation: string;

            /** RequestMeta trace. */
            trace?: (daos.v1.TraceContext.$Properties|null);

            /**
             * Creates a new RequestMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestMeta instance
             */
            static create(properties: daos.v1.RequestMeta.$Shape): daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape;
            static create(properties?: daos.v1.RequestMeta.$Properties): daos.v1.RequestMeta;

            /**
             * Encodes the specified RequestMeta message. Does not implicitly {@link daos.v1.RequestMeta.verify|verify} messages.
             * @param message RequestMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.RequestMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestMeta message, length delimited. Does not implicitly {@link daos.v1.RequestMeta.verify|verify} messages.
             * @param message RequestMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.RequestMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape} RequestMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape;

            /**
             * Decodes a RequestMeta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape} RequestMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.RequestMeta & daos.v1.RequestMeta.$Shape;

            /**
             * Verifies a RequestMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestMeta
             */
            static fromObject(object: { [k: string]: any }): daos.v1.RequestMeta;

            /**
             * Creates a plain object from a RequestMeta message. Also converts values to other types if specified.
             * @param message RequestMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.RequestMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestMeta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestMeta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestMeta {

            /** Properties of a RequestMeta. */
            interface $Properties {

                /** RequestMeta clientId */
                clientId?: (Uint8Array|null);

                /** RequestMeta clientTimeUs */
                clientTimeUs?: (number|null);

                /** RequestMeta deadlineRemainingMs */
                deadlineRemainingMs?: (number|null);

                /** RequestMeta operation */
                operation?: (string|null);

                /** RequestMeta trace */
                trace?: (daos.v1.TraceContext.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestMeta. */
            type $Shape = daos.v1.RequestMeta.$Properties;
        }

        /**
         * Properties of a Request.
         * @deprecated Use daos.v1.Request.$Properties instead.
         */
        interface IRequest extends daos.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request meta. */
            meta?: (daos.v1.RequestMeta.$Properties|null);

            /** Request body. */
            body: Uint8Array;

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: daos.v1.Request.$Shape): daos.v1.Request & daos.v1.Request.$Shape;
            static create(properties?: daos.v1.Request.$Properties): daos.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link daos.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Request message, length delimited. Does not implicitly {@link daos.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.Request & daos.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.Request & daos.v1.Request.$Shape;

            /**
             * Decodes a Request message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.Request & daos.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.Request & daos.v1.Request.$Shape;

            /**
             * Verifies a Request message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): daos.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request meta */
                meta?: (daos.v1.RequestMeta.$Properties|null);

                /** Request body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Request. */
            type $Shape = daos.v1.Request.$Properties;
        }

        /**
         * Properties of a Reply.
         * @deprecated Use daos.v1.Reply.$Properties instead.
         */
        interface IReply extends daos.v1.Reply.$Properties {
        }

        /** Represents a Reply. */
        class Reply {

            /**
             * Constructs a new Reply.
             * @param [properties] Properties to set
             */
            constructor(properties?: daos.v1.Reply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reply status. */
            status?: (daos.v1.Status.$Properties|null);

            /** Reply hint. */
            hint?: (daos.v1.LeaderHint.$Properties|null);

            /** Reply body. */
            body: Uint8Array;

            /**
             * Creates a new Reply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reply instance
             */
            static create(properties: daos.v1.Reply.$Shape): daos.v1.Reply & daos.v1.Reply.$Shape;
            static create(properties?: daos.v1.Reply.$Properties): daos.v1.Reply;

            /**
             * Encodes the specified Reply message. Does not implicitly {@link daos.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: daos.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reply message, length delimited. Does not implicitly {@link daos.v1.Reply.verify|verify} messages.
             * @param message Reply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: daos.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {daos.v1.Reply & daos.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.v1.Reply & daos.v1.Reply.$Shape;

            /**
             * Decodes a Reply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {daos.v1.Reply & daos.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.v1.Reply & daos.v1.Reply.$Shape;

            /**
             * Verifies a Reply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reply
             */
            static fromObject(object: { [k: string]: any }): daos.v1.Reply;

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @param message Reply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: daos.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {

            /** Properties of a Reply. */
            interface $Properties {

                /** Reply status */
                status?: (daos.v1.Status.$Properties|null);

                /** Reply hint */
                hint?: (daos.v1.LeaderHint.$Properties|null);

                /** Reply body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reply. */
            type $Shape = daos.v1.Reply.$Properties;
        }
    }
}
