import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const INSTALL_HINT = 'Chromium not found: install it (sudo apt-get install -y chromium) or set CHROME_PATH.';

/** CHROME_PATH, then /usr/bin/chromium, chromium-browser and google-chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH && existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium-browser', 'google-chrome', 'chromium']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH
    }
  }
  return null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

// Without these, Chromium reaches for Google's services and floods a closed network.
const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-default-browser-check', '--disable-features=Translate,MediaRouter',
];

/** Starts Chromium with the built extension loaded, and finds the extension's id. */
export async function launchWithExtension(opts: { extensionDir: string; headless: boolean; executablePath: string }): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.executablePath,
    headless: opts.headless,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`, ...QUIET_FLAGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
