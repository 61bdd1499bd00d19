import { InvalidReplicaAssignmentError } from '../../errors/index.js';
import { Op } from '../../coordination/types.js';
import { partitionStateCodec } from '../metadata/layout.js';
import { PATHS, type PartitionState } from '../metadata/types.js';

/*
 * Replica lists given by a client (CreateTopics' assignments, CreatePartitions' new ones),
 * checked as Kafka checks them, and the znodes of new partitions.
 */

/**
 * Checks explicit replica lists: each non-empty, without repeats, all of one length (`factor`
 * when the topic has one already), every broker registered. INVALID_REPLICA_ASSIGNMENT.
 */
export function checkReplicaLists(lists: readonly number[][], live: ReadonlySet<number>, factor?: number): void {
  const expected = factor ?? lists[0]?.length ?? 0;
  lists.forEach((replicas, i) => {
    if (!Array.isArray(replicas) || replicas.length === 0) throw new InvalidReplicaAssignmentError(`The replica assignment of partition ${i} is empty`);
    if (replicas.some((id) => !Number.isInteger(id))) throw new InvalidReplicaAssignmentError(`The replica assignment of partition ${i} holds a broker id that is not an integer`);
    if (new Set(replicas).size !== replicas.length) throw new InvalidReplicaAssignmentError(`Duplicate brokers not allowed in replica assignment: ${replicas.join(', ')} for partition ${i}`);
    if (replicas.length !== expected) throw new InvalidReplicaAssignmentError(`All partitions should have the same number of replicas (${expected}); partition ${i} has ${replicas.length}`);
    const unknown = replicas.filter((id) => !live.has(id));
    if (unknown.length > 0) throw new InvalidReplicaAssignmentError(`Unknown broker(s) in replica assignment: ${unknown.join(', ')}`);
  });
}

/**
 * A new partition's state: its first live replica leads (`brokers`: the live ones and their
 * epochs), every live replica is in sync, epoch 0.
 */
export function initialState(replicas: readonly number[], brokers: ReadonlyMap<number, number>, controllerEpoch: number): PartitionState {
  const isr = replicas.filter((id) => brokers.has(id));
  const leader = isr[0] ?? -1;
  return { version: 1, leader, leaderEpoch: 0, isr, controllerEpoch, leaderBrokerEpoch: brokers.get(leader) ?? -1 };
}

/** The creates of partitions `first`… of `topic`: each partition's znode and its state. */
export function partitionCreates(topic: string, replicas: readonly number[][], first: number, brokers: ReadonlyMap<number, number>, controllerEpoch: number): Op[] {
  return replicas.flatMap((r, i) => [
    Op.create(PATHS.partition(topic, first + i)),
    Op.create(PATHS.partitionState(topic, first + i), partitionStateCodec.encode(initialState(r, brokers, controllerEpoch))),
  ]);
}
