/** Types for scripts/chromium.mjs, used by the end-to-end tests' configuration. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
