// An attacker working only from the published activity rows, written apart from the build's
// own audit so that the tests do not check the code with itself. It reads every row as a
// reader of the CSV/Arrow/Parquet extracts or the office pages would, assumes everything a
// reader can infer (each dimension's office total is the same figure; the regional row is the
// sum of the offices; a quarter is the sum of its months where an office published both),
// and solves, in WHOLE NUMBERS, the smallest and largest value of every suppressed count.

import loadHighs, { type Highs } from 'highs';

let solver: Promise<Highs> | undefined;

export interface PublishedRow { office_id: string; period: string; dimension: string; category: string; count: number | null; suppressed: boolean }

export interface Recovered { key: string; min: number; max: number }

const quarterMonths = (p: string) => {
  const m = /^(\d{4})-Q([1-4])$/.exec(p);
  return m ? [1, 2, 3].map((k) => `${m[1]}-${String((Number(m[2]) - 1) * 3 + k).padStart(2, '0')}`) : [];
};

/**
 * Interval of every suppressed row. `known` gives an insider's prior bounds for a key
 * (e.g. [1, 4] for the cells the insider knows are primary); outsiders know only ≥ 0.
 */
export async function attackPublished(rows: PublishedRow[], known: (key: string) => [number, number] = () => [0, 1e7]): Promise<Map<string, Recovered>> {
  const highs = await (solver ??= loadHighs());
  // One variable per distinct figure. A total repeated in each dimension's table is one figure.
  const keyOf = (r: PublishedRow) => (r.category === '_total' ? `${r.office_id}|${r.period}|*|_total` : `${r.office_id}|${r.period}|${r.dimension}|${r.category}`);
  const value = new Map<string, number | null>();
  for (const r of rows) {
    const k = keyOf(r);
    if (!r.suppressed) value.set(k, r.count);
    else if (!value.has(k)) value.set(k, null);
  }
  const unknowns = [...value].filter(([, v]) => v === null).map(([k]) => k);
  const column = new Map(unknowns.map((k, j) => [k, j]));
  const equations: { terms: [string, number][] }[] = [];
  const dims = [...new Set(rows.map((r) => r.dimension))];
  const categories = new Map(dims.map((d) => [d, [...new Set(rows.filter((r) => r.dimension === d && r.category !== '_total').map((r) => r.category))]]));
  const periods = [...new Set(rows.map((r) => r.period))];
  for (const p of periods) {
    const offices = [...new Set(rows.filter((r) => r.period === p && r.office_id !== '_region').map((r) => r.office_id))];
    equations.push({ terms: [[`_region|${p}|*|_total`, 1], ...offices.map((o) => [`${o}|${p}|*|_total`, -1] as [string, number])] });
    for (const d of dims) {
      for (const o of [...offices, '_region']) equations.push({ terms: [[`${o}|${p}|*|_total`, 1], ...categories.get(d)!.map((c) => [`${o}|${p}|${d}|${c}`, -1] as [string, number])] });
      for (const c of categories.get(d)!) equations.push({ terms: [[`_region|${p}|${d}|${c}`, 1], ...offices.map((o) => [`${o}|${p}|${d}|${c}`, -1] as [string, number])] });
    }
    for (const o of offices) {
      const months = quarterMonths(p).filter((m) => value.has(`${o}|${m}|*|_total`));
      if (!months.length) continue;
      const keys = [['*', '_total'], ...dims.flatMap((d) => categories.get(d)!.map((c) => [d, c]))];
      for (const [d, c] of keys) equations.push({ terms: [[`${o}|${p}|${d}|${c}`, 1], ...months.map((m) => [`${o}|${m}|${d}|${c}`, -1] as [string, number])] });
    }
  }
  const rowsOf: Map<number, number>[] = [], rhs: number[] = [];
  for (const { terms } of equations) {
    let constant = 0;
    const row = new Map<number, number>();
    for (const [k, coefficient] of terms) {
      const j = column.get(k);
      if (j === undefined) constant -= coefficient * (value.get(k) ?? 0);
      else row.set(j, (row.get(j) ?? 0) + coefficient);
    }
    if (row.size) { rowsOf.push(row); rhs.push(constant); }
  }
  // Unknowns that share no equation are solved apart: smaller programmes, same answers.
  const parent = unknowns.map((_, j) => j);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j]!)));
  for (const row of rowsOf) { const [first, ...rest] = [...row.keys()]; for (const j of rest) parent[find(j)] = find(first!); }
  const blocks = new Map<number, number[]>();
  unknowns.forEach((_, j) => blocks.set(find(j), [...(blocks.get(find(j)) ?? []), j]));
  const out = new Map<string, Recovered>();
  let integers = 0;
  for (const block of blocks.values()) {
    const local = new Map(block.map((j, i) => [j, i]));
    const rows_ = rowsOf.map((row, i) => [row, rhs[i]!] as const).filter(([row]) => local.has([...row.keys()][0]!));
    const starts = [0], indices: number[] = [], values: number[] = [];
    for (const [row] of rows_) { for (const [j, v] of [...row].sort((a, b) => a[0] - b[0])) { indices.push(local.get(j)!); values.push(v); } starts.push(indices.length); }
    const n = block.length, m = rows_.length, b = rows_.map(([, r]) => r);
    const model = highs.createModel({
      numCols: n, numRows: m, colCost: new Array(n).fill(0),
      colLower: block.map((j) => known(unknowns[j]!)[0]), colUpper: block.map((j) => known(unknowns[j]!)[1]), rowLower: b, rowUpper: b,
      matrix: { format: 'csr', numRows: m, numCols: n, starts, indices, values },
    });
    try {
      model.options.set({ output_flag: false, presolve: 'off', mip_rel_gap: 0, mip_abs_gap: 0 });
      block.forEach((j, i) => {
        if (i > 0) model.changeColCost(i - 1, 0);
        model.changeColCost(i, 1);
        // The linear relaxation first: when its optimum is already in whole numbers it is the
        // whole-number optimum too; otherwise branch and bound on integers.
        const run = () => {
          model.run();
          if (model.getModelStatus() !== highs.constants.modelStatus.optimal) throw new Error(`attack: status ${model.getModelStatus()} for ${unknowns[j]}`);
          return model.getObjectiveValue();
        };
        const solve = (sense: 'minimize' | 'maximize') => {
          model.changeObjectiveSense(highs.constants.objectiveSense[sense]);
          const relaxed = run();
          if (model.getSolution().colValue.every((v) => Math.abs(v - Math.round(v)) < 1e-7)) return relaxed;
          integers += 1;
          model.changeColsIntegrality({ kind: 'range', from: 0, to: n - 1 }, new Array(n).fill(highs.constants.variableType.integer));
          try { return run(); } finally { model.changeColsIntegrality({ kind: 'range', from: 0, to: n - 1 }, new Array(n).fill(highs.constants.variableType.continuous)); }
        };
        out.set(unknowns[j]!, { key: unknowns[j]!, min: solve('minimize'), max: solve('maximize') });
      });
    } finally {
      model.dispose();
    }
  }
  attackStats.integerSolves = integers;
  return out;
}

/** How many optima needed branch and bound in the last attack (the rest were whole already). */
export const attackStats = { integerSolves: 0 };
