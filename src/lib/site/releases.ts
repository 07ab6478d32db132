// The data's version history for the pages, read from the committed changelog (the data
// build has already checked that its newest version is data/VERSION).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseChangelog, type DataRelease } from '../data/changelog.ts';

export const dataReleases = (): DataRelease[] => parseChangelog(readFileSync(resolve('data/CHANGELOG.md'), 'utf8'));
