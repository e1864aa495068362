// The one place that says which Chromium the tests, the bench and the screenshots launch, and with what flags.
import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser on every machine. Use a system
 * Chromium when there is one (PLAYWRIGHT_CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium); otherwise Playwright's own browser (no executablePath).
 */
export function chromiumLaunchOptions() {
  const candidate = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
  const executablePath = existsSync(candidate) ? candidate : undefined;
  const args = [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
  // Chromium refuses to start as root with its sandbox on.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return executablePath === undefined ? { args } : { executablePath, args };
}
