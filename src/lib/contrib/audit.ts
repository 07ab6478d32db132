// The attacker's linear programme. Given every published cell as a constant, every relation
// between cells, and what a reader knows of a suppressed cell (its bounds), the smallest and
// largest value each suppressed cell can take. This is the audit τ-ARGUS runs after secondary
// suppression; HiGHS (compiled to WebAssembly) solves the programmes.
//
// Suppressed cells that share no relation cannot inform one another, so each connected group
// is its own small programme: a change of suppression re-solves only the groups it touches.

import type { Highs } from 'highs';
import type { CellModel } from './activity-cells.ts';

/**
 * Stands for "no upper bound": a finite cap keeps every programme bounded, so the solver
 * never has to tell "unbounded" from "infeasible". A maximum at the cap is reported as ∞.
 */
const CAP = 1e7;

export interface Interval {
  min: number;
  max: number;
  /** Relations binding at either optimum (a non-zero dual): where more suppression widens the interval. */
  binding: number[];
}

export interface AttackOptions {
  /** What a reader knows of a suppressed cell before reading the tables. */
  bounds: (cell: number) => readonly [number, number];
  /** Cells whose interval is wanted (default: every suppressed cell). */
  targets?: readonly number[];
  /** Solve in integers (the attacker knows counts are whole), not only the linear relaxation. */
  integer?: boolean;
}

export interface Component { cells: number[]; relations: number[] }

/** Groups of suppressed cells linked by the relations (union-find). */
export function components(model: CellModel, suppressed: readonly boolean[]): Component[] {
  const parent = model.cells.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const hiddenIn = model.relations.map((r) => [r.total, ...r.parts].filter((c) => suppressed[c]));
  for (const hidden of hiddenIn) for (const c of hidden.slice(1)) parent[find(c)] = find(hidden[0]!);
  const groups = new Map<number, Component>();
  model.cells.forEach((_, c) => {
    if (!suppressed[c]) return;
    const root = find(c);
    if (!groups.has(root)) groups.set(root, { cells: [], relations: [] });
    groups.get(root)!.cells.push(c);
  });
  hiddenIn.forEach((hidden, r) => { if (hidden.length) groups.get(find(hidden[0]!))!.relations.push(r); });
  return [...groups.values()];
}

/** Intervals of the targets of one component. */
export function attackComponent(highs: Highs, model: CellModel, suppressed: readonly boolean[], component: Component, options: AttackOptions): Map<number, Interval> {
  const column = new Map(component.cells.map((c, j) => [c, j]));
  const starts = [0], indices: number[] = [], values: number[] = [], rowLower: number[] = [], rowUpper: number[] = [];
  for (const r of component.relations) {
    const relation = model.relations[r]!;
    // total − Σ parts (sense) 0, published cells moved to the right-hand side.
    const terms = new Map<number, number>();
    let rhs = 0;
    for (const [c, coefficient] of [[relation.total, 1], ...relation.parts.map((p) => [p, -1] as const)] as [number, number][]) {
      if (suppressed[c]) terms.set(column.get(c)!, (terms.get(column.get(c)!) ?? 0) + coefficient);
      else rhs -= coefficient * model.cells[c]!.value;
    }
    for (const [j, v] of [...terms].sort((a, b) => a[0] - b[0])) if (v !== 0) { indices.push(j); values.push(v); }
    starts.push(indices.length);
    rowLower.push(relation.sense === '<=' ? -highs.infinity : rhs);
    rowUpper.push(relation.sense === '>=' ? highs.infinity : rhs);
  }
  const n = component.cells.length;
  const bounds = component.cells.map((c) => options.bounds(c));
  const targets = options.targets ? options.targets.filter((c) => column.has(c)) : component.cells;
  const out = new Map<number, Interval>();
  if (!targets.length) return out;
  const model_ = highs.createModel({
    numCols: n, numRows: component.relations.length, colCost: new Array(n).fill(0),
    colLower: bounds.map((b) => b[0]), colUpper: bounds.map((b) => Math.min(b[1], CAP)), rowLower, rowUpper,
    matrix: { format: 'csr', numRows: component.relations.length, numCols: n, starts, indices, values },
    ...(options.integer ? { integrality: new Array(n).fill(highs.constants.variableType.integer) } : {}),
  });
  try {
    // Without presolve, each solve starts from the previous optimal basis (one objective changed).
    model_.options.set({ output_flag: false, presolve: 'off', mip_rel_gap: 0, mip_abs_gap: 0 });
    let previous = -1;
    for (const cell of targets) {
      const j = column.get(cell)!;
      if (previous >= 0) model_.changeColCost(previous, 0);
      model_.changeColCost(j, 1);
      previous = j;
      const binding = new Set<number>();
      const solve = (sense: 'minimize' | 'maximize') => {
        model_.changeObjectiveSense(highs.constants.objectiveSense[sense]);
        model_.run();
        const status = model_.getModelStatus();
        if (status !== highs.constants.modelStatus.optimal) {
          // The true table satisfies every relation, so the programme is feasible and bounded.
          throw new Error(`disclosure audit: solver status ${status} for ${JSON.stringify(model.cells[cell])}`);
        }
        if (!options.integer) model_.getSolution().rowDual.forEach((d, row) => { if (Math.abs(d) > 1e-9) binding.add(component.relations[row]!); });
        return model_.getObjectiveValue();
      };
      const min = solve('minimize');
      const max = solve('maximize');
      out.set(cell, { min, max: max >= CAP - 0.5 ? Infinity : max, binding: [...binding] });
    }
  } finally {
    model_.dispose();
  }
  return out;
}

/** Interval of every target cell given everything published. */
export function attack(highs: Highs, model: CellModel, suppressed: readonly boolean[], options: AttackOptions): Map<number, Interval> {
  const out = new Map<number, Interval>();
  for (const component of components(model, suppressed)) {
    for (const [c, interval] of attackComponent(highs, model, suppressed, component, options)) out.set(c, interval);
  }
  return out;
}

let loading: Promise<Highs> | undefined;
/** The solver, loaded once (≈ 0.3 s to compile its WebAssembly). */
export const loadSolver = (): Promise<Highs> => (loading ??= import('highs').then((m) => m.default()));
