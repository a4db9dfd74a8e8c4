import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace daos. */
export namespace daos {

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
