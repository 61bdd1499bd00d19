import test, { type ExecutionContext } from 'ava';
import { INVARIANTS, simulateBrokers, type Invariant } from '../../engine/broker/sim/index.js';
import { ProducerStateTable } from '../../engine/broker/replica/producer-state.js';
import { ReplicaManager } from '../../engine/broker/replica/replica-manager.js';
import { Replica } from '../../engine/broker/replica/replica.js';

/*
 * Each checker of the broker simulation catches the rule it stands for when that rule is
 * broken in the code: the sabotage is patched in (this file's process only), the simulation
 * runs seeds with that one invariant checked until a run reports it — naming the seed, the
 * partition and the offsets or replicas.
 */

async function caught(t: ExecutionContext, invariant: Invariant, sabotage: () => () => void, maxSeeds = 60): Promise<void> {
  const undo = sabotage();
  try {
    const skip = INVARIANTS.filter((i) => i !== invariant);
    for (let seed = 1; seed <= maxSeeds; seed++) {
      const r = await simulateBrokers({ seed, brokers: 3, skip });
      if (r.invariant === invariant) {
        t.regex(r.error!, new RegExp(`^${invariant}: seed ${seed}, events-\\d: `));
        t.log(`seed ${seed}: ${r.error!.slice(0, 300)}`);
        return;
      }
    }
    t.fail(`no seed up to ${maxSeeds} caught the broken rule (${invariant})`);
  } finally {
    undo();
  }
}

/** Replaces a getter of Replica.prototype for a while. */
function getter(name: string, get: (original: () => unknown) => () => unknown): () => void {
  const proto = Replica.prototype as object;
  const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
  Object.defineProperty(proto, name, { ...descriptor, get: get(descriptor.get!) });
  return () => Object.defineProperty(proto, name, descriptor);
}

test.serial('acked-durable: a leader that answers acks=all before the high watermark passes the batch (as for acks=1) loses acknowledged records', async (t) => {
  await caught(t, 'acked-durable', () => {
    const produce = ReplicaManager.prototype.produce;
    ReplicaManager.prototype.produce = function (request) {
      return produce.call(this, { ...request, acks: request.acks === -1 ? 1 : request.acks });
    };
    return () => void (ReplicaManager.prototype.produce = produce);
  });
});

test.serial('replica-consistency: a follower that does not truncate its divergent tail holds other records below the high watermark', async (t) => {
  await caught(t, 'replica-consistency', () => {
    const truncate = Replica.prototype.truncate;
    Replica.prototype.truncate = async () => {};
    return () => void (Replica.prototype.truncate = truncate);
  });
});

test.serial('leader-hw-monotonic: a leader whose high watermark steps back now and then', async (t) => {
  let reads = 0;
  await caught(t, 'leader-hw-monotonic', () =>
    getter('highWatermark', (original) => function (this: Replica) {
      const hw = original.call(this) as number;
      return this.isLeader && hw > 0 && ++reads % 50 === 0 ? hw - 1 : hw;
    }),
  );
});

test.serial('client-hw-monotonic: a new leader that tells clients its high watermark before it reaches the start of its epoch', async (t) => {
  await caught(t, 'client-hw-monotonic', () => getter('highWatermarkAvailable', () => () => true));
});

test.serial('idempotence: a leader that does not check producer sequences writes retries twice', async (t) => {
  await caught(t, 'idempotence', () => {
    const check = ProducerStateTable.prototype.check;
    ProducerStateTable.prototype.check = () => undefined;
    return () => void (ProducerStateTable.prototype.check = check);
  });
});
