import type { MemoryNetwork } from '../../../adapters/memory/network.js';

/**
 * The simulations' cuts of links, counted: a link stays cut while any partition or block that
 * cut it is in force, so undoing one of two overlapping cuts leaves the link cut.
 */
export class LinkBlocks {
  readonly #network: MemoryNetwork;
  readonly #count = new Map<string, number>();

  constructor(network: MemoryNetwork) {
    this.#network = network;
  }

  /** Cuts each `[from, to]` link; returns the undo (once only; `onUndo` runs when it does). */
  block(links: ReadonlyArray<readonly [string, string]>, onUndo: () => void): () => void {
    for (const [a, b] of links) {
      const key = `${a}\u0000${b}`;
      this.#count.set(key, (this.#count.get(key) ?? 0) + 1);
      this.#network.block(a, b);
    }
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      onUndo();
      for (const [a, b] of links) {
        const key = `${a}\u0000${b}`;
        const n = (this.#count.get(key) ?? 0) - 1;
        if (n > 0) this.#count.set(key, n);
        else {
          this.#count.delete(key);
          this.#network.unblock(a, b);
        }
      }
    };
  }

  /** Forgets every cut (the network itself was healed). */
  clear(): void {
    this.#count.clear();
  }
}
