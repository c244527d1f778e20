import { defineConfig } from 'vitest/config';

// Dates are calendar dates, but the process clock and `new Date(y, m, d)` are local:
// pin a zone with a daylight-saving change so a zone bug shows up in every run.
process.env.TZ = 'Europe/Paris';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
