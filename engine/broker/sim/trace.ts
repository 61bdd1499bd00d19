/*
 * A run's trace: what happened, in order, with its simulated time. Every event goes into a
 * running hash (two FNV-1a lanes, 64 bits in all), so that two runs of one seed can be
 * compared by one string; the notable ones (faults, leaders, restarts — not each
 * acknowledgement) are also kept as lines, for a failure report.
 */
export class Trace {
  readonly lines: string[] = [];
  readonly #print: boolean;
  #a = 0x811c9dc5;
  #b = 0x01000193;
  events = 0;

  constructor(print = false) {
    this.#print = print;
  }

  /** A notable event: hashed and kept (and printed when verbose). */
  log(time: number, line: string): void {
    const text = `${time.toFixed(1).padStart(9)} ms  ${line}`;
    this.note(text);
    this.lines.push(text);
    if (this.#print) console.log(text);
  }

  /** A detail printed when verbose, neither hashed nor kept (the brokers' own log lines). */
  debug(time: number, line: string): void {
    if (this.#print) console.log(`${time.toFixed(1).padStart(9)} ms    ${line}`);
  }

  /** An event that is only hashed. */
  note(text: string): void {
    this.events++;
    let a = this.#a;
    let b = this.#b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 7);
    }
    this.#a = Math.imul(a ^ 10, 0x01000193);
    this.#b = Math.imul(b ^ 10, 0x01000193);
  }

  get hash(): string {
    return (this.#a >>> 0).toString(16).padStart(8, '0') + (this.#b >>> 0).toString(16).padStart(8, '0');
  }
}
