import {defineConfig, devices} from '@playwright/test';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = Number(process.env.TEST_PORT || 3100);
// The test server's feedback store (embedded SQLite), outside the repo; tests/e2e/feedback.spec.ts reads it.
export const e2eDataDir = path.join(os.tmpdir(), `ketamine-guide-e2e-data-${port}`);
// Playwright's own Chromium when installed, else the system one (CHROME_PATH, or Debian's /usr/bin/chromium).
const executablePath = process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './tests/e2e',
  workers: 2,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', {outputFile: '.reports/e2e.json'}]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.PW_OWN_BROWSER ? undefined : executablePath,
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // The site's server as `npm start` runs it (app/_server, serving build/; see README, How it is built).
    command: `node build/server.mjs -p ${port}`,
    url: `http://localhost:${port}/fr`,
    reuseExistingServer: false,
    timeout: 60_000,
    // TRUST_PROXY=1: the feedback tests give each case its own client address in X-Forwarded-For, as one
    // reverse proxy in front would.
    // ANSWER_WORKERS=0: the search and the builder answered on the event loop, whatever the machine's cores;
    // tests/e2e/site-server.spec.ts starts a server with worker threads and compares its answers with these.
    env: {NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://localhost:${port}`, DATA_DIR: e2eDataDir, TRUST_PROXY: '1', ANSWER_WORKERS: '0'},
  },
});
