// What a partner reads: one sentence in the reader's language naming the row and the column by
// its heading, with the fix where one can be guessed; and the personal data the check refuses,
// written the way French, Arabic and English speakers write it. Expected sentences are
// written by hand.
import { describe, expect, it } from 'vitest';
import { communeNameIndex } from '../../../src/lib/contrib/context.ts';
import { describeProblem, type Lang } from '../../../src/lib/contrib/message.ts';
import { validateFiles, type Context } from '../../../src/lib/contrib/validate.ts';

// Names and codes as data/territories.csv has them.
const COMMUNES = [
  { code: '09.001.01.01', name_fr: 'Agadir', name_ar: 'أكادير' },
  { code: '09.163.05.11', name_fr: 'Belfaâ', name_ar: 'بلفاع' },
  { code: '09.581.01.07', name_fr: 'Tiznit', name_ar: 'تيزنيت' },
];
const context: Context = {
  communes: new Set(COMMUNES.map((c) => c.code)),
  communeNames: communeNameIndex(COMMUNES),
  offices: new Set(['BAOM-EXIST']),
  associations: new Set(),
  today: '2026-11-29',
};
const OFFICES = 'office_id,name,commune_code,level,operator,opened,services,latitude,longitude\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
async function problems(content: string) {
  const [r] = await validateFiles([{ name: 'bureaux.csv', bytes: utf8(content) }], context);
  return r!;
}
const office = (fields: Partial<Record<'name' | 'commune' | 'level' | 'services', string>>) =>
  `${OFFICES}B1,"${fields.name ?? 'BAOM de Tiznit'}",${fields.commune ?? '09.581.01.07'},${fields.level ?? 'provincial'},Commune de Tiznit,2022-06,"${fields.services ?? 'social'}",,\n`;
// Arabic sentences isolate each «quoted» part (FSI U+2068 … PDI U+2069); compared here without them.
const sentences = async (content: string, lang: Lang) => (await problems(content)).problems.map((p) => describeProblem(p, lang).replace(/[\u2068\u2069]/g, ''));
const ARABIC_LETTERS = /[\u0621-\u064a]/g;
const LATIN_WORDS = /\b(?:la|le|les|est|une|des|the|is|of|and|row|column|ligne|colonne)\b/i;

describe('a problem reads as one sentence in the reader’s language', () => {
  it('names the row and the column by the heading the file uses', async () => {
    const text = 'Office_ID,Name,Commune Code,Level,Operator,Opened,Services,Latitude,Longitude\nB1,BAOM de Tiznit,09.581.01.07,national,Op,2022-06,social,,\n';
    expect(await sentences(text, 'fr')).toEqual(['Ligne 2, colonne « Level » : « national » n’est pas une valeur de la liste : local, provincial, regional']);
    expect(await sentences(text, 'en')).toEqual(['Row 2, column “Level”: "national" is not a value of the list: local, provincial, regional']);
    expect(await sentences(text, 'ar')).toEqual(['السطر 2، العمود «Level»: «national» ليست من قيم القائمة: local، provincial، regional']);
  });

  it('isolates quoted headings and values in Arabic, so that they keep their places right to left', async () => {
    const [p] = (await problems(office({ commune: 'Agadir' }))).problems;
    expect(describeProblem(p!, 'ar')).toBe('السطر 2، العمود «\u2068commune_code\u2069»: «\u2068Agadir\u2069» اسم جماعة: اكتبوا رمزها، 09.001.01.01');
    expect(describeProblem(p!, 'fr')).not.toMatch(/[\u2068\u2069]/);
  });

  it('writes Arabic in Arabic, not in French or English', async () => {
    const bad = `${OFFICES}B 1,,Agadir,national,Op,2099-01,"Santé, orientation",91,\n`;
    const ar = await sentences(bad, 'ar');
    expect(ar.length).toBeGreaterThanOrEqual(6);
    for (const s of ar) {
      // Codes, headings and values stay as the file writes them; the words around them are Arabic.
      const words = s.replace(/«[^»]*»|\([^)]*\)|[A-Za-z0-9_|.,:;-]+(?:\s*[,،]\s*[A-Za-z0-9_|.-]+)*/g, ' ');
      expect(words, s).not.toMatch(LATIN_WORDS);
      expect(s.match(ARABIC_LETTERS)?.length ?? 0, s).toBeGreaterThan(10);
    }
  });

  it('suggests the code of a commune written by its name, in French or Arabic', async () => {
    expect(await sentences(office({ commune: 'Agadir' }), 'fr')).toEqual(['Ligne 2, colonne « commune_code » : « Agadir » est le nom d’une commune : écrivez son code, 09.001.01.01']);
    expect(await sentences(office({ commune: 'belfaa' }), 'en')).toEqual(['Row 2, column “commune_code”: "belfaa" is the name of a commune: write its code, 09.163.05.11']);
    expect(await sentences(office({ commune: 'تيزنيت' }), 'ar')).toEqual(['السطر 2، العمود «commune_code»: «تيزنيت» اسم جماعة: اكتبوا رمزها، 09.581.01.07']);
    // Not a name either: the region is named, and where to find the codes.
    expect(await sentences(office({ commune: 'Casablanca' }), 'en')).toEqual(['Row 2, column “commune_code”: "Casablanca" is not the code of a commune of the Souss-Massa region: copy the code from the template’s sheet of communes (for example 09.001.01.01)']);
  });

  it('suggests sante|orientation for "Santé, orientation"', async () => {
    const text = office({ services: 'Santé, orientation' });
    expect((await problems(text)).problems.map((p) => p.rule)).toEqual(['not-allowed']);
    expect(await sentences(text, 'fr')).toEqual(['Ligne 2, colonne « services » : « Santé, orientation » : séparez les codes par | ; vouliez-vous dire « sante|orientation » ?']);
    expect(await sentences(text, 'en')).toEqual(['Row 2, column “services”: "Santé, orientation": separate the codes with |; did you mean "sante|orientation"?']);
    expect(await sentences(text, 'ar')).toEqual(['السطر 2، العمود «services»: «Santé, orientation»: افصلوا الرموز بالعلامة |؛ هل تقصدون «sante|orientation»؟']);
    expect(await sentences(office({ services: 'santé et social' }), 'en')).toEqual(['Row 2, column “services”: "santé et social": separate the codes with |; did you mean "sante|social"?']);
  });

  it('accepts as the listed value what differs only by case or accents', async () => {
    const r = await problems(office({ level: 'Régional', services: 'SANTÉ|Orientation' }));
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ level: 'regional', services: ['sante', 'orientation'] });
  });

  it('speaks of the whole file or the headings without a row number', async () => {
    const missing = await problems('office_id,name\nB1,X\n');
    expect(missing.problems.map((p) => describeProblem(p, 'en'))).toEqual(['the column headings match no template (baom-offices, baom-activity, associations, diaspora-projects): start from a template of the Contribute page and keep its first row as it is']);
    const extra = await problems(`${OFFICES.trim()},remarque\nB1,BAOM de Tiznit,09.581.01.07,provincial,Op,2022-06,social,,,x\n`);
    expect(extra.problems.map((p) => describeProblem(p, 'fr'))).toEqual(['En-tête, colonne « remarque » : cette colonne n’est pas dans le modèle baom-offices : renommez-la (office_id, name, commune_code, level, operator, opened, services, latitude, longitude) ou supprimez-la']);
  });
});

describe('personal data written into a cell is refused, in the three languages’ usual forms', () => {
  const refused: [string, string][] = [
    // The three holes found by trying the check as a partner would.
    ['Bureau de M. Ahmed Alaoui (tel 0661234567)', 'fr'],
    ['CIN JB123456', 'fr'],
    ['Permanence, contact née le 12/03/1985', 'fr'],
    // French
    ['Accueil Mme Fatima Zahra', 'fr'],
    ['Contact : 06 61 23 45 67', 'fr'],
    ['Tél. +212 5 28 12 34 56', 'fr'],
    ['Responsable CIN n° J123456', 'fr'],
    ['Bénéficiaire né le 3-7-1990', 'fr'],
    ['date de naissance : 1985-03-12', 'fr'],
    ['Écrire à ahmed.alaoui@gmail.com', 'fr'],
    // Arabic
    ['مكتب السيد أحمد العلوي', 'ar'],
    ['الهاتف: 0661234567', 'ar'],
    ['هاتف ٠٦٦١٢٣٤٥٦٧', 'ar'],
    ['ب.و.ت JB123456', 'ar'],
    ['رقم البطاقة الوطنية JB123456', 'ar'],
    ['مزداد في 12/03/1985', 'ar'],
    ['المزدادة بتاريخ 1985-03-12', 'ar'],
    // English
    ['Office of Mr Ahmed Alaoui', 'en'],
    ['phone: 0661-234-567', 'en'],
    ['ID card no. JB123456', 'en'],
    ['passport AB1234567', 'en'],
    ['born on 12/03/1985', 'en'],
    ['DOB 1985-03-12', 'en'],
  ];
  it.each(refused)('"%s" (%s)', async (name) => {
    const r = await problems(office({ name }));
    expect(r.problems.map((p) => `${p.line}:${p.column}:${p.rule}`)).toEqual(['2:2:personal-data']);
  });
  it('says so in the reader’s language, naming the column', async () => {
    const text = office({ name: 'Bureau de M. Ahmed Alaoui (tel 0661234567)' });
    expect(await sentences(text, 'fr')).toEqual(['Ligne 2, colonne « name » : la valeur semble contenir un numéro de téléphone : retirez-le, seuls des noms d’organismes et des totaux sont acceptés']);
    expect(await sentences(text, 'ar')).toEqual(['السطر 2، العمود «name»: يبدو أن القيمة تحتوي على رقم هاتف: احذفوه، لا تُقبل إلا أسماء الهيئات والمجاميع']);
  });
  const accepted = [
    'BAOM de la commune de Tiznit', 'Bureau d’accueil M2 Agadir', 'Espace migrants 2022', 'Association Tamount, Agadir',
    'مكتب استقبال المهاجرين بتيزنيت', 'جمعية الأمل للتنمية', 'Agadir reception office', 'Office opened 2021-03',
  ];
  it.each(accepted)('accepts the name of a body: "%s"', async (name) => {
    expect((await problems(office({ name }))).problems).toEqual([]);
  });
});
