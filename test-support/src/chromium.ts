/**
 * Headless Chromium for browser tests: Debian's chromium driven by playwright-core, installed when
 * missing (debianPackage.ts).
 */
import { chromium, type Browser } from 'playwright-core';
import { ensureDebianPackage } from './debianPackage';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  ensureDebianPackage(CHROMIUM, 'chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the networking flags Chromium floods a closed network with refused connections.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
