import test from 'ava';
import { checkProducerRecords } from '../../../engine/broker/replica/batch-check.js';
import { DEFAULT_CONFIG, encodeRecordBatch, RecordBatch } from '../../../engine/log/index.js';

/*
 * What a leader checks of a producer's records walks every record without decoding it
 * (RecordBatch.checkRecords): no record objects, keys, values or headers are made for a
 * batch that is only being stored. garbage.test.ts checks that the walk refuses exactly what
 * decoding refuses.
 */

test('a producer\'s batches are checked record by record without decoding a single record', (t) => {
  const batch = encodeRecordBatch(Array.from({ length: 50 }, (_, i) => ({ key: i % 2 ? `k${i}` : null, value: `v${i}`, headers: { h: 'x' } })), { timestamp: 1_700_000_000_000 });
  const proto = RecordBatch.prototype as unknown as Record<'records' | 'rawRecords', () => unknown>;
  const originals = { records: proto.records, rawRecords: proto.rawRecords };
  let decoded = 0;
  for (const name of ['records', 'rawRecords'] as const) {
    proto[name] = function (this: RecordBatch) {
      decoded++;
      return originals[name].call(this);
    };
  }
  try {
    const checked = checkProducerRecords(batch, DEFAULT_CONFIG);
    t.is(checked.length, 1);
    t.throws(() => checkProducerRecords(batch, { ...DEFAULT_CONFIG, cleanupPolicy: 'compact' }), { code: 'INVALID_RECORD', message: /offset delta 0/ });
  } finally {
    Object.assign(proto, originals);
  }
  t.is(decoded, 0);
});
