/*
 * A Wing–Gong linearizability checker with Lowe's memoisation (the WGL algorithm, as in
 * Porcupine and Knossos), for a register with versions — the state a znode's data and
 * version make:
 *
 *   write(v)          setData(path, v, -1): value = v, version + 1
 *   cas(expected, v)  setData(path, v, expected): applies only at that version; ok / BAD_VERSION
 *   read()            sync + getData: returns [value, version]
 *
 * A history is a list of operations with the (logical) time each was called and returned.
 * An operation whose outcome is unknown (connection lost, timed out) has no return: it may
 * have taken effect at any point after its call, or never — it is given a return at the end
 * of time, where taking effect changes nothing anyone observed.
 *
 * The search walks the events in time order, tentatively linearising calls whose model step
 * matches their observed result, and backtracks at a return whose operation it could not
 * place; a cache of (set of linearised ops, model state) already explored keeps it from
 * exploring the same configuration twice.
 */

export type RegisterOp =
  | { kind: 'write'; value: number }
  | { kind: 'cas'; expected: number; value: number }
  | { kind: 'read' };

export type RegisterResult =
  | { ok: true; value?: number; version?: number }
  | { ok: false }; // a definite refusal (BAD_VERSION): nothing happened

export interface Operation {
  client: string;
  op: RegisterOp;
  call: number;
  /** Undefined: outcome unknown. */
  ret?: number;
  result?: RegisterResult;
  /** Free text for a human reading a failure. */
  note?: string;
}

interface State {
  value: number;
  version: number;
}

/** The model's step: the next state, or null if `op` could not have returned `result` from `state`. */
function step(state: State, op: RegisterOp, result: RegisterResult | undefined): State | null {
  switch (op.kind) {
    case 'write':
      if (result && !result.ok) return state;
      return { value: op.value, version: state.version + 1 };
    case 'cas':
      if (result === undefined) return state.version === op.expected ? { value: op.value, version: state.version + 1 } : state;
      if (result.ok) return state.version === op.expected ? { value: op.value, version: state.version + 1 } : null;
      return state.version !== op.expected ? state : null;
    case 'read':
      if (result === undefined || !result.ok) return state;
      return result.value === state.value && result.version === state.version ? state : null;
  }
}

interface Entry {
  op: number;
  isCall: boolean;
  time: number;
  prev: Entry | null;
  next: Entry | null;
  match: Entry | null; // a call's return entry
}

export interface CheckResult {
  ok: boolean;
  /** Configurations explored (for the record). */
  explored: number;
  /** When not ok: the longest prefix of operations that could be linearised. */
  longest?: number[];
}

export function checkRegister(history: Operation[], initial: State = { value: 0, version: 0 }): CheckResult {
  const n = history.length;
  const end = Math.max(0, ...history.map((h) => h.ret ?? h.call)) + 1;
  const events: Array<{ op: number; isCall: boolean; time: number }> = [];
  history.forEach((h, i) => {
    events.push({ op: i, isCall: true, time: h.call });
    events.push({ op: i, isCall: false, time: h.ret ?? end + i });
  });
  // By time; at a tie, returns before calls (an operation that returned before another was
  // called precedes it).
  events.sort((a, b) => a.time - b.time || Number(a.isCall) - Number(b.isCall));
  const head: Entry = { op: -1, isCall: false, time: -Infinity, prev: null, next: null, match: null };
  let last = head;
  const calls: Entry[] = new Array(n);
  const returns: Entry[] = new Array(n);
  for (const e of events) {
    const entry: Entry = { ...e, prev: last, next: null, match: null };
    last.next = entry;
    last = entry;
    if (e.isCall) calls[e.op] = entry;
    else returns[e.op] = entry;
  }
  for (let i = 0; i < n; i++) calls[i]!.match = returns[i]!;

  const lift = (call: Entry) => {
    call.prev!.next = call.next;
    if (call.next) call.next.prev = call.prev;
    const ret = call.match!;
    ret.prev!.next = ret.next;
    if (ret.next) ret.next.prev = ret.prev;
  };
  const unlift = (call: Entry) => {
    const ret = call.match!;
    ret.prev!.next = ret;
    if (ret.next) ret.next.prev = ret;
    call.prev!.next = call;
    if (call.next) call.next.prev = call;
  };

  const linearized = new Uint8Array(n);
  const cache = new Set<string>();
  const key = (state: State) => {
    let bits = '';
    for (let i = 0; i < n; i += 8) {
      let byte = 0;
      for (let j = 0; j < 8 && i + j < n; j++) byte |= linearized[i + j]! << j;
      bits += String.fromCharCode(byte);
    }
    return `${bits}|${state.value}|${state.version}`;
  };
  const stack: Array<{ call: Entry; state: State }> = [];
  let state = initial;
  let entry = head.next;
  let explored = 0;
  let longest: number[] = [];
  while (head.next !== null) {
    if (entry === null) break;
    if (entry.isCall) {
      const h = history[entry.op]!;
      const next = step(state, h.op, h.result);
      explored++;
      if (next !== null) {
        linearized[entry.op] = 1;
        const k = key(next);
        if (!cache.has(k)) {
          cache.add(k);
          stack.push({ call: entry, state });
          state = next;
          lift(entry);
          entry = head.next;
          continue;
        }
        linearized[entry.op] = 0;
      }
      entry = entry.next;
    } else {
      // A return whose operation is not linearised yet: undo the last choice.
      if (stack.length > longest.length) longest = stack.map((s) => s.call.op);
      const top = stack.pop();
      if (!top) return { ok: false, explored, longest };
      state = top.state;
      linearized[top.call.op] = 0;
      unlift(top.call);
      entry = top.call.next;
    }
  }
  return { ok: true, explored };
}
