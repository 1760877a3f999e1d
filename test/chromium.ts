/**
 * How every browser test and benchmark starts Chromium: Debian's build (never a downloaded one),
 * headless as root, with the background services that would try the closed network turned off.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
