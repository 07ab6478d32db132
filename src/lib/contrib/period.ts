// Periods of contributions: a month (2024-07), a quarter (2024-Q3, or 2024-T3 as French
// spreadsheets write it) or a year (2024), as the months they cover. Two contributions of one
// organisation and dataset, or two rows of one office, must not cover the same month twice.

export interface Period { id: string; start: string; end: string }

/** Nothing before 2000 is plausible for a reception-office programme started in 2020. */
export const EARLIEST_MONTH = '2000-01';

export function parsePeriod(raw: string, allowYear = false): Period | undefined {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw);
  if (m) return { id: raw, start: raw, end: raw };
  m = /^(\d{4})-[QT]([1-4])$/i.exec(raw);
  if (m) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    const month = (n: number) => `${m![1]}-${String(n).padStart(2, '0')}`;
    return { id: `${m[1]}-Q${m[2]}`, start: month(first), end: month(first + 2) };
  }
  // Years, and ranges of years, describe lists (offices, associations) rather than activity.
  m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  if (m && allowYear && (!m[2] || m[2] > m[1]!)) return { id: raw, start: `${m[1]}-01`, end: `${m[2] ?? m[1]}-12` };
  return undefined;
}

/** What a form field may hold, as an HTML `pattern`: the shapes parsePeriod reads with years allowed (the server still checks the rest). */
export const PERIOD_INPUT_PATTERN = String.raw`\d{4}(-(0[1-9]|1[0-2])|-[QqTt][1-4]|-\d{4})?`;

export const overlaps = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;
