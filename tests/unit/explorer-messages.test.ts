// The explorer page embeds the messages its browser code reads, from one list: a message the
// client names but the list lacks would show its bare key to the reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/index.ts';
import { EXPLORER_MESSAGE_KEYS } from '../../src/lib/explorer/messages.ts';

const CLIENT = 'src/client/explorer';
const keysNamedByTheClient = () => {
  const known = new Set(Object.keys(MESSAGES.fr));
  const quoted = readdirSync(CLIENT).filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(CLIENT, f), 'utf8').matchAll(/'([a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)+)'/g)].map((m) => m[1]!));
  return [...new Set(quoted.filter((k) => known.has(k)))].sort();
};

describe('the explorer’s messages', () => {
  it('are exactly the interface messages its browser code names', () => {
    expect([...EXPLORER_MESSAGE_KEYS].sort()).toEqual(keysNamedByTheClient());
  });
});
