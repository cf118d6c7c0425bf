import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { installCommand, missingLine, requirement } from '../../../scripts/setup/probe.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const INSTALL_CHROMIUM = installCommand(requirement('chromium'));

// Debian's Chromium, driven by playwright-core: `npx playwright install` would download a
// browser, which the offline CI machine cannot.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class BrowserMissingError extends Error {
  readonly code = 'browser_missing';
}

/** Headless Chromium with a fresh profile. Missing Chromium fails the run with the command that installs it. */
export async function launchChromium(executablePath = CHROMIUM): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(executablePath)) {
    throw new BrowserMissingError(`${missingLine(requirement('chromium'))}; the docs are tested in a real browser, and ${executablePath} is missing.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'woes-docs-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: FLAGS, headless: true, viewport: { width: 1100, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
