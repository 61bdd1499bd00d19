// The partition log on its own: encode record batches once (Kafka's RecordBatch v2), append
// them, let retention drop old segments, find an offset by timestamp and read from it.
// Run: npx tsx examples/partition-log.ts
import { PartitionLog, SimulatedClock, Storage, encodeRecordBatch } from 'logkeeper';

const clock = new SimulatedClock(Date.UTC(2026, 0, 1));
const storage = await Storage.open(); // memory-level; Storage.open({ directory }) for disk
const log = await PartitionLog.open({ storage, path: ['orders', '0'], clock, segmentMs: 60_000, retentionMs: 3_600_000 });

for (let minute = 0; minute < 120; minute++) {
  const records = Array.from({ length: 10 }, (_, i) => ({ key: `driver-${i}`, value: JSON.stringify({ minute, order: i }) }));
  await log.append(encodeRecordBatch(records, { timestamp: clock.now() }));
  await clock.advance(60_000);
}
// Retention ran on the clock as it advanced: segments older than an hour are gone.
console.log(`after two hours of appends with one hour of retention: offsets ${log.logStartOffset}..${log.logEndOffset - 1}`);

const since = await log.offsetForTimestamp(clock.now() - 10 * 60_000);
console.log(`first offset of the last ten minutes: ${since?.offset}`);
const [batch] = await log.read(since!.offset, { maxBytes: 1024 });
for (const record of batch!) console.log(`  offset ${record.offset}: ${new TextDecoder().decode(record.key!)} ${new TextDecoder().decode(record.value!)}`);
await log.close();
await storage.close();
