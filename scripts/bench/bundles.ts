/**
 * Bundle report: the size of every built file of the Chrome extension
 * (`.output/chrome-mv3`: background, content scripts and their CSS, popup
 * page, chunks and assets), raw and gzipped, with the part that is embedded
 * corpus data (`JSON.parse` of a string literal, as the corpus plugin emits
 * it); and a check of DESIGN.md's "small bundle (the corpus's abstracts are
 * not in it)" for the GitHub content script: every corpus abstract's first 60
 * characters are searched for in each script, as written and as escaped once
 * or twice for a JSON string inside a JS string.
 *
 *   npx tsx scripts/bench/bundles.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCorpus } from '../load-corpus';
import { EXTENSION_DIR, requireBuild, table } from './chromium';

requireBuild();

/** Every file under `dir`, recursively, as paths relative to the build directory. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [relative(EXTENSION_DIR, path)];
  });
}

/** Bytes of all `JSON.parse("…")` / `JSON.parse(`…`)` literals of 1 KiB or more: embedded data. */
function embeddedData(source: string): number {
  let total = 0;
  const pattern = /JSON\.parse\((["'`])/g;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const quote = m[1]!;
    let i = m.index + m[0].length;
    while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
    const bytes = Buffer.byteLength(source.slice(m.index + m[0].length, i));
    if (bytes >= 1024) total += bytes;
  }
  return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const entryFiles = files(EXTENSION_DIR)
  .filter((f) => /\.(js|css|html)$/.test(f))
  .sort((a, b) => a.localeCompare(b));

const rows: string[][] = [['file', 'bytes', 'gzip -9', 'size', 'gzip', 'embedded data (bytes)']];
let totalRaw = 0;
let totalGzip = 0;
for (const file of entryFiles) {
  const buffer = readFileSync(join(EXTENSION_DIR, file));
  const gz = gzipSync(buffer, { level: 9 }).length;
  totalRaw += buffer.length;
  totalGzip += gz;
  const data = file.endsWith('.js') ? embeddedData(buffer.toString('utf8')) : 0;
  rows.push([file, String(buffer.length), String(gz), kb(buffer.length), kb(gz), data ? String(data) : '']);
}
rows.push(['total (js, css, html)', String(totalRaw), String(totalGzip), kb(totalRaw), kb(totalGzip), '']);
const other = files(EXTENSION_DIR).filter((f) => !entryFiles.includes(f));
const otherBytes = other.reduce((t, f) => t + statSync(join(EXTENSION_DIR, f)).size, 0);
console.log(`Built files in ${relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR}:`);
console.log(table(rows));
console.log(`(+ ${other.length} other files, ${kb(otherBytes)}: ${other.join(', ')})`);

// Abstracts: the GitHub script must not carry them; the others are listed for comparison.
const papers = loadCorpus().filter((p) => (p.abstract ?? '').length >= 60);
const probes = papers.map((p) => {
  const head = p.abstract!.slice(0, 60);
  const once = JSON.stringify(head).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  return { id: p.id, head, forms: [...new Set([head, once, twice])] };
});
console.log(`\nCorpus abstracts (first 60 characters of each of the ${probes.length} abstracts of 60+ characters) found in each script:`);
const scripts = entryFiles.filter((f) => f.endsWith('.js'));
const found = new Map<string, typeof probes>();
for (const file of scripts) {
  const source = readFileSync(join(EXTENSION_DIR, file), 'utf8');
  found.set(file, probes.filter((p) => p.forms.some((form) => source.includes(form))));
}
console.log(table([['script', 'abstracts found'], ...scripts.map((f) => [f, `${found.get(f)!.length} of ${probes.length}`])]));

const github = scripts.find((f) => f === 'content-scripts/github.js');
if (!github) {
  console.log('\nabstracts in github.js: content-scripts/github.js is not in the build');
} else {
  const hits = found.get(github)!;
  if (hits.length === 0) console.log('\nabstracts in github.js: none');
  else {
    console.log(`\nabstracts in github.js: ${hits.length} found`);
    for (const h of hits) console.log(`  ${h.id}: "${h.head}"`);
  }
}
process.exit(0);
