import protobuf from 'protobufjs/minimal.js';

/*
 * Protobuf encoding through one writer reused by every encode on this thread. A fresh
 * writer starts at 128 bytes and doubles (allocating and copying) up to the message's size,
 * then copies the result out once more; a reused one has grown already, so an encode costs
 * one allocation of the exact size, or none when the bytes are only lent for a moment
 * (`withEncoded`: a frame handed to a transport, which keeps its own copy). That is most of
 * the garbage on the write path, where every request, reply, Raft message and log write is
 * encoded. A message may also wait unencoded (LazyMessage) to be written straight into what
 * carries it (an RPC envelope), so that it never has a buffer of its own.
 *
 * While the writer is in use it is taken out of `shared`: an encode that starts meanwhile
 * (code that runs while the bytes are lent, such as a connection's close handlers) gets a
 * writer of its own rather than overwriting them.
 */

/**
 * A writer grown beyond this (one huge message) is not kept. It is the default largest frame
 * (transports/framing.ts): a broker answers fetches of several MiB all the time, and a writer
 * dropped after each grew again from 128 bytes for the next, doubling (an allocation and a
 * copy each time) through every size up to the answer's. At most this much stays allocated.
 */
const KEEP_BYTES = 16 * 1024 * 1024;

/** A generated type's `encode`: writes `message` at the writer's position. */
export type Encode<M> = (message: M, writer: protobuf.Writer) => protobuf.Writer;

/** A message to be encoded later, into the writer of what carries it. */
export class LazyMessage {
  readonly #write: (writer: protobuf.Writer) => void;

  private constructor(write: (writer: protobuf.Writer) => void) {
    this.#write = write;
  }

  static of<M>(encode: Encode<M>, message: M): LazyMessage {
    return new LazyMessage((writer) => encode(message, writer));
  }

  /** Writes the message at the writer's position. */
  writeTo(writer: protobuf.Writer): void {
    this.#write(writer);
  }
}

let shared: protobuf.Writer | null = protobuf.Writer.create();

/**
 * `encode(message, writer)` into the reused writer; calls `use` with a view of the bytes,
 * valid only until it returns (the writer is reused after), and returns what it returns.
 */
export function withEncoded<M, T>(encode: Encode<M>, message: M, use: (bytes: Uint8Array) => T): T {
  // A plain Uint8Array, not the writer's Buffer, whose slice() would be a view, not a copy.
  return withWriter(encode, message, (writer) => use(new Uint8Array(writer.buf.buffer, writer.buf.byteOffset, writer.pos)));
}

/** `encode(message, writer)` (a generated type's `encode`) into the reused writer; returns a copy of the bytes. */
export function encodeMessage<M>(encode: Encode<M>, message: M): Uint8Array {
  return withWriter(encode, message, finish);
}

function finish(writer: protobuf.Writer): Uint8Array {
  return writer.finish();
}

function withWriter<M, T>(encode: Encode<M>, message: M, use: (writer: protobuf.Writer) => T): T {
  const writer = shared ?? protobuf.Writer.create();
  shared = null;
  let encoded = false;
  try {
    encode(message, writer);
    encoded = true;
    return use(writer);
  } finally {
    // A writer an encode failed in may hold unfinished forks: the next starts with a fresh one.
    if (encoded && writer.buf.length <= KEEP_BYTES) {
      writer.reset();
      shared = writer;
    } else shared ??= protobuf.Writer.create();
  }
}
