/**
 * Shared helpers of the Chromium benchmarks (`content-scripts.ts`, `popup-open.ts`):
 * checks that the build and Chromium exist, launches Chromium with or without
 * the built extension (network routed exactly as in the end-to-end harness),
 * records a Chromium trace of one page load through the DevTools protocol,
 * and attributes the renderer main thread's work in it to the extension's
 * content script. The method is explained at `attributeToScript`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR, launchRouted, type Router } from '../../tests/e2e/harness';

export { CHROMIUM_PATH, EXTENSION_DIR };

/** Exits (status 2) with a message saying what to do when the build or Chromium is missing. */
export function requireBuildAndChromium(): void {
  const problems: string[] = [];
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    problems.push(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    problems.push(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (\`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH.`,
    );
  }
  if (problems.length) {
    for (const p of problems) console.error(`error: ${p}`);
    process.exit(2);
  }
}

/** Exits (status 2) when the build is missing (the bundle report needs no browser). */
export function requireBuild(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(`error: No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    process.exit(2);
  }
}

/**
 * Names, sizes and times of the built files: compared at the end of a run, it
 * tells whether something rebuilt the extension while it was measured.
 */
export function buildFingerprint(dir = EXTENSION_DIR): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return buildFingerprint(path);
      const stat = statSync(path);
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .sort()
    .join('|');
}

/** Prints a warning when the build changed since `fingerprint` was taken. */
export function warnIfRebuilt(fingerprint: string): void {
  if (buildFingerprint() !== fingerprint) {
    console.log('\nWARNING: .output/chrome-mv3 changed while this ran (something rebuilt it): the figures may mix two builds.');
  }
}

/** The built file `path` (relative to `.output/chrome-mv3`), as text. */
export function builtFile(path: string): string {
  return readFileSync(join(EXTENSION_DIR, path), 'utf8');
}

/**
 * Chromium *without* the extension, with the same flags and the same routing
 * as `launchExtension` (served pages, everything else aborted): the baseline
 * of the cross-check in `content-scripts.ts`.
 */
export async function launchPlain(router: Router): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { context, close } = await launchRouted(() => router, ['--disable-extensions'], 'paperscope-bench-');
  return { context, close };
}

/** One event of a Chromium trace (Trace Event Format), as far as the analysis reads it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  // Trace event arguments are free-form JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  args?: any;
}

/**
 * Trace categories: the timeline (tasks, script evaluation and compilation,
 * function calls, style and layout), microtask checkpoints (`v8.execute`),
 * user-timing marks (the benchmark's own "done" mark) and the V8 sampling
 * profiler, whose samples attribute promise continuations, which the timeline
 * leaves anonymous. (`toplevel` and `v8` are left out: they triple the trace
 * and add nothing the analysis reads.)
 */
export const TRACE_CATEGORIES = [
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

/**
 * Traces the whole browser while `run` loads something in `page` and returns
 * the events. The CDP session is the page's, but Chromium records every
 * process; the analysis picks the page's renderer main thread.
 */
export async function traced<T>(context: BrowserContext, page: Page, run: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value) events.push(ev as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  let result: T;
  try {
    result = await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return { events, result };
}

/** The renderer main thread (pid, tid) that committed `pageUrl`, and when it committed. */
export function pageMainThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number; commitTs: number } | undefined {
  const committed = events.find(
    (e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame && String(e.args.data.url).startsWith(pageUrl),
  );
  const commitLoad = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.isOutermostMainFrame && String(e.args.data.url).startsWith(pageUrl));
  const pid: number | undefined = committed?.args.data.processId ?? commitLoad?.pid;
  if (pid === undefined) return undefined;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!main) return undefined;
  return { pid, tid: main.tid, commitTs: commitLoad?.ts ?? committed?.ts ?? 0 };
}

/** One CPU-profile sample on the thread: its time, its weight (µs until the next) and its stack's script URLs. */
interface Sample {
  ts: number;
  weight: number;
  nodeId: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number; codeType?: string };
}

/** The V8 sampling profile of one thread, rebuilt from the trace's `Profile`/`ProfileChunk` events. */
export interface ThreadProfile {
  samples: Sample[];
  nodes: Map<number, ProfileNode>;
}

export function threadProfile(events: readonly TraceEvent[], pid: number, tid: number): ThreadProfile {
  const ids = new Set<string>();
  let startTime = 0;
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id !== undefined) {
      ids.add(e.id);
      startTime = e.args?.data?.startTime ?? e.ts;
    }
  }
  const nodes = new Map<number, ProfileNode>();
  const rawSamples: number[] = [];
  const deltas: number[] = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id === undefined || !ids.has(e.id)) continue;
    const data = e.args?.data ?? {};
    for (const n of (data.cpuProfile?.nodes ?? []) as ProfileNode[]) nodes.set(n.id, n);
    rawSamples.push(...((data.cpuProfile?.samples ?? []) as number[]));
    deltas.push(...((data.timeDeltas ?? []) as number[]));
  }
  const times: number[] = [];
  let t = startTime;
  for (let i = 0; i < rawSamples.length; i++) {
    t += deltas[i] ?? 0;
    times.push(t);
  }
  // A sample stands for the time until the next one, capped: the sampler's period is about 200 µs,
  // and a longer gap means the thread slept (no work to attribute).
  const sorted = deltas.filter((d) => d > 0).sort((a, b) => a - b);
  const period = sorted[Math.floor(sorted.length / 2)] ?? 200;
  const samples: Sample[] = rawSamples.map((nodeId, i) => ({
    ts: times[i]!,
    nodeId,
    weight: Math.min(Math.max(0, (times[i + 1] ?? times[i]! + period) - times[i]!), 2 * period),
  }));
  return { samples, nodes };
}

/** Whether the sample's stack holds a frame of a script whose URL starts with `prefix`. */
function stackHas(profile: ThreadProfile, nodeId: number, prefix: string): boolean {
  for (let node = profile.nodes.get(nodeId); node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
    if (node.callFrame.url?.startsWith(prefix)) return true;
  }
  return false;
}

/** Main-thread time attributed to a content script in one page load. */
export interface Attribution {
  /** The script was evaluated in this page load (else the run is not valid). */
  ran: boolean;
  /** Outermost attributed slices: wall-clock time, ms. */
  wallMs: number;
  /** The same slices' thread CPU time, ms (what the machine's other load does not inflate). */
  cpuMs: number;
  /** Of which compiling the script (`v8.compile`), ms. */
  compileMs: number;
  /** Of which the initial evaluation (`EvaluateScript`: compile, module code, synchronous `main`), ms. */
  evaluateMs: number;
  /** V8 samples with a frame of the script on the stack, ms (the second method). */
  sampledMs: number;
  /** Microtask checkpoints after the script started that neither method could attribute, ms (an upper bound on what was missed). */
  unattributedMicrotasksMs: number;
  /** Start of the script's evaluation (trace clock, µs). */
  startTs?: number;
}

/** Timeline slices through which JavaScript is entered, and which name the script in their arguments. */
const JS_ENTRY_SLICES = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.run',
  'FunctionCall',
  'v8.callFunction',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'XHRReadyStateChange',
]);
/** Slices that run promise reactions and callbacks without naming a script. */
const ANONYMOUS_JS_SLICES = new Set(['RunMicrotasks', 'FunctionCall', 'v8.callFunction']);

/** Whether an event's arguments name the script (URL fields, the top stack frame, the extension id). */
function namesScript(e: TraceEvent, prefix: string, extensionId: string): boolean {
  const data = e.args?.data;
  const urls: unknown[] = [data?.url, data?.scriptName, e.args?.fileName, data?.stackTrace?.[0]?.url, e.args?.url];
  if (urls.some((u) => typeof u === 'string' && u.startsWith(prefix))) return true;
  return e.args?.chrome_extension_id?.extension_id === extensionId;
}

/**
 * Main-thread work of the extension's scripts whose URLs start with `scriptPrefix`
 * (`chrome-extension://<id>/`: the content script and the stages it injects) in a traced page load.
 *
 * Method. On the page's renderer main thread (`CrRendererMain` of the process
 * that committed the page), a slice is attributed to the script when either
 *   (1) it enters JavaScript and names the script: `EvaluateScript` (the
 *       injection: compile, module code, the synchronous part of `main`),
 *       `v8.compile`/`v8.run`, `FunctionCall` (a timer, event listener or other
 *       callback of the script), `TimerFire`, `EventDispatch`… whose URL or top
 *       stack frame is the script; or
 *   (2) it is an anonymous JS slice — `RunMicrotasks`: Chromium runs the
 *       continuations of the script's `await`s (replies of `runtime.sendMessage`
 *       and `storage.get`, the shadow root's CSS `fetch`) as promise reactions
 *       that name no script — and something inside it names the script (a
 *       nested event from (1) or an extension IPC/resource event with the
 *       extension's id or URL) or the V8 sampling profiler (about one sample per
 *       200 µs) saw a frame of the script on the stack inside it.
 * Attributed slices nest (v8.run inside EvaluateScript, EventDispatch inside
 * v8.run), so only the outermost ones are summed: each slice inside one already
 * counted is skipped, and nothing is counted twice. Wall time (`dur`) and
 * thread CPU time (`tdur`) are summed separately; on a loaded machine the wall
 * time also holds time the thread was descheduled.
 *
 * Second method, from the same trace: the total weight of profiler samples
 * whose stack holds a frame of the script (JS and the DOM calls it makes;
 * compile time is not sampled as the script's, so it is added from `v8.compile`
 * when the two are compared).
 *
 * Not counted: work the page does later because of the script (the style,
 * layout and paint of the next frame after a panel is inserted), which no
 * trace event attributes; the sampled microtasks nobody could attribute are
 * reported as `unattributedMicrotasksMs`.
 *
 * @param untilTs Count only slices that start before this (trace clock, µs).
 */
export function attributeToScript(
  events: readonly TraceEvent[],
  thread: { pid: number; tid: number },
  scriptPrefix: string,
  extensionId: string,
  untilTs = Number.POSITIVE_INFINITY,
): Attribution {
  const main = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const profile = threadProfile(events, thread.pid, thread.tid);
  const ourSamples = profile.samples.filter((s) => stackHas(profile, s.nodeId, scriptPrefix));

  const evaluate = main.filter((e) => e.name === 'EvaluateScript' && namesScript(e, scriptPrefix, extensionId));
  const startTs = evaluate[0]?.ts;

  // Index of direct evidence, for rule (2): events naming the script, and our samples.
  const evidence = main.filter((e) => namesScript(e, scriptPrefix, extensionId)).map((e) => e.ts);
  // Instant events (resource requests, IPC sends) name the extension too.
  for (const e of events) {
    if (e.pid === thread.pid && e.tid === thread.tid && e.ph !== 'X' && namesScript(e, scriptPrefix, extensionId)) evidence.push(e.ts);
  }
  const sampleTimes = ourSamples.map((s) => s.ts);
  const within = (times: number[], from: number, to: number) => times.some((t) => t >= from && t <= to);

  const attributed: TraceEvent[] = [];
  const anonymous: TraceEvent[] = [];
  for (const e of main) {
    if (e.ts >= untilTs) continue;
    if (JS_ENTRY_SLICES.has(e.name) && namesScript(e, scriptPrefix, extensionId)) attributed.push(e);
    else if (ANONYMOUS_JS_SLICES.has(e.name) && startTs !== undefined && e.ts >= startTs) {
      const end = e.ts + e.dur!;
      if (within(evidence, e.ts, end) || within(sampleTimes, e.ts, end)) attributed.push(e);
      else if (e.name === 'RunMicrotasks') anonymous.push(e);
    }
  }

  const outermost = (slices: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    let end = Number.NEGATIVE_INFINITY;
    for (const e of slices.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
      if (e.ts < end) continue; // nested in (or, for a malformed trace, overlapping) a counted slice
      out.push(e);
      end = e.ts + e.dur!;
    }
    return out;
  };
  const counted = outermost(attributed);
  const sum = (slices: TraceEvent[], key: 'dur' | 'tdur') => slices.reduce((t, e) => t + (e[key] ?? e.dur ?? 0), 0) / 1000;
  // Anonymous microtasks not inside a counted slice (some run inside our EvaluateScript).
  const countedEnds = counted.map((e) => [e.ts, e.ts + e.dur!] as const);
  const stray = outermost(anonymous).filter((m) => !countedEnds.some(([a, b]) => m.ts >= a && m.ts < b));

  return {
    ran: startTs !== undefined,
    wallMs: sum(counted, 'dur'),
    cpuMs: sum(counted, 'tdur'),
    compileMs: sum(
      outermost(main.filter((e) => e.name === 'v8.compile' && e.ts < untilTs && namesScript(e, scriptPrefix, extensionId))),
      'dur',
    ),
    evaluateMs: sum(evaluate, 'dur'),
    sampledMs: ourSamples.filter((s) => s.ts < untilTs).reduce((t, s) => t + s.weight, 0) / 1000,
    unattributedMicrotasksMs: sum(stray, 'dur'),
    ...(startTs !== undefined ? { startTs } : {}),
  };
}

/**
 * Everything the page's main thread did from the commit of `pageUrl` on:
 * the outermost slices (tasks), wall and CPU, ms. The cross-check compares
 * it with and without the extension.
 */
export function mainThreadBusy(events: readonly TraceEvent[], pageUrl: string): { wallMs: number; cpuMs: number } | undefined {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) return undefined;
  const slices = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= thread.commitTs)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = Number.NEGATIVE_INFINITY;
  let wall = 0;
  let cpu = 0;
  for (const e of slices) {
    if (e.ts < end) continue;
    wall += e.dur!;
    cpu += e.tdur ?? e.dur!;
    end = e.ts + e.dur!;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

/**
 * Self time (ms) per function of the script in the sampled profile, for
 * `--profile`: each sample is charged to the innermost frame of the script,
 * with the native or library frame it was in (a DOM call, a regex) named after `→`.
 */
export function hotFunctions(profile: ThreadProfile, scriptPrefix: string, untilTs = Number.POSITIVE_INFINITY): Map<string, number> {
  const out = new Map<string, number>();
  const parentOf = (node: ProfileNode) => (node.parent === undefined ? undefined : profile.nodes.get(node.parent));
  for (const s of profile.samples) {
    if (s.ts >= untilTs) continue;
    const leaf = profile.nodes.get(s.nodeId);
    let node = leaf;
    while (node && !node.callFrame.url?.startsWith(scriptPrefix)) node = parentOf(node);
    if (!node || !leaf) continue;
    const f = node.callFrame;
    const file = f.url!.slice(f.url!.lastIndexOf('/') + 1);
    const inner = leaf === node ? '' : ` → ${leaf.callFrame.functionName || `(${leaf.callFrame.codeType ?? 'native'})`}`;
    const key = `${f.functionName || '(anonymous)'} @${file}:${f.lineNumber ?? 0}:${f.columnNumber ?? 0}${inner}`;
    out.set(key, (out.get(key) ?? 0) + s.weight / 1000);
  }
  return out;
}

/** The first user-timing mark named `name` (trace clock, µs). */
export function markTs(events: readonly TraceEvent[], name: string): number | undefined {
  return events.find((e) => e.name === name && e.cat.includes('blink.user_timing'))?.ts;
}

/** Median and 95th percentile (nearest rank) of `values`. */
export function summarize(values: readonly number[]): { median: number; p95: number; min: number; max: number; n: number } {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN, n };
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  return { median, p95: s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!, min: s[0]!, max: s[n - 1]!, n };
}

/** `12.34` (ms, two decimals), `—` for a missing figure. */
export function ms(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(2);
}

/** PASS or OVER against a budget (none: `—`). */
export function verdict(value: number, budget: number | undefined): string {
  if (budget === undefined) return '—';
  return value <= budget ? 'PASS' : 'OVER';
}

/** Left-aligned text table. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** The value after `--name` on the command line, or undefined. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
