/*
 * The coordinator's seam to `__consumer_offsets` (the edge where its I/O is): the partitions
 * it leads, read and written as their leader. The broker binds it to its ReplicaManager
 * (replica-log.ts); tests bind it to a log of their own.
 */
export interface OffsetsLog {
  /**
   * Appends one record batch to `partition` as its leader at `leaderEpoch`. The batch is
   * handed to the log before this returns, so batches are written in the order of the calls;
   * resolves once every in-sync replica has it (acks=-1), rejects with the replica's error
   * otherwise (NOT_LEADER_OR_FOLLOWER when it no longer leads at that epoch).
   */
  append(partition: number, leaderEpoch: number, batch: Uint8Array): Promise<void>;
  /** Stored batches of `partition` from `offset` (or its log start, if later) towards its log end, as its leader at `leaderEpoch`. */
  read(partition: number, leaderEpoch: number, offset: number): Promise<{ batches: Uint8Array[]; logEndOffset: number }>;
  /** Resolves once `partition`'s high watermark has reached `offset` (every record before it is committed). */
  committed(partition: number, leaderEpoch: number, offset: number): Promise<void>;
}
