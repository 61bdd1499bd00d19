import test from 'ava';
import { defineSupports, SUPPORT_KEYS } from '../../transports/supports.js';

test('a manifest lists every key, frozen, with missing keys false', (t) => {
  const m = defineSupports({ faults: true });
  t.true(Object.isFrozen(m));
  t.deepEqual(Object.keys(m), [...SUPPORT_KEYS]);
  t.true(m.faults);
  t.false(m.browser);
});

test('unknown keys and non-boolean values are refused', (t) => {
  t.throws(() => defineSupports({ teleport: true } as never), { message: /Unknown support key 'teleport'/ });
  t.throws(() => defineSupports({ faults: 1 } as never), { message: /must be a boolean/ });
});
