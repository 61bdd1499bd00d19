import { BadArgumentsError } from '../../engine/errors/index.js';

/** How one direction of a link between two nodes behaves. */
export interface LinkModel {
  /** Base one-way delay in ms. */
  latencyMs: number;
  /** Extra delay drawn uniformly from [0, jitterMs]; frames still arrive in order on a connection. */
  jitterMs: number;
  /** Probability that a frame is lost (a lossy link: only for fault tests, it breaks reliability). */
  dropRate: number;
}

export const PERFECT_LINK: LinkModel = Object.freeze({ latencyMs: 0, jitterMs: 0, dropRate: 0 });

export function checkLinkModel(model: Partial<LinkModel>): void {
  for (const key of ['latencyMs', 'jitterMs'] as const) {
    const v = model[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new BadArgumentsError(`${key} must be a finite number >= 0`);
  }
  const d = model.dropRate;
  if (d !== undefined && !(d >= 0 && d <= 1)) throw new BadArgumentsError('dropRate must be within [0, 1]');
}
