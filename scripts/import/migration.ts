// Apparent net migration 2014–2024 for every commune, province and the region, from the age
// structure of both censuses and Morocco's survival ratios (src/lib/migration/). Provinces and
// the region are estimated on HCP's own published figures, not summed from communes; the sum
// of their communes goes to the reconciliation table. Published with worst-case bounds.

import type { Indicator } from '../../src/lib/catalogue.ts';
import type { Problem } from '../../src/lib/data/problems.ts';
import { estimateMigration, survivalRatios, type MigrationEstimate } from '../../src/lib/migration/estimate.ts';
import { ageStructureOf } from '../../src/lib/migration/inputs.ts';
import type { Row } from '../../src/lib/tables.ts';

export const NET = 'net_migration_2014_2024';
export const RATE = 'net_migration_rate_2014_2024';
export const MIGRATION_LEVELS = ['region', 'province', 'commune'] as const;
const SOURCE = 'hcp-rgph-2024-indicators';
/** Communes that cannot be estimated, and why (none today: every commune has both age structures). */
export const NOT_ESTIMATED: Record<string, string> = {};

const INPUTS = 'age_0_4 … age_75_plus and population_municipal, 2014 and 2024, of the territory and of Morocco (MA)';
const base = {
  theme: 'migration', topic: 'migration', aggregation: 'none', levels: [...MIGRATION_LEVELS], years: [2024], comparable_2014_2024: false,
  source_id: SOURCE, palette: 'diverging', polarity: 'neutral', upstream_path: '', featured: false,
} as const;

const common = {
  fr: 'Estimation par la méthode des rapports de survie nationaux (Nations unies, Manuel VI) : pour chaque génération âgée de 10 ans et plus en 2024, effectif observé en 2024 moins effectif attendu (effectif de 2014 × rapport de survie du Maroc). Solde net (arrivées moins départs, migrations internes et internationales confondues), relatif au schéma national ; ni les enfants nés après 2014 ni les allers-retours dans la décennie ne sont comptés. Une estimation, pas un décompte de migrants.',
  en: 'Estimated by the national census survival ratio method (United Nations, Manual VI): for each cohort aged 10 and over in 2024, the count observed in 2024 minus the count expected (the 2014 count × Morocco’s survival ratio). A net balance (arrivals minus departures, internal and international together), relative to the national pattern; children born after 2014 and moves undone within the decade are not counted. An estimate, not a count of migrants.',
  ar: 'تقدير بطريقة نسب البقاء الوطنية (الأمم المتحدة، الدليل السادس): لكل فوج يبلغ 10 سنوات فأكثر سنة 2024، العدد الملاحظ سنة 2024 ناقص العدد المتوقع (عدد 2014 × نسبة البقاء في المغرب). رصيد صافٍ (الوافدون ناقص المغادرين، الهجرة الداخلية والدولية معاً)، نسبةً إلى النمط الوطني؛ لا يشمل الأطفال المولودين بعد 2014 ولا التنقلات التي عادت أدراجها خلال العقد. تقدير وليس عدّاً للمهاجرين.',
};
const bound = (which: 'low' | 'high') => ({
  fr: which === 'low' ? ' Borne basse : la plus petite valeur compatible avec l’arrondi des parts publiées par le HCP (± 0,05 point).' : ' Borne haute : la plus grande valeur compatible avec l’arrondi des parts publiées par le HCP (± 0,05 point).',
  en: which === 'low' ? ' Low bound: the smallest value consistent with the rounding of HCP’s published shares (± 0.05 point).' : ' High bound: the largest value consistent with the rounding of HCP’s published shares (± 0.05 point).',
  ar: which === 'low' ? ' الحد الأدنى: أصغر قيمة تتوافق مع تقريب النسب المنشورة من طرف المندوبية (± 0,05 نقطة).' : ' الحد الأعلى: أكبر قيمة تتوافق مع تقريب النسب المنشورة من طرف المندوبية (± 0,05 نقطة).',
});
const withBound = (d: typeof common, which?: 'low' | 'high') => (which ? { fr: d.fr + bound(which).fr, en: d.en + bound(which).en, ar: d.ar + bound(which).ar } : d);

const FORMULA_NET = `Σ over 14 cohorts c [ N(c, 2024) − S(c) × N(c, 2014) ], N = share/100 × population_municipal, S(c) = N_MA(c, 2024) / N_MA(c, 2014); cohorts 0-4 → 10-14 … 60-64 → 70-74 and 65+ → 75+; inputs: ${INPUTS}`;
const FORMULA_RATE = `1000 × ${NET} / population_municipal[2014]`;

function indicator(id: string, unit: string, decimals: number, formula: string, label: Indicator['label'], which?: 'low' | 'high'): Indicator {
  return { ...base, levels: [...base.levels], years: [...base.years], id, unit, decimals, formula, label, definition: withBound(common, which) };
}

const LABEL_NET = { fr: 'Solde migratoire apparent 2014–2024', en: 'Apparent net migration 2014–2024', ar: 'صافي الهجرة الظاهر 2014–2024' };
const LABEL_RATE = { fr: 'Taux de solde migratoire apparent 2014–2024', en: 'Apparent net migration rate 2014–2024', ar: 'معدل صافي الهجرة الظاهر 2014–2024' };
const low = (l: typeof LABEL_NET) => ({ fr: `${l.fr}, borne basse`, en: `${l.en}, low bound`, ar: `${l.ar}، الحد الأدنى` });
const high = (l: typeof LABEL_NET) => ({ fr: `${l.fr}, borne haute`, en: `${l.en}, high bound`, ar: `${l.ar}، الحد الأعلى` });

export const MIGRATION_INDICATORS: Indicator[] = [
  indicator(NET, 'people', 0, FORMULA_NET, LABEL_NET),
  indicator(RATE, 'per_1000', 1, FORMULA_RATE, LABEL_RATE),
  indicator(`${NET}_low`, 'people', 0, `lower bound of ${NET} by interval arithmetic, each share ± 0.05 point`, low(LABEL_NET), 'low'),
  indicator(`${NET}_high`, 'people', 0, `upper bound of ${NET} by interval arithmetic, each share ± 0.05 point`, high(LABEL_NET), 'high'),
  indicator(`${RATE}_low`, 'per_1000', 1, `1000 × ${NET}_low / population_municipal[2014]`, low(LABEL_RATE), 'low'),
  indicator(`${RATE}_high`, 'per_1000', 1, `1000 × ${NET}_high / population_municipal[2014]`, high(LABEL_RATE), 'high'),
];

export interface MigrationInput {
  territories: readonly Row[];
  countryCode: string;
  get: (code: string, id: string, year: number) => number | undefined;
  /** Where problems are reported: the census values the estimate reads. */
  file: string;
}

const floor1 = (x: number) => Math.floor(x * 10) / 10;
const ceil1 = (x: number) => Math.ceil(x * 10) / 10;
const round1 = (x: number) => Math.round(x * 10) / 10;

export function migrationTables({ territories, countryCode, get, file }: MigrationInput) {
  const problems: Problem[] = [];
  const structure = (code: string, year: number) => ageStructureOf((id, y) => get(code, id, y), year);
  const nation = [structure(countryCode, 2014), structure(countryCode, 2024)];
  for (const s of nation) if ('missing' in s) problems.push({ file, line: 1, column: 1, rule: 'missing-migration-input', message: `${countryCode}: ${s.missing.join(', ')} needed for the survival ratios` });
  if (problems.length) return { census: [], cohorts: [], reconciliation: [], estimates: new Map<string, MigrationEstimate>(), problems };
  const ratios = survivalRatios(nation[0] as never, nation[1] as never);

  const estimates = new Map<string, MigrationEstimate>();
  for (const t of territories) {
    if (!(MIGRATION_LEVELS as readonly string[]).includes(t.level as string)) continue;
    const code = t.code as string;
    const [first, second] = [structure(code, 2014), structure(code, 2024)];
    if ('missing' in first || 'missing' in second) {
      if (!(code in NOT_ESTIMATED)) problems.push({ file, line: 1, column: 1, rule: 'missing-migration-input', message: `${code}: ${[first, second].flatMap((s) => ('missing' in s ? s.missing : [])).join(', ')} missing; estimate it or state why in NOT_ESTIMATED (scripts/import/migration.ts)` });
      continue;
    }
    estimates.set(code, estimateMigration(first, second, ratios));
  }

  const census: Row[] = [];
  const cohorts: Row[] = [];
  const put = (code: string, id: string, value: number) => census.push({ territory_code: code, indicator_id: id, year: 2024, value, method: 'derived', source_id: SOURCE });
  for (const [code, e] of estimates) {
    put(code, NET, Math.round(e.net.value));
    put(code, `${NET}_low`, Math.floor(e.net.lo));
    put(code, `${NET}_high`, Math.ceil(e.net.hi));
    put(code, RATE, round1(e.rate.value));
    put(code, `${RATE}_low`, floor1(e.rate.lo));
    put(code, `${RATE}_high`, ceil1(e.rate.hi));
    e.cohorts.forEach((c, i) => cohorts.push({
      territory_code: code, age_2024: c.cohort.age2024, age_2014: c.cohort.from.length > 1 ? '65+' : c.cohort.from[0]!,
      survival_ratio: Math.round(ratios[i]!.value * 1e4) / 1e4,
      observed: Math.round(c.observed.value), expected: Math.round(c.expected.value),
      net: Math.round(c.net.value), net_low: Math.floor(c.net.lo), net_high: Math.ceil(c.net.hi),
    }));
  }

  // A parent's own estimate against the sum of its communes' (same method, different roundings).
  const reconciliation: Row[] = [];
  for (const t of territories.filter((x) => x.level === 'region' || x.level === 'province')) {
    const own = estimates.get(t.code as string);
    const members = territories.filter((x) => x.level === 'commune' && (x.code as string).startsWith(`${t.code}.`));
    if (!own || members.some((m) => !estimates.has(m.code as string))) continue;
    const published = Math.round(own.net.value);
    const sum = Math.round(members.reduce((a, m) => a + estimates.get(m.code as string)!.net.value, 0));
    reconciliation.push({ territory_code: t.code as string, indicator_id: NET, year: 2024, published, sum_of_communes: sum, difference: published - sum, computed_as: 'sum_of_communes' });
  }
  return { census, cohorts, reconciliation, estimates, problems };
}
