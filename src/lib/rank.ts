// Standard competition ranking ("1224"): equal values share a rank, the next rank skips.
// Rank 1 is the largest value; a missing value has no rank.

export function ranks(values: Map<string, number | undefined>): Map<string, { rank: number; of: number }> {
  const present = [...values].filter((e): e is [string, number] => e[1] !== undefined && Number.isFinite(e[1]));
  const sorted = [...present].sort((a, b) => b[1] - a[1]);
  const out = new Map<string, { rank: number; of: number }>();
  sorted.forEach(([code, v], i) => {
    const rank = i > 0 && sorted[i - 1]![1] === v ? out.get(sorted[i - 1]![0])!.rank : i + 1;
    out.set(code, { rank, of: sorted.length });
  });
  return out;
}
