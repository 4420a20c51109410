import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (npm run build first) in the
 * machine's Chromium: Playwright never downloads a browser here. Set
 * CHROMIUM_PATH where Chromium lives somewhere other than /usr/bin/chromium.
 */
// E2E_PORT moves the three servers (that port and the next two), so two checkouts can run their tests at once.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
const HOSTED_PORT = PORT + 1;
const CLINIC_PORT = PORT + 2;
/** The built site on a host that applies _headers; a different origin from the clinic's localhost. */
export const HOSTED_ORIGIN = `http://127.0.0.1:${HOSTED_PORT}`;
export const CLINIC_URL = `http://localhost:${CLINIC_PORT}/`;

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
  webServer: [
    {
      // Astro 7 keeps one preview server per project; --ignore-lock runs the test server beside a developer's own.
      command: `astro preview --port ${PORT} --ignore-lock`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The built site as a static host serves it, with the _headers rules applied, and a clinic's own website
    // on another origin that links to it and frames its cards (tests/e2e/clinic-website.spec.ts).
    {
      command: `node scripts/lib/static-server.ts --root dist --port ${HOSTED_PORT}`,
      url: `${HOSTED_ORIGIN}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/lib/static-server.ts --root tests/fixtures/clinic-site --port ${CLINIC_PORT} --replace SITE_ORIGIN=${HOSTED_ORIGIN}`,
      url: `http://localhost:${CLINIC_PORT}/`,
      reuseExistingServer: false,
    },
  ],
});
