// The licences of the published tables and the terms of each cited source, in every language
// of the site. The datapackage, the data page and the XLSX licence sheets read them from here.

import type { Localized } from './catalogue.ts';
import type { TableSpec } from './tables.ts';

export interface Licence {
  /** Open Definition / SPDX identifier, as the Data Package specification asks. */
  name: string;
  path: string;
  title: Localized;
}

export const CC_BY: Licence = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: {
    fr: 'Creative Commons Attribution 4.0 — chiffres du Haut-Commissariat au Plan (HCP), réutilisés selon ses conditions',
    ar: 'المشاع الإبداعي، نسب المصنَّف 4.0 — أرقام المندوبية السامية للتخطيط، معاد استعمالها وفق شروطها',
    en: 'Creative Commons Attribution 4.0 — Haut-Commissariat au Plan (HCP) figures, reused on its terms',
  },
};

export const ODBL: Licence = {
  name: 'ODbL-1.0',
  path: 'https://opendatacommons.org/licenses/odbl/1-0/',
  title: {
    fr: 'Open Database License 1.0 — © contributeurs OpenStreetMap',
    ar: 'رخصة قواعد البيانات المفتوحة ODbL 1.0 — © المساهمون في OpenStreetMap',
    en: 'Open Database License 1.0 — © OpenStreetMap contributors',
  },
};

/** Figures cited from many publishers: each keeps its own terms, listed in the sources table. */
export const CITED: Licence = {
  name: 'other-at',
  path: 'sources.csv',
  title: {
    fr: 'Chiffres cités avec attribution, aux conditions de chaque source (voir la table sources)',
    ar: 'أرقام مستشهد بها مع ذكر المصدر، وفق شروط كل مصدر (انظر جدول sources)',
    en: 'Figures cited with attribution, on each source’s terms (see the sources table)',
  },
};

export function licencesOfTable(licence: TableSpec['licence']): Licence[] {
  switch (licence) {
    case 'hcp': return [CC_BY];
    case 'odbl': return [ODBL];
    case 'mixed-hcp-odbl': return [CC_BY, ODBL];
    case 'sources': return [CITED];
  }
}

/** Every licence the package names, by identifier (the data page reads the datapackage's names back). */
export const LICENCE_BY_NAME = new Map([CC_BY, ODBL, CITED].map((l) => [l.name, l]));

/**
 * The terms of use each source states (the `licence` column of data/sources.csv), in our words
 * in every language. The data build refuses a source whose terms are not here.
 */
export const SOURCE_TERMS: Record<string, Localized> = {
  'HCP terms of use: reusable, commercially too, on CC BY 4.0 terms; credit “Haut-Commissariat au Plan” and say what was changed (https://www.hcp.ma/Conditions-generales-d-utilisation-Version-1-0_a2194.html)': {
    fr: 'Conditions d’utilisation du HCP : réutilisable, y compris commercialement, aux conditions CC BY 4.0, en créditant « Haut-Commissariat au Plan » et en indiquant les modifications.',
    ar: 'شروط استعمال المندوبية السامية للتخطيط: قابلة لإعادة الاستعمال، بما في ذلك لأغراض تجارية، وفق شروط CC BY 4.0، مع ذكر «المندوبية السامية للتخطيط» وبيان التعديلات.',
    en: 'HCP terms of use: reusable, commercially too, on CC BY 4.0 terms, crediting “Haut-Commissariat au Plan” and saying what was changed.',
  },
  'ODbL 1.0, © OpenStreetMap contributors (https://opendatacommons.org/licenses/odbl/1-0/)': {
    fr: 'ODbL 1.0, © contributeurs OpenStreetMap.',
    ar: 'ODbL 1.0، © المساهمون في OpenStreetMap.',
    en: 'ODbL 1.0, © OpenStreetMap contributors.',
  },
  'Code MIT; figures HCP (CC BY 4.0 terms); boundaries ODbL': {
    fr: 'Code sous licence MIT ; chiffres du HCP (conditions CC BY 4.0) ; contours sous ODbL.',
    ar: 'الشيفرة برخصة MIT؛ أرقام المندوبية السامية للتخطيط (شروط CC BY 4.0)؛ الحدود برخصة ODbL.',
    en: 'Code under the MIT licence; HCP figures (CC BY 4.0 terms); boundaries under the ODbL.',
  },
  'Programme targets, cited': {
    fr: 'Cibles du programme, citées.',
    ar: 'أهداف البرنامج، مستشهد بها.',
    en: 'Programme targets, cited.',
  },
  'Figures as published by the source; page © its publisher, cited and not republished': {
    fr: 'Chiffres tels que publiés par la source ; page © son éditeur, citée et non reproduite.',
    ar: 'الأرقام كما نشرها المصدر؛ الصفحة © لناشرها، مستشهد بها وغير معاد نشرها.',
    en: 'Figures as published by the source; page © its publisher, cited and not republished.',
  },
};

/** Vintages of data/sources.csv written in words (dates alone need no translation); the build refuses one missing here. */
export const SOURCE_VINTAGES: Record<string, Localized> = {
  'RGPH 2014 (1 September 2014)': { fr: 'RGPH 2014 (1er septembre 2014)', ar: 'الإحصاء العام 2014 (1 شتنبر 2014)', en: 'RGPH 2014 (1 September 2014)' },
  'RGPH 2024 (1 September 2024)': { fr: 'RGPH 2024 (1er septembre 2024)', ar: 'الإحصاء العام 2024 (1 شتنبر 2024)', en: 'RGPH 2024 (1 September 2024)' },
  'RGPH 2024 (published 17 December 2024)': { fr: 'RGPH 2024 (publié le 17 décembre 2024)', ar: 'الإحصاء العام 2024 (نُشر في 17 دجنبر 2024)', en: 'RGPH 2024 (published 17 December 2024)' },
  'OSM snapshot 2026-09-17 to 2026-09-19': { fr: 'Extraction OpenStreetMap du 2026-09-17 au 2026-09-19', ar: 'نسخة OpenStreetMap من 2026-09-17 إلى 2026-09-19', en: 'OpenStreetMap snapshot, 2026-09-17 to 2026-09-19' },
  '2022 (article after June 2022)': { fr: '2022 (article postérieur à juin 2022)', ar: '2022 (مقال بعد يونيو 2022)', en: '2022 (article after June 2022)' },
};

/** A source's vintage in the reader's language: words through SOURCE_VINTAGES, dates and codes as they are. */
export const vintageIn = (vintage: string, lang: keyof Localized): string => SOURCE_VINTAGES[vintage]?.[lang] ?? vintage;

/** A vintage that says something in words, and so needs a translation. */
export const vintageHasWords = (vintage: string) => /[A-Za-z]{3,}/.test(vintage.replace(/\bRGPH\b/g, ''));
