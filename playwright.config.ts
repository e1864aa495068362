import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser.js';

// Another port lets two checkouts run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests run against the production build (`npm run build`), served by `vite preview`. */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // Tests wait on a state (an element, a count, a class); the few timed waits give something the chance not to
  // happen. The bounds are wide enough that a machine busy with other work (a load average of 25 on two cores, as
  // measured) slows a test without failing it; a passing test takes no longer for them.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace of every test costs a third of the run; CI keeps the error context only.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // Each fresh context would otherwise precache the whole site; the offline test allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
      testIgnore: '**/*.phone.spec.ts',
    },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], launchOptions: chromiumLaunchOptions() },
      testMatch: '**/*.phone.spec.ts',
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
  },
});
