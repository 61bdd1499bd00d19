/**
 * What is wrong with the frame numbers that arrived, against those sent, in the words of the
 * defect that would cause it (a duplicate, a reordering, a loss); null when they match.
 */
export function sequenceProblem(arrived: readonly number[], sent: readonly number[]): string | null {
  const at = arrived.findIndex((n, i) => n !== sent[i]);
  if (at === -1) {
    return arrived.length === sent.length ? null : `only ${arrived.length} of the ${sent.length} frames sent arrived; frame ${sent[arrived.length]} and those after it were lost`;
  }
  const got = arrived[at]!;
  const expected = sent[at];
  const earlier = arrived.indexOf(got);
  if (earlier < at) return `frame ${got} arrived twice (at positions ${earlier} and ${at}): a duplicate`;
  if (expected === undefined) return `frame ${got} arrived after all ${sent.length} frames sent`;
  if (arrived.includes(expected, at)) return `frame ${got} arrived before frame ${expected}: out of order`;
  return `frame ${expected} never arrived: lost (frame ${got} came in its place)`;
}
