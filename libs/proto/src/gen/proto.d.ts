import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace daos. */
export namespace daos {

    /** Namespace cont. */
    namespace cont {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ContBootstrap.
             * @deprecated Use daos.cont.v1.ContBootstrap.$Properties instead.
             */
            interface IContBootstrap extends daos.cont.v1.ContBootstrap.$Properties {
            }

            /** Represents a ContBootstrap. */
            class ContBootstrap {

                /**
                 * Constructs a new ContBootstrap.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.ContBootstrap.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContBootstrap poolUuid. */
                poolUuid: string;

                /** ContBootstrap poolSvcRanks. */
                poolSvcRanks: number[];

                /** ContBootstrap poolLabel. */
                poolLabel: string;

                /**
                 * Creates a new ContBootstrap instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContBootstrap instance
                 */
                static create(properties: daos.cont.v1.ContBootstrap.$Shape): daos.cont.v1.ContBootstrap & daos.cont.v1.ContBootstrap.$Shape;
                static create(properties?: daos.cont.v1.ContBootstrap.$Properties): daos.cont.v1.ContBootstrap;

                /**
                 * Encodes the specified ContBootstrap message. Does not implicitly {@link daos.cont.v1.ContBootstrap.verify|verify} messages.
                 * @param message ContBootstrap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.ContBootstrap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ContBootstrap message, length delimited. Does not implicitly {@link daos.cont.v1.ContBootstrap.verify|verify} messages.
                 * @param message ContBootstrap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.ContBootstrap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContBootstrap message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.ContBootstrap & daos.cont.v1.ContBootstrap.$Shape} ContBootstrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.ContBootstrap & daos.cont.v1.ContBootstrap.$Shape;

                /**
                 * Decodes a ContBootstrap message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.ContBootstrap & daos.cont.v1.ContBootstrap.$Shape} ContBootstrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.ContBootstrap & daos.cont.v1.ContBootstrap.$Shape;

                /**
                 * Verifies a ContBootstrap message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContBootstrap message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContBootstrap
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.ContBootstrap;

                /**
                 * Creates a plain object from a ContBootstrap message. Also converts values to other types if specified.
                 * @param message ContBootstrap
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.ContBootstrap, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContBootstrap to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContBootstrap
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContBootstrap {

                /** Properties of a ContBootstrap. */
                interface $Properties {

                    /** ContBootstrap poolUuid */
                    poolUuid?: (string|null);

                    /** ContBootstrap poolSvcRanks */
                    poolSvcRanks?: (number[]|null);

                    /** ContBootstrap poolLabel */
                    poolLabel?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContBootstrap. */
                type $Shape = daos.cont.v1.ContBootstrap.$Properties;
            }

            /**
             * Properties of a Principal.
             * @deprecated Use daos.cont.v1.Principal.$Properties instead.
             */
            interface IPrincipal extends daos.cont.v1.Principal.$Properties {
            }

            /** Represents a Principal. */
            class Principal {

                /**
                 * Constructs a new Principal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.Principal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Principal user. */
                user: string;

                /** Principal groups. */
                groups: string[];

                /** Principal group. */
                group: string;

                /**
                 * Creates a new Principal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Principal instance
                 */
                static create(properties: daos.cont.v1.Principal.$Shape): daos.cont.v1.Principal & daos.cont.v1.Principal.$Shape;
                static create(properties?: daos.cont.v1.Principal.$Properties): daos.cont.v1.Principal;

                /**
                 * Encodes the specified Principal message. Does not implicitly {@link daos.cont.v1.Principal.verify|verify} messages.
                 * @param message Principal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.Principal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Principal message, length delimited. Does not implicitly {@link daos.cont.v1.Principal.verify|verify} messages.
                 * @param message Principal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.Principal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Principal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.Principal & daos.cont.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.Principal & daos.cont.v1.Principal.$Shape;

                /**
                 * Decodes a Principal message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.Principal & daos.cont.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.Principal & daos.cont.v1.Principal.$Shape;

                /**
                 * Verifies a Principal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Principal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Principal
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.Principal;

                /**
                 * Creates a plain object from a Principal message. Also converts values to other types if specified.
                 * @param message Principal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.Principal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Principal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Principal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Principal {

                /** Properties of a Principal. */
                interface $Properties {

                    /** Principal user */
                    user?: (string|null);

                    /** Principal groups */
                    groups?: (string[]|null);

                    /** Principal group */
                    group?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Principal. */
                type $Shape = daos.cont.v1.Principal.$Properties;
            }

            /**
             * Properties of a ContTarget.
             * @deprecated Use daos.cont.v1.ContTarget.$Properties instead.
             */
            interface IContTarget extends daos.cont.v1.ContTarget.$Properties {
            }

            /** Represents a ContTarget. */
            class ContTarget {

                /**
                 * Constructs a new ContTarget.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.ContTarget.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContTarget poolHandle. */
                poolHandle: string;

                /** ContTarget cont. */
                cont: string;

                /** ContTarget principal. */
                principal?: (daos.cont.v1.Principal.$Properties|null);

                /**
                 * Creates a new ContTarget instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContTarget instance
                 */
                static create(properties: daos.cont.v1.ContTarget.$Shape): daos.cont.v1.ContTarget & daos.cont.v1.ContTarget.$Shape;
                static create(properties?: daos.cont.v1.ContTarget.$Properties): daos.cont.v1.ContTarget;

                /**
                 * Encodes the specified ContTarget message. Does not implicitly {@link daos.cont.v1.ContTarget.verify|verify} messages.
                 * @param message ContTarget message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.ContTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ContTarget message, length delimited. Does not implicitly {@link daos.cont.v1.ContTarget.verify|verify} messages.
                 * @param message ContTarget message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.ContTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContTarget message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.ContTarget & daos.cont.v1.ContTarget.$Shape} ContTarget
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.ContTarget & daos.cont.v1.ContTarget.$Shape;

                /**
                 * Decodes a ContTarget message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.ContTarget & daos.cont.v1.ContTarget.$Shape} ContTarget
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.ContTarget & daos.cont.v1.ContTarget.$Shape;

                /**
                 * Verifies a ContTarget message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContTarget message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContTarget
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.ContTarget;

                /**
                 * Creates a plain object from a ContTarget message. Also converts values to other types if specified.
                 * @param message ContTarget
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.ContTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContTarget to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContTarget
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContTarget {

                /** Properties of a ContTarget. */
                interface $Properties {

                    /** ContTarget poolHandle */
                    poolHandle?: (string|null);

                    /** ContTarget cont */
                    cont?: (string|null);

                    /** ContTarget principal */
                    principal?: (daos.cont.v1.Principal.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContTarget. */
                type $Shape = daos.cont.v1.ContTarget.$Properties;
            }

            /**
             * Properties of a ContEntry.
             * @deprecated Use daos.cont.v1.ContEntry.$Properties instead.
             */
            interface IContEntry extends daos.cont.v1.ContEntry.$Properties {
            }

            /** Represents a ContEntry. */
            class ContEntry {

                /**
                 * Constructs a new ContEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.ContEntry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ContEntry uuid. */
                uuid: string;

                /** ContEntry label. */
                label: string;

                /**
                 * Creates a new ContEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ContEntry instance
                 */
                static create(properties: daos.cont.v1.ContEntry.$Shape): daos.cont.v1.ContEntry & daos.cont.v1.ContEntry.$Shape;
                static create(properties?: daos.cont.v1.ContEntry.$Properties): daos.cont.v1.ContEntry;

                /**
                 * Encodes the specified ContEntry message. Does not implicitly {@link daos.cont.v1.ContEntry.verify|verify} messages.
                 * @param message ContEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.ContEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ContEntry message, length delimited. Does not implicitly {@link daos.cont.v1.ContEntry.verify|verify} messages.
                 * @param message ContEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.ContEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ContEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.ContEntry & daos.cont.v1.ContEntry.$Shape} ContEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.ContEntry & daos.cont.v1.ContEntry.$Shape;

                /**
                 * Decodes a ContEntry message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.ContEntry & daos.cont.v1.ContEntry.$Shape} ContEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.ContEntry & daos.cont.v1.ContEntry.$Shape;

                /**
                 * Verifies a ContEntry message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ContEntry message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ContEntry
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.ContEntry;

                /**
                 * Creates a plain object from a ContEntry message. Also converts values to other types if specified.
                 * @param message ContEntry
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.ContEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ContEntry to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ContEntry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ContEntry {

                /** Properties of a ContEntry. */
                interface $Properties {

                    /** ContEntry uuid */
                    uuid?: (string|null);

                    /** ContEntry label */
                    label?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ContEntry. */
                type $Shape = daos.cont.v1.ContEntry.$Properties;
            }

            /**
             * Properties of a CreateReq.
             * @deprecated Use daos.cont.v1.CreateReq.$Properties instead.
             */
            interface ICreateReq extends daos.cont.v1.CreateReq.$Properties {
            }

            /** Represents a CreateReq. */
            class CreateReq {

                /**
                 * Constructs a new CreateReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.CreateReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateReq poolHandle. */
                poolHandle: string;

                /** CreateReq principal. */
                principal?: (daos.cont.v1.Principal.$Properties|null);

                /** CreateReq uuid. */
                uuid: string;

                /** CreateReq label. */
                label: string;

                /** CreateReq props. */
                props: { [k: string]: string };

                /** CreateReq acl. */
                acl: string[];

                /**
                 * Creates a new CreateReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateReq instance
                 */
                static create(properties: daos.cont.v1.CreateReq.$Shape): daos.cont.v1.CreateReq & daos.cont.v1.CreateReq.$Shape;
                static create(properties?: daos.cont.v1.CreateReq.$Properties): daos.cont.v1.CreateReq;

                /**
                 * Encodes the specified CreateReq message. Does not implicitly {@link daos.cont.v1.CreateReq.verify|verify} messages.
                 * @param message CreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.CreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateReq message, length delimited. Does not implicitly {@link daos.cont.v1.CreateReq.verify|verify} messages.
                 * @param message CreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.CreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.CreateReq & daos.cont.v1.CreateReq.$Shape} CreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.CreateReq & daos.cont.v1.CreateReq.$Shape;

                /**
                 * Decodes a CreateReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.CreateReq & daos.cont.v1.CreateReq.$Shape} CreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.CreateReq & daos.cont.v1.CreateReq.$Shape;

                /**
                 * Verifies a CreateReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.CreateReq;

                /**
                 * Creates a plain object from a CreateReq message. Also converts values to other types if specified.
                 * @param message CreateReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.CreateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateReq {

                /** Properties of a CreateReq. */
                interface $Properties {

                    /** CreateReq poolHandle */
                    poolHandle?: (string|null);

                    /** CreateReq principal */
                    principal?: (daos.cont.v1.Principal.$Properties|null);

                    /** CreateReq uuid */
                    uuid?: (string|null);

                    /** CreateReq label */
                    label?: (string|null);

                    /** CreateReq props */
                    props?: ({ [k: string]: string }|null);

                    /** CreateReq acl */
                    acl?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateReq. */
                type $Shape = daos.cont.v1.CreateReq.$Properties;
            }

            /**
             * Properties of a CreateRep.
             * @deprecated Use daos.cont.v1.CreateRep.$Properties instead.
             */
            interface ICreateRep extends daos.cont.v1.CreateRep.$Properties {
            }

            /** Represents a CreateRep. */
            class CreateRep {

                /**
                 * Constructs a new CreateRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.CreateRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CreateRep cont. */
                cont?: (daos.cont.v1.ContEntry.$Properties|null);

                /**
                 * Creates a new CreateRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateRep instance
                 */
                static create(properties: daos.cont.v1.CreateRep.$Shape): daos.cont.v1.CreateRep & daos.cont.v1.CreateRep.$Shape;
                static create(properties?: daos.cont.v1.CreateRep.$Properties): daos.cont.v1.CreateRep;

                /**
                 * Encodes the specified CreateRep message. Does not implicitly {@link daos.cont.v1.CreateRep.verify|verify} messages.
                 * @param message CreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.CreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CreateRep message, length delimited. Does not implicitly {@link daos.cont.v1.CreateRep.verify|verify} messages.
                 * @param message CreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.CreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.CreateRep & daos.cont.v1.CreateRep.$Shape} CreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.CreateRep & daos.cont.v1.CreateRep.$Shape;

                /**
                 * Decodes a CreateRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.CreateRep & daos.cont.v1.CreateRep.$Shape} CreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.CreateRep & daos.cont.v1.CreateRep.$Shape;

                /**
                 * Verifies a CreateRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CreateRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.CreateRep;

                /**
                 * Creates a plain object from a CreateRep message. Also converts values to other types if specified.
                 * @param message CreateRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.CreateRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CreateRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateRep {

                /** Properties of a CreateRep. */
                interface $Properties {

                    /** CreateRep cont */
                    cont?: (daos.cont.v1.ContEntry.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CreateRep. */
                type $Shape = daos.cont.v1.CreateRep.$Properties;
            }

            /**
             * Properties of a DestroyReq.
             * @deprecated Use daos.cont.v1.DestroyReq.$Properties instead.
             */
            interface IDestroyReq extends daos.cont.v1.DestroyReq.$Properties {
            }

            /** Represents a DestroyReq. */
            class DestroyReq {

                /**
                 * Constructs a new DestroyReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.DestroyReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DestroyReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** DestroyReq force. */
                force: boolean;

                /**
                 * Creates a new DestroyReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DestroyReq instance
                 */
                static create(properties: daos.cont.v1.DestroyReq.$Shape): daos.cont.v1.DestroyReq & daos.cont.v1.DestroyReq.$Shape;
                static create(properties?: daos.cont.v1.DestroyReq.$Properties): daos.cont.v1.DestroyReq;

                /**
                 * Encodes the specified DestroyReq message. Does not implicitly {@link daos.cont.v1.DestroyReq.verify|verify} messages.
                 * @param message DestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.DestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DestroyReq message, length delimited. Does not implicitly {@link daos.cont.v1.DestroyReq.verify|verify} messages.
                 * @param message DestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.DestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DestroyReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.DestroyReq & daos.cont.v1.DestroyReq.$Shape} DestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.DestroyReq & daos.cont.v1.DestroyReq.$Shape;

                /**
                 * Decodes a DestroyReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.DestroyReq & daos.cont.v1.DestroyReq.$Shape} DestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.DestroyReq & daos.cont.v1.DestroyReq.$Shape;

                /**
                 * Verifies a DestroyReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DestroyReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DestroyReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.DestroyReq;

                /**
                 * Creates a plain object from a DestroyReq message. Also converts values to other types if specified.
                 * @param message DestroyReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.DestroyReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DestroyReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DestroyReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DestroyReq {

                /** Properties of a DestroyReq. */
                interface $Properties {

                    /** DestroyReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** DestroyReq force */
                    force?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DestroyReq. */
                type $Shape = daos.cont.v1.DestroyReq.$Properties;
            }

            /**
             * Properties of a DestroyRep.
             * @deprecated Use daos.cont.v1.DestroyRep.$Properties instead.
             */
            interface IDestroyRep extends daos.cont.v1.DestroyRep.$Properties {
            }

            /** Represents a DestroyRep. */
            class DestroyRep {

                /**
                 * Constructs a new DestroyRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.DestroyRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DestroyRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DestroyRep instance
                 */
                static create(properties: daos.cont.v1.DestroyRep.$Shape): daos.cont.v1.DestroyRep & daos.cont.v1.DestroyRep.$Shape;
                static create(properties?: daos.cont.v1.DestroyRep.$Properties): daos.cont.v1.DestroyRep;

                /**
                 * Encodes the specified DestroyRep message. Does not implicitly {@link daos.cont.v1.DestroyRep.verify|verify} messages.
                 * @param message DestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.DestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DestroyRep message, length delimited. Does not implicitly {@link daos.cont.v1.DestroyRep.verify|verify} messages.
                 * @param message DestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.DestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DestroyRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.DestroyRep & daos.cont.v1.DestroyRep.$Shape} DestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.DestroyRep & daos.cont.v1.DestroyRep.$Shape;

                /**
                 * Decodes a DestroyRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.DestroyRep & daos.cont.v1.DestroyRep.$Shape} DestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.DestroyRep & daos.cont.v1.DestroyRep.$Shape;

                /**
                 * Verifies a DestroyRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DestroyRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DestroyRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.DestroyRep;

                /**
                 * Creates a plain object from a DestroyRep message. Also converts values to other types if specified.
                 * @param message DestroyRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.DestroyRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DestroyRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DestroyRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DestroyRep {

                /** Properties of a DestroyRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DestroyRep. */
                type $Shape = daos.cont.v1.DestroyRep.$Properties;
            }

            /**
             * Properties of a ListReq.
             * @deprecated Use daos.cont.v1.ListReq.$Properties instead.
             */
            interface IListReq extends daos.cont.v1.ListReq.$Properties {
            }

            /** Represents a ListReq. */
            class ListReq {

                /**
                 * Constructs a new ListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.ListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListReq poolHandle. */
                poolHandle: string;

                /** ListReq principal. */
                principal?: (daos.cont.v1.Principal.$Properties|null);

                /**
                 * Creates a new ListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListReq instance
                 */
                static create(properties: daos.cont.v1.ListReq.$Shape): daos.cont.v1.ListReq & daos.cont.v1.ListReq.$Shape;
                static create(properties?: daos.cont.v1.ListReq.$Properties): daos.cont.v1.ListReq;

                /**
                 * Encodes the specified ListReq message. Does not implicitly {@link daos.cont.v1.ListReq.verify|verify} messages.
                 * @param message ListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.ListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListReq message, length delimited. Does not implicitly {@link daos.cont.v1.ListReq.verify|verify} messages.
                 * @param message ListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.ListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.ListReq & daos.cont.v1.ListReq.$Shape} ListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.ListReq & daos.cont.v1.ListReq.$Shape;

                /**
                 * Decodes a ListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.ListReq & daos.cont.v1.ListReq.$Shape} ListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.ListReq & daos.cont.v1.ListReq.$Shape;

                /**
                 * Verifies a ListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.ListReq;

                /**
                 * Creates a plain object from a ListReq message. Also converts values to other types if specified.
                 * @param message ListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.ListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListReq {

                /** Properties of a ListReq. */
                interface $Properties {

                    /** ListReq poolHandle */
                    poolHandle?: (string|null);

                    /** ListReq principal */
                    principal?: (daos.cont.v1.Principal.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListReq. */
                type $Shape = daos.cont.v1.ListReq.$Properties;
            }

            /**
             * Properties of a ListRep.
             * @deprecated Use daos.cont.v1.ListRep.$Properties instead.
             */
            interface IListRep extends daos.cont.v1.ListRep.$Properties {
            }

            /** Represents a ListRep. */
            class ListRep {

                /**
                 * Constructs a new ListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.ListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ListRep conts. */
                conts: daos.cont.v1.ContEntry.$Properties[];

                /**
                 * Creates a new ListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ListRep instance
                 */
                static create(properties: daos.cont.v1.ListRep.$Shape): daos.cont.v1.ListRep & daos.cont.v1.ListRep.$Shape;
                static create(properties?: daos.cont.v1.ListRep.$Properties): daos.cont.v1.ListRep;

                /**
                 * Encodes the specified ListRep message. Does not implicitly {@link daos.cont.v1.ListRep.verify|verify} messages.
                 * @param message ListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.ListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ListRep message, length delimited. Does not implicitly {@link daos.cont.v1.ListRep.verify|verify} messages.
                 * @param message ListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.ListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.ListRep & daos.cont.v1.ListRep.$Shape} ListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.ListRep & daos.cont.v1.ListRep.$Shape;

                /**
                 * Decodes a ListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.ListRep & daos.cont.v1.ListRep.$Shape} ListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.ListRep & daos.cont.v1.ListRep.$Shape;

                /**
                 * Verifies a ListRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ListRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ListRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.ListRep;

                /**
                 * Creates a plain object from a ListRep message. Also converts values to other types if specified.
                 * @param message ListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.ListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ListRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ListRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListRep {

                /** Properties of a ListRep. */
                interface $Properties {

                    /** ListRep conts */
                    conts?: (daos.cont.v1.ContEntry.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ListRep. */
                type $Shape = daos.cont.v1.ListRep.$Properties;
            }

            /** OpenMode enum. */
            enum OpenMode {

                /** OPEN_MODE_UNSPECIFIED value */
                OPEN_MODE_UNSPECIFIED = 0,

                /** OPEN_MODE_RO value */
                OPEN_MODE_RO = 1,

                /** OPEN_MODE_RW value */
                OPEN_MODE_RW = 2,

                /** OPEN_MODE_EX value */
                OPEN_MODE_EX = 3
            }

            /**
             * Properties of an OpenReq.
             * @deprecated Use daos.cont.v1.OpenReq.$Properties instead.
             */
            interface IOpenReq extends daos.cont.v1.OpenReq.$Properties {
            }

            /** Represents an OpenReq. */
            class OpenReq {

                /**
                 * Constructs a new OpenReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.OpenReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OpenReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** OpenReq handle. */
                handle: string;

                /** OpenReq mode. */
                mode: daos.cont.v1.OpenMode;

                /** OpenReq evictAll. */
                evictAll: boolean;

                /**
                 * Creates a new OpenReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OpenReq instance
                 */
                static create(properties: daos.cont.v1.OpenReq.$Shape): daos.cont.v1.OpenReq & daos.cont.v1.OpenReq.$Shape;
                static create(properties?: daos.cont.v1.OpenReq.$Properties): daos.cont.v1.OpenReq;

                /**
                 * Encodes the specified OpenReq message. Does not implicitly {@link daos.cont.v1.OpenReq.verify|verify} messages.
                 * @param message OpenReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.OpenReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified OpenReq message, length delimited. Does not implicitly {@link daos.cont.v1.OpenReq.verify|verify} messages.
                 * @param message OpenReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.OpenReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OpenReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.OpenReq & daos.cont.v1.OpenReq.$Shape} OpenReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.OpenReq & daos.cont.v1.OpenReq.$Shape;

                /**
                 * Decodes an OpenReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.OpenReq & daos.cont.v1.OpenReq.$Shape} OpenReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.OpenReq & daos.cont.v1.OpenReq.$Shape;

                /**
                 * Verifies an OpenReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OpenReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OpenReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.OpenReq;

                /**
                 * Creates a plain object from an OpenReq message. Also converts values to other types if specified.
                 * @param message OpenReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.OpenReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OpenReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OpenReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OpenReq {

                /** Properties of an OpenReq. */
                interface $Properties {

                    /** OpenReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** OpenReq handle */
                    handle?: (string|null);

                    /** OpenReq mode */
                    mode?: (daos.cont.v1.OpenMode|null);

                    /** OpenReq evictAll */
                    evictAll?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OpenReq. */
                type $Shape = daos.cont.v1.OpenReq.$Properties;
            }

            /**
             * Properties of an OpenRep.
             * @deprecated Use daos.cont.v1.OpenRep.$Properties instead.
             */
            interface IOpenRep extends daos.cont.v1.OpenRep.$Properties {
            }

            /** Represents an OpenRep. */
            class OpenRep {

                /**
                 * Constructs a new OpenRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.OpenRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OpenRep cont. */
                cont?: (daos.cont.v1.ContEntry.$Properties|null);

                /** OpenRep capabilities. */
                capabilities: number;

                /** OpenRep props. */
                props: { [k: string]: string };

                /**
                 * Creates a new OpenRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OpenRep instance
                 */
                static create(properties: daos.cont.v1.OpenRep.$Shape): daos.cont.v1.OpenRep & daos.cont.v1.OpenRep.$Shape;
                static create(properties?: daos.cont.v1.OpenRep.$Properties): daos.cont.v1.OpenRep;

                /**
                 * Encodes the specified OpenRep message. Does not implicitly {@link daos.cont.v1.OpenRep.verify|verify} messages.
                 * @param message OpenRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.OpenRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified OpenRep message, length delimited. Does not implicitly {@link daos.cont.v1.OpenRep.verify|verify} messages.
                 * @param message OpenRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.OpenRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OpenRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.OpenRep & daos.cont.v1.OpenRep.$Shape} OpenRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.OpenRep & daos.cont.v1.OpenRep.$Shape;

                /**
                 * Decodes an OpenRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.OpenRep & daos.cont.v1.OpenRep.$Shape} OpenRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.OpenRep & daos.cont.v1.OpenRep.$Shape;

                /**
                 * Verifies an OpenRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OpenRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OpenRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.OpenRep;

                /**
                 * Creates a plain object from an OpenRep message. Also converts values to other types if specified.
                 * @param message OpenRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.OpenRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OpenRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OpenRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OpenRep {

                /** Properties of an OpenRep. */
                interface $Properties {

                    /** OpenRep cont */
                    cont?: (daos.cont.v1.ContEntry.$Properties|null);

                    /** OpenRep capabilities */
                    capabilities?: (number|null);

                    /** OpenRep props */
                    props?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OpenRep. */
                type $Shape = daos.cont.v1.OpenRep.$Properties;
            }

            /**
             * Properties of a CloseReq.
             * @deprecated Use daos.cont.v1.CloseReq.$Properties instead.
             */
            interface ICloseReq extends daos.cont.v1.CloseReq.$Properties {
            }

            /** Represents a CloseReq. */
            class CloseReq {

                /**
                 * Constructs a new CloseReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.CloseReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CloseReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** CloseReq handle. */
                handle: string;

                /**
                 * Creates a new CloseReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseReq instance
                 */
                static create(properties: daos.cont.v1.CloseReq.$Shape): daos.cont.v1.CloseReq & daos.cont.v1.CloseReq.$Shape;
                static create(properties?: daos.cont.v1.CloseReq.$Properties): daos.cont.v1.CloseReq;

                /**
                 * Encodes the specified CloseReq message. Does not implicitly {@link daos.cont.v1.CloseReq.verify|verify} messages.
                 * @param message CloseReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.CloseReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseReq message, length delimited. Does not implicitly {@link daos.cont.v1.CloseReq.verify|verify} messages.
                 * @param message CloseReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.CloseReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.CloseReq & daos.cont.v1.CloseReq.$Shape} CloseReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.CloseReq & daos.cont.v1.CloseReq.$Shape;

                /**
                 * Decodes a CloseReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.CloseReq & daos.cont.v1.CloseReq.$Shape} CloseReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.CloseReq & daos.cont.v1.CloseReq.$Shape;

                /**
                 * Verifies a CloseReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.CloseReq;

                /**
                 * Creates a plain object from a CloseReq message. Also converts values to other types if specified.
                 * @param message CloseReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.CloseReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CloseReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseReq {

                /** Properties of a CloseReq. */
                interface $Properties {

                    /** CloseReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** CloseReq handle */
                    handle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseReq. */
                type $Shape = daos.cont.v1.CloseReq.$Properties;
            }

            /**
             * Properties of a CloseRep.
             * @deprecated Use daos.cont.v1.CloseRep.$Properties instead.
             */
            interface ICloseRep extends daos.cont.v1.CloseRep.$Properties {
            }

            /** Represents a CloseRep. */
            class CloseRep {

                /**
                 * Constructs a new CloseRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.CloseRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new CloseRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CloseRep instance
                 */
                static create(properties: daos.cont.v1.CloseRep.$Shape): daos.cont.v1.CloseRep & daos.cont.v1.CloseRep.$Shape;
                static create(properties?: daos.cont.v1.CloseRep.$Properties): daos.cont.v1.CloseRep;

                /**
                 * Encodes the specified CloseRep message. Does not implicitly {@link daos.cont.v1.CloseRep.verify|verify} messages.
                 * @param message CloseRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.CloseRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified CloseRep message, length delimited. Does not implicitly {@link daos.cont.v1.CloseRep.verify|verify} messages.
                 * @param message CloseRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.CloseRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CloseRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.CloseRep & daos.cont.v1.CloseRep.$Shape} CloseRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.CloseRep & daos.cont.v1.CloseRep.$Shape;

                /**
                 * Decodes a CloseRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.CloseRep & daos.cont.v1.CloseRep.$Shape} CloseRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.CloseRep & daos.cont.v1.CloseRep.$Shape;

                /**
                 * Verifies a CloseRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a CloseRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CloseRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.CloseRep;

                /**
                 * Creates a plain object from a CloseRep message. Also converts values to other types if specified.
                 * @param message CloseRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.CloseRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CloseRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for CloseRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseRep {

                /** Properties of a CloseRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CloseRep. */
                type $Shape = daos.cont.v1.CloseRep.$Properties;
            }

            /**
             * Properties of a QueryReq.
             * @deprecated Use daos.cont.v1.QueryReq.$Properties instead.
             */
            interface IQueryReq extends daos.cont.v1.QueryReq.$Properties {
            }

            /** Represents a QueryReq. */
            class QueryReq {

                /**
                 * Constructs a new QueryReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.QueryReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /**
                 * Creates a new QueryReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryReq instance
                 */
                static create(properties: daos.cont.v1.QueryReq.$Shape): daos.cont.v1.QueryReq & daos.cont.v1.QueryReq.$Shape;
                static create(properties?: daos.cont.v1.QueryReq.$Properties): daos.cont.v1.QueryReq;

                /**
                 * Encodes the specified QueryReq message. Does not implicitly {@link daos.cont.v1.QueryReq.verify|verify} messages.
                 * @param message QueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.QueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryReq message, length delimited. Does not implicitly {@link daos.cont.v1.QueryReq.verify|verify} messages.
                 * @param message QueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.QueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.QueryReq & daos.cont.v1.QueryReq.$Shape} QueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.QueryReq & daos.cont.v1.QueryReq.$Shape;

                /**
                 * Decodes a QueryReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.QueryReq & daos.cont.v1.QueryReq.$Shape} QueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.QueryReq & daos.cont.v1.QueryReq.$Shape;

                /**
                 * Verifies a QueryReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.QueryReq;

                /**
                 * Creates a plain object from a QueryReq message. Also converts values to other types if specified.
                 * @param message QueryReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.QueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryReq {

                /** Properties of a QueryReq. */
                interface $Properties {

                    /** QueryReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryReq. */
                type $Shape = daos.cont.v1.QueryReq.$Properties;
            }

            /**
             * Properties of a QueryRep.
             * @deprecated Use daos.cont.v1.QueryRep.$Properties instead.
             */
            interface IQueryRep extends daos.cont.v1.QueryRep.$Properties {
            }

            /** Represents a QueryRep. */
            class QueryRep {

                /**
                 * Constructs a new QueryRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.QueryRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRep cont. */
                cont?: (daos.cont.v1.ContEntry.$Properties|null);

                /** QueryRep poolUuid. */
                poolUuid: string;

                /** QueryRep props. */
                props: { [k: string]: string };

                /** QueryRep openHandles. */
                openHandles: number;

                /** QueryRep snapshots. */
                snapshots: number;

                /** QueryRep latestSnapshot. */
                latestSnapshot: number;

                /** QueryRep nextOid. */
                nextOid: number;

                /** QueryRep createdMs. */
                createdMs: number;

                /** QueryRep openedMs. */
                openedMs: number;

                /** QueryRep modifiedMs. */
                modifiedMs: number;

                /**
                 * Creates a new QueryRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRep instance
                 */
                static create(properties: daos.cont.v1.QueryRep.$Shape): daos.cont.v1.QueryRep & daos.cont.v1.QueryRep.$Shape;
                static create(properties?: daos.cont.v1.QueryRep.$Properties): daos.cont.v1.QueryRep;

                /**
                 * Encodes the specified QueryRep message. Does not implicitly {@link daos.cont.v1.QueryRep.verify|verify} messages.
                 * @param message QueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.QueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryRep message, length delimited. Does not implicitly {@link daos.cont.v1.QueryRep.verify|verify} messages.
                 * @param message QueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.QueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.QueryRep & daos.cont.v1.QueryRep.$Shape} QueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.QueryRep & daos.cont.v1.QueryRep.$Shape;

                /**
                 * Decodes a QueryRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.QueryRep & daos.cont.v1.QueryRep.$Shape} QueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.QueryRep & daos.cont.v1.QueryRep.$Shape;

                /**
                 * Verifies a QueryRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.QueryRep;

                /**
                 * Creates a plain object from a QueryRep message. Also converts values to other types if specified.
                 * @param message QueryRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.QueryRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRep {

                /** Properties of a QueryRep. */
                interface $Properties {

                    /** QueryRep cont */
                    cont?: (daos.cont.v1.ContEntry.$Properties|null);

                    /** QueryRep poolUuid */
                    poolUuid?: (string|null);

                    /** QueryRep props */
                    props?: ({ [k: string]: string }|null);

                    /** QueryRep openHandles */
                    openHandles?: (number|null);

                    /** QueryRep snapshots */
                    snapshots?: (number|null);

                    /** QueryRep latestSnapshot */
                    latestSnapshot?: (number|null);

                    /** QueryRep nextOid */
                    nextOid?: (number|null);

                    /** QueryRep createdMs */
                    createdMs?: (number|null);

                    /** QueryRep openedMs */
                    openedMs?: (number|null);

                    /** QueryRep modifiedMs */
                    modifiedMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRep. */
                type $Shape = daos.cont.v1.QueryRep.$Properties;
            }

            /**
             * Properties of a GetPropReq.
             * @deprecated Use daos.cont.v1.GetPropReq.$Properties instead.
             */
            interface IGetPropReq extends daos.cont.v1.GetPropReq.$Properties {
            }

            /** Represents a GetPropReq. */
            class GetPropReq {

                /**
                 * Constructs a new GetPropReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.GetPropReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetPropReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** GetPropReq names. */
                names: string[];

                /**
                 * Creates a new GetPropReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetPropReq instance
                 */
                static create(properties: daos.cont.v1.GetPropReq.$Shape): daos.cont.v1.GetPropReq & daos.cont.v1.GetPropReq.$Shape;
                static create(properties?: daos.cont.v1.GetPropReq.$Properties): daos.cont.v1.GetPropReq;

                /**
                 * Encodes the specified GetPropReq message. Does not implicitly {@link daos.cont.v1.GetPropReq.verify|verify} messages.
                 * @param message GetPropReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.GetPropReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetPropReq message, length delimited. Does not implicitly {@link daos.cont.v1.GetPropReq.verify|verify} messages.
                 * @param message GetPropReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.GetPropReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetPropReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.GetPropReq & daos.cont.v1.GetPropReq.$Shape} GetPropReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.GetPropReq & daos.cont.v1.GetPropReq.$Shape;

                /**
                 * Decodes a GetPropReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.GetPropReq & daos.cont.v1.GetPropReq.$Shape} GetPropReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.GetPropReq & daos.cont.v1.GetPropReq.$Shape;

                /**
                 * Verifies a GetPropReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetPropReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetPropReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.GetPropReq;

                /**
                 * Creates a plain object from a GetPropReq message. Also converts values to other types if specified.
                 * @param message GetPropReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.GetPropReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetPropReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetPropReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetPropReq {

                /** Properties of a GetPropReq. */
                interface $Properties {

                    /** GetPropReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** GetPropReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetPropReq. */
                type $Shape = daos.cont.v1.GetPropReq.$Properties;
            }

            /**
             * Properties of a GetPropRep.
             * @deprecated Use daos.cont.v1.GetPropRep.$Properties instead.
             */
            interface IGetPropRep extends daos.cont.v1.GetPropRep.$Properties {
            }

            /** Represents a GetPropRep. */
            class GetPropRep {

                /**
                 * Constructs a new GetPropRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.GetPropRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetPropRep props. */
                props: { [k: string]: string };

                /**
                 * Creates a new GetPropRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetPropRep instance
                 */
                static create(properties: daos.cont.v1.GetPropRep.$Shape): daos.cont.v1.GetPropRep & daos.cont.v1.GetPropRep.$Shape;
                static create(properties?: daos.cont.v1.GetPropRep.$Properties): daos.cont.v1.GetPropRep;

                /**
                 * Encodes the specified GetPropRep message. Does not implicitly {@link daos.cont.v1.GetPropRep.verify|verify} messages.
                 * @param message GetPropRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.GetPropRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetPropRep message, length delimited. Does not implicitly {@link daos.cont.v1.GetPropRep.verify|verify} messages.
                 * @param message GetPropRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.GetPropRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetPropRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.GetPropRep & daos.cont.v1.GetPropRep.$Shape} GetPropRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.GetPropRep & daos.cont.v1.GetPropRep.$Shape;

                /**
                 * Decodes a GetPropRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.GetPropRep & daos.cont.v1.GetPropRep.$Shape} GetPropRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.GetPropRep & daos.cont.v1.GetPropRep.$Shape;

                /**
                 * Verifies a GetPropRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetPropRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetPropRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.GetPropRep;

                /**
                 * Creates a plain object from a GetPropRep message. Also converts values to other types if specified.
                 * @param message GetPropRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.GetPropRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetPropRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetPropRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetPropRep {

                /** Properties of a GetPropRep. */
                interface $Properties {

                    /** GetPropRep props */
                    props?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetPropRep. */
                type $Shape = daos.cont.v1.GetPropRep.$Properties;
            }

            /**
             * Properties of a SetPropReq.
             * @deprecated Use daos.cont.v1.SetPropReq.$Properties instead.
             */
            interface ISetPropReq extends daos.cont.v1.SetPropReq.$Properties {
            }

            /** Represents a SetPropReq. */
            class SetPropReq {

                /**
                 * Constructs a new SetPropReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SetPropReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetPropReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** SetPropReq props. */
                props: { [k: string]: string };

                /**
                 * Creates a new SetPropReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetPropReq instance
                 */
                static create(properties: daos.cont.v1.SetPropReq.$Shape): daos.cont.v1.SetPropReq & daos.cont.v1.SetPropReq.$Shape;
                static create(properties?: daos.cont.v1.SetPropReq.$Properties): daos.cont.v1.SetPropReq;

                /**
                 * Encodes the specified SetPropReq message. Does not implicitly {@link daos.cont.v1.SetPropReq.verify|verify} messages.
                 * @param message SetPropReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SetPropReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetPropReq message, length delimited. Does not implicitly {@link daos.cont.v1.SetPropReq.verify|verify} messages.
                 * @param message SetPropReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SetPropReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetPropReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SetPropReq & daos.cont.v1.SetPropReq.$Shape} SetPropReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SetPropReq & daos.cont.v1.SetPropReq.$Shape;

                /**
                 * Decodes a SetPropReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SetPropReq & daos.cont.v1.SetPropReq.$Shape} SetPropReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SetPropReq & daos.cont.v1.SetPropReq.$Shape;

                /**
                 * Verifies a SetPropReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetPropReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetPropReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SetPropReq;

                /**
                 * Creates a plain object from a SetPropReq message. Also converts values to other types if specified.
                 * @param message SetPropReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SetPropReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetPropReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetPropReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetPropReq {

                /** Properties of a SetPropReq. */
                interface $Properties {

                    /** SetPropReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** SetPropReq props */
                    props?: ({ [k: string]: string }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetPropReq. */
                type $Shape = daos.cont.v1.SetPropReq.$Properties;
            }

            /**
             * Properties of a SetPropRep.
             * @deprecated Use daos.cont.v1.SetPropRep.$Properties instead.
             */
            interface ISetPropRep extends daos.cont.v1.SetPropRep.$Properties {
            }

            /** Represents a SetPropRep. */
            class SetPropRep {

                /**
                 * Constructs a new SetPropRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SetPropRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SetPropRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetPropRep instance
                 */
                static create(properties: daos.cont.v1.SetPropRep.$Shape): daos.cont.v1.SetPropRep & daos.cont.v1.SetPropRep.$Shape;
                static create(properties?: daos.cont.v1.SetPropRep.$Properties): daos.cont.v1.SetPropRep;

                /**
                 * Encodes the specified SetPropRep message. Does not implicitly {@link daos.cont.v1.SetPropRep.verify|verify} messages.
                 * @param message SetPropRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SetPropRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetPropRep message, length delimited. Does not implicitly {@link daos.cont.v1.SetPropRep.verify|verify} messages.
                 * @param message SetPropRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SetPropRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetPropRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SetPropRep & daos.cont.v1.SetPropRep.$Shape} SetPropRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SetPropRep & daos.cont.v1.SetPropRep.$Shape;

                /**
                 * Decodes a SetPropRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SetPropRep & daos.cont.v1.SetPropRep.$Shape} SetPropRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SetPropRep & daos.cont.v1.SetPropRep.$Shape;

                /**
                 * Verifies a SetPropRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetPropRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetPropRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SetPropRep;

                /**
                 * Creates a plain object from a SetPropRep message. Also converts values to other types if specified.
                 * @param message SetPropRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SetPropRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetPropRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetPropRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetPropRep {

                /** Properties of a SetPropRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetPropRep. */
                type $Shape = daos.cont.v1.SetPropRep.$Properties;
            }

            /**
             * Properties of an AclRep.
             * @deprecated Use daos.cont.v1.AclRep.$Properties instead.
             */
            interface IAclRep extends daos.cont.v1.AclRep.$Properties {
            }

            /** Represents an AclRep. */
            class AclRep {

                /**
                 * Constructs a new AclRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AclRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AclRep aces. */
                aces: string[];

                /** AclRep owner. */
                owner: string;

                /** AclRep ownerGroup. */
                ownerGroup: string;

                /**
                 * Creates a new AclRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclRep instance
                 */
                static create(properties: daos.cont.v1.AclRep.$Shape): daos.cont.v1.AclRep & daos.cont.v1.AclRep.$Shape;
                static create(properties?: daos.cont.v1.AclRep.$Properties): daos.cont.v1.AclRep;

                /**
                 * Encodes the specified AclRep message. Does not implicitly {@link daos.cont.v1.AclRep.verify|verify} messages.
                 * @param message AclRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AclRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclRep message, length delimited. Does not implicitly {@link daos.cont.v1.AclRep.verify|verify} messages.
                 * @param message AclRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AclRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AclRep & daos.cont.v1.AclRep.$Shape} AclRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AclRep & daos.cont.v1.AclRep.$Shape;

                /**
                 * Decodes an AclRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AclRep & daos.cont.v1.AclRep.$Shape} AclRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AclRep & daos.cont.v1.AclRep.$Shape;

                /**
                 * Verifies an AclRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AclRep;

                /**
                 * Creates a plain object from an AclRep message. Also converts values to other types if specified.
                 * @param message AclRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AclRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclRep {

                /** Properties of an AclRep. */
                interface $Properties {

                    /** AclRep aces */
                    aces?: (string[]|null);

                    /** AclRep owner */
                    owner?: (string|null);

                    /** AclRep ownerGroup */
                    ownerGroup?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclRep. */
                type $Shape = daos.cont.v1.AclRep.$Properties;
            }

            /**
             * Properties of a GetAclReq.
             * @deprecated Use daos.cont.v1.GetAclReq.$Properties instead.
             */
            interface IGetAclReq extends daos.cont.v1.GetAclReq.$Properties {
            }

            /** Represents a GetAclReq. */
            class GetAclReq {

                /**
                 * Constructs a new GetAclReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.GetAclReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GetAclReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /**
                 * Creates a new GetAclReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAclReq instance
                 */
                static create(properties: daos.cont.v1.GetAclReq.$Shape): daos.cont.v1.GetAclReq & daos.cont.v1.GetAclReq.$Shape;
                static create(properties?: daos.cont.v1.GetAclReq.$Properties): daos.cont.v1.GetAclReq;

                /**
                 * Encodes the specified GetAclReq message. Does not implicitly {@link daos.cont.v1.GetAclReq.verify|verify} messages.
                 * @param message GetAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.GetAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GetAclReq message, length delimited. Does not implicitly {@link daos.cont.v1.GetAclReq.verify|verify} messages.
                 * @param message GetAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.GetAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAclReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.GetAclReq & daos.cont.v1.GetAclReq.$Shape} GetAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.GetAclReq & daos.cont.v1.GetAclReq.$Shape;

                /**
                 * Decodes a GetAclReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.GetAclReq & daos.cont.v1.GetAclReq.$Shape} GetAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.GetAclReq & daos.cont.v1.GetAclReq.$Shape;

                /**
                 * Verifies a GetAclReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GetAclReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAclReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.GetAclReq;

                /**
                 * Creates a plain object from a GetAclReq message. Also converts values to other types if specified.
                 * @param message GetAclReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.GetAclReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAclReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for GetAclReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetAclReq {

                /** Properties of a GetAclReq. */
                interface $Properties {

                    /** GetAclReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GetAclReq. */
                type $Shape = daos.cont.v1.GetAclReq.$Properties;
            }

            /**
             * Properties of an OverwriteAclReq.
             * @deprecated Use daos.cont.v1.OverwriteAclReq.$Properties instead.
             */
            interface IOverwriteAclReq extends daos.cont.v1.OverwriteAclReq.$Properties {
            }

            /** Represents an OverwriteAclReq. */
            class OverwriteAclReq {

                /**
                 * Constructs a new OverwriteAclReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.OverwriteAclReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OverwriteAclReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** OverwriteAclReq aces. */
                aces: string[];

                /**
                 * Creates a new OverwriteAclReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OverwriteAclReq instance
                 */
                static create(properties: daos.cont.v1.OverwriteAclReq.$Shape): daos.cont.v1.OverwriteAclReq & daos.cont.v1.OverwriteAclReq.$Shape;
                static create(properties?: daos.cont.v1.OverwriteAclReq.$Properties): daos.cont.v1.OverwriteAclReq;

                /**
                 * Encodes the specified OverwriteAclReq message. Does not implicitly {@link daos.cont.v1.OverwriteAclReq.verify|verify} messages.
                 * @param message OverwriteAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.OverwriteAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified OverwriteAclReq message, length delimited. Does not implicitly {@link daos.cont.v1.OverwriteAclReq.verify|verify} messages.
                 * @param message OverwriteAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.OverwriteAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OverwriteAclReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.OverwriteAclReq & daos.cont.v1.OverwriteAclReq.$Shape} OverwriteAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.OverwriteAclReq & daos.cont.v1.OverwriteAclReq.$Shape;

                /**
                 * Decodes an OverwriteAclReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.OverwriteAclReq & daos.cont.v1.OverwriteAclReq.$Shape} OverwriteAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.OverwriteAclReq & daos.cont.v1.OverwriteAclReq.$Shape;

                /**
                 * Verifies an OverwriteAclReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OverwriteAclReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OverwriteAclReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.OverwriteAclReq;

                /**
                 * Creates a plain object from an OverwriteAclReq message. Also converts values to other types if specified.
                 * @param message OverwriteAclReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.OverwriteAclReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OverwriteAclReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OverwriteAclReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OverwriteAclReq {

                /** Properties of an OverwriteAclReq. */
                interface $Properties {

                    /** OverwriteAclReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** OverwriteAclReq aces */
                    aces?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OverwriteAclReq. */
                type $Shape = daos.cont.v1.OverwriteAclReq.$Properties;
            }

            /**
             * Properties of an UpdateAclReq.
             * @deprecated Use daos.cont.v1.UpdateAclReq.$Properties instead.
             */
            interface IUpdateAclReq extends daos.cont.v1.UpdateAclReq.$Properties {
            }

            /** Represents an UpdateAclReq. */
            class UpdateAclReq {

                /**
                 * Constructs a new UpdateAclReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.UpdateAclReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UpdateAclReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** UpdateAclReq aces. */
                aces: string[];

                /**
                 * Creates a new UpdateAclReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UpdateAclReq instance
                 */
                static create(properties: daos.cont.v1.UpdateAclReq.$Shape): daos.cont.v1.UpdateAclReq & daos.cont.v1.UpdateAclReq.$Shape;
                static create(properties?: daos.cont.v1.UpdateAclReq.$Properties): daos.cont.v1.UpdateAclReq;

                /**
                 * Encodes the specified UpdateAclReq message. Does not implicitly {@link daos.cont.v1.UpdateAclReq.verify|verify} messages.
                 * @param message UpdateAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.UpdateAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified UpdateAclReq message, length delimited. Does not implicitly {@link daos.cont.v1.UpdateAclReq.verify|verify} messages.
                 * @param message UpdateAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.UpdateAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UpdateAclReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.UpdateAclReq & daos.cont.v1.UpdateAclReq.$Shape} UpdateAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.UpdateAclReq & daos.cont.v1.UpdateAclReq.$Shape;

                /**
                 * Decodes an UpdateAclReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.UpdateAclReq & daos.cont.v1.UpdateAclReq.$Shape} UpdateAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.UpdateAclReq & daos.cont.v1.UpdateAclReq.$Shape;

                /**
                 * Verifies an UpdateAclReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an UpdateAclReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UpdateAclReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.UpdateAclReq;

                /**
                 * Creates a plain object from an UpdateAclReq message. Also converts values to other types if specified.
                 * @param message UpdateAclReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.UpdateAclReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UpdateAclReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for UpdateAclReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateAclReq {

                /** Properties of an UpdateAclReq. */
                interface $Properties {

                    /** UpdateAclReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** UpdateAclReq aces */
                    aces?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UpdateAclReq. */
                type $Shape = daos.cont.v1.UpdateAclReq.$Properties;
            }

            /**
             * Properties of a DeleteAclReq.
             * @deprecated Use daos.cont.v1.DeleteAclReq.$Properties instead.
             */
            interface IDeleteAclReq extends daos.cont.v1.DeleteAclReq.$Properties {
            }

            /** Represents a DeleteAclReq. */
            class DeleteAclReq {

                /**
                 * Constructs a new DeleteAclReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.DeleteAclReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DeleteAclReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** DeleteAclReq principal. */
                principal: string;

                /**
                 * Creates a new DeleteAclReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteAclReq instance
                 */
                static create(properties: daos.cont.v1.DeleteAclReq.$Shape): daos.cont.v1.DeleteAclReq & daos.cont.v1.DeleteAclReq.$Shape;
                static create(properties?: daos.cont.v1.DeleteAclReq.$Properties): daos.cont.v1.DeleteAclReq;

                /**
                 * Encodes the specified DeleteAclReq message. Does not implicitly {@link daos.cont.v1.DeleteAclReq.verify|verify} messages.
                 * @param message DeleteAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.DeleteAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DeleteAclReq message, length delimited. Does not implicitly {@link daos.cont.v1.DeleteAclReq.verify|verify} messages.
                 * @param message DeleteAclReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.DeleteAclReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteAclReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.DeleteAclReq & daos.cont.v1.DeleteAclReq.$Shape} DeleteAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.DeleteAclReq & daos.cont.v1.DeleteAclReq.$Shape;

                /**
                 * Decodes a DeleteAclReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.DeleteAclReq & daos.cont.v1.DeleteAclReq.$Shape} DeleteAclReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.DeleteAclReq & daos.cont.v1.DeleteAclReq.$Shape;

                /**
                 * Verifies a DeleteAclReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DeleteAclReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteAclReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.DeleteAclReq;

                /**
                 * Creates a plain object from a DeleteAclReq message. Also converts values to other types if specified.
                 * @param message DeleteAclReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.DeleteAclReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteAclReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DeleteAclReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteAclReq {

                /** Properties of a DeleteAclReq. */
                interface $Properties {

                    /** DeleteAclReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** DeleteAclReq principal */
                    principal?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DeleteAclReq. */
                type $Shape = daos.cont.v1.DeleteAclReq.$Properties;
            }

            /**
             * Properties of a SetOwnerReq.
             * @deprecated Use daos.cont.v1.SetOwnerReq.$Properties instead.
             */
            interface ISetOwnerReq extends daos.cont.v1.SetOwnerReq.$Properties {
            }

            /** Represents a SetOwnerReq. */
            class SetOwnerReq {

                /**
                 * Constructs a new SetOwnerReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SetOwnerReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SetOwnerReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** SetOwnerReq user. */
                user: string;

                /** SetOwnerReq group. */
                group: string;

                /**
                 * Creates a new SetOwnerReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetOwnerReq instance
                 */
                static create(properties: daos.cont.v1.SetOwnerReq.$Shape): daos.cont.v1.SetOwnerReq & daos.cont.v1.SetOwnerReq.$Shape;
                static create(properties?: daos.cont.v1.SetOwnerReq.$Properties): daos.cont.v1.SetOwnerReq;

                /**
                 * Encodes the specified SetOwnerReq message. Does not implicitly {@link daos.cont.v1.SetOwnerReq.verify|verify} messages.
                 * @param message SetOwnerReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SetOwnerReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetOwnerReq message, length delimited. Does not implicitly {@link daos.cont.v1.SetOwnerReq.verify|verify} messages.
                 * @param message SetOwnerReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SetOwnerReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetOwnerReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SetOwnerReq & daos.cont.v1.SetOwnerReq.$Shape} SetOwnerReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SetOwnerReq & daos.cont.v1.SetOwnerReq.$Shape;

                /**
                 * Decodes a SetOwnerReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SetOwnerReq & daos.cont.v1.SetOwnerReq.$Shape} SetOwnerReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SetOwnerReq & daos.cont.v1.SetOwnerReq.$Shape;

                /**
                 * Verifies a SetOwnerReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetOwnerReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetOwnerReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SetOwnerReq;

                /**
                 * Creates a plain object from a SetOwnerReq message. Also converts values to other types if specified.
                 * @param message SetOwnerReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SetOwnerReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetOwnerReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetOwnerReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetOwnerReq {

                /** Properties of a SetOwnerReq. */
                interface $Properties {

                    /** SetOwnerReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** SetOwnerReq user */
                    user?: (string|null);

                    /** SetOwnerReq group */
                    group?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetOwnerReq. */
                type $Shape = daos.cont.v1.SetOwnerReq.$Properties;
            }

            /**
             * Properties of a SetOwnerRep.
             * @deprecated Use daos.cont.v1.SetOwnerRep.$Properties instead.
             */
            interface ISetOwnerRep extends daos.cont.v1.SetOwnerRep.$Properties {
            }

            /** Represents a SetOwnerRep. */
            class SetOwnerRep {

                /**
                 * Constructs a new SetOwnerRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SetOwnerRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SetOwnerRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetOwnerRep instance
                 */
                static create(properties: daos.cont.v1.SetOwnerRep.$Shape): daos.cont.v1.SetOwnerRep & daos.cont.v1.SetOwnerRep.$Shape;
                static create(properties?: daos.cont.v1.SetOwnerRep.$Properties): daos.cont.v1.SetOwnerRep;

                /**
                 * Encodes the specified SetOwnerRep message. Does not implicitly {@link daos.cont.v1.SetOwnerRep.verify|verify} messages.
                 * @param message SetOwnerRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SetOwnerRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SetOwnerRep message, length delimited. Does not implicitly {@link daos.cont.v1.SetOwnerRep.verify|verify} messages.
                 * @param message SetOwnerRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SetOwnerRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetOwnerRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SetOwnerRep & daos.cont.v1.SetOwnerRep.$Shape} SetOwnerRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SetOwnerRep & daos.cont.v1.SetOwnerRep.$Shape;

                /**
                 * Decodes a SetOwnerRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SetOwnerRep & daos.cont.v1.SetOwnerRep.$Shape} SetOwnerRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SetOwnerRep & daos.cont.v1.SetOwnerRep.$Shape;

                /**
                 * Verifies a SetOwnerRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SetOwnerRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SetOwnerRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SetOwnerRep;

                /**
                 * Creates a plain object from a SetOwnerRep message. Also converts values to other types if specified.
                 * @param message SetOwnerRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SetOwnerRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SetOwnerRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SetOwnerRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SetOwnerRep {

                /** Properties of a SetOwnerRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SetOwnerRep. */
                type $Shape = daos.cont.v1.SetOwnerRep.$Properties;
            }

            /**
             * Properties of an AttrSetReq.
             * @deprecated Use daos.cont.v1.AttrSetReq.$Properties instead.
             */
            interface IAttrSetReq extends daos.cont.v1.AttrSetReq.$Properties {
            }

            /** Represents an AttrSetReq. */
            class AttrSetReq {

                /**
                 * Constructs a new AttrSetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrSetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrSetReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** AttrSetReq attrs. */
                attrs: { [k: string]: Uint8Array };

                /**
                 * Creates a new AttrSetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrSetReq instance
                 */
                static create(properties: daos.cont.v1.AttrSetReq.$Shape): daos.cont.v1.AttrSetReq & daos.cont.v1.AttrSetReq.$Shape;
                static create(properties?: daos.cont.v1.AttrSetReq.$Properties): daos.cont.v1.AttrSetReq;

                /**
                 * Encodes the specified AttrSetReq message. Does not implicitly {@link daos.cont.v1.AttrSetReq.verify|verify} messages.
                 * @param message AttrSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrSetReq message, length delimited. Does not implicitly {@link daos.cont.v1.AttrSetReq.verify|verify} messages.
                 * @param message AttrSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrSetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrSetReq & daos.cont.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrSetReq & daos.cont.v1.AttrSetReq.$Shape;

                /**
                 * Decodes an AttrSetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrSetReq & daos.cont.v1.AttrSetReq.$Shape} AttrSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrSetReq & daos.cont.v1.AttrSetReq.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrSetReq;

                /**
                 * Creates a plain object from an AttrSetReq message. Also converts values to other types if specified.
                 * @param message AttrSetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrSetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** AttrSetReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** AttrSetReq attrs */
                    attrs?: ({ [k: string]: Uint8Array }|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrSetReq. */
                type $Shape = daos.cont.v1.AttrSetReq.$Properties;
            }

            /**
             * Properties of an AttrSetRep.
             * @deprecated Use daos.cont.v1.AttrSetRep.$Properties instead.
             */
            interface IAttrSetRep extends daos.cont.v1.AttrSetRep.$Properties {
            }

            /** Represents an AttrSetRep. */
            class AttrSetRep {

                /**
                 * Constructs a new AttrSetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrSetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AttrSetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrSetRep instance
                 */
                static create(properties: daos.cont.v1.AttrSetRep.$Shape): daos.cont.v1.AttrSetRep & daos.cont.v1.AttrSetRep.$Shape;
                static create(properties?: daos.cont.v1.AttrSetRep.$Properties): daos.cont.v1.AttrSetRep;

                /**
                 * Encodes the specified AttrSetRep message. Does not implicitly {@link daos.cont.v1.AttrSetRep.verify|verify} messages.
                 * @param message AttrSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrSetRep message, length delimited. Does not implicitly {@link daos.cont.v1.AttrSetRep.verify|verify} messages.
                 * @param message AttrSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrSetRep & daos.cont.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrSetRep & daos.cont.v1.AttrSetRep.$Shape;

                /**
                 * Decodes an AttrSetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrSetRep & daos.cont.v1.AttrSetRep.$Shape} AttrSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrSetRep & daos.cont.v1.AttrSetRep.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrSetRep;

                /**
                 * Creates a plain object from an AttrSetRep message. Also converts values to other types if specified.
                 * @param message AttrSetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrSetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = daos.cont.v1.AttrSetRep.$Properties;
            }

            /**
             * Properties of an AttrGetReq.
             * @deprecated Use daos.cont.v1.AttrGetReq.$Properties instead.
             */
            interface IAttrGetReq extends daos.cont.v1.AttrGetReq.$Properties {
            }

            /** Represents an AttrGetReq. */
            class AttrGetReq {

                /**
                 * Constructs a new AttrGetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrGetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrGetReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** AttrGetReq names. */
                names: string[];

                /**
                 * Creates a new AttrGetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrGetReq instance
                 */
                static create(properties: daos.cont.v1.AttrGetReq.$Shape): daos.cont.v1.AttrGetReq & daos.cont.v1.AttrGetReq.$Shape;
                static create(properties?: daos.cont.v1.AttrGetReq.$Properties): daos.cont.v1.AttrGetReq;

                /**
                 * Encodes the specified AttrGetReq message. Does not implicitly {@link daos.cont.v1.AttrGetReq.verify|verify} messages.
                 * @param message AttrGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrGetReq message, length delimited. Does not implicitly {@link daos.cont.v1.AttrGetReq.verify|verify} messages.
                 * @param message AttrGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrGetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrGetReq & daos.cont.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrGetReq & daos.cont.v1.AttrGetReq.$Shape;

                /**
                 * Decodes an AttrGetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrGetReq & daos.cont.v1.AttrGetReq.$Shape} AttrGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrGetReq & daos.cont.v1.AttrGetReq.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrGetReq;

                /**
                 * Creates a plain object from an AttrGetReq message. Also converts values to other types if specified.
                 * @param message AttrGetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** AttrGetReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** AttrGetReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrGetReq. */
                type $Shape = daos.cont.v1.AttrGetReq.$Properties;
            }

            /**
             * Properties of an AttrGetRep.
             * @deprecated Use daos.cont.v1.AttrGetRep.$Properties instead.
             */
            interface IAttrGetRep extends daos.cont.v1.AttrGetRep.$Properties {
            }

            /** Represents an AttrGetRep. */
            class AttrGetRep {

                /**
                 * Constructs a new AttrGetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrGetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrGetRep attrs. */
                attrs: { [k: string]: Uint8Array };

                /**
                 * Creates a new AttrGetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrGetRep instance
                 */
                static create(properties: daos.cont.v1.AttrGetRep.$Shape): daos.cont.v1.AttrGetRep & daos.cont.v1.AttrGetRep.$Shape;
                static create(properties?: daos.cont.v1.AttrGetRep.$Properties): daos.cont.v1.AttrGetRep;

                /**
                 * Encodes the specified AttrGetRep message. Does not implicitly {@link daos.cont.v1.AttrGetRep.verify|verify} messages.
                 * @param message AttrGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrGetRep message, length delimited. Does not implicitly {@link daos.cont.v1.AttrGetRep.verify|verify} messages.
                 * @param message AttrGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrGetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrGetRep & daos.cont.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrGetRep & daos.cont.v1.AttrGetRep.$Shape;

                /**
                 * Decodes an AttrGetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrGetRep & daos.cont.v1.AttrGetRep.$Shape} AttrGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrGetRep & daos.cont.v1.AttrGetRep.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrGetRep;

                /**
                 * Creates a plain object from an AttrGetRep message. Also converts values to other types if specified.
                 * @param message AttrGetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrGetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = daos.cont.v1.AttrGetRep.$Properties;
            }

            /**
             * Properties of an AttrListReq.
             * @deprecated Use daos.cont.v1.AttrListReq.$Properties instead.
             */
            interface IAttrListReq extends daos.cont.v1.AttrListReq.$Properties {
            }

            /** Represents an AttrListReq. */
            class AttrListReq {

                /**
                 * Constructs a new AttrListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrListReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /**
                 * Creates a new AttrListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrListReq instance
                 */
                static create(properties: daos.cont.v1.AttrListReq.$Shape): daos.cont.v1.AttrListReq & daos.cont.v1.AttrListReq.$Shape;
                static create(properties?: daos.cont.v1.AttrListReq.$Properties): daos.cont.v1.AttrListReq;

                /**
                 * Encodes the specified AttrListReq message. Does not implicitly {@link daos.cont.v1.AttrListReq.verify|verify} messages.
                 * @param message AttrListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrListReq message, length delimited. Does not implicitly {@link daos.cont.v1.AttrListReq.verify|verify} messages.
                 * @param message AttrListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrListReq & daos.cont.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrListReq & daos.cont.v1.AttrListReq.$Shape;

                /**
                 * Decodes an AttrListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrListReq & daos.cont.v1.AttrListReq.$Shape} AttrListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrListReq & daos.cont.v1.AttrListReq.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrListReq;

                /**
                 * Creates a plain object from an AttrListReq message. Also converts values to other types if specified.
                 * @param message AttrListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** AttrListReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrListReq. */
                type $Shape = daos.cont.v1.AttrListReq.$Properties;
            }

            /**
             * Properties of an AttrListRep.
             * @deprecated Use daos.cont.v1.AttrListRep.$Properties instead.
             */
            interface IAttrListRep extends daos.cont.v1.AttrListRep.$Properties {
            }

            /** Represents an AttrListRep. */
            class AttrListRep {

                /**
                 * Constructs a new AttrListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrListRep names. */
                names: string[];

                /**
                 * Creates a new AttrListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrListRep instance
                 */
                static create(properties: daos.cont.v1.AttrListRep.$Shape): daos.cont.v1.AttrListRep & daos.cont.v1.AttrListRep.$Shape;
                static create(properties?: daos.cont.v1.AttrListRep.$Properties): daos.cont.v1.AttrListRep;

                /**
                 * Encodes the specified AttrListRep message. Does not implicitly {@link daos.cont.v1.AttrListRep.verify|verify} messages.
                 * @param message AttrListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrListRep message, length delimited. Does not implicitly {@link daos.cont.v1.AttrListRep.verify|verify} messages.
                 * @param message AttrListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrListRep & daos.cont.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrListRep & daos.cont.v1.AttrListRep.$Shape;

                /**
                 * Decodes an AttrListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrListRep & daos.cont.v1.AttrListRep.$Shape} AttrListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrListRep & daos.cont.v1.AttrListRep.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrListRep;

                /**
                 * Creates a plain object from an AttrListRep message. Also converts values to other types if specified.
                 * @param message AttrListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = daos.cont.v1.AttrListRep.$Properties;
            }

            /**
             * Properties of an AttrDeleteReq.
             * @deprecated Use daos.cont.v1.AttrDeleteReq.$Properties instead.
             */
            interface IAttrDeleteReq extends daos.cont.v1.AttrDeleteReq.$Properties {
            }

            /** Represents an AttrDeleteReq. */
            class AttrDeleteReq {

                /**
                 * Constructs a new AttrDeleteReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrDeleteReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AttrDeleteReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** AttrDeleteReq names. */
                names: string[];

                /**
                 * Creates a new AttrDeleteReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrDeleteReq instance
                 */
                static create(properties: daos.cont.v1.AttrDeleteReq.$Shape): daos.cont.v1.AttrDeleteReq & daos.cont.v1.AttrDeleteReq.$Shape;
                static create(properties?: daos.cont.v1.AttrDeleteReq.$Properties): daos.cont.v1.AttrDeleteReq;

                /**
                 * Encodes the specified AttrDeleteReq message. Does not implicitly {@link daos.cont.v1.AttrDeleteReq.verify|verify} messages.
                 * @param message AttrDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrDeleteReq message, length delimited. Does not implicitly {@link daos.cont.v1.AttrDeleteReq.verify|verify} messages.
                 * @param message AttrDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrDeleteReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrDeleteReq & daos.cont.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrDeleteReq & daos.cont.v1.AttrDeleteReq.$Shape;

                /**
                 * Decodes an AttrDeleteReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrDeleteReq & daos.cont.v1.AttrDeleteReq.$Shape} AttrDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrDeleteReq & daos.cont.v1.AttrDeleteReq.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrDeleteReq;

                /**
                 * Creates a plain object from an AttrDeleteReq message. Also converts values to other types if specified.
                 * @param message AttrDeleteReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrDeleteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** AttrDeleteReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** AttrDeleteReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AttrDeleteReq. */
                type $Shape = daos.cont.v1.AttrDeleteReq.$Properties;
            }

            /**
             * Properties of an AttrDeleteRep.
             * @deprecated Use daos.cont.v1.AttrDeleteRep.$Properties instead.
             */
            interface IAttrDeleteRep extends daos.cont.v1.AttrDeleteRep.$Properties {
            }

            /** Represents an AttrDeleteRep. */
            class AttrDeleteRep {

                /**
                 * Constructs a new AttrDeleteRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.AttrDeleteRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AttrDeleteRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttrDeleteRep instance
                 */
                static create(properties: daos.cont.v1.AttrDeleteRep.$Shape): daos.cont.v1.AttrDeleteRep & daos.cont.v1.AttrDeleteRep.$Shape;
                static create(properties?: daos.cont.v1.AttrDeleteRep.$Properties): daos.cont.v1.AttrDeleteRep;

                /**
                 * Encodes the specified AttrDeleteRep message. Does not implicitly {@link daos.cont.v1.AttrDeleteRep.verify|verify} messages.
                 * @param message AttrDeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.AttrDeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AttrDeleteRep message, length delimited. Does not implicitly {@link daos.cont.v1.AttrDeleteRep.verify|verify} messages.
                 * @param message AttrDeleteRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.AttrDeleteRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.AttrDeleteRep & daos.cont.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.AttrDeleteRep & daos.cont.v1.AttrDeleteRep.$Shape;

                /**
                 * Decodes an AttrDeleteRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.AttrDeleteRep & daos.cont.v1.AttrDeleteRep.$Shape} AttrDeleteRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.AttrDeleteRep & daos.cont.v1.AttrDeleteRep.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.AttrDeleteRep;

                /**
                 * Creates a plain object from an AttrDeleteRep message. Also converts values to other types if specified.
                 * @param message AttrDeleteRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.AttrDeleteRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

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
                type $Shape = daos.cont.v1.AttrDeleteRep.$Properties;
            }

            /**
             * Properties of a Snapshot.
             * @deprecated Use daos.cont.v1.Snapshot.$Properties instead.
             */
            interface ISnapshot extends daos.cont.v1.Snapshot.$Properties {
            }

            /** Represents a Snapshot. */
            class Snapshot {

                /**
                 * Constructs a new Snapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.Snapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Snapshot epoch. */
                epoch: number;

                /** Snapshot name. */
                name: string;

                /** Snapshot createdMs. */
                createdMs: number;

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Snapshot instance
                 */
                static create(properties: daos.cont.v1.Snapshot.$Shape): daos.cont.v1.Snapshot & daos.cont.v1.Snapshot.$Shape;
                static create(properties?: daos.cont.v1.Snapshot.$Properties): daos.cont.v1.Snapshot;

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link daos.cont.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link daos.cont.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.Snapshot & daos.cont.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.Snapshot & daos.cont.v1.Snapshot.$Shape;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.Snapshot & daos.cont.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.Snapshot & daos.cont.v1.Snapshot.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.cont.v1.Snapshot;

                /**
                 * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
                 * @param message Snapshot
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Snapshot epoch */
                    epoch?: (number|null);

                    /** Snapshot name */
                    name?: (string|null);

                    /** Snapshot createdMs */
                    createdMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Snapshot. */
                type $Shape = daos.cont.v1.Snapshot.$Properties;
            }

            /**
             * Properties of a SnapCreateReq.
             * @deprecated Use daos.cont.v1.SnapCreateReq.$Properties instead.
             */
            interface ISnapCreateReq extends daos.cont.v1.SnapCreateReq.$Properties {
            }

            /** Represents a SnapCreateReq. */
            class SnapCreateReq {

                /**
                 * Constructs a new SnapCreateReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapCreateReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapCreateReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** SnapCreateReq name. */
                name: string;

                /**
                 * Creates a new SnapCreateReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapCreateReq instance
                 */
                static create(properties: daos.cont.v1.SnapCreateReq.$Shape): daos.cont.v1.SnapCreateReq & daos.cont.v1.SnapCreateReq.$Shape;
                static create(properties?: daos.cont.v1.SnapCreateReq.$Properties): daos.cont.v1.SnapCreateReq;

                /**
                 * Encodes the specified SnapCreateReq message. Does not implicitly {@link daos.cont.v1.SnapCreateReq.verify|verify} messages.
                 * @param message SnapCreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapCreateReq message, length delimited. Does not implicitly {@link daos.cont.v1.SnapCreateReq.verify|verify} messages.
                 * @param message SnapCreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapCreateReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapCreateReq & daos.cont.v1.SnapCreateReq.$Shape} SnapCreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapCreateReq & daos.cont.v1.SnapCreateReq.$Shape;

                /**
                 * Decodes a SnapCreateReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapCreateReq & daos.cont.v1.SnapCreateReq.$Shape} SnapCreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapCreateReq & daos.cont.v1.SnapCreateReq.$Shape;

                /**
                 * Verifies a SnapCreateReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapCreateReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapCreateReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapCreateReq;

                /**
                 * Creates a plain object from a SnapCreateReq message. Also converts values to other types if specified.
                 * @param message SnapCreateReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapCreateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapCreateReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapCreateReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapCreateReq {

                /** Properties of a SnapCreateReq. */
                interface $Properties {

                    /** SnapCreateReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** SnapCreateReq name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapCreateReq. */
                type $Shape = daos.cont.v1.SnapCreateReq.$Properties;
            }

            /**
             * Properties of a SnapCreateRep.
             * @deprecated Use daos.cont.v1.SnapCreateRep.$Properties instead.
             */
            interface ISnapCreateRep extends daos.cont.v1.SnapCreateRep.$Properties {
            }

            /** Represents a SnapCreateRep. */
            class SnapCreateRep {

                /**
                 * Constructs a new SnapCreateRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapCreateRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapCreateRep snapshot. */
                snapshot?: (daos.cont.v1.Snapshot.$Properties|null);

                /**
                 * Creates a new SnapCreateRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapCreateRep instance
                 */
                static create(properties: daos.cont.v1.SnapCreateRep.$Shape): daos.cont.v1.SnapCreateRep & daos.cont.v1.SnapCreateRep.$Shape;
                static create(properties?: daos.cont.v1.SnapCreateRep.$Properties): daos.cont.v1.SnapCreateRep;

                /**
                 * Encodes the specified SnapCreateRep message. Does not implicitly {@link daos.cont.v1.SnapCreateRep.verify|verify} messages.
                 * @param message SnapCreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapCreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapCreateRep message, length delimited. Does not implicitly {@link daos.cont.v1.SnapCreateRep.verify|verify} messages.
                 * @param message SnapCreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapCreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapCreateRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapCreateRep & daos.cont.v1.SnapCreateRep.$Shape} SnapCreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapCreateRep & daos.cont.v1.SnapCreateRep.$Shape;

                /**
                 * Decodes a SnapCreateRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapCreateRep & daos.cont.v1.SnapCreateRep.$Shape} SnapCreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapCreateRep & daos.cont.v1.SnapCreateRep.$Shape;

                /**
                 * Verifies a SnapCreateRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapCreateRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapCreateRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapCreateRep;

                /**
                 * Creates a plain object from a SnapCreateRep message. Also converts values to other types if specified.
                 * @param message SnapCreateRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapCreateRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapCreateRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapCreateRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapCreateRep {

                /** Properties of a SnapCreateRep. */
                interface $Properties {

                    /** SnapCreateRep snapshot */
                    snapshot?: (daos.cont.v1.Snapshot.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapCreateRep. */
                type $Shape = daos.cont.v1.SnapCreateRep.$Properties;
            }

            /**
             * Properties of a SnapListReq.
             * @deprecated Use daos.cont.v1.SnapListReq.$Properties instead.
             */
            interface ISnapListReq extends daos.cont.v1.SnapListReq.$Properties {
            }

            /** Represents a SnapListReq. */
            class SnapListReq {

                /**
                 * Constructs a new SnapListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapListReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /**
                 * Creates a new SnapListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapListReq instance
                 */
                static create(properties: daos.cont.v1.SnapListReq.$Shape): daos.cont.v1.SnapListReq & daos.cont.v1.SnapListReq.$Shape;
                static create(properties?: daos.cont.v1.SnapListReq.$Properties): daos.cont.v1.SnapListReq;

                /**
                 * Encodes the specified SnapListReq message. Does not implicitly {@link daos.cont.v1.SnapListReq.verify|verify} messages.
                 * @param message SnapListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapListReq message, length delimited. Does not implicitly {@link daos.cont.v1.SnapListReq.verify|verify} messages.
                 * @param message SnapListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapListReq & daos.cont.v1.SnapListReq.$Shape} SnapListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapListReq & daos.cont.v1.SnapListReq.$Shape;

                /**
                 * Decodes a SnapListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapListReq & daos.cont.v1.SnapListReq.$Shape} SnapListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapListReq & daos.cont.v1.SnapListReq.$Shape;

                /**
                 * Verifies a SnapListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapListReq;

                /**
                 * Creates a plain object from a SnapListReq message. Also converts values to other types if specified.
                 * @param message SnapListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapListReq {

                /** Properties of a SnapListReq. */
                interface $Properties {

                    /** SnapListReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapListReq. */
                type $Shape = daos.cont.v1.SnapListReq.$Properties;
            }

            /**
             * Properties of a SnapListRep.
             * @deprecated Use daos.cont.v1.SnapListRep.$Properties instead.
             */
            interface ISnapListRep extends daos.cont.v1.SnapListRep.$Properties {
            }

            /** Represents a SnapListRep. */
            class SnapListRep {

                /**
                 * Constructs a new SnapListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapListRep snapshots. */
                snapshots: daos.cont.v1.Snapshot.$Properties[];

                /**
                 * Creates a new SnapListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapListRep instance
                 */
                static create(properties: daos.cont.v1.SnapListRep.$Shape): daos.cont.v1.SnapListRep & daos.cont.v1.SnapListRep.$Shape;
                static create(properties?: daos.cont.v1.SnapListRep.$Properties): daos.cont.v1.SnapListRep;

                /**
                 * Encodes the specified SnapListRep message. Does not implicitly {@link daos.cont.v1.SnapListRep.verify|verify} messages.
                 * @param message SnapListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapListRep message, length delimited. Does not implicitly {@link daos.cont.v1.SnapListRep.verify|verify} messages.
                 * @param message SnapListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapListRep & daos.cont.v1.SnapListRep.$Shape} SnapListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapListRep & daos.cont.v1.SnapListRep.$Shape;

                /**
                 * Decodes a SnapListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapListRep & daos.cont.v1.SnapListRep.$Shape} SnapListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapListRep & daos.cont.v1.SnapListRep.$Shape;

                /**
                 * Verifies a SnapListRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapListRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapListRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapListRep;

                /**
                 * Creates a plain object from a SnapListRep message. Also converts values to other types if specified.
                 * @param message SnapListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapListRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapListRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapListRep {

                /** Properties of a SnapListRep. */
                interface $Properties {

                    /** SnapListRep snapshots */
                    snapshots?: (daos.cont.v1.Snapshot.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapListRep. */
                type $Shape = daos.cont.v1.SnapListRep.$Properties;
            }

            /**
             * Properties of a SnapDestroyReq.
             * @deprecated Use daos.cont.v1.SnapDestroyReq.$Properties instead.
             */
            interface ISnapDestroyReq extends daos.cont.v1.SnapDestroyReq.$Properties {
            }

            /** Represents a SnapDestroyReq. */
            class SnapDestroyReq {

                /**
                 * Constructs a new SnapDestroyReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapDestroyReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapDestroyReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** SnapDestroyReq epoch. */
                epoch: number;

                /** SnapDestroyReq name. */
                name: string;

                /**
                 * Creates a new SnapDestroyReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapDestroyReq instance
                 */
                static create(properties: daos.cont.v1.SnapDestroyReq.$Shape): daos.cont.v1.SnapDestroyReq & daos.cont.v1.SnapDestroyReq.$Shape;
                static create(properties?: daos.cont.v1.SnapDestroyReq.$Properties): daos.cont.v1.SnapDestroyReq;

                /**
                 * Encodes the specified SnapDestroyReq message. Does not implicitly {@link daos.cont.v1.SnapDestroyReq.verify|verify} messages.
                 * @param message SnapDestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapDestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapDestroyReq message, length delimited. Does not implicitly {@link daos.cont.v1.SnapDestroyReq.verify|verify} messages.
                 * @param message SnapDestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapDestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapDestroyReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapDestroyReq & daos.cont.v1.SnapDestroyReq.$Shape} SnapDestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapDestroyReq & daos.cont.v1.SnapDestroyReq.$Shape;

                /**
                 * Decodes a SnapDestroyReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapDestroyReq & daos.cont.v1.SnapDestroyReq.$Shape} SnapDestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapDestroyReq & daos.cont.v1.SnapDestroyReq.$Shape;

                /**
                 * Verifies a SnapDestroyReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapDestroyReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapDestroyReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapDestroyReq;

                /**
                 * Creates a plain object from a SnapDestroyReq message. Also converts values to other types if specified.
                 * @param message SnapDestroyReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapDestroyReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapDestroyReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapDestroyReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapDestroyReq {

                /** Properties of a SnapDestroyReq. */
                interface $Properties {

                    /** SnapDestroyReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** SnapDestroyReq epoch */
                    epoch?: (number|null);

                    /** SnapDestroyReq name */
                    name?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapDestroyReq. */
                type $Shape = daos.cont.v1.SnapDestroyReq.$Properties;
            }

            /**
             * Properties of a SnapDestroyRep.
             * @deprecated Use daos.cont.v1.SnapDestroyRep.$Properties instead.
             */
            interface ISnapDestroyRep extends daos.cont.v1.SnapDestroyRep.$Properties {
            }

            /** Represents a SnapDestroyRep. */
            class SnapDestroyRep {

                /**
                 * Constructs a new SnapDestroyRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.SnapDestroyRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SnapDestroyRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapDestroyRep instance
                 */
                static create(properties: daos.cont.v1.SnapDestroyRep.$Shape): daos.cont.v1.SnapDestroyRep & daos.cont.v1.SnapDestroyRep.$Shape;
                static create(properties?: daos.cont.v1.SnapDestroyRep.$Properties): daos.cont.v1.SnapDestroyRep;

                /**
                 * Encodes the specified SnapDestroyRep message. Does not implicitly {@link daos.cont.v1.SnapDestroyRep.verify|verify} messages.
                 * @param message SnapDestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.SnapDestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SnapDestroyRep message, length delimited. Does not implicitly {@link daos.cont.v1.SnapDestroyRep.verify|verify} messages.
                 * @param message SnapDestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.SnapDestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapDestroyRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.SnapDestroyRep & daos.cont.v1.SnapDestroyRep.$Shape} SnapDestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.SnapDestroyRep & daos.cont.v1.SnapDestroyRep.$Shape;

                /**
                 * Decodes a SnapDestroyRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.SnapDestroyRep & daos.cont.v1.SnapDestroyRep.$Shape} SnapDestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.SnapDestroyRep & daos.cont.v1.SnapDestroyRep.$Shape;

                /**
                 * Verifies a SnapDestroyRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SnapDestroyRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SnapDestroyRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.SnapDestroyRep;

                /**
                 * Creates a plain object from a SnapDestroyRep message. Also converts values to other types if specified.
                 * @param message SnapDestroyRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.SnapDestroyRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SnapDestroyRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SnapDestroyRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapDestroyRep {

                /** Properties of a SnapDestroyRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapDestroyRep. */
                type $Shape = daos.cont.v1.SnapDestroyRep.$Properties;
            }

            /**
             * Properties of an OidAllocReq.
             * @deprecated Use daos.cont.v1.OidAllocReq.$Properties instead.
             */
            interface IOidAllocReq extends daos.cont.v1.OidAllocReq.$Properties {
            }

            /** Represents an OidAllocReq. */
            class OidAllocReq {

                /**
                 * Constructs a new OidAllocReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.OidAllocReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OidAllocReq target. */
                target?: (daos.cont.v1.ContTarget.$Properties|null);

                /** OidAllocReq handle. */
                handle: string;

                /** OidAllocReq count. */
                count: number;

                /**
                 * Creates a new OidAllocReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OidAllocReq instance
                 */
                static create(properties: daos.cont.v1.OidAllocReq.$Shape): daos.cont.v1.OidAllocReq & daos.cont.v1.OidAllocReq.$Shape;
                static create(properties?: daos.cont.v1.OidAllocReq.$Properties): daos.cont.v1.OidAllocReq;

                /**
                 * Encodes the specified OidAllocReq message. Does not implicitly {@link daos.cont.v1.OidAllocReq.verify|verify} messages.
                 * @param message OidAllocReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.OidAllocReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified OidAllocReq message, length delimited. Does not implicitly {@link daos.cont.v1.OidAllocReq.verify|verify} messages.
                 * @param message OidAllocReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.OidAllocReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OidAllocReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.OidAllocReq & daos.cont.v1.OidAllocReq.$Shape} OidAllocReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.OidAllocReq & daos.cont.v1.OidAllocReq.$Shape;

                /**
                 * Decodes an OidAllocReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.OidAllocReq & daos.cont.v1.OidAllocReq.$Shape} OidAllocReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.OidAllocReq & daos.cont.v1.OidAllocReq.$Shape;

                /**
                 * Verifies an OidAllocReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OidAllocReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OidAllocReq
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.OidAllocReq;

                /**
                 * Creates a plain object from an OidAllocReq message. Also converts values to other types if specified.
                 * @param message OidAllocReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.OidAllocReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OidAllocReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OidAllocReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OidAllocReq {

                /** Properties of an OidAllocReq. */
                interface $Properties {

                    /** OidAllocReq target */
                    target?: (daos.cont.v1.ContTarget.$Properties|null);

                    /** OidAllocReq handle */
                    handle?: (string|null);

                    /** OidAllocReq count */
                    count?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OidAllocReq. */
                type $Shape = daos.cont.v1.OidAllocReq.$Properties;
            }

            /**
             * Properties of an OidAllocRep.
             * @deprecated Use daos.cont.v1.OidAllocRep.$Properties instead.
             */
            interface IOidAllocRep extends daos.cont.v1.OidAllocRep.$Properties {
            }

            /** Represents an OidAllocRep. */
            class OidAllocRep {

                /**
                 * Constructs a new OidAllocRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.cont.v1.OidAllocRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OidAllocRep first. */
                first: number;

                /** OidAllocRep count. */
                count: number;

                /**
                 * Creates a new OidAllocRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OidAllocRep instance
                 */
                static create(properties: daos.cont.v1.OidAllocRep.$Shape): daos.cont.v1.OidAllocRep & daos.cont.v1.OidAllocRep.$Shape;
                static create(properties?: daos.cont.v1.OidAllocRep.$Properties): daos.cont.v1.OidAllocRep;

                /**
                 * Encodes the specified OidAllocRep message. Does not implicitly {@link daos.cont.v1.OidAllocRep.verify|verify} messages.
                 * @param message OidAllocRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.cont.v1.OidAllocRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified OidAllocRep message, length delimited. Does not implicitly {@link daos.cont.v1.OidAllocRep.verify|verify} messages.
                 * @param message OidAllocRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.cont.v1.OidAllocRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OidAllocRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.cont.v1.OidAllocRep & daos.cont.v1.OidAllocRep.$Shape} OidAllocRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.cont.v1.OidAllocRep & daos.cont.v1.OidAllocRep.$Shape;

                /**
                 * Decodes an OidAllocRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.cont.v1.OidAllocRep & daos.cont.v1.OidAllocRep.$Shape} OidAllocRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.cont.v1.OidAllocRep & daos.cont.v1.OidAllocRep.$Shape;

                /**
                 * Verifies an OidAllocRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an OidAllocRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OidAllocRep
                 */
                static fromObject(object: { [k: string]: any }): daos.cont.v1.OidAllocRep;

                /**
                 * Creates a plain object from an OidAllocRep message. Also converts values to other types if specified.
                 * @param message OidAllocRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.cont.v1.OidAllocRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OidAllocRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for OidAllocRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace OidAllocRep {

                /** Properties of an OidAllocRep. */
                interface $Properties {

                    /** OidAllocRep first */
                    first?: (number|null);

                    /** OidAllocRep count */
                    count?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OidAllocRep. */
                type $Shape = daos.cont.v1.OidAllocRep.$Properties;
            }
        }
    }

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

    /** Namespace mgmt. */
    namespace mgmt {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Member.
             * @deprecated Use daos.mgmt.v1.Member.$Properties instead.
             */
            interface IMember extends daos.mgmt.v1.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member rank. */
                rank: number;

                /** Member incarnation. */
                incarnation: number;

                /** Member uuid. */
                uuid: string;

                /** Member addr. */
                addr: string;

                /** Member faultDomain. */
                faultDomain: string;

                /** Member state. */
                state: number;

                /** Member kind. */
                kind: string;

                /** Member info. */
                info: string;

                /** Member lastUpdateMs. */
                lastUpdateMs: number;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: daos.mgmt.v1.Member.$Shape): daos.mgmt.v1.Member & daos.mgmt.v1.Member.$Shape;
                static create(properties?: daos.mgmt.v1.Member.$Properties): daos.mgmt.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link daos.mgmt.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Member message, length delimited. Does not implicitly {@link daos.mgmt.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.Member & daos.mgmt.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.Member & daos.mgmt.v1.Member.$Shape;

                /**
                 * Decodes a Member message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.Member & daos.mgmt.v1.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.Member & daos.mgmt.v1.Member.$Shape;

                /**
                 * Verifies a Member message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Member message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Member
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.Member;

                /**
                 * Creates a plain object from a Member message. Also converts values to other types if specified.
                 * @param message Member
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Member to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member rank */
                    rank?: (number|null);

                    /** Member incarnation */
                    incarnation?: (number|null);

                    /** Member uuid */
                    uuid?: (string|null);

                    /** Member addr */
                    addr?: (string|null);

                    /** Member faultDomain */
                    faultDomain?: (string|null);

                    /** Member state */
                    state?: (number|null);

                    /** Member kind */
                    kind?: (string|null);

                    /** Member info */
                    info?: (string|null);

                    /** Member lastUpdateMs */
                    lastUpdateMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = daos.mgmt.v1.Member.$Properties;
            }

            /**
             * Properties of a ReplicasReq.
             * @deprecated Use daos.mgmt.v1.ReplicasReq.$Properties instead.
             */
            interface IReplicasReq extends daos.mgmt.v1.ReplicasReq.$Properties {
            }

            /** Represents a ReplicasReq. */
            class ReplicasReq {

                /**
                 * Constructs a new ReplicasReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.ReplicasReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new ReplicasReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicasReq instance
                 */
                static create(properties: daos.mgmt.v1.ReplicasReq.$Shape): daos.mgmt.v1.ReplicasReq & daos.mgmt.v1.ReplicasReq.$Shape;
                static create(properties?: daos.mgmt.v1.ReplicasReq.$Properties): daos.mgmt.v1.ReplicasReq;

                /**
                 * Encodes the specified ReplicasReq message. Does not implicitly {@link daos.mgmt.v1.ReplicasReq.verify|verify} messages.
                 * @param message ReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.ReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicasReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.ReplicasReq.verify|verify} messages.
                 * @param message ReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.ReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicasReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.ReplicasReq & daos.mgmt.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.ReplicasReq & daos.mgmt.v1.ReplicasReq.$Shape;

                /**
                 * Decodes a ReplicasReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.ReplicasReq & daos.mgmt.v1.ReplicasReq.$Shape} ReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.ReplicasReq & daos.mgmt.v1.ReplicasReq.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.ReplicasReq;

                /**
                 * Creates a plain object from a ReplicasReq message. Also converts values to other types if specified.
                 * @param message ReplicasReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.ReplicasReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicasReq. */
                type $Shape = daos.mgmt.v1.ReplicasReq.$Properties;
            }

            /**
             * Properties of a ReplicasRep.
             * @deprecated Use daos.mgmt.v1.ReplicasRep.$Properties instead.
             */
            interface IReplicasRep extends daos.mgmt.v1.ReplicasRep.$Properties {
            }

            /** Represents a ReplicasRep. */
            class ReplicasRep {

                /**
                 * Constructs a new ReplicasRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.ReplicasRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReplicasRep replicas. */
                replicas: number[];

                /** ReplicasRep hasLeader. */
                hasLeader: boolean;

                /** ReplicasRep leader. */
                leader: number;

                /**
                 * Creates a new ReplicasRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReplicasRep instance
                 */
                static create(properties: daos.mgmt.v1.ReplicasRep.$Shape): daos.mgmt.v1.ReplicasRep & daos.mgmt.v1.ReplicasRep.$Shape;
                static create(properties?: daos.mgmt.v1.ReplicasRep.$Properties): daos.mgmt.v1.ReplicasRep;

                /**
                 * Encodes the specified ReplicasRep message. Does not implicitly {@link daos.mgmt.v1.ReplicasRep.verify|verify} messages.
                 * @param message ReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.ReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ReplicasRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.ReplicasRep.verify|verify} messages.
                 * @param message ReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.ReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReplicasRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.ReplicasRep & daos.mgmt.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.ReplicasRep & daos.mgmt.v1.ReplicasRep.$Shape;

                /**
                 * Decodes a ReplicasRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.ReplicasRep & daos.mgmt.v1.ReplicasRep.$Shape} ReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.ReplicasRep & daos.mgmt.v1.ReplicasRep.$Shape;

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
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.ReplicasRep;

                /**
                 * Creates a plain object from a ReplicasRep message. Also converts values to other types if specified.
                 * @param message ReplicasRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.ReplicasRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

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

                    /** ReplicasRep replicas */
                    replicas?: (number[]|null);

                    /** ReplicasRep hasLeader */
                    hasLeader?: (boolean|null);

                    /** ReplicasRep leader */
                    leader?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReplicasRep. */
                type $Shape = daos.mgmt.v1.ReplicasRep.$Properties;
            }

            /**
             * Properties of a JoinReq.
             * @deprecated Use daos.mgmt.v1.JoinReq.$Properties instead.
             */
            interface IJoinReq extends daos.mgmt.v1.JoinReq.$Properties {
            }

            /** Represents a JoinReq. */
            class JoinReq {

                /**
                 * Constructs a new JoinReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.JoinReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinReq uuid. */
                uuid: string;

                /** JoinReq kind. */
                kind: string;

                /** JoinReq addr. */
                addr: string;

                /** JoinReq faultDomain. */
                faultDomain: string;

                /**
                 * Creates a new JoinReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinReq instance
                 */
                static create(properties: daos.mgmt.v1.JoinReq.$Shape): daos.mgmt.v1.JoinReq & daos.mgmt.v1.JoinReq.$Shape;
                static create(properties?: daos.mgmt.v1.JoinReq.$Properties): daos.mgmt.v1.JoinReq;

                /**
                 * Encodes the specified JoinReq message. Does not implicitly {@link daos.mgmt.v1.JoinReq.verify|verify} messages.
                 * @param message JoinReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.JoinReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.JoinReq.verify|verify} messages.
                 * @param message JoinReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.JoinReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.JoinReq & daos.mgmt.v1.JoinReq.$Shape} JoinReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.JoinReq & daos.mgmt.v1.JoinReq.$Shape;

                /**
                 * Decodes a JoinReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.JoinReq & daos.mgmt.v1.JoinReq.$Shape} JoinReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.JoinReq & daos.mgmt.v1.JoinReq.$Shape;

                /**
                 * Verifies a JoinReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.JoinReq;

                /**
                 * Creates a plain object from a JoinReq message. Also converts values to other types if specified.
                 * @param message JoinReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.JoinReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinReq {

                /** Properties of a JoinReq. */
                interface $Properties {

                    /** JoinReq uuid */
                    uuid?: (string|null);

                    /** JoinReq kind */
                    kind?: (string|null);

                    /** JoinReq addr */
                    addr?: (string|null);

                    /** JoinReq faultDomain */
                    faultDomain?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinReq. */
                type $Shape = daos.mgmt.v1.JoinReq.$Properties;
            }

            /**
             * Properties of a JoinRep.
             * @deprecated Use daos.mgmt.v1.JoinRep.$Properties instead.
             */
            interface IJoinRep extends daos.mgmt.v1.JoinRep.$Properties {
            }

            /** Represents a JoinRep. */
            class JoinRep {

                /**
                 * Constructs a new JoinRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.JoinRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** JoinRep rank. */
                rank: number;

                /** JoinRep incarnation. */
                incarnation: number;

                /** JoinRep state. */
                state: number;

                /** JoinRep mapVersion. */
                mapVersion: number;

                /**
                 * Creates a new JoinRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns JoinRep instance
                 */
                static create(properties: daos.mgmt.v1.JoinRep.$Shape): daos.mgmt.v1.JoinRep & daos.mgmt.v1.JoinRep.$Shape;
                static create(properties?: daos.mgmt.v1.JoinRep.$Properties): daos.mgmt.v1.JoinRep;

                /**
                 * Encodes the specified JoinRep message. Does not implicitly {@link daos.mgmt.v1.JoinRep.verify|verify} messages.
                 * @param message JoinRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.JoinRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified JoinRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.JoinRep.verify|verify} messages.
                 * @param message JoinRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.JoinRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a JoinRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.JoinRep & daos.mgmt.v1.JoinRep.$Shape} JoinRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.JoinRep & daos.mgmt.v1.JoinRep.$Shape;

                /**
                 * Decodes a JoinRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.JoinRep & daos.mgmt.v1.JoinRep.$Shape} JoinRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.JoinRep & daos.mgmt.v1.JoinRep.$Shape;

                /**
                 * Verifies a JoinRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a JoinRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns JoinRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.JoinRep;

                /**
                 * Creates a plain object from a JoinRep message. Also converts values to other types if specified.
                 * @param message JoinRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.JoinRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this JoinRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for JoinRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace JoinRep {

                /** Properties of a JoinRep. */
                interface $Properties {

                    /** JoinRep rank */
                    rank?: (number|null);

                    /** JoinRep incarnation */
                    incarnation?: (number|null);

                    /** JoinRep state */
                    state?: (number|null);

                    /** JoinRep mapVersion */
                    mapVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a JoinRep. */
                type $Shape = daos.mgmt.v1.JoinRep.$Properties;
            }

            /**
             * Properties of a HeartbeatReq.
             * @deprecated Use daos.mgmt.v1.HeartbeatReq.$Properties instead.
             */
            interface IHeartbeatReq extends daos.mgmt.v1.HeartbeatReq.$Properties {
            }

            /** Represents a HeartbeatReq. */
            class HeartbeatReq {

                /**
                 * Constructs a new HeartbeatReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.HeartbeatReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HeartbeatReq rank. */
                rank: number;

                /** HeartbeatReq incarnation. */
                incarnation: number;

                /** HeartbeatReq uuid. */
                uuid: string;

                /** HeartbeatReq localState. */
                localState: number;

                /**
                 * Creates a new HeartbeatReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HeartbeatReq instance
                 */
                static create(properties: daos.mgmt.v1.HeartbeatReq.$Shape): daos.mgmt.v1.HeartbeatReq & daos.mgmt.v1.HeartbeatReq.$Shape;
                static create(properties?: daos.mgmt.v1.HeartbeatReq.$Properties): daos.mgmt.v1.HeartbeatReq;

                /**
                 * Encodes the specified HeartbeatReq message. Does not implicitly {@link daos.mgmt.v1.HeartbeatReq.verify|verify} messages.
                 * @param message HeartbeatReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.HeartbeatReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HeartbeatReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.HeartbeatReq.verify|verify} messages.
                 * @param message HeartbeatReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.HeartbeatReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HeartbeatReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.HeartbeatReq & daos.mgmt.v1.HeartbeatReq.$Shape} HeartbeatReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.HeartbeatReq & daos.mgmt.v1.HeartbeatReq.$Shape;

                /**
                 * Decodes a HeartbeatReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.HeartbeatReq & daos.mgmt.v1.HeartbeatReq.$Shape} HeartbeatReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.HeartbeatReq & daos.mgmt.v1.HeartbeatReq.$Shape;

                /**
                 * Verifies a HeartbeatReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HeartbeatReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HeartbeatReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.HeartbeatReq;

                /**
                 * Creates a plain object from a HeartbeatReq message. Also converts values to other types if specified.
                 * @param message HeartbeatReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.HeartbeatReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HeartbeatReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HeartbeatReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HeartbeatReq {

                /** Properties of a HeartbeatReq. */
                interface $Properties {

                    /** HeartbeatReq rank */
                    rank?: (number|null);

                    /** HeartbeatReq incarnation */
                    incarnation?: (number|null);

                    /** HeartbeatReq uuid */
                    uuid?: (string|null);

                    /** HeartbeatReq localState */
                    localState?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HeartbeatReq. */
                type $Shape = daos.mgmt.v1.HeartbeatReq.$Properties;
            }

            /**
             * Properties of a HeartbeatRep.
             * @deprecated Use daos.mgmt.v1.HeartbeatRep.$Properties instead.
             */
            interface IHeartbeatRep extends daos.mgmt.v1.HeartbeatRep.$Properties {
            }

            /** Represents a HeartbeatRep. */
            class HeartbeatRep {

                /**
                 * Constructs a new HeartbeatRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.HeartbeatRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HeartbeatRep state. */
                state: number;

                /** HeartbeatRep rejoin. */
                rejoin: boolean;

                /** HeartbeatRep mapVersion. */
                mapVersion: number;

                /**
                 * Creates a new HeartbeatRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HeartbeatRep instance
                 */
                static create(properties: daos.mgmt.v1.HeartbeatRep.$Shape): daos.mgmt.v1.HeartbeatRep & daos.mgmt.v1.HeartbeatRep.$Shape;
                static create(properties?: daos.mgmt.v1.HeartbeatRep.$Properties): daos.mgmt.v1.HeartbeatRep;

                /**
                 * Encodes the specified HeartbeatRep message. Does not implicitly {@link daos.mgmt.v1.HeartbeatRep.verify|verify} messages.
                 * @param message HeartbeatRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.HeartbeatRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HeartbeatRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.HeartbeatRep.verify|verify} messages.
                 * @param message HeartbeatRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.HeartbeatRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HeartbeatRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.HeartbeatRep & daos.mgmt.v1.HeartbeatRep.$Shape} HeartbeatRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.HeartbeatRep & daos.mgmt.v1.HeartbeatRep.$Shape;

                /**
                 * Decodes a HeartbeatRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.HeartbeatRep & daos.mgmt.v1.HeartbeatRep.$Shape} HeartbeatRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.HeartbeatRep & daos.mgmt.v1.HeartbeatRep.$Shape;

                /**
                 * Verifies a HeartbeatRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HeartbeatRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HeartbeatRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.HeartbeatRep;

                /**
                 * Creates a plain object from a HeartbeatRep message. Also converts values to other types if specified.
                 * @param message HeartbeatRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.HeartbeatRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HeartbeatRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HeartbeatRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HeartbeatRep {

                /** Properties of a HeartbeatRep. */
                interface $Properties {

                    /** HeartbeatRep state */
                    state?: (number|null);

                    /** HeartbeatRep rejoin */
                    rejoin?: (boolean|null);

                    /** HeartbeatRep mapVersion */
                    mapVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HeartbeatRep. */
                type $Shape = daos.mgmt.v1.HeartbeatRep.$Properties;
            }

            /**
             * Properties of a SystemQueryReq.
             * @deprecated Use daos.mgmt.v1.SystemQueryReq.$Properties instead.
             */
            interface ISystemQueryReq extends daos.mgmt.v1.SystemQueryReq.$Properties {
            }

            /** Represents a SystemQueryReq. */
            class SystemQueryReq {

                /**
                 * Constructs a new SystemQueryReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemQueryReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemQueryReq ranks. */
                ranks: number[];

                /** SystemQueryReq stateMask. */
                stateMask: number;

                /**
                 * Creates a new SystemQueryReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemQueryReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemQueryReq.$Shape): daos.mgmt.v1.SystemQueryReq & daos.mgmt.v1.SystemQueryReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemQueryReq.$Properties): daos.mgmt.v1.SystemQueryReq;

                /**
                 * Encodes the specified SystemQueryReq message. Does not implicitly {@link daos.mgmt.v1.SystemQueryReq.verify|verify} messages.
                 * @param message SystemQueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemQueryReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemQueryReq.verify|verify} messages.
                 * @param message SystemQueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemQueryReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemQueryReq & daos.mgmt.v1.SystemQueryReq.$Shape} SystemQueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemQueryReq & daos.mgmt.v1.SystemQueryReq.$Shape;

                /**
                 * Decodes a SystemQueryReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemQueryReq & daos.mgmt.v1.SystemQueryReq.$Shape} SystemQueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemQueryReq & daos.mgmt.v1.SystemQueryReq.$Shape;

                /**
                 * Verifies a SystemQueryReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemQueryReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemQueryReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemQueryReq;

                /**
                 * Creates a plain object from a SystemQueryReq message. Also converts values to other types if specified.
                 * @param message SystemQueryReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemQueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemQueryReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemQueryReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemQueryReq {

                /** Properties of a SystemQueryReq. */
                interface $Properties {

                    /** SystemQueryReq ranks */
                    ranks?: (number[]|null);

                    /** SystemQueryReq stateMask */
                    stateMask?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemQueryReq. */
                type $Shape = daos.mgmt.v1.SystemQueryReq.$Properties;
            }

            /**
             * Properties of a SystemQueryRep.
             * @deprecated Use daos.mgmt.v1.SystemQueryRep.$Properties instead.
             */
            interface ISystemQueryRep extends daos.mgmt.v1.SystemQueryRep.$Properties {
            }

            /** Represents a SystemQueryRep. */
            class SystemQueryRep {

                /**
                 * Constructs a new SystemQueryRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemQueryRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemQueryRep members. */
                members: daos.mgmt.v1.Member.$Properties[];

                /** SystemQueryRep absentRanks. */
                absentRanks: number[];

                /** SystemQueryRep mapVersion. */
                mapVersion: number;

                /**
                 * Creates a new SystemQueryRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemQueryRep instance
                 */
                static create(properties: daos.mgmt.v1.SystemQueryRep.$Shape): daos.mgmt.v1.SystemQueryRep & daos.mgmt.v1.SystemQueryRep.$Shape;
                static create(properties?: daos.mgmt.v1.SystemQueryRep.$Properties): daos.mgmt.v1.SystemQueryRep;

                /**
                 * Encodes the specified SystemQueryRep message. Does not implicitly {@link daos.mgmt.v1.SystemQueryRep.verify|verify} messages.
                 * @param message SystemQueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemQueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemQueryRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemQueryRep.verify|verify} messages.
                 * @param message SystemQueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemQueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemQueryRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemQueryRep & daos.mgmt.v1.SystemQueryRep.$Shape} SystemQueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemQueryRep & daos.mgmt.v1.SystemQueryRep.$Shape;

                /**
                 * Decodes a SystemQueryRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemQueryRep & daos.mgmt.v1.SystemQueryRep.$Shape} SystemQueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemQueryRep & daos.mgmt.v1.SystemQueryRep.$Shape;

                /**
                 * Verifies a SystemQueryRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemQueryRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemQueryRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemQueryRep;

                /**
                 * Creates a plain object from a SystemQueryRep message. Also converts values to other types if specified.
                 * @param message SystemQueryRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemQueryRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemQueryRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemQueryRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemQueryRep {

                /** Properties of a SystemQueryRep. */
                interface $Properties {

                    /** SystemQueryRep members */
                    members?: (daos.mgmt.v1.Member.$Properties[]|null);

                    /** SystemQueryRep absentRanks */
                    absentRanks?: (number[]|null);

                    /** SystemQueryRep mapVersion */
                    mapVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemQueryRep. */
                type $Shape = daos.mgmt.v1.SystemQueryRep.$Properties;
            }

            /**
             * Properties of a RankResult.
             * @deprecated Use daos.mgmt.v1.RankResult.$Properties instead.
             */
            interface IRankResult extends daos.mgmt.v1.RankResult.$Properties {
            }

            /** Represents a RankResult. */
            class RankResult {

                /**
                 * Constructs a new RankResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.RankResult.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RankResult rank. */
                rank: number;

                /** RankResult action. */
                action: string;

                /** RankResult status. */
                status: number;

                /** RankResult message. */
                message: string;

                /** RankResult state. */
                state: number;

                /**
                 * Creates a new RankResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RankResult instance
                 */
                static create(properties: daos.mgmt.v1.RankResult.$Shape): daos.mgmt.v1.RankResult & daos.mgmt.v1.RankResult.$Shape;
                static create(properties?: daos.mgmt.v1.RankResult.$Properties): daos.mgmt.v1.RankResult;

                /**
                 * Encodes the specified RankResult message. Does not implicitly {@link daos.mgmt.v1.RankResult.verify|verify} messages.
                 * @param message RankResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.RankResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RankResult message, length delimited. Does not implicitly {@link daos.mgmt.v1.RankResult.verify|verify} messages.
                 * @param message RankResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.RankResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RankResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.RankResult & daos.mgmt.v1.RankResult.$Shape} RankResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.RankResult & daos.mgmt.v1.RankResult.$Shape;

                /**
                 * Decodes a RankResult message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.RankResult & daos.mgmt.v1.RankResult.$Shape} RankResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.RankResult & daos.mgmt.v1.RankResult.$Shape;

                /**
                 * Verifies a RankResult message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RankResult message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RankResult
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.RankResult;

                /**
                 * Creates a plain object from a RankResult message. Also converts values to other types if specified.
                 * @param message RankResult
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.RankResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RankResult to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for RankResult
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RankResult {

                /** Properties of a RankResult. */
                interface $Properties {

                    /** RankResult rank */
                    rank?: (number|null);

                    /** RankResult action */
                    action?: (string|null);

                    /** RankResult status */
                    status?: (number|null);

                    /** RankResult message */
                    message?: (string|null);

                    /** RankResult state */
                    state?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RankResult. */
                type $Shape = daos.mgmt.v1.RankResult.$Properties;
            }

            /**
             * Properties of a SystemStopReq.
             * @deprecated Use daos.mgmt.v1.SystemStopReq.$Properties instead.
             */
            interface ISystemStopReq extends daos.mgmt.v1.SystemStopReq.$Properties {
            }

            /** Represents a SystemStopReq. */
            class SystemStopReq {

                /**
                 * Constructs a new SystemStopReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemStopReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemStopReq ranks. */
                ranks: number[];

                /** SystemStopReq force. */
                force: boolean;

                /**
                 * Creates a new SystemStopReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemStopReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemStopReq.$Shape): daos.mgmt.v1.SystemStopReq & daos.mgmt.v1.SystemStopReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemStopReq.$Properties): daos.mgmt.v1.SystemStopReq;

                /**
                 * Encodes the specified SystemStopReq message. Does not implicitly {@link daos.mgmt.v1.SystemStopReq.verify|verify} messages.
                 * @param message SystemStopReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemStopReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemStopReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemStopReq.verify|verify} messages.
                 * @param message SystemStopReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemStopReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemStopReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemStopReq & daos.mgmt.v1.SystemStopReq.$Shape} SystemStopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemStopReq & daos.mgmt.v1.SystemStopReq.$Shape;

                /**
                 * Decodes a SystemStopReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemStopReq & daos.mgmt.v1.SystemStopReq.$Shape} SystemStopReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemStopReq & daos.mgmt.v1.SystemStopReq.$Shape;

                /**
                 * Verifies a SystemStopReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemStopReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemStopReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemStopReq;

                /**
                 * Creates a plain object from a SystemStopReq message. Also converts values to other types if specified.
                 * @param message SystemStopReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemStopReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemStopReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemStopReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemStopReq {

                /** Properties of a SystemStopReq. */
                interface $Properties {

                    /** SystemStopReq ranks */
                    ranks?: (number[]|null);

                    /** SystemStopReq force */
                    force?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemStopReq. */
                type $Shape = daos.mgmt.v1.SystemStopReq.$Properties;
            }

            /**
             * Properties of a SystemStartReq.
             * @deprecated Use daos.mgmt.v1.SystemStartReq.$Properties instead.
             */
            interface ISystemStartReq extends daos.mgmt.v1.SystemStartReq.$Properties {
            }

            /** Represents a SystemStartReq. */
            class SystemStartReq {

                /**
                 * Constructs a new SystemStartReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemStartReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemStartReq ranks. */
                ranks: number[];

                /**
                 * Creates a new SystemStartReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemStartReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemStartReq.$Shape): daos.mgmt.v1.SystemStartReq & daos.mgmt.v1.SystemStartReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemStartReq.$Properties): daos.mgmt.v1.SystemStartReq;

                /**
                 * Encodes the specified SystemStartReq message. Does not implicitly {@link daos.mgmt.v1.SystemStartReq.verify|verify} messages.
                 * @param message SystemStartReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemStartReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemStartReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemStartReq.verify|verify} messages.
                 * @param message SystemStartReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemStartReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemStartReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemStartReq & daos.mgmt.v1.SystemStartReq.$Shape} SystemStartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemStartReq & daos.mgmt.v1.SystemStartReq.$Shape;

                /**
                 * Decodes a SystemStartReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemStartReq & daos.mgmt.v1.SystemStartReq.$Shape} SystemStartReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemStartReq & daos.mgmt.v1.SystemStartReq.$Shape;

                /**
                 * Verifies a SystemStartReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemStartReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemStartReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemStartReq;

                /**
                 * Creates a plain object from a SystemStartReq message. Also converts values to other types if specified.
                 * @param message SystemStartReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemStartReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemStartReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemStartReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemStartReq {

                /** Properties of a SystemStartReq. */
                interface $Properties {

                    /** SystemStartReq ranks */
                    ranks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemStartReq. */
                type $Shape = daos.mgmt.v1.SystemStartReq.$Properties;
            }

            /**
             * Properties of a SystemExcludeReq.
             * @deprecated Use daos.mgmt.v1.SystemExcludeReq.$Properties instead.
             */
            interface ISystemExcludeReq extends daos.mgmt.v1.SystemExcludeReq.$Properties {
            }

            /** Represents a SystemExcludeReq. */
            class SystemExcludeReq {

                /**
                 * Constructs a new SystemExcludeReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemExcludeReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemExcludeReq ranks. */
                ranks: number[];

                /**
                 * Creates a new SystemExcludeReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemExcludeReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemExcludeReq.$Shape): daos.mgmt.v1.SystemExcludeReq & daos.mgmt.v1.SystemExcludeReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemExcludeReq.$Properties): daos.mgmt.v1.SystemExcludeReq;

                /**
                 * Encodes the specified SystemExcludeReq message. Does not implicitly {@link daos.mgmt.v1.SystemExcludeReq.verify|verify} messages.
                 * @param message SystemExcludeReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemExcludeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemExcludeReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemExcludeReq.verify|verify} messages.
                 * @param message SystemExcludeReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemExcludeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemExcludeReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemExcludeReq & daos.mgmt.v1.SystemExcludeReq.$Shape} SystemExcludeReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemExcludeReq & daos.mgmt.v1.SystemExcludeReq.$Shape;

                /**
                 * Decodes a SystemExcludeReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemExcludeReq & daos.mgmt.v1.SystemExcludeReq.$Shape} SystemExcludeReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemExcludeReq & daos.mgmt.v1.SystemExcludeReq.$Shape;

                /**
                 * Verifies a SystemExcludeReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemExcludeReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemExcludeReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemExcludeReq;

                /**
                 * Creates a plain object from a SystemExcludeReq message. Also converts values to other types if specified.
                 * @param message SystemExcludeReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemExcludeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemExcludeReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemExcludeReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemExcludeReq {

                /** Properties of a SystemExcludeReq. */
                interface $Properties {

                    /** SystemExcludeReq ranks */
                    ranks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemExcludeReq. */
                type $Shape = daos.mgmt.v1.SystemExcludeReq.$Properties;
            }

            /**
             * Properties of a SystemClearExcludeReq.
             * @deprecated Use daos.mgmt.v1.SystemClearExcludeReq.$Properties instead.
             */
            interface ISystemClearExcludeReq extends daos.mgmt.v1.SystemClearExcludeReq.$Properties {
            }

            /** Represents a SystemClearExcludeReq. */
            class SystemClearExcludeReq {

                /**
                 * Constructs a new SystemClearExcludeReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemClearExcludeReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemClearExcludeReq ranks. */
                ranks: number[];

                /**
                 * Creates a new SystemClearExcludeReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemClearExcludeReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemClearExcludeReq.$Shape): daos.mgmt.v1.SystemClearExcludeReq & daos.mgmt.v1.SystemClearExcludeReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemClearExcludeReq.$Properties): daos.mgmt.v1.SystemClearExcludeReq;

                /**
                 * Encodes the specified SystemClearExcludeReq message. Does not implicitly {@link daos.mgmt.v1.SystemClearExcludeReq.verify|verify} messages.
                 * @param message SystemClearExcludeReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemClearExcludeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemClearExcludeReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemClearExcludeReq.verify|verify} messages.
                 * @param message SystemClearExcludeReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemClearExcludeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemClearExcludeReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemClearExcludeReq & daos.mgmt.v1.SystemClearExcludeReq.$Shape} SystemClearExcludeReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemClearExcludeReq & daos.mgmt.v1.SystemClearExcludeReq.$Shape;

                /**
                 * Decodes a SystemClearExcludeReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemClearExcludeReq & daos.mgmt.v1.SystemClearExcludeReq.$Shape} SystemClearExcludeReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemClearExcludeReq & daos.mgmt.v1.SystemClearExcludeReq.$Shape;

                /**
                 * Verifies a SystemClearExcludeReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemClearExcludeReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemClearExcludeReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemClearExcludeReq;

                /**
                 * Creates a plain object from a SystemClearExcludeReq message. Also converts values to other types if specified.
                 * @param message SystemClearExcludeReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemClearExcludeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemClearExcludeReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemClearExcludeReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemClearExcludeReq {

                /** Properties of a SystemClearExcludeReq. */
                interface $Properties {

                    /** SystemClearExcludeReq ranks */
                    ranks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemClearExcludeReq. */
                type $Shape = daos.mgmt.v1.SystemClearExcludeReq.$Properties;
            }

            /**
             * Properties of a SystemRemoveReq.
             * @deprecated Use daos.mgmt.v1.SystemRemoveReq.$Properties instead.
             */
            interface ISystemRemoveReq extends daos.mgmt.v1.SystemRemoveReq.$Properties {
            }

            /** Represents a SystemRemoveReq. */
            class SystemRemoveReq {

                /**
                 * Constructs a new SystemRemoveReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemRemoveReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemRemoveReq ranks. */
                ranks: number[];

                /**
                 * Creates a new SystemRemoveReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemRemoveReq instance
                 */
                static create(properties: daos.mgmt.v1.SystemRemoveReq.$Shape): daos.mgmt.v1.SystemRemoveReq & daos.mgmt.v1.SystemRemoveReq.$Shape;
                static create(properties?: daos.mgmt.v1.SystemRemoveReq.$Properties): daos.mgmt.v1.SystemRemoveReq;

                /**
                 * Encodes the specified SystemRemoveReq message. Does not implicitly {@link daos.mgmt.v1.SystemRemoveReq.verify|verify} messages.
                 * @param message SystemRemoveReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemRemoveReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemRemoveReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemRemoveReq.verify|verify} messages.
                 * @param message SystemRemoveReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemRemoveReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemRemoveReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemRemoveReq & daos.mgmt.v1.SystemRemoveReq.$Shape} SystemRemoveReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemRemoveReq & daos.mgmt.v1.SystemRemoveReq.$Shape;

                /**
                 * Decodes a SystemRemoveReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemRemoveReq & daos.mgmt.v1.SystemRemoveReq.$Shape} SystemRemoveReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemRemoveReq & daos.mgmt.v1.SystemRemoveReq.$Shape;

                /**
                 * Verifies a SystemRemoveReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemRemoveReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemRemoveReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemRemoveReq;

                /**
                 * Creates a plain object from a SystemRemoveReq message. Also converts values to other types if specified.
                 * @param message SystemRemoveReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemRemoveReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemRemoveReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemRemoveReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemRemoveReq {

                /** Properties of a SystemRemoveReq. */
                interface $Properties {

                    /** SystemRemoveReq ranks */
                    ranks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemRemoveReq. */
                type $Shape = daos.mgmt.v1.SystemRemoveReq.$Properties;
            }

            /**
             * Properties of a SystemResultsRep.
             * @deprecated Use daos.mgmt.v1.SystemResultsRep.$Properties instead.
             */
            interface ISystemResultsRep extends daos.mgmt.v1.SystemResultsRep.$Properties {
            }

            /** Represents a SystemResultsRep. */
            class SystemResultsRep {

                /**
                 * Constructs a new SystemResultsRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SystemResultsRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SystemResultsRep results. */
                results: daos.mgmt.v1.RankResult.$Properties[];

                /** SystemResultsRep absentRanks. */
                absentRanks: number[];

                /**
                 * Creates a new SystemResultsRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SystemResultsRep instance
                 */
                static create(properties: daos.mgmt.v1.SystemResultsRep.$Shape): daos.mgmt.v1.SystemResultsRep & daos.mgmt.v1.SystemResultsRep.$Shape;
                static create(properties?: daos.mgmt.v1.SystemResultsRep.$Properties): daos.mgmt.v1.SystemResultsRep;

                /**
                 * Encodes the specified SystemResultsRep message. Does not implicitly {@link daos.mgmt.v1.SystemResultsRep.verify|verify} messages.
                 * @param message SystemResultsRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SystemResultsRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SystemResultsRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.SystemResultsRep.verify|verify} messages.
                 * @param message SystemResultsRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SystemResultsRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SystemResultsRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SystemResultsRep & daos.mgmt.v1.SystemResultsRep.$Shape} SystemResultsRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SystemResultsRep & daos.mgmt.v1.SystemResultsRep.$Shape;

                /**
                 * Decodes a SystemResultsRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SystemResultsRep & daos.mgmt.v1.SystemResultsRep.$Shape} SystemResultsRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SystemResultsRep & daos.mgmt.v1.SystemResultsRep.$Shape;

                /**
                 * Verifies a SystemResultsRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SystemResultsRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SystemResultsRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SystemResultsRep;

                /**
                 * Creates a plain object from a SystemResultsRep message. Also converts values to other types if specified.
                 * @param message SystemResultsRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SystemResultsRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SystemResultsRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SystemResultsRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SystemResultsRep {

                /** Properties of a SystemResultsRep. */
                interface $Properties {

                    /** SystemResultsRep results */
                    results?: (daos.mgmt.v1.RankResult.$Properties[]|null);

                    /** SystemResultsRep absentRanks */
                    absentRanks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SystemResultsRep. */
                type $Shape = daos.mgmt.v1.SystemResultsRep.$Properties;
            }

            /**
             * Properties of a LeaderQueryReq.
             * @deprecated Use daos.mgmt.v1.LeaderQueryReq.$Properties instead.
             */
            interface ILeaderQueryReq extends daos.mgmt.v1.LeaderQueryReq.$Properties {
            }

            /** Represents a LeaderQueryReq. */
            class LeaderQueryReq {

                /**
                 * Constructs a new LeaderQueryReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.LeaderQueryReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new LeaderQueryReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LeaderQueryReq instance
                 */
                static create(properties: daos.mgmt.v1.LeaderQueryReq.$Shape): daos.mgmt.v1.LeaderQueryReq & daos.mgmt.v1.LeaderQueryReq.$Shape;
                static create(properties?: daos.mgmt.v1.LeaderQueryReq.$Properties): daos.mgmt.v1.LeaderQueryReq;

                /**
                 * Encodes the specified LeaderQueryReq message. Does not implicitly {@link daos.mgmt.v1.LeaderQueryReq.verify|verify} messages.
                 * @param message LeaderQueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.LeaderQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LeaderQueryReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.LeaderQueryReq.verify|verify} messages.
                 * @param message LeaderQueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.LeaderQueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LeaderQueryReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.LeaderQueryReq & daos.mgmt.v1.LeaderQueryReq.$Shape} LeaderQueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.LeaderQueryReq & daos.mgmt.v1.LeaderQueryReq.$Shape;

                /**
                 * Decodes a LeaderQueryReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.LeaderQueryReq & daos.mgmt.v1.LeaderQueryReq.$Shape} LeaderQueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.LeaderQueryReq & daos.mgmt.v1.LeaderQueryReq.$Shape;

                /**
                 * Verifies a LeaderQueryReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LeaderQueryReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LeaderQueryReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.LeaderQueryReq;

                /**
                 * Creates a plain object from a LeaderQueryReq message. Also converts values to other types if specified.
                 * @param message LeaderQueryReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.LeaderQueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LeaderQueryReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LeaderQueryReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LeaderQueryReq {

                /** Properties of a LeaderQueryReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LeaderQueryReq. */
                type $Shape = daos.mgmt.v1.LeaderQueryReq.$Properties;
            }

            /**
             * Properties of a LeaderQueryRep.
             * @deprecated Use daos.mgmt.v1.LeaderQueryRep.$Properties instead.
             */
            interface ILeaderQueryRep extends daos.mgmt.v1.LeaderQueryRep.$Properties {
            }

            /** Represents a LeaderQueryRep. */
            class LeaderQueryRep {

                /**
                 * Constructs a new LeaderQueryRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.LeaderQueryRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LeaderQueryRep leader. */
                leader: number;

                /** LeaderQueryRep term. */
                term: number;

                /** LeaderQueryRep replicas. */
                replicas: number[];

                /** LeaderQueryRep downReplicas. */
                downReplicas: number[];

                /**
                 * Creates a new LeaderQueryRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LeaderQueryRep instance
                 */
                static create(properties: daos.mgmt.v1.LeaderQueryRep.$Shape): daos.mgmt.v1.LeaderQueryRep & daos.mgmt.v1.LeaderQueryRep.$Shape;
                static create(properties?: daos.mgmt.v1.LeaderQueryRep.$Properties): daos.mgmt.v1.LeaderQueryRep;

                /**
                 * Encodes the specified LeaderQueryRep message. Does not implicitly {@link daos.mgmt.v1.LeaderQueryRep.verify|verify} messages.
                 * @param message LeaderQueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.LeaderQueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LeaderQueryRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.LeaderQueryRep.verify|verify} messages.
                 * @param message LeaderQueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.LeaderQueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LeaderQueryRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.LeaderQueryRep & daos.mgmt.v1.LeaderQueryRep.$Shape} LeaderQueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.LeaderQueryRep & daos.mgmt.v1.LeaderQueryRep.$Shape;

                /**
                 * Decodes a LeaderQueryRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.LeaderQueryRep & daos.mgmt.v1.LeaderQueryRep.$Shape} LeaderQueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.LeaderQueryRep & daos.mgmt.v1.LeaderQueryRep.$Shape;

                /**
                 * Verifies a LeaderQueryRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LeaderQueryRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LeaderQueryRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.LeaderQueryRep;

                /**
                 * Creates a plain object from a LeaderQueryRep message. Also converts values to other types if specified.
                 * @param message LeaderQueryRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.LeaderQueryRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LeaderQueryRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for LeaderQueryRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LeaderQueryRep {

                /** Properties of a LeaderQueryRep. */
                interface $Properties {

                    /** LeaderQueryRep leader */
                    leader?: (number|null);

                    /** LeaderQueryRep term */
                    term?: (number|null);

                    /** LeaderQueryRep replicas */
                    replicas?: (number[]|null);

                    /** LeaderQueryRep downReplicas */
                    downReplicas?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LeaderQueryRep. */
                type $Shape = daos.mgmt.v1.LeaderQueryRep.$Properties;
            }

            /**
             * Properties of a PoolInfo.
             * @deprecated Use daos.mgmt.v1.PoolInfo.$Properties instead.
             */
            interface IPoolInfo extends daos.mgmt.v1.PoolInfo.$Properties {
            }

            /** Represents a PoolInfo. */
            class PoolInfo {

                /**
                 * Constructs a new PoolInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolInfo uuid. */
                uuid: string;

                /** PoolInfo label. */
                label: string;

                /** PoolInfo state. */
                state: string;

                /** PoolInfo sizeBytes. */
                sizeBytes: number;

                /** PoolInfo svcRanks. */
                svcRanks: number[];

                /** PoolInfo contRanks. */
                contRanks: number[];

                /** PoolInfo owner. */
                owner: string;

                /** PoolInfo ownerGroup. */
                ownerGroup: string;

                /** PoolInfo createdMs. */
                createdMs: number;

                /**
                 * Creates a new PoolInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolInfo instance
                 */
                static create(properties: daos.mgmt.v1.PoolInfo.$Shape): daos.mgmt.v1.PoolInfo & daos.mgmt.v1.PoolInfo.$Shape;
                static create(properties?: daos.mgmt.v1.PoolInfo.$Properties): daos.mgmt.v1.PoolInfo;

                /**
                 * Encodes the specified PoolInfo message. Does not implicitly {@link daos.mgmt.v1.PoolInfo.verify|verify} messages.
                 * @param message PoolInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolInfo message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolInfo.verify|verify} messages.
                 * @param message PoolInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolInfo & daos.mgmt.v1.PoolInfo.$Shape} PoolInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolInfo & daos.mgmt.v1.PoolInfo.$Shape;

                /**
                 * Decodes a PoolInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolInfo & daos.mgmt.v1.PoolInfo.$Shape} PoolInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolInfo & daos.mgmt.v1.PoolInfo.$Shape;

                /**
                 * Verifies a PoolInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolInfo
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolInfo;

                /**
                 * Creates a plain object from a PoolInfo message. Also converts values to other types if specified.
                 * @param message PoolInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolInfo {

                /** Properties of a PoolInfo. */
                interface $Properties {

                    /** PoolInfo uuid */
                    uuid?: (string|null);

                    /** PoolInfo label */
                    label?: (string|null);

                    /** PoolInfo state */
                    state?: (string|null);

                    /** PoolInfo sizeBytes */
                    sizeBytes?: (number|null);

                    /** PoolInfo svcRanks */
                    svcRanks?: (number[]|null);

                    /** PoolInfo contRanks */
                    contRanks?: (number[]|null);

                    /** PoolInfo owner */
                    owner?: (string|null);

                    /** PoolInfo ownerGroup */
                    ownerGroup?: (string|null);

                    /** PoolInfo createdMs */
                    createdMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolInfo. */
                type $Shape = daos.mgmt.v1.PoolInfo.$Properties;
            }

            /**
             * Properties of a PoolCreateReq.
             * @deprecated Use daos.mgmt.v1.PoolCreateReq.$Properties instead.
             */
            interface IPoolCreateReq extends daos.mgmt.v1.PoolCreateReq.$Properties {
            }

            /** Represents a PoolCreateReq. */
            class PoolCreateReq {

                /**
                 * Constructs a new PoolCreateReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolCreateReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolCreateReq uuid. */
                uuid: string;

                /** PoolCreateReq label. */
                label: string;

                /** PoolCreateReq sizeBytes. */
                sizeBytes: number;

                /** PoolCreateReq svcReplicas. */
                svcReplicas: number;

                /** PoolCreateReq owner. */
                owner: string;

                /** PoolCreateReq ownerGroup. */
                ownerGroup: string;

                /** PoolCreateReq acl. */
                acl: string[];

                /** PoolCreateReq props. */
                props: { [k: string]: string };

                /** PoolCreateReq ranks. */
                ranks: number[];

                /**
                 * Creates a new PoolCreateReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolCreateReq instance
                 */
                static create(properties: daos.mgmt.v1.PoolCreateReq.$Shape): daos.mgmt.v1.PoolCreateReq & daos.mgmt.v1.PoolCreateReq.$Shape;
                static create(properties?: daos.mgmt.v1.PoolCreateReq.$Properties): daos.mgmt.v1.PoolCreateReq;

                /**
                 * Encodes the specified PoolCreateReq message. Does not implicitly {@link daos.mgmt.v1.PoolCreateReq.verify|verify} messages.
                 * @param message PoolCreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolCreateReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolCreateReq.verify|verify} messages.
                 * @param message PoolCreateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolCreateReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolCreateReq & daos.mgmt.v1.PoolCreateReq.$Shape} PoolCreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolCreateReq & daos.mgmt.v1.PoolCreateReq.$Shape;

                /**
                 * Decodes a PoolCreateReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolCreateReq & daos.mgmt.v1.PoolCreateReq.$Shape} PoolCreateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolCreateReq & daos.mgmt.v1.PoolCreateReq.$Shape;

                /**
                 * Verifies a PoolCreateReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolCreateReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolCreateReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolCreateReq;

                /**
                 * Creates a plain object from a PoolCreateReq message. Also converts values to other types if specified.
                 * @param message PoolCreateReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolCreateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolCreateReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolCreateReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolCreateReq {

                /** Properties of a PoolCreateReq. */
                interface $Properties {

                    /** PoolCreateReq uuid */
                    uuid?: (string|null);

                    /** PoolCreateReq label */
                    label?: (string|null);

                    /** PoolCreateReq sizeBytes */
                    sizeBytes?: (number|null);

                    /** PoolCreateReq svcReplicas */
                    svcReplicas?: (number|null);

                    /** PoolCreateReq owner */
                    owner?: (string|null);

                    /** PoolCreateReq ownerGroup */
                    ownerGroup?: (string|null);

                    /** PoolCreateReq acl */
                    acl?: (string[]|null);

                    /** PoolCreateReq props */
                    props?: ({ [k: string]: string }|null);

                    /** PoolCreateReq ranks */
                    ranks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolCreateReq. */
                type $Shape = daos.mgmt.v1.PoolCreateReq.$Properties;
            }

            /**
             * Properties of a PoolCreateRep.
             * @deprecated Use daos.mgmt.v1.PoolCreateRep.$Properties instead.
             */
            interface IPoolCreateRep extends daos.mgmt.v1.PoolCreateRep.$Properties {
            }

            /** Represents a PoolCreateRep. */
            class PoolCreateRep {

                /**
                 * Constructs a new PoolCreateRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolCreateRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolCreateRep pool. */
                pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                /**
                 * Creates a new PoolCreateRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolCreateRep instance
                 */
                static create(properties: daos.mgmt.v1.PoolCreateRep.$Shape): daos.mgmt.v1.PoolCreateRep & daos.mgmt.v1.PoolCreateRep.$Shape;
                static create(properties?: daos.mgmt.v1.PoolCreateRep.$Properties): daos.mgmt.v1.PoolCreateRep;

                /**
                 * Encodes the specified PoolCreateRep message. Does not implicitly {@link daos.mgmt.v1.PoolCreateRep.verify|verify} messages.
                 * @param message PoolCreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolCreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolCreateRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolCreateRep.verify|verify} messages.
                 * @param message PoolCreateRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolCreateRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolCreateRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolCreateRep & daos.mgmt.v1.PoolCreateRep.$Shape} PoolCreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolCreateRep & daos.mgmt.v1.PoolCreateRep.$Shape;

                /**
                 * Decodes a PoolCreateRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolCreateRep & daos.mgmt.v1.PoolCreateRep.$Shape} PoolCreateRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolCreateRep & daos.mgmt.v1.PoolCreateRep.$Shape;

                /**
                 * Verifies a PoolCreateRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolCreateRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolCreateRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolCreateRep;

                /**
                 * Creates a plain object from a PoolCreateRep message. Also converts values to other types if specified.
                 * @param message PoolCreateRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolCreateRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolCreateRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolCreateRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolCreateRep {

                /** Properties of a PoolCreateRep. */
                interface $Properties {

                    /** PoolCreateRep pool */
                    pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolCreateRep. */
                type $Shape = daos.mgmt.v1.PoolCreateRep.$Properties;
            }

            /**
             * Properties of a PoolDestroyReq.
             * @deprecated Use daos.mgmt.v1.PoolDestroyReq.$Properties instead.
             */
            interface IPoolDestroyReq extends daos.mgmt.v1.PoolDestroyReq.$Properties {
            }

            /** Represents a PoolDestroyReq. */
            class PoolDestroyReq {

                /**
                 * Constructs a new PoolDestroyReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolDestroyReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolDestroyReq id. */
                id: string;

                /** PoolDestroyReq force. */
                force: boolean;

                /**
                 * Creates a new PoolDestroyReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolDestroyReq instance
                 */
                static create(properties: daos.mgmt.v1.PoolDestroyReq.$Shape): daos.mgmt.v1.PoolDestroyReq & daos.mgmt.v1.PoolDestroyReq.$Shape;
                static create(properties?: daos.mgmt.v1.PoolDestroyReq.$Properties): daos.mgmt.v1.PoolDestroyReq;

                /**
                 * Encodes the specified PoolDestroyReq message. Does not implicitly {@link daos.mgmt.v1.PoolDestroyReq.verify|verify} messages.
                 * @param message PoolDestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolDestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolDestroyReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolDestroyReq.verify|verify} messages.
                 * @param message PoolDestroyReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolDestroyReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolDestroyReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolDestroyReq & daos.mgmt.v1.PoolDestroyReq.$Shape} PoolDestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolDestroyReq & daos.mgmt.v1.PoolDestroyReq.$Shape;

                /**
                 * Decodes a PoolDestroyReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolDestroyReq & daos.mgmt.v1.PoolDestroyReq.$Shape} PoolDestroyReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolDestroyReq & daos.mgmt.v1.PoolDestroyReq.$Shape;

                /**
                 * Verifies a PoolDestroyReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolDestroyReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolDestroyReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolDestroyReq;

                /**
                 * Creates a plain object from a PoolDestroyReq message. Also converts values to other types if specified.
                 * @param message PoolDestroyReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolDestroyReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolDestroyReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolDestroyReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolDestroyReq {

                /** Properties of a PoolDestroyReq. */
                interface $Properties {

                    /** PoolDestroyReq id */
                    id?: (string|null);

                    /** PoolDestroyReq force */
                    force?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolDestroyReq. */
                type $Shape = daos.mgmt.v1.PoolDestroyReq.$Properties;
            }

            /**
             * Properties of a PoolDestroyRep.
             * @deprecated Use daos.mgmt.v1.PoolDestroyRep.$Properties instead.
             */
            interface IPoolDestroyRep extends daos.mgmt.v1.PoolDestroyRep.$Properties {
            }

            /** Represents a PoolDestroyRep. */
            class PoolDestroyRep {

                /**
                 * Constructs a new PoolDestroyRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolDestroyRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new PoolDestroyRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolDestroyRep instance
                 */
                static create(properties: daos.mgmt.v1.PoolDestroyRep.$Shape): daos.mgmt.v1.PoolDestroyRep & daos.mgmt.v1.PoolDestroyRep.$Shape;
                static create(properties?: daos.mgmt.v1.PoolDestroyRep.$Properties): daos.mgmt.v1.PoolDestroyRep;

                /**
                 * Encodes the specified PoolDestroyRep message. Does not implicitly {@link daos.mgmt.v1.PoolDestroyRep.verify|verify} messages.
                 * @param message PoolDestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolDestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolDestroyRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolDestroyRep.verify|verify} messages.
                 * @param message PoolDestroyRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolDestroyRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolDestroyRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolDestroyRep & daos.mgmt.v1.PoolDestroyRep.$Shape} PoolDestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolDestroyRep & daos.mgmt.v1.PoolDestroyRep.$Shape;

                /**
                 * Decodes a PoolDestroyRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolDestroyRep & daos.mgmt.v1.PoolDestroyRep.$Shape} PoolDestroyRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolDestroyRep & daos.mgmt.v1.PoolDestroyRep.$Shape;

                /**
                 * Verifies a PoolDestroyRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolDestroyRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolDestroyRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolDestroyRep;

                /**
                 * Creates a plain object from a PoolDestroyRep message. Also converts values to other types if specified.
                 * @param message PoolDestroyRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolDestroyRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolDestroyRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolDestroyRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolDestroyRep {

                /** Properties of a PoolDestroyRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolDestroyRep. */
                type $Shape = daos.mgmt.v1.PoolDestroyRep.$Properties;
            }

            /**
             * Properties of a PoolListReq.
             * @deprecated Use daos.mgmt.v1.PoolListReq.$Properties instead.
             */
            interface IPoolListReq extends daos.mgmt.v1.PoolListReq.$Properties {
            }

            /** Represents a PoolListReq. */
            class PoolListReq {

                /**
                 * Constructs a new PoolListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new PoolListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolListReq instance
                 */
                static create(properties: daos.mgmt.v1.PoolListReq.$Shape): daos.mgmt.v1.PoolListReq & daos.mgmt.v1.PoolListReq.$Shape;
                static create(properties?: daos.mgmt.v1.PoolListReq.$Properties): daos.mgmt.v1.PoolListReq;

                /**
                 * Encodes the specified PoolListReq message. Does not implicitly {@link daos.mgmt.v1.PoolListReq.verify|verify} messages.
                 * @param message PoolListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolListReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolListReq.verify|verify} messages.
                 * @param message PoolListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolListReq & daos.mgmt.v1.PoolListReq.$Shape} PoolListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolListReq & daos.mgmt.v1.PoolListReq.$Shape;

                /**
                 * Decodes a PoolListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolListReq & daos.mgmt.v1.PoolListReq.$Shape} PoolListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolListReq & daos.mgmt.v1.PoolListReq.$Shape;

                /**
                 * Verifies a PoolListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolListReq;

                /**
                 * Creates a plain object from a PoolListReq message. Also converts values to other types if specified.
                 * @param message PoolListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolListReq {

                /** Properties of a PoolListReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolListReq. */
                type $Shape = daos.mgmt.v1.PoolListReq.$Properties;
            }

            /**
             * Properties of a PoolListRep.
             * @deprecated Use daos.mgmt.v1.PoolListRep.$Properties instead.
             */
            interface IPoolListRep extends daos.mgmt.v1.PoolListRep.$Properties {
            }

            /** Represents a PoolListRep. */
            class PoolListRep {

                /**
                 * Constructs a new PoolListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolListRep pools. */
                pools: daos.mgmt.v1.PoolInfo.$Properties[];

                /**
                 * Creates a new PoolListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolListRep instance
                 */
                static create(properties: daos.mgmt.v1.PoolListRep.$Shape): daos.mgmt.v1.PoolListRep & daos.mgmt.v1.PoolListRep.$Shape;
                static create(properties?: daos.mgmt.v1.PoolListRep.$Properties): daos.mgmt.v1.PoolListRep;

                /**
                 * Encodes the specified PoolListRep message. Does not implicitly {@link daos.mgmt.v1.PoolListRep.verify|verify} messages.
                 * @param message PoolListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolListRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolListRep.verify|verify} messages.
                 * @param message PoolListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolListRep & daos.mgmt.v1.PoolListRep.$Shape} PoolListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolListRep & daos.mgmt.v1.PoolListRep.$Shape;

                /**
                 * Decodes a PoolListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolListRep & daos.mgmt.v1.PoolListRep.$Shape} PoolListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolListRep & daos.mgmt.v1.PoolListRep.$Shape;

                /**
                 * Verifies a PoolListRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolListRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolListRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolListRep;

                /**
                 * Creates a plain object from a PoolListRep message. Also converts values to other types if specified.
                 * @param message PoolListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolListRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolListRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolListRep {

                /** Properties of a PoolListRep. */
                interface $Properties {

                    /** PoolListRep pools */
                    pools?: (daos.mgmt.v1.PoolInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolListRep. */
                type $Shape = daos.mgmt.v1.PoolListRep.$Properties;
            }

            /**
             * Properties of a PoolFindReq.
             * @deprecated Use daos.mgmt.v1.PoolFindReq.$Properties instead.
             */
            interface IPoolFindReq extends daos.mgmt.v1.PoolFindReq.$Properties {
            }

            /** Represents a PoolFindReq. */
            class PoolFindReq {

                /**
                 * Constructs a new PoolFindReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolFindReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolFindReq id. */
                id: string;

                /**
                 * Creates a new PoolFindReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolFindReq instance
                 */
                static create(properties: daos.mgmt.v1.PoolFindReq.$Shape): daos.mgmt.v1.PoolFindReq & daos.mgmt.v1.PoolFindReq.$Shape;
                static create(properties?: daos.mgmt.v1.PoolFindReq.$Properties): daos.mgmt.v1.PoolFindReq;

                /**
                 * Encodes the specified PoolFindReq message. Does not implicitly {@link daos.mgmt.v1.PoolFindReq.verify|verify} messages.
                 * @param message PoolFindReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolFindReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolFindReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolFindReq.verify|verify} messages.
                 * @param message PoolFindReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolFindReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolFindReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolFindReq & daos.mgmt.v1.PoolFindReq.$Shape} PoolFindReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolFindReq & daos.mgmt.v1.PoolFindReq.$Shape;

                /**
                 * Decodes a PoolFindReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolFindReq & daos.mgmt.v1.PoolFindReq.$Shape} PoolFindReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolFindReq & daos.mgmt.v1.PoolFindReq.$Shape;

                /**
                 * Verifies a PoolFindReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolFindReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolFindReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolFindReq;

                /**
                 * Creates a plain object from a PoolFindReq message. Also converts values to other types if specified.
                 * @param message PoolFindReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolFindReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolFindReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolFindReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolFindReq {

                /** Properties of a PoolFindReq. */
                interface $Properties {

                    /** PoolFindReq id */
                    id?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolFindReq. */
                type $Shape = daos.mgmt.v1.PoolFindReq.$Properties;
            }

            /**
             * Properties of a PoolFindRep.
             * @deprecated Use daos.mgmt.v1.PoolFindRep.$Properties instead.
             */
            interface IPoolFindRep extends daos.mgmt.v1.PoolFindRep.$Properties {
            }

            /** Represents a PoolFindRep. */
            class PoolFindRep {

                /**
                 * Constructs a new PoolFindRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolFindRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolFindRep pool. */
                pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                /**
                 * Creates a new PoolFindRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolFindRep instance
                 */
                static create(properties: daos.mgmt.v1.PoolFindRep.$Shape): daos.mgmt.v1.PoolFindRep & daos.mgmt.v1.PoolFindRep.$Shape;
                static create(properties?: daos.mgmt.v1.PoolFindRep.$Properties): daos.mgmt.v1.PoolFindRep;

                /**
                 * Encodes the specified PoolFindRep message. Does not implicitly {@link daos.mgmt.v1.PoolFindRep.verify|verify} messages.
                 * @param message PoolFindRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolFindRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolFindRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolFindRep.verify|verify} messages.
                 * @param message PoolFindRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolFindRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolFindRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolFindRep & daos.mgmt.v1.PoolFindRep.$Shape} PoolFindRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolFindRep & daos.mgmt.v1.PoolFindRep.$Shape;

                /**
                 * Decodes a PoolFindRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolFindRep & daos.mgmt.v1.PoolFindRep.$Shape} PoolFindRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolFindRep & daos.mgmt.v1.PoolFindRep.$Shape;

                /**
                 * Verifies a PoolFindRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolFindRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolFindRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolFindRep;

                /**
                 * Creates a plain object from a PoolFindRep message. Also converts values to other types if specified.
                 * @param message PoolFindRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolFindRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolFindRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolFindRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolFindRep {

                /** Properties of a PoolFindRep. */
                interface $Properties {

                    /** PoolFindRep pool */
                    pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolFindRep. */
                type $Shape = daos.mgmt.v1.PoolFindRep.$Properties;
            }

            /**
             * Properties of a PoolUpdateReplicasReq.
             * @deprecated Use daos.mgmt.v1.PoolUpdateReplicasReq.$Properties instead.
             */
            interface IPoolUpdateReplicasReq extends daos.mgmt.v1.PoolUpdateReplicasReq.$Properties {
            }

            /** Represents a PoolUpdateReplicasReq. */
            class PoolUpdateReplicasReq {

                /**
                 * Constructs a new PoolUpdateReplicasReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolUpdateReplicasReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolUpdateReplicasReq uuid. */
                uuid: string;

                /** PoolUpdateReplicasReq svcRanks. */
                svcRanks: number[];

                /** PoolUpdateReplicasReq contRanks. */
                contRanks: number[];

                /**
                 * Creates a new PoolUpdateReplicasReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolUpdateReplicasReq instance
                 */
                static create(properties: daos.mgmt.v1.PoolUpdateReplicasReq.$Shape): daos.mgmt.v1.PoolUpdateReplicasReq & daos.mgmt.v1.PoolUpdateReplicasReq.$Shape;
                static create(properties?: daos.mgmt.v1.PoolUpdateReplicasReq.$Properties): daos.mgmt.v1.PoolUpdateReplicasReq;

                /**
                 * Encodes the specified PoolUpdateReplicasReq message. Does not implicitly {@link daos.mgmt.v1.PoolUpdateReplicasReq.verify|verify} messages.
                 * @param message PoolUpdateReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolUpdateReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolUpdateReplicasReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolUpdateReplicasReq.verify|verify} messages.
                 * @param message PoolUpdateReplicasReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolUpdateReplicasReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolUpdateReplicasReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolUpdateReplicasReq & daos.mgmt.v1.PoolUpdateReplicasReq.$Shape} PoolUpdateReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolUpdateReplicasReq & daos.mgmt.v1.PoolUpdateReplicasReq.$Shape;

                /**
                 * Decodes a PoolUpdateReplicasReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolUpdateReplicasReq & daos.mgmt.v1.PoolUpdateReplicasReq.$Shape} PoolUpdateReplicasReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolUpdateReplicasReq & daos.mgmt.v1.PoolUpdateReplicasReq.$Shape;

                /**
                 * Verifies a PoolUpdateReplicasReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolUpdateReplicasReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolUpdateReplicasReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolUpdateReplicasReq;

                /**
                 * Creates a plain object from a PoolUpdateReplicasReq message. Also converts values to other types if specified.
                 * @param message PoolUpdateReplicasReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolUpdateReplicasReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolUpdateReplicasReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolUpdateReplicasReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolUpdateReplicasReq {

                /** Properties of a PoolUpdateReplicasReq. */
                interface $Properties {

                    /** PoolUpdateReplicasReq uuid */
                    uuid?: (string|null);

                    /** PoolUpdateReplicasReq svcRanks */
                    svcRanks?: (number[]|null);

                    /** PoolUpdateReplicasReq contRanks */
                    contRanks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolUpdateReplicasReq. */
                type $Shape = daos.mgmt.v1.PoolUpdateReplicasReq.$Properties;
            }

            /**
             * Properties of a PoolUpdateReplicasRep.
             * @deprecated Use daos.mgmt.v1.PoolUpdateReplicasRep.$Properties instead.
             */
            interface IPoolUpdateReplicasRep extends daos.mgmt.v1.PoolUpdateReplicasRep.$Properties {
            }

            /** Represents a PoolUpdateReplicasRep. */
            class PoolUpdateReplicasRep {

                /**
                 * Constructs a new PoolUpdateReplicasRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.PoolUpdateReplicasRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolUpdateReplicasRep pool. */
                pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                /**
                 * Creates a new PoolUpdateReplicasRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolUpdateReplicasRep instance
                 */
                static create(properties: daos.mgmt.v1.PoolUpdateReplicasRep.$Shape): daos.mgmt.v1.PoolUpdateReplicasRep & daos.mgmt.v1.PoolUpdateReplicasRep.$Shape;
                static create(properties?: daos.mgmt.v1.PoolUpdateReplicasRep.$Properties): daos.mgmt.v1.PoolUpdateReplicasRep;

                /**
                 * Encodes the specified PoolUpdateReplicasRep message. Does not implicitly {@link daos.mgmt.v1.PoolUpdateReplicasRep.verify|verify} messages.
                 * @param message PoolUpdateReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.PoolUpdateReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolUpdateReplicasRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.PoolUpdateReplicasRep.verify|verify} messages.
                 * @param message PoolUpdateReplicasRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.PoolUpdateReplicasRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolUpdateReplicasRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.PoolUpdateReplicasRep & daos.mgmt.v1.PoolUpdateReplicasRep.$Shape} PoolUpdateReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.PoolUpdateReplicasRep & daos.mgmt.v1.PoolUpdateReplicasRep.$Shape;

                /**
                 * Decodes a PoolUpdateReplicasRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.PoolUpdateReplicasRep & daos.mgmt.v1.PoolUpdateReplicasRep.$Shape} PoolUpdateReplicasRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.PoolUpdateReplicasRep & daos.mgmt.v1.PoolUpdateReplicasRep.$Shape;

                /**
                 * Verifies a PoolUpdateReplicasRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolUpdateReplicasRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolUpdateReplicasRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.PoolUpdateReplicasRep;

                /**
                 * Creates a plain object from a PoolUpdateReplicasRep message. Also converts values to other types if specified.
                 * @param message PoolUpdateReplicasRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.PoolUpdateReplicasRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolUpdateReplicasRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolUpdateReplicasRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolUpdateReplicasRep {

                /** Properties of a PoolUpdateReplicasRep. */
                interface $Properties {

                    /** PoolUpdateReplicasRep pool */
                    pool?: (daos.mgmt.v1.PoolInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolUpdateReplicasRep. */
                type $Shape = daos.mgmt.v1.PoolUpdateReplicasRep.$Properties;
            }

            /**
             * Properties of a SweepReq.
             * @deprecated Use daos.mgmt.v1.SweepReq.$Properties instead.
             */
            interface ISweepReq extends daos.mgmt.v1.SweepReq.$Properties {
            }

            /** Represents a SweepReq. */
            class SweepReq {

                /**
                 * Constructs a new SweepReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SweepReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SweepReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SweepReq instance
                 */
                static create(properties: daos.mgmt.v1.SweepReq.$Shape): daos.mgmt.v1.SweepReq & daos.mgmt.v1.SweepReq.$Shape;
                static create(properties?: daos.mgmt.v1.SweepReq.$Properties): daos.mgmt.v1.SweepReq;

                /**
                 * Encodes the specified SweepReq message. Does not implicitly {@link daos.mgmt.v1.SweepReq.verify|verify} messages.
                 * @param message SweepReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SweepReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SweepReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.SweepReq.verify|verify} messages.
                 * @param message SweepReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SweepReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SweepReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SweepReq & daos.mgmt.v1.SweepReq.$Shape} SweepReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SweepReq & daos.mgmt.v1.SweepReq.$Shape;

                /**
                 * Decodes a SweepReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SweepReq & daos.mgmt.v1.SweepReq.$Shape} SweepReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SweepReq & daos.mgmt.v1.SweepReq.$Shape;

                /**
                 * Verifies a SweepReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SweepReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SweepReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SweepReq;

                /**
                 * Creates a plain object from a SweepReq message. Also converts values to other types if specified.
                 * @param message SweepReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SweepReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SweepReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SweepReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SweepReq {

                /** Properties of a SweepReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SweepReq. */
                type $Shape = daos.mgmt.v1.SweepReq.$Properties;
            }

            /**
             * Properties of a SweepRep.
             * @deprecated Use daos.mgmt.v1.SweepRep.$Properties instead.
             */
            interface ISweepRep extends daos.mgmt.v1.SweepRep.$Properties {
            }

            /** Represents a SweepRep. */
            class SweepRep {

                /**
                 * Constructs a new SweepRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.SweepRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SweepRep changed. */
                changed: daos.mgmt.v1.RankResult.$Properties[];

                /**
                 * Creates a new SweepRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SweepRep instance
                 */
                static create(properties: daos.mgmt.v1.SweepRep.$Shape): daos.mgmt.v1.SweepRep & daos.mgmt.v1.SweepRep.$Shape;
                static create(properties?: daos.mgmt.v1.SweepRep.$Properties): daos.mgmt.v1.SweepRep;

                /**
                 * Encodes the specified SweepRep message. Does not implicitly {@link daos.mgmt.v1.SweepRep.verify|verify} messages.
                 * @param message SweepRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.SweepRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SweepRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.SweepRep.verify|verify} messages.
                 * @param message SweepRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.SweepRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SweepRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.SweepRep & daos.mgmt.v1.SweepRep.$Shape} SweepRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.SweepRep & daos.mgmt.v1.SweepRep.$Shape;

                /**
                 * Decodes a SweepRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.SweepRep & daos.mgmt.v1.SweepRep.$Shape} SweepRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.SweepRep & daos.mgmt.v1.SweepRep.$Shape;

                /**
                 * Verifies a SweepRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SweepRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SweepRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.SweepRep;

                /**
                 * Creates a plain object from a SweepRep message. Also converts values to other types if specified.
                 * @param message SweepRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.SweepRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SweepRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SweepRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SweepRep {

                /** Properties of a SweepRep. */
                interface $Properties {

                    /** SweepRep changed */
                    changed?: (daos.mgmt.v1.RankResult.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SweepRep. */
                type $Shape = daos.mgmt.v1.SweepRep.$Properties;
            }

            /**
             * Properties of a MemberControlReq.
             * @deprecated Use daos.mgmt.v1.MemberControlReq.$Properties instead.
             */
            interface IMemberControlReq extends daos.mgmt.v1.MemberControlReq.$Properties {
            }

            /** Represents a MemberControlReq. */
            class MemberControlReq {

                /**
                 * Constructs a new MemberControlReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.MemberControlReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberControlReq force. */
                force: boolean;

                /** MemberControlReq incarnation. */
                incarnation: number;

                /**
                 * Creates a new MemberControlReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberControlReq instance
                 */
                static create(properties: daos.mgmt.v1.MemberControlReq.$Shape): daos.mgmt.v1.MemberControlReq & daos.mgmt.v1.MemberControlReq.$Shape;
                static create(properties?: daos.mgmt.v1.MemberControlReq.$Properties): daos.mgmt.v1.MemberControlReq;

                /**
                 * Encodes the specified MemberControlReq message. Does not implicitly {@link daos.mgmt.v1.MemberControlReq.verify|verify} messages.
                 * @param message MemberControlReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.MemberControlReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MemberControlReq message, length delimited. Does not implicitly {@link daos.mgmt.v1.MemberControlReq.verify|verify} messages.
                 * @param message MemberControlReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.MemberControlReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberControlReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.MemberControlReq & daos.mgmt.v1.MemberControlReq.$Shape} MemberControlReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.MemberControlReq & daos.mgmt.v1.MemberControlReq.$Shape;

                /**
                 * Decodes a MemberControlReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.MemberControlReq & daos.mgmt.v1.MemberControlReq.$Shape} MemberControlReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.MemberControlReq & daos.mgmt.v1.MemberControlReq.$Shape;

                /**
                 * Verifies a MemberControlReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberControlReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberControlReq
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.MemberControlReq;

                /**
                 * Creates a plain object from a MemberControlReq message. Also converts values to other types if specified.
                 * @param message MemberControlReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.MemberControlReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberControlReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberControlReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberControlReq {

                /** Properties of a MemberControlReq. */
                interface $Properties {

                    /** MemberControlReq force */
                    force?: (boolean|null);

                    /** MemberControlReq incarnation */
                    incarnation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberControlReq. */
                type $Shape = daos.mgmt.v1.MemberControlReq.$Properties;
            }

            /**
             * Properties of a MemberControlRep.
             * @deprecated Use daos.mgmt.v1.MemberControlRep.$Properties instead.
             */
            interface IMemberControlRep extends daos.mgmt.v1.MemberControlRep.$Properties {
            }

            /** Represents a MemberControlRep. */
            class MemberControlRep {

                /**
                 * Constructs a new MemberControlRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.mgmt.v1.MemberControlRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MemberControlRep state. */
                state: number;

                /** MemberControlRep incarnation. */
                incarnation: number;

                /**
                 * Creates a new MemberControlRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberControlRep instance
                 */
                static create(properties: daos.mgmt.v1.MemberControlRep.$Shape): daos.mgmt.v1.MemberControlRep & daos.mgmt.v1.MemberControlRep.$Shape;
                static create(properties?: daos.mgmt.v1.MemberControlRep.$Properties): daos.mgmt.v1.MemberControlRep;

                /**
                 * Encodes the specified MemberControlRep message. Does not implicitly {@link daos.mgmt.v1.MemberControlRep.verify|verify} messages.
                 * @param message MemberControlRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.mgmt.v1.MemberControlRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MemberControlRep message, length delimited. Does not implicitly {@link daos.mgmt.v1.MemberControlRep.verify|verify} messages.
                 * @param message MemberControlRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.mgmt.v1.MemberControlRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberControlRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.mgmt.v1.MemberControlRep & daos.mgmt.v1.MemberControlRep.$Shape} MemberControlRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.mgmt.v1.MemberControlRep & daos.mgmt.v1.MemberControlRep.$Shape;

                /**
                 * Decodes a MemberControlRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.mgmt.v1.MemberControlRep & daos.mgmt.v1.MemberControlRep.$Shape} MemberControlRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.mgmt.v1.MemberControlRep & daos.mgmt.v1.MemberControlRep.$Shape;

                /**
                 * Verifies a MemberControlRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MemberControlRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberControlRep
                 */
                static fromObject(object: { [k: string]: any }): daos.mgmt.v1.MemberControlRep;

                /**
                 * Creates a plain object from a MemberControlRep message. Also converts values to other types if specified.
                 * @param message MemberControlRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.mgmt.v1.MemberControlRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberControlRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MemberControlRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MemberControlRep {

                /** Properties of a MemberControlRep. */
                interface $Properties {

                    /** MemberControlRep state */
                    state?: (number|null);

                    /** MemberControlRep incarnation */
                    incarnation?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MemberControlRep. */
                type $Shape = daos.mgmt.v1.MemberControlRep.$Properties;
            }
        }
    }

    /** Namespace pool. */
    namespace pool {

        /** Namespace v1. */
        namespace v1 {

            /** ComponentState enum. */
            enum ComponentState {

                /** COMPONENT_STATE_UNKNOWN value */
                COMPONENT_STATE_UNKNOWN = 0,

                /** COMPONENT_STATE_NEW value */
                COMPONENT_STATE_NEW = 1,

                /** COMPONENT_STATE_UP value */
                COMPONENT_STATE_UP = 2,

                /** COMPONENT_STATE_UPIN value */
                COMPONENT_STATE_UPIN = 4,

                /** COMPONENT_STATE_DOWN value */
                COMPONENT_STATE_DOWN = 8,

                /** COMPONENT_STATE_DOWNOUT value */
                COMPONENT_STATE_DOWNOUT = 16,

                /** COMPONENT_STATE_DRAIN value */
                COMPONENT_STATE_DRAIN = 32
            }

            /**
             * Properties of a Target.
             * @deprecated Use daos.pool.v1.Target.$Properties instead.
             */
            interface ITarget extends daos.pool.v1.Target.$Properties {
            }

            /** Represents a Target. */
            class Target {

                /**
                 * Constructs a new Target.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.Target.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Target index. */
                index: number;

                /** Target state. */
                state: daos.pool.v1.ComponentState;

                /**
                 * Creates a new Target instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Target instance
                 */
                static create(properties: daos.pool.v1.Target.$Shape): daos.pool.v1.Target & daos.pool.v1.Target.$Shape;
                static create(properties?: daos.pool.v1.Target.$Properties): daos.pool.v1.Target;

                /**
                 * Encodes the specified Target message. Does not implicitly {@link daos.pool.v1.Target.verify|verify} messages.
                 * @param message Target message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.Target.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Target message, length delimited. Does not implicitly {@link daos.pool.v1.Target.verify|verify} messages.
                 * @param message Target message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.Target.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Target message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.Target & daos.pool.v1.Target.$Shape} Target
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.Target & daos.pool.v1.Target.$Shape;

                /**
                 * Decodes a Target message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.Target & daos.pool.v1.Target.$Shape} Target
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.Target & daos.pool.v1.Target.$Shape;

                /**
                 * Verifies a Target message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Target message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Target
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.Target;

                /**
                 * Creates a plain object from a Target message. Also converts values to other types if specified.
                 * @param message Target
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.Target, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Target to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Target
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Target {

                /** Properties of a Target. */
                interface $Properties {

                    /** Target index */
                    index?: (number|null);

                    /** Target state */
                    state?: (daos.pool.v1.ComponentState|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Target. */
                type $Shape = daos.pool.v1.Target.$Properties;
            }

            /**
             * Properties of a MapRank.
             * @deprecated Use daos.pool.v1.MapRank.$Properties instead.
             */
            interface IMapRank extends daos.pool.v1.MapRank.$Properties {
            }

            /** Represents a MapRank. */
            class MapRank {

                /**
                 * Constructs a new MapRank.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.MapRank.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MapRank rank. */
                rank: number;

                /** MapRank faultDomain. */
                faultDomain: string;

                /** MapRank targets. */
                targets: daos.pool.v1.Target.$Properties[];

                /**
                 * Creates a new MapRank instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MapRank instance
                 */
                static create(properties: daos.pool.v1.MapRank.$Shape): daos.pool.v1.MapRank & daos.pool.v1.MapRank.$Shape;
                static create(properties?: daos.pool.v1.MapRank.$Properties): daos.pool.v1.MapRank;

                /**
                 * Encodes the specified MapRank message. Does not implicitly {@link daos.pool.v1.MapRank.verify|verify} messages.
                 * @param message MapRank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.MapRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MapRank message, length delimited. Does not implicitly {@link daos.pool.v1.MapRank.verify|verify} messages.
                 * @param message MapRank message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.MapRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MapRank message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.MapRank & daos.pool.v1.MapRank.$Shape} MapRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.MapRank & daos.pool.v1.MapRank.$Shape;

                /**
                 * Decodes a MapRank message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.MapRank & daos.pool.v1.MapRank.$Shape} MapRank
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.MapRank & daos.pool.v1.MapRank.$Shape;

                /**
                 * Verifies a MapRank message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MapRank message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MapRank
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.MapRank;

                /**
                 * Creates a plain object from a MapRank message. Also converts values to other types if specified.
                 * @param message MapRank
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.MapRank, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MapRank to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MapRank
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MapRank {

                /** Properties of a MapRank. */
                interface $Properties {

                    /** MapRank rank */
                    rank?: (number|null);

                    /** MapRank faultDomain */
                    faultDomain?: (string|null);

                    /** MapRank targets */
                    targets?: (daos.pool.v1.Target.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MapRank. */
                type $Shape = daos.pool.v1.MapRank.$Properties;
            }

            /**
             * Properties of a PoolMap.
             * @deprecated Use daos.pool.v1.PoolMap.$Properties instead.
             */
            interface IPoolMap extends daos.pool.v1.PoolMap.$Properties {
            }

            /** Represents a PoolMap. */
            class PoolMap {

                /**
                 * Constructs a new PoolMap.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PoolMap.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolMap version. */
                version: number;

                /** PoolMap ranks. */
                ranks: daos.pool.v1.MapRank.$Properties[];

                /**
                 * Creates a new PoolMap instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolMap instance
                 */
                static create(properties: daos.pool.v1.PoolMap.$Shape): daos.pool.v1.PoolMap & daos.pool.v1.PoolMap.$Shape;
                static create(properties?: daos.pool.v1.PoolMap.$Properties): daos.pool.v1.PoolMap;

                /**
                 * Encodes the specified PoolMap message. Does not implicitly {@link daos.pool.v1.PoolMap.verify|verify} messages.
                 * @param message PoolMap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PoolMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolMap message, length delimited. Does not implicitly {@link daos.pool.v1.PoolMap.verify|verify} messages.
                 * @param message PoolMap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PoolMap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolMap message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PoolMap & daos.pool.v1.PoolMap.$Shape} PoolMap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PoolMap & daos.pool.v1.PoolMap.$Shape;

                /**
                 * Decodes a PoolMap message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PoolMap & daos.pool.v1.PoolMap.$Shape} PoolMap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PoolMap & daos.pool.v1.PoolMap.$Shape;

                /**
                 * Verifies a PoolMap message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolMap message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolMap
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PoolMap;

                /**
                 * Creates a plain object from a PoolMap message. Also converts values to other types if specified.
                 * @param message PoolMap
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PoolMap, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolMap to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolMap
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolMap {

                /** Properties of a PoolMap. */
                interface $Properties {

                    /** PoolMap version */
                    version?: (number|null);

                    /** PoolMap ranks */
                    ranks?: (daos.pool.v1.MapRank.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolMap. */
                type $Shape = daos.pool.v1.PoolMap.$Properties;
            }

            /**
             * Properties of a Prop.
             * @deprecated Use daos.pool.v1.Prop.$Properties instead.
             */
            interface IProp extends daos.pool.v1.Prop.$Properties {
            }

            /** Represents a Prop. */
            class Prop {

                /**
                 * Constructs a new Prop.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.Prop.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Prop name. */
                name: string;

                /** Prop value. */
                value: string;

                /**
                 * Creates a new Prop instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Prop instance
                 */
                static create(properties: daos.pool.v1.Prop.$Shape): daos.pool.v1.Prop & daos.pool.v1.Prop.$Shape;
                static create(properties?: daos.pool.v1.Prop.$Properties): daos.pool.v1.Prop;

                /**
                 * Encodes the specified Prop message. Does not implicitly {@link daos.pool.v1.Prop.verify|verify} messages.
                 * @param message Prop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.Prop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Prop message, length delimited. Does not implicitly {@link daos.pool.v1.Prop.verify|verify} messages.
                 * @param message Prop message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.Prop.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Prop message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.Prop & daos.pool.v1.Prop.$Shape} Prop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.Prop & daos.pool.v1.Prop.$Shape;

                /**
                 * Decodes a Prop message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.Prop & daos.pool.v1.Prop.$Shape} Prop
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.Prop & daos.pool.v1.Prop.$Shape;

                /**
                 * Verifies a Prop message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Prop message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Prop
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.Prop;

                /**
                 * Creates a plain object from a Prop message. Also converts values to other types if specified.
                 * @param message Prop
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.Prop, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Prop to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Prop
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Prop {

                /** Properties of a Prop. */
                interface $Properties {

                    /** Prop name */
                    name?: (string|null);

                    /** Prop value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Prop. */
                type $Shape = daos.pool.v1.Prop.$Properties;
            }

            /**
             * Properties of a PoolBootstrap.
             * @deprecated Use daos.pool.v1.PoolBootstrap.$Properties instead.
             */
            interface IPoolBootstrap extends daos.pool.v1.PoolBootstrap.$Properties {
            }

            /** Represents a PoolBootstrap. */
            class PoolBootstrap {

                /**
                 * Constructs a new PoolBootstrap.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PoolBootstrap.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolBootstrap uuid. */
                uuid: string;

                /** PoolBootstrap label. */
                label: string;

                /** PoolBootstrap sizeBytes. */
                sizeBytes: number;

                /** PoolBootstrap svcRanks. */
                svcRanks: number[];

                /** PoolBootstrap owner. */
                owner: string;

                /** PoolBootstrap ownerGroup. */
                ownerGroup: string;

                /** PoolBootstrap acl. */
                acl: string[];

                /** PoolBootstrap props. */
                props: daos.pool.v1.Prop.$Properties[];

                /** PoolBootstrap ranks. */
                ranks: daos.pool.v1.MapRank.$Properties[];

                /** PoolBootstrap targetsPerRank. */
                targetsPerRank: number;

                /** PoolBootstrap createdMs. */
                createdMs: number;

                /** PoolBootstrap svcRf. */
                svcRf: number;

                /**
                 * Creates a new PoolBootstrap instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolBootstrap instance
                 */
                static create(properties: daos.pool.v1.PoolBootstrap.$Shape): daos.pool.v1.PoolBootstrap & daos.pool.v1.PoolBootstrap.$Shape;
                static create(properties?: daos.pool.v1.PoolBootstrap.$Properties): daos.pool.v1.PoolBootstrap;

                /**
                 * Encodes the specified PoolBootstrap message. Does not implicitly {@link daos.pool.v1.PoolBootstrap.verify|verify} messages.
                 * @param message PoolBootstrap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PoolBootstrap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolBootstrap message, length delimited. Does not implicitly {@link daos.pool.v1.PoolBootstrap.verify|verify} messages.
                 * @param message PoolBootstrap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PoolBootstrap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolBootstrap message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PoolBootstrap & daos.pool.v1.PoolBootstrap.$Shape} PoolBootstrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PoolBootstrap & daos.pool.v1.PoolBootstrap.$Shape;

                /**
                 * Decodes a PoolBootstrap message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PoolBootstrap & daos.pool.v1.PoolBootstrap.$Shape} PoolBootstrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PoolBootstrap & daos.pool.v1.PoolBootstrap.$Shape;

                /**
                 * Verifies a PoolBootstrap message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolBootstrap message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolBootstrap
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PoolBootstrap;

                /**
                 * Creates a plain object from a PoolBootstrap message. Also converts values to other types if specified.
                 * @param message PoolBootstrap
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PoolBootstrap, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolBootstrap to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolBootstrap
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolBootstrap {

                /** Properties of a PoolBootstrap. */
                interface $Properties {

                    /** PoolBootstrap uuid */
                    uuid?: (string|null);

                    /** PoolBootstrap label */
                    label?: (string|null);

                    /** PoolBootstrap sizeBytes */
                    sizeBytes?: (number|null);

                    /** PoolBootstrap svcRanks */
                    svcRanks?: (number[]|null);

                    /** PoolBootstrap owner */
                    owner?: (string|null);

                    /** PoolBootstrap ownerGroup */
                    ownerGroup?: (string|null);

                    /** PoolBootstrap acl */
                    acl?: (string[]|null);

                    /** PoolBootstrap props */
                    props?: (daos.pool.v1.Prop.$Properties[]|null);

                    /** PoolBootstrap ranks */
                    ranks?: (daos.pool.v1.MapRank.$Properties[]|null);

                    /** PoolBootstrap targetsPerRank */
                    targetsPerRank?: (number|null);

                    /** PoolBootstrap createdMs */
                    createdMs?: (number|null);

                    /** PoolBootstrap svcRf */
                    svcRf?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolBootstrap. */
                type $Shape = daos.pool.v1.PoolBootstrap.$Properties;
            }

            /**
             * Properties of a Principal.
             * @deprecated Use daos.pool.v1.Principal.$Properties instead.
             */
            interface IPrincipal extends daos.pool.v1.Principal.$Properties {
            }

            /** Represents a Principal. */
            class Principal {

                /**
                 * Constructs a new Principal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.Principal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Principal user. */
                user: string;

                /** Principal group. */
                group: string;

                /** Principal groups. */
                groups: string[];

                /** Principal machine. */
                machine: string;

                /**
                 * Creates a new Principal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Principal instance
                 */
                static create(properties: daos.pool.v1.Principal.$Shape): daos.pool.v1.Principal & daos.pool.v1.Principal.$Shape;
                static create(properties?: daos.pool.v1.Principal.$Properties): daos.pool.v1.Principal;

                /**
                 * Encodes the specified Principal message. Does not implicitly {@link daos.pool.v1.Principal.verify|verify} messages.
                 * @param message Principal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.Principal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Principal message, length delimited. Does not implicitly {@link daos.pool.v1.Principal.verify|verify} messages.
                 * @param message Principal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.Principal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Principal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.Principal & daos.pool.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.Principal & daos.pool.v1.Principal.$Shape;

                /**
                 * Decodes a Principal message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.Principal & daos.pool.v1.Principal.$Shape} Principal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.Principal & daos.pool.v1.Principal.$Shape;

                /**
                 * Verifies a Principal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Principal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Principal
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.Principal;

                /**
                 * Creates a plain object from a Principal message. Also converts values to other types if specified.
                 * @param message Principal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.Principal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Principal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Principal
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Principal {

                /** Properties of a Principal. */
                interface $Properties {

                    /** Principal user */
                    user?: (string|null);

                    /** Principal group */
                    group?: (string|null);

                    /** Principal groups */
                    groups?: (string[]|null);

                    /** Principal machine */
                    machine?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Principal. */
                type $Shape = daos.pool.v1.Principal.$Properties;
            }

            /** ConnectFlag enum. */
            enum ConnectFlag {

                /** CONNECT_FLAG_NONE value */
                CONNECT_FLAG_NONE = 0,

                /** CONNECT_FLAG_RO value */
                CONNECT_FLAG_RO = 1,

                /** CONNECT_FLAG_RW value */
                CONNECT_FLAG_RW = 2,

                /** CONNECT_FLAG_EX value */
                CONNECT_FLAG_EX = 4
            }

            /**
             * Properties of a Space.
             * @deprecated Use daos.pool.v1.Space.$Properties instead.
             */
            interface ISpace extends daos.pool.v1.Space.$Properties {
            }

            /** Represents a Space. */
            class Space {

                /**
                 * Constructs a new Space.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.Space.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Space totalBytes. */
                totalBytes: number;

                /** Space freeBytes. */
                freeBytes: number;

                /**
                 * Creates a new Space instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Space instance
                 */
                static create(properties: daos.pool.v1.Space.$Shape): daos.pool.v1.Space & daos.pool.v1.Space.$Shape;
                static create(properties?: daos.pool.v1.Space.$Properties): daos.pool.v1.Space;

                /**
                 * Encodes the specified Space message. Does not implicitly {@link daos.pool.v1.Space.verify|verify} messages.
                 * @param message Space message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.Space.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Space message, length delimited. Does not implicitly {@link daos.pool.v1.Space.verify|verify} messages.
                 * @param message Space message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.Space.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Space message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.Space & daos.pool.v1.Space.$Shape} Space
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.Space & daos.pool.v1.Space.$Shape;

                /**
                 * Decodes a Space message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.Space & daos.pool.v1.Space.$Shape} Space
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.Space & daos.pool.v1.Space.$Shape;

                /**
                 * Verifies a Space message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Space message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Space
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.Space;

                /**
                 * Creates a plain object from a Space message. Also converts values to other types if specified.
                 * @param message Space
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.Space, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Space to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for Space
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Space {

                /** Properties of a Space. */
                interface $Properties {

                    /** Space totalBytes */
                    totalBytes?: (number|null);

                    /** Space freeBytes */
                    freeBytes?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Space. */
                type $Shape = daos.pool.v1.Space.$Properties;
            }

            /**
             * Properties of a PoolInfo.
             * @deprecated Use daos.pool.v1.PoolInfo.$Properties instead.
             */
            interface IPoolInfo extends daos.pool.v1.PoolInfo.$Properties {
            }

            /** Represents a PoolInfo. */
            class PoolInfo {

                /**
                 * Constructs a new PoolInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PoolInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolInfo uuid. */
                uuid: string;

                /** PoolInfo label. */
                label: string;

                /** PoolInfo mapVersion. */
                mapVersion: number;

                /** PoolInfo totalTargets. */
                totalTargets: number;

                /** PoolInfo activeTargets. */
                activeTargets: number;

                /** PoolInfo disabledTargets. */
                disabledTargets: number;

                /** PoolInfo drainingTargets. */
                drainingTargets: number;

                /** PoolInfo space. */
                space?: (daos.pool.v1.Space.$Properties|null);

                /** PoolInfo handleCount. */
                handleCount: number;

                /** PoolInfo svcRanks. */
                svcRanks: number[];

                /** PoolInfo svcLeader. */
                svcLeader: number;

                /** PoolInfo owner. */
                owner: string;

                /** PoolInfo ownerGroup. */
                ownerGroup: string;

                /** PoolInfo rebuildState. */
                rebuildState: string;

                /** PoolInfo createdMs. */
                createdMs: number;

                /** PoolInfo enabledRanks. */
                enabledRanks: number[];

                /** PoolInfo disabledRanks. */
                disabledRanks: number[];

                /** PoolInfo map. */
                map?: (daos.pool.v1.PoolMap.$Properties|null);

                /** PoolInfo svcReplicasWanted. */
                svcReplicasWanted: number;

                /**
                 * Creates a new PoolInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolInfo instance
                 */
                static create(properties: daos.pool.v1.PoolInfo.$Shape): daos.pool.v1.PoolInfo & daos.pool.v1.PoolInfo.$Shape;
                static create(properties?: daos.pool.v1.PoolInfo.$Properties): daos.pool.v1.PoolInfo;

                /**
                 * Encodes the specified PoolInfo message. Does not implicitly {@link daos.pool.v1.PoolInfo.verify|verify} messages.
                 * @param message PoolInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PoolInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolInfo message, length delimited. Does not implicitly {@link daos.pool.v1.PoolInfo.verify|verify} messages.
                 * @param message PoolInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PoolInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PoolInfo & daos.pool.v1.PoolInfo.$Shape} PoolInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PoolInfo & daos.pool.v1.PoolInfo.$Shape;

                /**
                 * Decodes a PoolInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PoolInfo & daos.pool.v1.PoolInfo.$Shape} PoolInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PoolInfo & daos.pool.v1.PoolInfo.$Shape;

                /**
                 * Verifies a PoolInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolInfo
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PoolInfo;

                /**
                 * Creates a plain object from a PoolInfo message. Also converts values to other types if specified.
                 * @param message PoolInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PoolInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolInfo {

                /** Properties of a PoolInfo. */
                interface $Properties {

                    /** PoolInfo uuid */
                    uuid?: (string|null);

                    /** PoolInfo label */
                    label?: (string|null);

                    /** PoolInfo mapVersion */
                    mapVersion?: (number|null);

                    /** PoolInfo totalTargets */
                    totalTargets?: (number|null);

                    /** PoolInfo activeTargets */
                    activeTargets?: (number|null);

                    /** PoolInfo disabledTargets */
                    disabledTargets?: (number|null);

                    /** PoolInfo drainingTargets */
                    drainingTargets?: (number|null);

                    /** PoolInfo space */
                    space?: (daos.pool.v1.Space.$Properties|null);

                    /** PoolInfo handleCount */
                    handleCount?: (number|null);

                    /** PoolInfo svcRanks */
                    svcRanks?: (number[]|null);

                    /** PoolInfo svcLeader */
                    svcLeader?: (number|null);

                    /** PoolInfo owner */
                    owner?: (string|null);

                    /** PoolInfo ownerGroup */
                    ownerGroup?: (string|null);

                    /** PoolInfo rebuildState */
                    rebuildState?: (string|null);

                    /** PoolInfo createdMs */
                    createdMs?: (number|null);

                    /** PoolInfo enabledRanks */
                    enabledRanks?: (number[]|null);

                    /** PoolInfo disabledRanks */
                    disabledRanks?: (number[]|null);

                    /** PoolInfo map */
                    map?: (daos.pool.v1.PoolMap.$Properties|null);

                    /** PoolInfo svcReplicasWanted */
                    svcReplicasWanted?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolInfo. */
                type $Shape = daos.pool.v1.PoolInfo.$Properties;
            }

            /**
             * Properties of a ConnectReq.
             * @deprecated Use daos.pool.v1.ConnectReq.$Properties instead.
             */
            interface IConnectReq extends daos.pool.v1.ConnectReq.$Properties {
            }

            /** Represents a ConnectReq. */
            class ConnectReq {

                /**
                 * Constructs a new ConnectReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.ConnectReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectReq handle. */
                handle: string;

                /** ConnectReq flags. */
                flags: daos.pool.v1.ConnectFlag;

                /** ConnectReq principal. */
                principal?: (daos.pool.v1.Principal.$Properties|null);

                /** ConnectReq wantMap. */
                wantMap: boolean;

                /**
                 * Creates a new ConnectReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectReq instance
                 */
                static create(properties: daos.pool.v1.ConnectReq.$Shape): daos.pool.v1.ConnectReq & daos.pool.v1.ConnectReq.$Shape;
                static create(properties?: daos.pool.v1.ConnectReq.$Properties): daos.pool.v1.ConnectReq;

                /**
                 * Encodes the specified ConnectReq message. Does not implicitly {@link daos.pool.v1.ConnectReq.verify|verify} messages.
                 * @param message ConnectReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.ConnectReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectReq message, length delimited. Does not implicitly {@link daos.pool.v1.ConnectReq.verify|verify} messages.
                 * @param message ConnectReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.ConnectReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.ConnectReq & daos.pool.v1.ConnectReq.$Shape} ConnectReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.ConnectReq & daos.pool.v1.ConnectReq.$Shape;

                /**
                 * Decodes a ConnectReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.ConnectReq & daos.pool.v1.ConnectReq.$Shape} ConnectReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.ConnectReq & daos.pool.v1.ConnectReq.$Shape;

                /**
                 * Verifies a ConnectReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.ConnectReq;

                /**
                 * Creates a plain object from a ConnectReq message. Also converts values to other types if specified.
                 * @param message ConnectReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.ConnectReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectReq {

                /** Properties of a ConnectReq. */
                interface $Properties {

                    /** ConnectReq handle */
                    handle?: (string|null);

                    /** ConnectReq flags */
                    flags?: (daos.pool.v1.ConnectFlag|null);

                    /** ConnectReq principal */
                    principal?: (daos.pool.v1.Principal.$Properties|null);

                    /** ConnectReq wantMap */
                    wantMap?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectReq. */
                type $Shape = daos.pool.v1.ConnectReq.$Properties;
            }

            /**
             * Properties of a ConnectRep.
             * @deprecated Use daos.pool.v1.ConnectRep.$Properties instead.
             */
            interface IConnectRep extends daos.pool.v1.ConnectRep.$Properties {
            }

            /** Represents a ConnectRep. */
            class ConnectRep {

                /**
                 * Constructs a new ConnectRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.ConnectRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConnectRep capabilities. */
                capabilities: number;

                /** ConnectRep info. */
                info?: (daos.pool.v1.PoolInfo.$Properties|null);

                /**
                 * Creates a new ConnectRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConnectRep instance
                 */
                static create(properties: daos.pool.v1.ConnectRep.$Shape): daos.pool.v1.ConnectRep & daos.pool.v1.ConnectRep.$Shape;
                static create(properties?: daos.pool.v1.ConnectRep.$Properties): daos.pool.v1.ConnectRep;

                /**
                 * Encodes the specified ConnectRep message. Does not implicitly {@link daos.pool.v1.ConnectRep.verify|verify} messages.
                 * @param message ConnectRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.ConnectRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConnectRep message, length delimited. Does not implicitly {@link daos.pool.v1.ConnectRep.verify|verify} messages.
                 * @param message ConnectRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.ConnectRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConnectRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.ConnectRep & daos.pool.v1.ConnectRep.$Shape} ConnectRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.ConnectRep & daos.pool.v1.ConnectRep.$Shape;

                /**
                 * Decodes a ConnectRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.ConnectRep & daos.pool.v1.ConnectRep.$Shape} ConnectRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.ConnectRep & daos.pool.v1.ConnectRep.$Shape;

                /**
                 * Verifies a ConnectRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConnectRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConnectRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.ConnectRep;

                /**
                 * Creates a plain object from a ConnectRep message. Also converts values to other types if specified.
                 * @param message ConnectRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.ConnectRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConnectRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ConnectRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectRep {

                /** Properties of a ConnectRep. */
                interface $Properties {

                    /** ConnectRep capabilities */
                    capabilities?: (number|null);

                    /** ConnectRep info */
                    info?: (daos.pool.v1.PoolInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConnectRep. */
                type $Shape = daos.pool.v1.ConnectRep.$Properties;
            }

            /**
             * Properties of a DisconnectReq.
             * @deprecated Use daos.pool.v1.DisconnectReq.$Properties instead.
             */
            interface IDisconnectReq extends daos.pool.v1.DisconnectReq.$Properties {
            }

            /** Represents a DisconnectReq. */
            class DisconnectReq {

                /**
                 * Constructs a new DisconnectReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.DisconnectReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DisconnectReq handle. */
                handle: string;

                /**
                 * Creates a new DisconnectReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DisconnectReq instance
                 */
                static create(properties: daos.pool.v1.DisconnectReq.$Shape): daos.pool.v1.DisconnectReq & daos.pool.v1.DisconnectReq.$Shape;
                static create(properties?: daos.pool.v1.DisconnectReq.$Properties): daos.pool.v1.DisconnectReq;

                /**
                 * Encodes the specified DisconnectReq message. Does not implicitly {@link daos.pool.v1.DisconnectReq.verify|verify} messages.
                 * @param message DisconnectReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.DisconnectReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DisconnectReq message, length delimited. Does not implicitly {@link daos.pool.v1.DisconnectReq.verify|verify} messages.
                 * @param message DisconnectReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.DisconnectReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisconnectReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.DisconnectReq & daos.pool.v1.DisconnectReq.$Shape} DisconnectReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.DisconnectReq & daos.pool.v1.DisconnectReq.$Shape;

                /**
                 * Decodes a DisconnectReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.DisconnectReq & daos.pool.v1.DisconnectReq.$Shape} DisconnectReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.DisconnectReq & daos.pool.v1.DisconnectReq.$Shape;

                /**
                 * Verifies a DisconnectReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisconnectReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisconnectReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.DisconnectReq;

                /**
                 * Creates a plain object from a DisconnectReq message. Also converts values to other types if specified.
                 * @param message DisconnectReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.DisconnectReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisconnectReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DisconnectReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DisconnectReq {

                /** Properties of a DisconnectReq. */
                interface $Properties {

                    /** DisconnectReq handle */
                    handle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisconnectReq. */
                type $Shape = daos.pool.v1.DisconnectReq.$Properties;
            }

            /**
             * Properties of a DisconnectRep.
             * @deprecated Use daos.pool.v1.DisconnectRep.$Properties instead.
             */
            interface IDisconnectRep extends daos.pool.v1.DisconnectRep.$Properties {
            }

            /** Represents a DisconnectRep. */
            class DisconnectRep {

                /**
                 * Constructs a new DisconnectRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.DisconnectRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new DisconnectRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DisconnectRep instance
                 */
                static create(properties: daos.pool.v1.DisconnectRep.$Shape): daos.pool.v1.DisconnectRep & daos.pool.v1.DisconnectRep.$Shape;
                static create(properties?: daos.pool.v1.DisconnectRep.$Properties): daos.pool.v1.DisconnectRep;

                /**
                 * Encodes the specified DisconnectRep message. Does not implicitly {@link daos.pool.v1.DisconnectRep.verify|verify} messages.
                 * @param message DisconnectRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.DisconnectRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DisconnectRep message, length delimited. Does not implicitly {@link daos.pool.v1.DisconnectRep.verify|verify} messages.
                 * @param message DisconnectRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.DisconnectRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DisconnectRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.DisconnectRep & daos.pool.v1.DisconnectRep.$Shape} DisconnectRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.DisconnectRep & daos.pool.v1.DisconnectRep.$Shape;

                /**
                 * Decodes a DisconnectRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.DisconnectRep & daos.pool.v1.DisconnectRep.$Shape} DisconnectRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.DisconnectRep & daos.pool.v1.DisconnectRep.$Shape;

                /**
                 * Verifies a DisconnectRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DisconnectRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DisconnectRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.DisconnectRep;

                /**
                 * Creates a plain object from a DisconnectRep message. Also converts values to other types if specified.
                 * @param message DisconnectRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.DisconnectRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DisconnectRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for DisconnectRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace DisconnectRep {

                /** Properties of a DisconnectRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DisconnectRep. */
                type $Shape = daos.pool.v1.DisconnectRep.$Properties;
            }

            /**
             * Properties of a QueryReq.
             * @deprecated Use daos.pool.v1.QueryReq.$Properties instead.
             */
            interface IQueryReq extends daos.pool.v1.QueryReq.$Properties {
            }

            /** Represents a QueryReq. */
            class QueryReq {

                /**
                 * Constructs a new QueryReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.QueryReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryReq handle. */
                handle: string;

                /** QueryReq wantMap. */
                wantMap: boolean;

                /**
                 * Creates a new QueryReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryReq instance
                 */
                static create(properties: daos.pool.v1.QueryReq.$Shape): daos.pool.v1.QueryReq & daos.pool.v1.QueryReq.$Shape;
                static create(properties?: daos.pool.v1.QueryReq.$Properties): daos.pool.v1.QueryReq;

                /**
                 * Encodes the specified QueryReq message. Does not implicitly {@link daos.pool.v1.QueryReq.verify|verify} messages.
                 * @param message QueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.QueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryReq message, length delimited. Does not implicitly {@link daos.pool.v1.QueryReq.verify|verify} messages.
                 * @param message QueryReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.QueryReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.QueryReq & daos.pool.v1.QueryReq.$Shape} QueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.QueryReq & daos.pool.v1.QueryReq.$Shape;

                /**
                 * Decodes a QueryReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.QueryReq & daos.pool.v1.QueryReq.$Shape} QueryReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.QueryReq & daos.pool.v1.QueryReq.$Shape;

                /**
                 * Verifies a QueryReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.QueryReq;

                /**
                 * Creates a plain object from a QueryReq message. Also converts values to other types if specified.
                 * @param message QueryReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.QueryReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryReq {

                /** Properties of a QueryReq. */
                interface $Properties {

                    /** QueryReq handle */
                    handle?: (string|null);

                    /** QueryReq wantMap */
                    wantMap?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryReq. */
                type $Shape = daos.pool.v1.QueryReq.$Properties;
            }

            /**
             * Properties of a QueryRep.
             * @deprecated Use daos.pool.v1.QueryRep.$Properties instead.
             */
            interface IQueryRep extends daos.pool.v1.QueryRep.$Properties {
            }

            /** Represents a QueryRep. */
            class QueryRep {

                /**
                 * Constructs a new QueryRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.QueryRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** QueryRep info. */
                info?: (daos.pool.v1.PoolInfo.$Properties|null);

                /**
                 * Creates a new QueryRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRep instance
                 */
                static create(properties: daos.pool.v1.QueryRep.$Shape): daos.pool.v1.QueryRep & daos.pool.v1.QueryRep.$Shape;
                static create(properties?: daos.pool.v1.QueryRep.$Properties): daos.pool.v1.QueryRep;

                /**
                 * Encodes the specified QueryRep message. Does not implicitly {@link daos.pool.v1.QueryRep.verify|verify} messages.
                 * @param message QueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.QueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified QueryRep message, length delimited. Does not implicitly {@link daos.pool.v1.QueryRep.verify|verify} messages.
                 * @param message QueryRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.QueryRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.QueryRep & daos.pool.v1.QueryRep.$Shape} QueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.QueryRep & daos.pool.v1.QueryRep.$Shape;

                /**
                 * Decodes a QueryRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.QueryRep & daos.pool.v1.QueryRep.$Shape} QueryRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.QueryRep & daos.pool.v1.QueryRep.$Shape;

                /**
                 * Verifies a QueryRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a QueryRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QueryRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.QueryRep;

                /**
                 * Creates a plain object from a QueryRep message. Also converts values to other types if specified.
                 * @param message QueryRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.QueryRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QueryRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for QueryRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace QueryRep {

                /** Properties of a QueryRep. */
                interface $Properties {

                    /** QueryRep info */
                    info?: (daos.pool.v1.PoolInfo.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a QueryRep. */
                type $Shape = daos.pool.v1.QueryRep.$Properties;
            }

            /**
             * Properties of a VerifyHandleReq.
             * @deprecated Use daos.pool.v1.VerifyHandleReq.$Properties instead.
             */
            interface IVerifyHandleReq extends daos.pool.v1.VerifyHandleReq.$Properties {
            }

            /** Represents a VerifyHandleReq. */
            class VerifyHandleReq {

                /**
                 * Constructs a new VerifyHandleReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.VerifyHandleReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VerifyHandleReq handle. */
                handle: string;

                /**
                 * Creates a new VerifyHandleReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VerifyHandleReq instance
                 */
                static create(properties: daos.pool.v1.VerifyHandleReq.$Shape): daos.pool.v1.VerifyHandleReq & daos.pool.v1.VerifyHandleReq.$Shape;
                static create(properties?: daos.pool.v1.VerifyHandleReq.$Properties): daos.pool.v1.VerifyHandleReq;

                /**
                 * Encodes the specified VerifyHandleReq message. Does not implicitly {@link daos.pool.v1.VerifyHandleReq.verify|verify} messages.
                 * @param message VerifyHandleReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.VerifyHandleReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified VerifyHandleReq message, length delimited. Does not implicitly {@link daos.pool.v1.VerifyHandleReq.verify|verify} messages.
                 * @param message VerifyHandleReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.VerifyHandleReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VerifyHandleReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.VerifyHandleReq & daos.pool.v1.VerifyHandleReq.$Shape} VerifyHandleReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.VerifyHandleReq & daos.pool.v1.VerifyHandleReq.$Shape;

                /**
                 * Decodes a VerifyHandleReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.VerifyHandleReq & daos.pool.v1.VerifyHandleReq.$Shape} VerifyHandleReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.VerifyHandleReq & daos.pool.v1.VerifyHandleReq.$Shape;

                /**
                 * Verifies a VerifyHandleReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VerifyHandleReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VerifyHandleReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.VerifyHandleReq;

                /**
                 * Creates a plain object from a VerifyHandleReq message. Also converts values to other types if specified.
                 * @param message VerifyHandleReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.VerifyHandleReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VerifyHandleReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VerifyHandleReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VerifyHandleReq {

                /** Properties of a VerifyHandleReq. */
                interface $Properties {

                    /** VerifyHandleReq handle */
                    handle?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VerifyHandleReq. */
                type $Shape = daos.pool.v1.VerifyHandleReq.$Properties;
            }

            /**
             * Properties of a VerifyHandleRep.
             * @deprecated Use daos.pool.v1.VerifyHandleRep.$Properties instead.
             */
            interface IVerifyHandleRep extends daos.pool.v1.VerifyHandleRep.$Properties {
            }

            /** Represents a VerifyHandleRep. */
            class VerifyHandleRep {

                /**
                 * Constructs a new VerifyHandleRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.VerifyHandleRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VerifyHandleRep valid. */
                valid: boolean;

                /** VerifyHandleRep capabilities. */
                capabilities: number;

                /** VerifyHandleRep flags. */
                flags: daos.pool.v1.ConnectFlag;

                /** VerifyHandleRep principal. */
                principal?: (daos.pool.v1.Principal.$Properties|null);

                /** VerifyHandleRep mapVersion. */
                mapVersion: number;

                /**
                 * Creates a new VerifyHandleRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VerifyHandleRep instance
                 */
                static create(properties: daos.pool.v1.VerifyHandleRep.$Shape): daos.pool.v1.VerifyHandleRep & daos.pool.v1.VerifyHandleRep.$Shape;
                static create(properties?: daos.pool.v1.VerifyHandleRep.$Properties): daos.pool.v1.VerifyHandleRep;

                /**
                 * Encodes the specified VerifyHandleRep message. Does not implicitly {@link daos.pool.v1.VerifyHandleRep.verify|verify} messages.
                 * @param message VerifyHandleRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.VerifyHandleRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified VerifyHandleRep message, length delimited. Does not implicitly {@link daos.pool.v1.VerifyHandleRep.verify|verify} messages.
                 * @param message VerifyHandleRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.VerifyHandleRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VerifyHandleRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.VerifyHandleRep & daos.pool.v1.VerifyHandleRep.$Shape} VerifyHandleRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.VerifyHandleRep & daos.pool.v1.VerifyHandleRep.$Shape;

                /**
                 * Decodes a VerifyHandleRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.VerifyHandleRep & daos.pool.v1.VerifyHandleRep.$Shape} VerifyHandleRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.VerifyHandleRep & daos.pool.v1.VerifyHandleRep.$Shape;

                /**
                 * Verifies a VerifyHandleRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VerifyHandleRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VerifyHandleRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.VerifyHandleRep;

                /**
                 * Creates a plain object from a VerifyHandleRep message. Also converts values to other types if specified.
                 * @param message VerifyHandleRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.VerifyHandleRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VerifyHandleRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for VerifyHandleRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VerifyHandleRep {

                /** Properties of a VerifyHandleRep. */
                interface $Properties {

                    /** VerifyHandleRep valid */
                    valid?: (boolean|null);

                    /** VerifyHandleRep capabilities */
                    capabilities?: (number|null);

                    /** VerifyHandleRep flags */
                    flags?: (daos.pool.v1.ConnectFlag|null);

                    /** VerifyHandleRep principal */
                    principal?: (daos.pool.v1.Principal.$Properties|null);

                    /** VerifyHandleRep mapVersion */
                    mapVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VerifyHandleRep. */
                type $Shape = daos.pool.v1.VerifyHandleRep.$Properties;
            }

            /**
             * Properties of a PropGetReq.
             * @deprecated Use daos.pool.v1.PropGetReq.$Properties instead.
             */
            interface IPropGetReq extends daos.pool.v1.PropGetReq.$Properties {
            }

            /** Represents a PropGetReq. */
            class PropGetReq {

                /**
                 * Constructs a new PropGetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PropGetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PropGetReq names. */
                names: string[];

                /**
                 * Creates a new PropGetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PropGetReq instance
                 */
                static create(properties: daos.pool.v1.PropGetReq.$Shape): daos.pool.v1.PropGetReq & daos.pool.v1.PropGetReq.$Shape;
                static create(properties?: daos.pool.v1.PropGetReq.$Properties): daos.pool.v1.PropGetReq;

                /**
                 * Encodes the specified PropGetReq message. Does not implicitly {@link daos.pool.v1.PropGetReq.verify|verify} messages.
                 * @param message PropGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PropGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PropGetReq message, length delimited. Does not implicitly {@link daos.pool.v1.PropGetReq.verify|verify} messages.
                 * @param message PropGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PropGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PropGetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PropGetReq & daos.pool.v1.PropGetReq.$Shape} PropGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PropGetReq & daos.pool.v1.PropGetReq.$Shape;

                /**
                 * Decodes a PropGetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PropGetReq & daos.pool.v1.PropGetReq.$Shape} PropGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PropGetReq & daos.pool.v1.PropGetReq.$Shape;

                /**
                 * Verifies a PropGetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PropGetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PropGetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PropGetReq;

                /**
                 * Creates a plain object from a PropGetReq message. Also converts values to other types if specified.
                 * @param message PropGetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PropGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PropGetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PropGetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PropGetReq {

                /** Properties of a PropGetReq. */
                interface $Properties {

                    /** PropGetReq names */
                    names?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PropGetReq. */
                type $Shape = daos.pool.v1.PropGetReq.$Properties;
            }

            /**
             * Properties of a PropGetRep.
             * @deprecated Use daos.pool.v1.PropGetRep.$Properties instead.
             */
            interface IPropGetRep extends daos.pool.v1.PropGetRep.$Properties {
            }

            /** Represents a PropGetRep. */
            class PropGetRep {

                /**
                 * Constructs a new PropGetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PropGetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PropGetRep props. */
                props: daos.pool.v1.Prop.$Properties[];

                /**
                 * Creates a new PropGetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PropGetRep instance
                 */
                static create(properties: daos.pool.v1.PropGetRep.$Shape): daos.pool.v1.PropGetRep & daos.pool.v1.PropGetRep.$Shape;
                static create(properties?: daos.pool.v1.PropGetRep.$Properties): daos.pool.v1.PropGetRep;

                /**
                 * Encodes the specified PropGetRep message. Does not implicitly {@link daos.pool.v1.PropGetRep.verify|verify} messages.
                 * @param message PropGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PropGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PropGetRep message, length delimited. Does not implicitly {@link daos.pool.v1.PropGetRep.verify|verify} messages.
                 * @param message PropGetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PropGetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PropGetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PropGetRep & daos.pool.v1.PropGetRep.$Shape} PropGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PropGetRep & daos.pool.v1.PropGetRep.$Shape;

                /**
                 * Decodes a PropGetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PropGetRep & daos.pool.v1.PropGetRep.$Shape} PropGetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PropGetRep & daos.pool.v1.PropGetRep.$Shape;

                /**
                 * Verifies a PropGetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PropGetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PropGetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PropGetRep;

                /**
                 * Creates a plain object from a PropGetRep message. Also converts values to other types if specified.
                 * @param message PropGetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PropGetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PropGetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PropGetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PropGetRep {

                /** Properties of a PropGetRep. */
                interface $Properties {

                    /** PropGetRep props */
                    props?: (daos.pool.v1.Prop.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PropGetRep. */
                type $Shape = daos.pool.v1.PropGetRep.$Properties;
            }

            /**
             * Properties of a PropSetReq.
             * @deprecated Use daos.pool.v1.PropSetReq.$Properties instead.
             */
            interface IPropSetReq extends daos.pool.v1.PropSetReq.$Properties {
            }

            /** Represents a PropSetReq. */
            class PropSetReq {

                /**
                 * Constructs a new PropSetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PropSetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PropSetReq props. */
                props: daos.pool.v1.Prop.$Properties[];

                /**
                 * Creates a new PropSetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PropSetReq instance
                 */
                static create(properties: daos.pool.v1.PropSetReq.$Shape): daos.pool.v1.PropSetReq & daos.pool.v1.PropSetReq.$Shape;
                static create(properties?: daos.pool.v1.PropSetReq.$Properties): daos.pool.v1.PropSetReq;

                /**
                 * Encodes the specified PropSetReq message. Does not implicitly {@link daos.pool.v1.PropSetReq.verify|verify} messages.
                 * @param message PropSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PropSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PropSetReq message, length delimited. Does not implicitly {@link daos.pool.v1.PropSetReq.verify|verify} messages.
                 * @param message PropSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PropSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PropSetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PropSetReq & daos.pool.v1.PropSetReq.$Shape} PropSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PropSetReq & daos.pool.v1.PropSetReq.$Shape;

                /**
                 * Decodes a PropSetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PropSetReq & daos.pool.v1.PropSetReq.$Shape} PropSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PropSetReq & daos.pool.v1.PropSetReq.$Shape;

                /**
                 * Verifies a PropSetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PropSetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PropSetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PropSetReq;

                /**
                 * Creates a plain object from a PropSetReq message. Also converts values to other types if specified.
                 * @param message PropSetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PropSetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PropSetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PropSetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PropSetReq {

                /** Properties of a PropSetReq. */
                interface $Properties {

                    /** PropSetReq props */
                    props?: (daos.pool.v1.Prop.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PropSetReq. */
                type $Shape = daos.pool.v1.PropSetReq.$Properties;
            }

            /**
             * Properties of a PropSetRep.
             * @deprecated Use daos.pool.v1.PropSetRep.$Properties instead.
             */
            interface IPropSetRep extends daos.pool.v1.PropSetRep.$Properties {
            }

            /** Represents a PropSetRep. */
            class PropSetRep {

                /**
                 * Constructs a new PropSetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PropSetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new PropSetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PropSetRep instance
                 */
                static create(properties: daos.pool.v1.PropSetRep.$Shape): daos.pool.v1.PropSetRep & daos.pool.v1.PropSetRep.$Shape;
                static create(properties?: daos.pool.v1.PropSetRep.$Properties): daos.pool.v1.PropSetRep;

                /**
                 * Encodes the specified PropSetRep message. Does not implicitly {@link daos.pool.v1.PropSetRep.verify|verify} messages.
                 * @param message PropSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PropSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PropSetRep message, length delimited. Does not implicitly {@link daos.pool.v1.PropSetRep.verify|verify} messages.
                 * @param message PropSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PropSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PropSetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PropSetRep & daos.pool.v1.PropSetRep.$Shape} PropSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PropSetRep & daos.pool.v1.PropSetRep.$Shape;

                /**
                 * Decodes a PropSetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PropSetRep & daos.pool.v1.PropSetRep.$Shape} PropSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PropSetRep & daos.pool.v1.PropSetRep.$Shape;

                /**
                 * Verifies a PropSetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PropSetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PropSetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PropSetRep;

                /**
                 * Creates a plain object from a PropSetRep message. Also converts values to other types if specified.
                 * @param message PropSetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PropSetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PropSetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PropSetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PropSetRep {

                /** Properties of a PropSetRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PropSetRep. */
                type $Shape = daos.pool.v1.PropSetRep.$Properties;
            }

            /**
             * Properties of an AclGetReq.
             * @deprecated Use daos.pool.v1.AclGetReq.$Properties instead.
             */
            interface IAclGetReq extends daos.pool.v1.AclGetReq.$Properties {
            }

            /** Represents an AclGetReq. */
            class AclGetReq {

                /**
                 * Constructs a new AclGetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.AclGetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new AclGetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclGetReq instance
                 */
                static create(properties: daos.pool.v1.AclGetReq.$Shape): daos.pool.v1.AclGetReq & daos.pool.v1.AclGetReq.$Shape;
                static create(properties?: daos.pool.v1.AclGetReq.$Properties): daos.pool.v1.AclGetReq;

                /**
                 * Encodes the specified AclGetReq message. Does not implicitly {@link daos.pool.v1.AclGetReq.verify|verify} messages.
                 * @param message AclGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.AclGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclGetReq message, length delimited. Does not implicitly {@link daos.pool.v1.AclGetReq.verify|verify} messages.
                 * @param message AclGetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.AclGetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclGetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.AclGetReq & daos.pool.v1.AclGetReq.$Shape} AclGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.AclGetReq & daos.pool.v1.AclGetReq.$Shape;

                /**
                 * Decodes an AclGetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.AclGetReq & daos.pool.v1.AclGetReq.$Shape} AclGetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.AclGetReq & daos.pool.v1.AclGetReq.$Shape;

                /**
                 * Verifies an AclGetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclGetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclGetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.AclGetReq;

                /**
                 * Creates a plain object from an AclGetReq message. Also converts values to other types if specified.
                 * @param message AclGetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.AclGetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclGetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclGetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclGetReq {

                /** Properties of an AclGetReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclGetReq. */
                type $Shape = daos.pool.v1.AclGetReq.$Properties;
            }

            /**
             * Properties of an AclRep.
             * @deprecated Use daos.pool.v1.AclRep.$Properties instead.
             */
            interface IAclRep extends daos.pool.v1.AclRep.$Properties {
            }

            /** Represents an AclRep. */
            class AclRep {

                /**
                 * Constructs a new AclRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.AclRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AclRep acl. */
                acl: string[];

                /** AclRep owner. */
                owner: string;

                /** AclRep ownerGroup. */
                ownerGroup: string;

                /**
                 * Creates a new AclRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclRep instance
                 */
                static create(properties: daos.pool.v1.AclRep.$Shape): daos.pool.v1.AclRep & daos.pool.v1.AclRep.$Shape;
                static create(properties?: daos.pool.v1.AclRep.$Properties): daos.pool.v1.AclRep;

                /**
                 * Encodes the specified AclRep message. Does not implicitly {@link daos.pool.v1.AclRep.verify|verify} messages.
                 * @param message AclRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.AclRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclRep message, length delimited. Does not implicitly {@link daos.pool.v1.AclRep.verify|verify} messages.
                 * @param message AclRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.AclRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.AclRep & daos.pool.v1.AclRep.$Shape} AclRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.AclRep & daos.pool.v1.AclRep.$Shape;

                /**
                 * Decodes an AclRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.AclRep & daos.pool.v1.AclRep.$Shape} AclRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.AclRep & daos.pool.v1.AclRep.$Shape;

                /**
                 * Verifies an AclRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.AclRep;

                /**
                 * Creates a plain object from an AclRep message. Also converts values to other types if specified.
                 * @param message AclRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.AclRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclRep {

                /** Properties of an AclRep. */
                interface $Properties {

                    /** AclRep acl */
                    acl?: (string[]|null);

                    /** AclRep owner */
                    owner?: (string|null);

                    /** AclRep ownerGroup */
                    ownerGroup?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclRep. */
                type $Shape = daos.pool.v1.AclRep.$Properties;
            }

            /**
             * Properties of an AclOverwriteReq.
             * @deprecated Use daos.pool.v1.AclOverwriteReq.$Properties instead.
             */
            interface IAclOverwriteReq extends daos.pool.v1.AclOverwriteReq.$Properties {
            }

            /** Represents an AclOverwriteReq. */
            class AclOverwriteReq {

                /**
                 * Constructs a new AclOverwriteReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.AclOverwriteReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AclOverwriteReq acl. */
                acl: string[];

                /**
                 * Creates a new AclOverwriteReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclOverwriteReq instance
                 */
                static create(properties: daos.pool.v1.AclOverwriteReq.$Shape): daos.pool.v1.AclOverwriteReq & daos.pool.v1.AclOverwriteReq.$Shape;
                static create(properties?: daos.pool.v1.AclOverwriteReq.$Properties): daos.pool.v1.AclOverwriteReq;

                /**
                 * Encodes the specified AclOverwriteReq message. Does not implicitly {@link daos.pool.v1.AclOverwriteReq.verify|verify} messages.
                 * @param message AclOverwriteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.AclOverwriteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclOverwriteReq message, length delimited. Does not implicitly {@link daos.pool.v1.AclOverwriteReq.verify|verify} messages.
                 * @param message AclOverwriteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.AclOverwriteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclOverwriteReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.AclOverwriteReq & daos.pool.v1.AclOverwriteReq.$Shape} AclOverwriteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.AclOverwriteReq & daos.pool.v1.AclOverwriteReq.$Shape;

                /**
                 * Decodes an AclOverwriteReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.AclOverwriteReq & daos.pool.v1.AclOverwriteReq.$Shape} AclOverwriteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.AclOverwriteReq & daos.pool.v1.AclOverwriteReq.$Shape;

                /**
                 * Verifies an AclOverwriteReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclOverwriteReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclOverwriteReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.AclOverwriteReq;

                /**
                 * Creates a plain object from an AclOverwriteReq message. Also converts values to other types if specified.
                 * @param message AclOverwriteReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.AclOverwriteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclOverwriteReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclOverwriteReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclOverwriteReq {

                /** Properties of an AclOverwriteReq. */
                interface $Properties {

                    /** AclOverwriteReq acl */
                    acl?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclOverwriteReq. */
                type $Shape = daos.pool.v1.AclOverwriteReq.$Properties;
            }

            /**
             * Properties of an AclUpdateReq.
             * @deprecated Use daos.pool.v1.AclUpdateReq.$Properties instead.
             */
            interface IAclUpdateReq extends daos.pool.v1.AclUpdateReq.$Properties {
            }

            /** Represents an AclUpdateReq. */
            class AclUpdateReq {

                /**
                 * Constructs a new AclUpdateReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.AclUpdateReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AclUpdateReq acl. */
                acl: string[];

                /**
                 * Creates a new AclUpdateReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclUpdateReq instance
                 */
                static create(properties: daos.pool.v1.AclUpdateReq.$Shape): daos.pool.v1.AclUpdateReq & daos.pool.v1.AclUpdateReq.$Shape;
                static create(properties?: daos.pool.v1.AclUpdateReq.$Properties): daos.pool.v1.AclUpdateReq;

                /**
                 * Encodes the specified AclUpdateReq message. Does not implicitly {@link daos.pool.v1.AclUpdateReq.verify|verify} messages.
                 * @param message AclUpdateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.AclUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclUpdateReq message, length delimited. Does not implicitly {@link daos.pool.v1.AclUpdateReq.verify|verify} messages.
                 * @param message AclUpdateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.AclUpdateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclUpdateReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.AclUpdateReq & daos.pool.v1.AclUpdateReq.$Shape} AclUpdateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.AclUpdateReq & daos.pool.v1.AclUpdateReq.$Shape;

                /**
                 * Decodes an AclUpdateReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.AclUpdateReq & daos.pool.v1.AclUpdateReq.$Shape} AclUpdateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.AclUpdateReq & daos.pool.v1.AclUpdateReq.$Shape;

                /**
                 * Verifies an AclUpdateReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclUpdateReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclUpdateReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.AclUpdateReq;

                /**
                 * Creates a plain object from an AclUpdateReq message. Also converts values to other types if specified.
                 * @param message AclUpdateReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.AclUpdateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclUpdateReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclUpdateReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclUpdateReq {

                /** Properties of an AclUpdateReq. */
                interface $Properties {

                    /** AclUpdateReq acl */
                    acl?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclUpdateReq. */
                type $Shape = daos.pool.v1.AclUpdateReq.$Properties;
            }

            /**
             * Properties of an AclDeleteReq.
             * @deprecated Use daos.pool.v1.AclDeleteReq.$Properties instead.
             */
            interface IAclDeleteReq extends daos.pool.v1.AclDeleteReq.$Properties {
            }

            /** Represents an AclDeleteReq. */
            class AclDeleteReq {

                /**
                 * Constructs a new AclDeleteReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.AclDeleteReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** AclDeleteReq principal. */
                principal: string;

                /**
                 * Creates a new AclDeleteReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AclDeleteReq instance
                 */
                static create(properties: daos.pool.v1.AclDeleteReq.$Shape): daos.pool.v1.AclDeleteReq & daos.pool.v1.AclDeleteReq.$Shape;
                static create(properties?: daos.pool.v1.AclDeleteReq.$Properties): daos.pool.v1.AclDeleteReq;

                /**
                 * Encodes the specified AclDeleteReq message. Does not implicitly {@link daos.pool.v1.AclDeleteReq.verify|verify} messages.
                 * @param message AclDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.AclDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified AclDeleteReq message, length delimited. Does not implicitly {@link daos.pool.v1.AclDeleteReq.verify|verify} messages.
                 * @param message AclDeleteReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.AclDeleteReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AclDeleteReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.AclDeleteReq & daos.pool.v1.AclDeleteReq.$Shape} AclDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.AclDeleteReq & daos.pool.v1.AclDeleteReq.$Shape;

                /**
                 * Decodes an AclDeleteReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.AclDeleteReq & daos.pool.v1.AclDeleteReq.$Shape} AclDeleteReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.AclDeleteReq & daos.pool.v1.AclDeleteReq.$Shape;

                /**
                 * Verifies an AclDeleteReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an AclDeleteReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AclDeleteReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.AclDeleteReq;

                /**
                 * Creates a plain object from an AclDeleteReq message. Also converts values to other types if specified.
                 * @param message AclDeleteReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.AclDeleteReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AclDeleteReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for AclDeleteReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace AclDeleteReq {

                /** Properties of an AclDeleteReq. */
                interface $Properties {

                    /** AclDeleteReq principal */
                    principal?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an AclDeleteReq. */
                type $Shape = daos.pool.v1.AclDeleteReq.$Properties;
            }

            /**
             * Properties of a TargetsReq.
             * @deprecated Use daos.pool.v1.TargetsReq.$Properties instead.
             */
            interface ITargetsReq extends daos.pool.v1.TargetsReq.$Properties {
            }

            /** Represents a TargetsReq. */
            class TargetsReq {

                /**
                 * Constructs a new TargetsReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.TargetsReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TargetsReq rank. */
                rank: number;

                /** TargetsReq targets. */
                targets: number[];

                /** TargetsReq force. */
                force: boolean;

                /**
                 * Creates a new TargetsReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TargetsReq instance
                 */
                static create(properties: daos.pool.v1.TargetsReq.$Shape): daos.pool.v1.TargetsReq & daos.pool.v1.TargetsReq.$Shape;
                static create(properties?: daos.pool.v1.TargetsReq.$Properties): daos.pool.v1.TargetsReq;

                /**
                 * Encodes the specified TargetsReq message. Does not implicitly {@link daos.pool.v1.TargetsReq.verify|verify} messages.
                 * @param message TargetsReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.TargetsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TargetsReq message, length delimited. Does not implicitly {@link daos.pool.v1.TargetsReq.verify|verify} messages.
                 * @param message TargetsReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.TargetsReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TargetsReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.TargetsReq & daos.pool.v1.TargetsReq.$Shape} TargetsReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.TargetsReq & daos.pool.v1.TargetsReq.$Shape;

                /**
                 * Decodes a TargetsReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.TargetsReq & daos.pool.v1.TargetsReq.$Shape} TargetsReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.TargetsReq & daos.pool.v1.TargetsReq.$Shape;

                /**
                 * Verifies a TargetsReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TargetsReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TargetsReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.TargetsReq;

                /**
                 * Creates a plain object from a TargetsReq message. Also converts values to other types if specified.
                 * @param message TargetsReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.TargetsReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TargetsReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for TargetsReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace TargetsReq {

                /** Properties of a TargetsReq. */
                interface $Properties {

                    /** TargetsReq rank */
                    rank?: (number|null);

                    /** TargetsReq targets */
                    targets?: (number[]|null);

                    /** TargetsReq force */
                    force?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TargetsReq. */
                type $Shape = daos.pool.v1.TargetsReq.$Properties;
            }

            /**
             * Properties of an ExtendReq.
             * @deprecated Use daos.pool.v1.ExtendReq.$Properties instead.
             */
            interface IExtendReq extends daos.pool.v1.ExtendReq.$Properties {
            }

            /** Represents an ExtendReq. */
            class ExtendReq {

                /**
                 * Constructs a new ExtendReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.ExtendReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExtendReq ranks. */
                ranks: daos.pool.v1.MapRank.$Properties[];

                /** ExtendReq targetsPerRank. */
                targetsPerRank: number;

                /**
                 * Creates a new ExtendReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExtendReq instance
                 */
                static create(properties: daos.pool.v1.ExtendReq.$Shape): daos.pool.v1.ExtendReq & daos.pool.v1.ExtendReq.$Shape;
                static create(properties?: daos.pool.v1.ExtendReq.$Properties): daos.pool.v1.ExtendReq;

                /**
                 * Encodes the specified ExtendReq message. Does not implicitly {@link daos.pool.v1.ExtendReq.verify|verify} messages.
                 * @param message ExtendReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.ExtendReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExtendReq message, length delimited. Does not implicitly {@link daos.pool.v1.ExtendReq.verify|verify} messages.
                 * @param message ExtendReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.ExtendReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExtendReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.ExtendReq & daos.pool.v1.ExtendReq.$Shape} ExtendReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.ExtendReq & daos.pool.v1.ExtendReq.$Shape;

                /**
                 * Decodes an ExtendReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.ExtendReq & daos.pool.v1.ExtendReq.$Shape} ExtendReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.ExtendReq & daos.pool.v1.ExtendReq.$Shape;

                /**
                 * Verifies an ExtendReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExtendReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExtendReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.ExtendReq;

                /**
                 * Creates a plain object from an ExtendReq message. Also converts values to other types if specified.
                 * @param message ExtendReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.ExtendReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExtendReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for ExtendReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExtendReq {

                /** Properties of an ExtendReq. */
                interface $Properties {

                    /** ExtendReq ranks */
                    ranks?: (daos.pool.v1.MapRank.$Properties[]|null);

                    /** ExtendReq targetsPerRank */
                    targetsPerRank?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExtendReq. */
                type $Shape = daos.pool.v1.ExtendReq.$Properties;
            }

            /**
             * Properties of a MapRep.
             * @deprecated Use daos.pool.v1.MapRep.$Properties instead.
             */
            interface IMapRep extends daos.pool.v1.MapRep.$Properties {
            }

            /** Represents a MapRep. */
            class MapRep {

                /**
                 * Constructs a new MapRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.MapRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MapRep mapVersion. */
                mapVersion: number;

                /** MapRep svcRanks. */
                svcRanks: number[];

                /**
                 * Creates a new MapRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MapRep instance
                 */
                static create(properties: daos.pool.v1.MapRep.$Shape): daos.pool.v1.MapRep & daos.pool.v1.MapRep.$Shape;
                static create(properties?: daos.pool.v1.MapRep.$Properties): daos.pool.v1.MapRep;

                /**
                 * Encodes the specified MapRep message. Does not implicitly {@link daos.pool.v1.MapRep.verify|verify} messages.
                 * @param message MapRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.MapRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified MapRep message, length delimited. Does not implicitly {@link daos.pool.v1.MapRep.verify|verify} messages.
                 * @param message MapRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.MapRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MapRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.MapRep & daos.pool.v1.MapRep.$Shape} MapRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.MapRep & daos.pool.v1.MapRep.$Shape;

                /**
                 * Decodes a MapRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.MapRep & daos.pool.v1.MapRep.$Shape} MapRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.MapRep & daos.pool.v1.MapRep.$Shape;

                /**
                 * Verifies a MapRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a MapRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MapRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.MapRep;

                /**
                 * Creates a plain object from a MapRep message. Also converts values to other types if specified.
                 * @param message MapRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.MapRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MapRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for MapRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace MapRep {

                /** Properties of a MapRep. */
                interface $Properties {

                    /** MapRep mapVersion */
                    mapVersion?: (number|null);

                    /** MapRep svcRanks */
                    svcRanks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MapRep. */
                type $Shape = daos.pool.v1.MapRep.$Properties;
            }

            /**
             * Properties of an EvictReq.
             * @deprecated Use daos.pool.v1.EvictReq.$Properties instead.
             */
            interface IEvictReq extends daos.pool.v1.EvictReq.$Properties {
            }

            /** Represents an EvictReq. */
            class EvictReq {

                /**
                 * Constructs a new EvictReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.EvictReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvictReq handles. */
                handles: string[];

                /** EvictReq machine. */
                machine: string;

                /** EvictReq destroy. */
                destroy: boolean;

                /**
                 * Creates a new EvictReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvictReq instance
                 */
                static create(properties: daos.pool.v1.EvictReq.$Shape): daos.pool.v1.EvictReq & daos.pool.v1.EvictReq.$Shape;
                static create(properties?: daos.pool.v1.EvictReq.$Properties): daos.pool.v1.EvictReq;

                /**
                 * Encodes the specified EvictReq message. Does not implicitly {@link daos.pool.v1.EvictReq.verify|verify} messages.
                 * @param message EvictReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.EvictReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvictReq message, length delimited. Does not implicitly {@link daos.pool.v1.EvictReq.verify|verify} messages.
                 * @param message EvictReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.EvictReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvictReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.EvictReq & daos.pool.v1.EvictReq.$Shape} EvictReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.EvictReq & daos.pool.v1.EvictReq.$Shape;

                /**
                 * Decodes an EvictReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.EvictReq & daos.pool.v1.EvictReq.$Shape} EvictReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.EvictReq & daos.pool.v1.EvictReq.$Shape;

                /**
                 * Verifies an EvictReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvictReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvictReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.EvictReq;

                /**
                 * Creates a plain object from an EvictReq message. Also converts values to other types if specified.
                 * @param message EvictReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.EvictReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvictReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvictReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvictReq {

                /** Properties of an EvictReq. */
                interface $Properties {

                    /** EvictReq handles */
                    handles?: (string[]|null);

                    /** EvictReq machine */
                    machine?: (string|null);

                    /** EvictReq destroy */
                    destroy?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvictReq. */
                type $Shape = daos.pool.v1.EvictReq.$Properties;
            }

            /**
             * Properties of an EvictRep.
             * @deprecated Use daos.pool.v1.EvictRep.$Properties instead.
             */
            interface IEvictRep extends daos.pool.v1.EvictRep.$Properties {
            }

            /** Represents an EvictRep. */
            class EvictRep {

                /**
                 * Constructs a new EvictRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.EvictRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** EvictRep evicted. */
                evicted: number;

                /**
                 * Creates a new EvictRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EvictRep instance
                 */
                static create(properties: daos.pool.v1.EvictRep.$Shape): daos.pool.v1.EvictRep & daos.pool.v1.EvictRep.$Shape;
                static create(properties?: daos.pool.v1.EvictRep.$Properties): daos.pool.v1.EvictRep;

                /**
                 * Encodes the specified EvictRep message. Does not implicitly {@link daos.pool.v1.EvictRep.verify|verify} messages.
                 * @param message EvictRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.EvictRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified EvictRep message, length delimited. Does not implicitly {@link daos.pool.v1.EvictRep.verify|verify} messages.
                 * @param message EvictRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.EvictRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EvictRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.EvictRep & daos.pool.v1.EvictRep.$Shape} EvictRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.EvictRep & daos.pool.v1.EvictRep.$Shape;

                /**
                 * Decodes an EvictRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.EvictRep & daos.pool.v1.EvictRep.$Shape} EvictRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.EvictRep & daos.pool.v1.EvictRep.$Shape;

                /**
                 * Verifies an EvictRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an EvictRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns EvictRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.EvictRep;

                /**
                 * Creates a plain object from an EvictRep message. Also converts values to other types if specified.
                 * @param message EvictRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.EvictRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this EvictRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for EvictRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace EvictRep {

                /** Properties of an EvictRep. */
                interface $Properties {

                    /** EvictRep evicted */
                    evicted?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an EvictRep. */
                type $Shape = daos.pool.v1.EvictRep.$Properties;
            }

            /**
             * Properties of a HandlesListReq.
             * @deprecated Use daos.pool.v1.HandlesListReq.$Properties instead.
             */
            interface IHandlesListReq extends daos.pool.v1.HandlesListReq.$Properties {
            }

            /** Represents a HandlesListReq. */
            class HandlesListReq {

                /**
                 * Constructs a new HandlesListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.HandlesListReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new HandlesListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HandlesListReq instance
                 */
                static create(properties: daos.pool.v1.HandlesListReq.$Shape): daos.pool.v1.HandlesListReq & daos.pool.v1.HandlesListReq.$Shape;
                static create(properties?: daos.pool.v1.HandlesListReq.$Properties): daos.pool.v1.HandlesListReq;

                /**
                 * Encodes the specified HandlesListReq message. Does not implicitly {@link daos.pool.v1.HandlesListReq.verify|verify} messages.
                 * @param message HandlesListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.HandlesListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HandlesListReq message, length delimited. Does not implicitly {@link daos.pool.v1.HandlesListReq.verify|verify} messages.
                 * @param message HandlesListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.HandlesListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HandlesListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.HandlesListReq & daos.pool.v1.HandlesListReq.$Shape} HandlesListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.HandlesListReq & daos.pool.v1.HandlesListReq.$Shape;

                /**
                 * Decodes a HandlesListReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.HandlesListReq & daos.pool.v1.HandlesListReq.$Shape} HandlesListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.HandlesListReq & daos.pool.v1.HandlesListReq.$Shape;

                /**
                 * Verifies a HandlesListReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HandlesListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HandlesListReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.HandlesListReq;

                /**
                 * Creates a plain object from a HandlesListReq message. Also converts values to other types if specified.
                 * @param message HandlesListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.HandlesListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HandlesListReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HandlesListReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HandlesListReq {

                /** Properties of a HandlesListReq. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HandlesListReq. */
                type $Shape = daos.pool.v1.HandlesListReq.$Properties;
            }

            /**
             * Properties of a HandleInfo.
             * @deprecated Use daos.pool.v1.HandleInfo.$Properties instead.
             */
            interface IHandleInfo extends daos.pool.v1.HandleInfo.$Properties {
            }

            /** Represents a HandleInfo. */
            class HandleInfo {

                /**
                 * Constructs a new HandleInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.HandleInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HandleInfo handle. */
                handle: string;

                /** HandleInfo flags. */
                flags: daos.pool.v1.ConnectFlag;

                /** HandleInfo capabilities. */
                capabilities: number;

                /** HandleInfo principal. */
                principal?: (daos.pool.v1.Principal.$Properties|null);

                /**
                 * Creates a new HandleInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HandleInfo instance
                 */
                static create(properties: daos.pool.v1.HandleInfo.$Shape): daos.pool.v1.HandleInfo & daos.pool.v1.HandleInfo.$Shape;
                static create(properties?: daos.pool.v1.HandleInfo.$Properties): daos.pool.v1.HandleInfo;

                /**
                 * Encodes the specified HandleInfo message. Does not implicitly {@link daos.pool.v1.HandleInfo.verify|verify} messages.
                 * @param message HandleInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.HandleInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HandleInfo message, length delimited. Does not implicitly {@link daos.pool.v1.HandleInfo.verify|verify} messages.
                 * @param message HandleInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.HandleInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HandleInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.HandleInfo & daos.pool.v1.HandleInfo.$Shape} HandleInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.HandleInfo & daos.pool.v1.HandleInfo.$Shape;

                /**
                 * Decodes a HandleInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.HandleInfo & daos.pool.v1.HandleInfo.$Shape} HandleInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.HandleInfo & daos.pool.v1.HandleInfo.$Shape;

                /**
                 * Verifies a HandleInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HandleInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HandleInfo
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.HandleInfo;

                /**
                 * Creates a plain object from a HandleInfo message. Also converts values to other types if specified.
                 * @param message HandleInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.HandleInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HandleInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HandleInfo
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HandleInfo {

                /** Properties of a HandleInfo. */
                interface $Properties {

                    /** HandleInfo handle */
                    handle?: (string|null);

                    /** HandleInfo flags */
                    flags?: (daos.pool.v1.ConnectFlag|null);

                    /** HandleInfo capabilities */
                    capabilities?: (number|null);

                    /** HandleInfo principal */
                    principal?: (daos.pool.v1.Principal.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HandleInfo. */
                type $Shape = daos.pool.v1.HandleInfo.$Properties;
            }

            /**
             * Properties of a HandlesListRep.
             * @deprecated Use daos.pool.v1.HandlesListRep.$Properties instead.
             */
            interface IHandlesListRep extends daos.pool.v1.HandlesListRep.$Properties {
            }

            /** Represents a HandlesListRep. */
            class HandlesListRep {

                /**
                 * Constructs a new HandlesListRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.HandlesListRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HandlesListRep handles. */
                handles: daos.pool.v1.HandleInfo.$Properties[];

                /**
                 * Creates a new HandlesListRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HandlesListRep instance
                 */
                static create(properties: daos.pool.v1.HandlesListRep.$Shape): daos.pool.v1.HandlesListRep & daos.pool.v1.HandlesListRep.$Shape;
                static create(properties?: daos.pool.v1.HandlesListRep.$Properties): daos.pool.v1.HandlesListRep;

                /**
                 * Encodes the specified HandlesListRep message. Does not implicitly {@link daos.pool.v1.HandlesListRep.verify|verify} messages.
                 * @param message HandlesListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.HandlesListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified HandlesListRep message, length delimited. Does not implicitly {@link daos.pool.v1.HandlesListRep.verify|verify} messages.
                 * @param message HandlesListRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.HandlesListRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HandlesListRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.HandlesListRep & daos.pool.v1.HandlesListRep.$Shape} HandlesListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.HandlesListRep & daos.pool.v1.HandlesListRep.$Shape;

                /**
                 * Decodes a HandlesListRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.HandlesListRep & daos.pool.v1.HandlesListRep.$Shape} HandlesListRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.HandlesListRep & daos.pool.v1.HandlesListRep.$Shape;

                /**
                 * Verifies a HandlesListRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a HandlesListRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns HandlesListRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.HandlesListRep;

                /**
                 * Creates a plain object from a HandlesListRep message. Also converts values to other types if specified.
                 * @param message HandlesListRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.HandlesListRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this HandlesListRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for HandlesListRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HandlesListRep {

                /** Properties of a HandlesListRep. */
                interface $Properties {

                    /** HandlesListRep handles */
                    handles?: (daos.pool.v1.HandleInfo.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HandlesListRep. */
                type $Shape = daos.pool.v1.HandlesListRep.$Properties;
            }

            /**
             * Properties of a SvcRanksSetReq.
             * @deprecated Use daos.pool.v1.SvcRanksSetReq.$Properties instead.
             */
            interface ISvcRanksSetReq extends daos.pool.v1.SvcRanksSetReq.$Properties {
            }

            /** Represents a SvcRanksSetReq. */
            class SvcRanksSetReq {

                /**
                 * Constructs a new SvcRanksSetReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.SvcRanksSetReq.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SvcRanksSetReq svcRanks. */
                svcRanks: number[];

                /**
                 * Creates a new SvcRanksSetReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SvcRanksSetReq instance
                 */
                static create(properties: daos.pool.v1.SvcRanksSetReq.$Shape): daos.pool.v1.SvcRanksSetReq & daos.pool.v1.SvcRanksSetReq.$Shape;
                static create(properties?: daos.pool.v1.SvcRanksSetReq.$Properties): daos.pool.v1.SvcRanksSetReq;

                /**
                 * Encodes the specified SvcRanksSetReq message. Does not implicitly {@link daos.pool.v1.SvcRanksSetReq.verify|verify} messages.
                 * @param message SvcRanksSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.SvcRanksSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SvcRanksSetReq message, length delimited. Does not implicitly {@link daos.pool.v1.SvcRanksSetReq.verify|verify} messages.
                 * @param message SvcRanksSetReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.SvcRanksSetReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SvcRanksSetReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.SvcRanksSetReq & daos.pool.v1.SvcRanksSetReq.$Shape} SvcRanksSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.SvcRanksSetReq & daos.pool.v1.SvcRanksSetReq.$Shape;

                /**
                 * Decodes a SvcRanksSetReq message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.SvcRanksSetReq & daos.pool.v1.SvcRanksSetReq.$Shape} SvcRanksSetReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.SvcRanksSetReq & daos.pool.v1.SvcRanksSetReq.$Shape;

                /**
                 * Verifies a SvcRanksSetReq message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SvcRanksSetReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SvcRanksSetReq
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.SvcRanksSetReq;

                /**
                 * Creates a plain object from a SvcRanksSetReq message. Also converts values to other types if specified.
                 * @param message SvcRanksSetReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.SvcRanksSetReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SvcRanksSetReq to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SvcRanksSetReq
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SvcRanksSetReq {

                /** Properties of a SvcRanksSetReq. */
                interface $Properties {

                    /** SvcRanksSetReq svcRanks */
                    svcRanks?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SvcRanksSetReq. */
                type $Shape = daos.pool.v1.SvcRanksSetReq.$Properties;
            }

            /**
             * Properties of a SvcRanksSetRep.
             * @deprecated Use daos.pool.v1.SvcRanksSetRep.$Properties instead.
             */
            interface ISvcRanksSetRep extends daos.pool.v1.SvcRanksSetRep.$Properties {
            }

            /** Represents a SvcRanksSetRep. */
            class SvcRanksSetRep {

                /**
                 * Constructs a new SvcRanksSetRep.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.SvcRanksSetRep.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new SvcRanksSetRep instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SvcRanksSetRep instance
                 */
                static create(properties: daos.pool.v1.SvcRanksSetRep.$Shape): daos.pool.v1.SvcRanksSetRep & daos.pool.v1.SvcRanksSetRep.$Shape;
                static create(properties?: daos.pool.v1.SvcRanksSetRep.$Properties): daos.pool.v1.SvcRanksSetRep;

                /**
                 * Encodes the specified SvcRanksSetRep message. Does not implicitly {@link daos.pool.v1.SvcRanksSetRep.verify|verify} messages.
                 * @param message SvcRanksSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.SvcRanksSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SvcRanksSetRep message, length delimited. Does not implicitly {@link daos.pool.v1.SvcRanksSetRep.verify|verify} messages.
                 * @param message SvcRanksSetRep message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.SvcRanksSetRep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SvcRanksSetRep message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.SvcRanksSetRep & daos.pool.v1.SvcRanksSetRep.$Shape} SvcRanksSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.SvcRanksSetRep & daos.pool.v1.SvcRanksSetRep.$Shape;

                /**
                 * Decodes a SvcRanksSetRep message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.SvcRanksSetRep & daos.pool.v1.SvcRanksSetRep.$Shape} SvcRanksSetRep
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.SvcRanksSetRep & daos.pool.v1.SvcRanksSetRep.$Shape;

                /**
                 * Verifies a SvcRanksSetRep message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SvcRanksSetRep message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SvcRanksSetRep
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.SvcRanksSetRep;

                /**
                 * Creates a plain object from a SvcRanksSetRep message. Also converts values to other types if specified.
                 * @param message SvcRanksSetRep
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.SvcRanksSetRep, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SvcRanksSetRep to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for SvcRanksSetRep
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SvcRanksSetRep {

                /** Properties of a SvcRanksSetRep. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SvcRanksSetRep. */
                type $Shape = daos.pool.v1.SvcRanksSetRep.$Properties;
            }

            /**
             * Properties of a PoolRecord.
             * @deprecated Use daos.pool.v1.PoolRecord.$Properties instead.
             */
            interface IPoolRecord extends daos.pool.v1.PoolRecord.$Properties {
            }

            /** Represents a PoolRecord. */
            class PoolRecord {

                /**
                 * Constructs a new PoolRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: daos.pool.v1.PoolRecord.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PoolRecord uuid. */
                uuid: string;

                /** PoolRecord label. */
                label: string;

                /** PoolRecord sizeBytes. */
                sizeBytes: number;

                /** PoolRecord owner. */
                owner: string;

                /** PoolRecord ownerGroup. */
                ownerGroup: string;

                /** PoolRecord acl. */
                acl: string[];

                /** PoolRecord props. */
                props: daos.pool.v1.Prop.$Properties[];

                /** PoolRecord createdMs. */
                createdMs: number;

                /** PoolRecord targetsPerRank. */
                targetsPerRank: number;

                /** PoolRecord disconnecting. */
                disconnecting: boolean;

                /** PoolRecord handleCount. */
                handleCount: number;

                /** PoolRecord exclusiveHandles. */
                exclusiveHandles: number;

                /** PoolRecord svcRanks. */
                svcRanks: number[];

                /** PoolRecord svcReplicasWanted. */
                svcReplicasWanted: number;

                /**
                 * Creates a new PoolRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PoolRecord instance
                 */
                static create(properties: daos.pool.v1.PoolRecord.$Shape): daos.pool.v1.PoolRecord & daos.pool.v1.PoolRecord.$Shape;
                static create(properties?: daos.pool.v1.PoolRecord.$Properties): daos.pool.v1.PoolRecord;

                /**
                 * Encodes the specified PoolRecord message. Does not implicitly {@link daos.pool.v1.PoolRecord.verify|verify} messages.
                 * @param message PoolRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: daos.pool.v1.PoolRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PoolRecord message, length delimited. Does not implicitly {@link daos.pool.v1.PoolRecord.verify|verify} messages.
                 * @param message PoolRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: daos.pool.v1.PoolRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PoolRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {daos.pool.v1.PoolRecord & daos.pool.v1.PoolRecord.$Shape} PoolRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): daos.pool.v1.PoolRecord & daos.pool.v1.PoolRecord.$Shape;

                /**
                 * Decodes a PoolRecord message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {daos.pool.v1.PoolRecord & daos.pool.v1.PoolRecord.$Shape} PoolRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): daos.pool.v1.PoolRecord & daos.pool.v1.PoolRecord.$Shape;

                /**
                 * Verifies a PoolRecord message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PoolRecord message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PoolRecord
                 */
                static fromObject(object: { [k: string]: any }): daos.pool.v1.PoolRecord;

                /**
                 * Creates a plain object from a PoolRecord message. Also converts values to other types if specified.
                 * @param message PoolRecord
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: daos.pool.v1.PoolRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PoolRecord to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };

                /**
                 * Gets the type url for PoolRecord
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PoolRecord {

                /** Properties of a PoolRecord. */
                interface $Properties {

                    /** PoolRecord uuid */
                    uuid?: (string|null);

                    /** PoolRecord label */
                    label?: (string|null);

                    /** PoolRecord sizeBytes */
                    sizeBytes?: (number|null);

                    /** PoolRecord owner */
                    owner?: (string|null);

                    /** PoolRecord ownerGroup */
                    ownerGroup?: (string|null);

                    /** PoolRecord acl */
                    acl?: (string[]|null);

                    /** PoolRecord props */
                    props?: (daos.pool.v1.Prop.$Properties[]|null);

                    /** PoolRecord createdMs */
                    createdMs?: (number|null);

                    /** PoolRecord targetsPerRank */
                    targetsPerRank?: (number|null);

                    /** PoolRecord disconnecting */
                    disconnecting?: (boolean|null);

                    /** PoolRecord handleCount */
                    handleCount?: (number|null);

                    /** PoolRecord exclusiveHandles */
                    exclusiveHandles?: (number|null);

                    /** PoolRecord svcRanks */
                    svcRanks?: (number[]|null);

                    /** PoolRecord svcReplicasWanted */
                    svcReplicasWanted?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PoolRecord. */
                type $Shape = daos.pool.v1.PoolRecord.$Properties;
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

                /** AttrSetReq handle. */
                handle: string;

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

                    /** AttrSetReq handle */
                    handle?: (string|null);

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

                /** AttrGetReq handle. */
                handle: string;

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

                    /** AttrGetReq handle */
                    handle?: (string|null);

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

                /** AttrListReq handle. */
                handle: string;

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

                    /** AttrListReq handle */
                    handle?: (string|null);

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

                /** AttrDeleteReq handle. */
                handle: string;

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

                    /** AttrDeleteReq handle */
                    handle?: (string|null);

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
