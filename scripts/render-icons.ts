/**
 * Renders `assets/icon.svg` to the PNG sizes the stores and toolbars need
 * (16, 32, 48, 96, 128) in `public/icon/`, using Debian's Chromium. Run it
 * after changing the SVG (`npm run icons`); the PNGs are committed so a build
 * needs no browser.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`)}</body></html>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(new URL(`${size}.png`, outDir), png);
  console.log(`public/icon/${size}.png`);
}
await browser.close();
