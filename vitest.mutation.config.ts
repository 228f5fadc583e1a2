import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/domain (see stryker.config.mjs): the unit tests
// of the domain rules and of the views built from them. A config of its own, not merged with
// vitest.config.ts: merging would add these globs to its `test/**` rather than replace it.
export default defineConfig({
  test: {
    include: ['test/unit/domain/**/*.test.ts', 'test/unit/views/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
