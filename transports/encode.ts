import protobuf from 'protobufjs/minimal.js';

/*
 * Protobuf encoding through one writer reused by every encode on this thread. A fresh
 * writer starts at 128 bytes and doubles (allocating and copying) up to the message's size,
 * then copies the result out once more; a reused one has grown already, so an encode costs
 * one allocation of the exact size. That is most of the garbage on the write path, where
 * every request, reply, Raft message and log write is encoded. Encoding calls no user code,
 * so nothing can re-enter while the writer is in use.
 */

/**
 * A writer grown beyond this (one huge message) is not kept. It is the default largest frame
 * (transports/framing.ts): a broker answers fetches of several MiB all the time, and a writer
 * dropped after each grew again from 128 bytes for the next, doubling (an allocation and a
 * copy each time) through every size up to the answer's. At most this much stays allocated.
 */
const KEEP_BYTES = 16 * 1024 * 1024;

let shared: protobuf.Writer = protobuf.Writer.create();

/** `encode(message, writer)` (a generated type's `encode`) into the shared writer; returns a copy of the bytes. */
export function encodeMessage<M>(encode: (message: M, writer: protobuf.Writer) => protobuf.Writer, message: M): Uint8Array {
  const writer = shared;
  try {
    encode(message, writer);
    return writer.finish();
  } catch (error) {
    shared = protobuf.Writer.create();
    throw error;
  } finally {
    if (writer === shared) {
      writer.reset();
      if ((writer as unknown as { buf: Uint8Array }).buf.length > KEEP_BYTES) shared = protobuf.Writer.create();
    }
  }
}
