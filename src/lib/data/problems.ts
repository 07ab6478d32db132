// A problem found in an input file, located precisely enough that a person can open the
// file and fix it: file, line (1-based, the header is line 1), column (1-based) and the rule.

export interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.rule}: ${p.message}`;
}

/** Thrown by the data build when inputs are invalid; carries every problem found. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem(s) in the data:\n` + problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
  }
}
