// Plural forms written "one:{n} commune|other:{n} communes" (CLDR categories zero, one, two,
// few, many, other; Arabic uses all six), chosen by Intl.PluralRules: French says
// "0 commune", Arabic "3 جماعات" but "11 جماعة". Pure, so the browser can use it without
// loading every message.
export function pluralOf(locale: string, template: string, n: number, params: Record<string, string | number> = {}): string {
  const forms = new Map(template.split('|').map((f) => { const i = f.indexOf(':'); return [f.slice(0, i), f.slice(i + 1)] as const; }));
  const form = forms.get(new Intl.PluralRules(locale).select(n)) ?? forms.get('other') ?? template;
  return form.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? (name === 'n' ? n : `{${name}}`)));
}
