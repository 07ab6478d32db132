import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Files that take minutes, longest first. Without a results cache (a clean clone, as in CI)
// Vitest orders files by size, and the crawl, a small file, then started last and ran alone
// on one core for minutes at the end. Started first, it runs beside everything else.
const LONGEST_FIRST = ['tests/e2e/crawl.test.ts', 'tests/desk/desk.test.ts', 'tests/e2e/contribute.test.ts', 'tests/e2e/explorer.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests share one Chromium per file; two cores do not gain from more forks.
    maxWorkers: 2,
    minWorkers: 1,
    sequence: { sequencer: LongestFirst },
  },
});
