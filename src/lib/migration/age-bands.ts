// HCP's five-year age bands, as both censuses publish them (shares of the municipal
// population, in %), and the ten-year cohorts the survival ratio method follows: a band in
// 2014 is the band ten years older in 2024; the oldest bands are closed into 65+ → 75+
// because 2024's last band is open.

export const AGE_BANDS = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The census indicator id of a band's share (age_0_4 … age_75_plus). */
export const bandIndicator = (band: AgeBand): string => `age_${band.replace('-', '_').replace('+', '_plus')}`;

export interface Cohort {
  /** The cohort's age band in 2024 (the end of the decade), e.g. "10-14" or "75+". */
  age2024: AgeBand;
  /** The bands it occupied in 2014. */
  from: readonly AgeBand[];
}

const SPAN = 2; // ten years = two five-year bands
const LAST = AGE_BANDS.length - 1;

export const COHORTS: readonly Cohort[] = AGE_BANDS.slice(SPAN).map((age2024, i) => ({
  age2024,
  from: i + SPAN === LAST ? AGE_BANDS.slice(i) : [AGE_BANDS[i]!],
}));
