// Each browser script reads its messages from its page, which embeds them from one list: a
// message the script names but the list lacks would show its bare key to the reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index.ts';
import { CLIENT_MESSAGES, type ClientScript } from '../../src/i18n/client-messages.ts';

const SOURCES: Record<ClientScript, string[]> = {
  explorer: readdirSync('src/client/explorer').filter((f) => f.endsWith('.ts')).map((f) => join('src/client/explorer', f)),
  sql: ['src/client/sql-console.ts'],
};

/** Every quoted string of the script's code that is a message key. */
const keysNamedBy = (files: string[]) => {
  const known = new Set(Object.keys(MESSAGES.fr));
  const quoted = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'([a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)+)'/g)].map((m) => m[1]!));
  return [...new Set(quoted.filter((k) => known.has(k)))].sort();
};

describe('messages embedded for the browser scripts', () => {
  it.each(Object.keys(SOURCES) as ClientScript[])('%s: exactly the messages its code names', (script) => {
    expect([...CLIENT_MESSAGES[script]].sort()).toEqual(keysNamedBy(SOURCES[script]));
  });
});
