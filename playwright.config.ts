import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (npm run build first) in the
 * machine's Chromium: Playwright never downloads a browser here. Set
 * CHROMIUM_PATH where Chromium lives somewhere other than /usr/bin/chromium.
 */
const PORT = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // Astro 7 keeps one preview server per project; --ignore-lock runs the test server beside a developer's own.
    command: `astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
