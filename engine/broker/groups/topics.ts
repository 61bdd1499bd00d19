/*
 * What the coordinator knows of the cluster's topics (the broker's metadata cache behind it):
 * KIP-848 assignments name topics by id and need their partition counts; commits check that
 * a partition exists.
 */
export interface TopicsView {
  /** A topic by name; undefined when it does not exist. */
  topic(name: string): { id: string; partitions: number } | undefined;
  /** Every topic's name (regex subscriptions match them). */
  names(): Iterable<string>;
}
