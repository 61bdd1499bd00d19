import protobuf from 'protobufjs/minimal.js';
import { MalformedFrameError } from '../../errors/index.js';

/*
 * A bound on what decoding a request may allocate. Protobuf has no element counts: a list is
 * its elements one after another, each at least 2 bytes on the wire, and every length is
 * checked against the frame before it is read, so the frame bounds the bytes. Not the
 * objects: an empty element costs 2 bytes and becomes objects of a hundred bytes or more, so
 * a 16 MiB frame of them would take gigabytes. The generated decoders read one tag per field
 * (one per message of a list), so a reader that counts tags stops such a request early.
 */

/**
 * The most fields a request may hold: far beyond what a real one needs (a produce to 10,000
 * partitions holds about 50,000; Kafka's controller takes at most 10,000 records per
 * operation, so no CreateTopics of it is bigger), and about 50 MB of objects at worst.
 */
export const MAX_REQUEST_FIELDS = 250_000;

/** A protobuf Reader that refuses (MALFORMED_FRAME) the field after `maxFields`. */
export class FieldBudgetReader extends protobuf.Reader {
  #left: number;
  readonly #what: string;

  constructor(bytes: Uint8Array, maxFields: number, what: string) {
    super(bytes);
    this.#left = maxFields;
    this.#what = what;
  }

  override tag(): number {
    if (--this.#left < 0) throw new MalformedFrameError(`${this.#what} holds more than ${MAX_REQUEST_FIELDS} fields`);
    return super.tag();
  }
}
