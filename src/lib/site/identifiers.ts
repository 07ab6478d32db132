// Metadata text in Arabic names tables, columns, codes and formats as they are written in the
// files (sources, census_splits, _total, sum, YYYY-MM…). Marking them as code keeps them left to right
// inside right-to-left text and says they are identifiers, not words of another language.

export interface Part { text: string; code: boolean }

const IDENTIFIER = /(?<!\w)(?:_?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*|YYYY(?:-(?:MM|Qn|Tn)(?:-DD)?)?|ISO 3166-1 alpha-2|WGS 84)\b/g;

export function identifierParts(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(IDENTIFIER)) {
    if (m.index! > at) parts.push({ text: text.slice(at, m.index), code: false });
    parts.push({ text: m[0], code: true });
    at = m.index! + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false });
  return parts;
}
