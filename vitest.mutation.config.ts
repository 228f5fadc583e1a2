import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests Stryker runs against each mutant of src/domain (see stryker.config.mjs): the unit tests,
// less those of the fake Slack server, which never reach the domain rules.
export default mergeConfig(
  base,
  defineConfig({
    test: { include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/fake-slack-*.test.ts'] },
  }),
);
