import protobuf from 'protobufjs';
import { fileURLToPath } from 'node:url';
import { Envelope, EnvelopeKind, encodeEnvelope, decodeEnvelope } from '../transports/envelope.js';
import { FrameParser, encodeFrame } from '../transports/framing.js';
import { opsPerSecond, report, type Row } from './lib/report.js';

/*
 * Why the envelope uses protobufjs's static code: encode and decode of a typical request
 * envelope with static code vs reflection (the same .proto loaded at run time). And the
 * framing parser against the floor of any parser: copying the same bytes once.
 */

export default async function wire(): Promise<void> {
  const root = protobuf.loadSync(fileURLToPath(new URL('../transports/wire.proto', import.meta.url)));
  const Reflected = root.lookupType('logkeeper.wire.Envelope');
  const payload = new Uint8Array(100).fill(7);
  const fields = { kind: EnvelopeKind.REQUEST, id: 123456, method: 'keeper.getData', payload };
  const bytes = encodeEnvelope(fields);
  const rows: Row[] = [];

  const staticEncode = await opsPerSecond(() => Envelope.encode(fields).finish());
  const reflectEncode = await opsPerSecond(() => Reflected.encode(Reflected.fromObject(fields)).finish());
  const staticDecode = await opsPerSecond(() => decodeEnvelope(bytes));
  const reflectDecode = await opsPerSecond(() => Reflected.decode(bytes));
  rows.push({ case: 'encode, static code', 'ops/s': staticEncode, 'vs reflection': staticEncode / reflectEncode });
  rows.push({ case: 'encode, reflection', 'ops/s': reflectEncode, 'vs reflection': 1 });
  rows.push({ case: 'decode, static code', 'ops/s': staticDecode, 'vs reflection': staticDecode / reflectDecode });
  rows.push({ case: 'decode, reflection', 'ops/s': reflectDecode, 'vs reflection': 1 });

  // Framing: 64 KiB of 1 KiB frames arriving in 4 KiB chunks (split mid-frame), against one copy of the bytes.
  const frames = Array.from({ length: 64 }, () => encodeFrame(new Uint8Array(1024).fill(1)));
  const stream = new Uint8Array(frames.reduce((n, f) => n + f.byteLength, 0));
  let at = 0;
  for (const f of frames) {
    stream.set(f, at);
    at += f.byteLength;
  }
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < stream.byteLength; i += 4096) chunks.push(stream.subarray(i, i + 4096));
  const parser = new FrameParser();
  const parse = await opsPerSecond(() => {
    for (const chunk of chunks) parser.push(chunk);
  });
  const copy = await opsPerSecond(() => {
    const out = new Uint8Array(stream.byteLength);
    for (let i = 0, o = 0; i < chunks.length; o += chunks[i]!.byteLength, i++) out.set(chunks[i]!, o);
  });
  const mb = stream.byteLength / 1e6;
  rows.push({ case: 'frame parser, 1 KiB frames in 4 KiB chunks', 'MB/s': parse * mb, 'vs one copy': parse / copy });
  rows.push({ case: 'baseline: one copy of the same bytes', 'MB/s': copy * mb, 'vs one copy': 1 });

  report({
    name: 'wire',
    workload: 'Envelope {REQUEST, id, method "keeper.getData", 100-byte payload}: static code vs reflection; framing parser on 64 KiB of 1 KiB frames in 4 KiB chunks vs one memcpy of the bytes.',
    rows,
    notes: [`Static code is used: it needs no eval at run time (so it bundles for browsers under a strict CSP); here it ran at ${(
      staticEncode / reflectEncode
    ).toFixed(2)}x reflection to encode and ${(staticDecode / reflectDecode).toFixed(2)}x to decode.`],
  });
}
