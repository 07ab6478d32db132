// The letter a name is filed under in the directory's A–Z index: the first letter without its
// accent in Latin script (Île → I), and in Arabic any form of alef as alef (أكادير, إنزكان and
// آيت all under ا), as readers look them up.

export function initialOf(name: string): string {
  const first = [...name.normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')].find((c) => /\p{L}/u.test(c)) ?? '';
  return first.replace(/[أإآٱ]/, 'ا').toLocaleUpperCase('fr');
}

/** The initials present among the names, in the language's alphabetical order. */
export function initialsOf(names: string[], collator: Intl.Collator): string[] {
  return [...new Set(names.map(initialOf))].filter(Boolean).sort(collator.compare);
}
