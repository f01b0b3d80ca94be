/**
 * Finds the links in an abstract, cleans the artefacts the seed text carries
 * and classifies each one. Seed abstracts were flattened from web pages and
 * TeX, so URLs arrive glued to sentence punctuation (`…/compacter.`), to TeX
 * (`…/ZoomEye{https://github.com/om-ai-lab/ZoomEye}.`, `at~https://…`) or to
 * parentheses (`(https://cogact.github.io/).`).
 */
import type { LinkKind, PaperLink } from '../types';

/** A URL candidate: scheme plus everything up to white space. */
const URL_RUN = /https?:\/\/[^\s<>"]+/gi;

/** Link shorteners: the target is unknown, so they are never called a project page. */
const SHORTENER_HOSTS = new Set(['aka.ms', 'bit.ly', 't.co', 'tinyurl.com', 'goo.gl', 'shorturl.at', 'rb.gy']);

/** GitHub's own first path segments that are not repository owners. */
const GITHUB_NON_OWNERS = new Set(['orgs', 'topics', 'features', 'marketplace', 'sponsors', 'settings', 'search', 'explore']);

/**
 * Cleans one raw URL run; returns undefined when nothing usable is left.
 * Exported for tests of each messy case.
 */
export function cleanUrl(raw: string): string | undefined {
  let url = raw;
  // A TeX artefact such as `X{https://X}` duplicates the URL inside braces: keep what precedes.
  const brace = url.indexOf('{');
  if (brace > 0) url = url.slice(0, brace);
  // Trailing sentence punctuation and closing brackets that the URL did not open.
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) break;
    if ('.,;:!?\'"*}'.includes(last)) {
      url = url.slice(0, -1);
    } else if (last === ')' && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
    } else if (last === ']' && count(url, '[') < count(url, ']')) {
      url = url.slice(0, -1);
    } else {
      break;
    }
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // A host such as `feint6k.github.io.` ended a sentence; a real host needs a dot inside.
  const host = parsed.hostname.replace(/\.+$/, '');
  if (!host.includes('.')) return undefined;
  parsed.hostname = host;
  return parsed.href;
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/**
 * Classifies a cleaned URL and gives it a label.
 * @param href An absolute http(s) URL, as returned by {@link cleanUrl}.
 */
export function classifyUrl(href: string): PaperLink {
  const url = new URL(href);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = trimSlashes(url.pathname).split('/').filter(Boolean);
  const hostPath = trimSlashes(`${host}${url.pathname}`);
  const link = (kind: LinkKind, label: string, extra: Partial<PaperLink> = {}): PaperLink => ({
    kind,
    url: href,
    label,
    ...extra,
  });

  if (host === 'github.com' && segments.length >= 2 && !GITHUB_NON_OWNERS.has(segments[0]!.toLowerCase())) {
    const owner = segments[0]!;
    const name = segments[1]!.replace(/\.git$/i, '');
    const rest = segments.slice(2).join('/');
    const label = rest ? `${owner}/${name}/${rest}` : `${owner}/${name}`;
    return link('code', label, { repo: `${owner}/${name}`.toLowerCase() });
  }
  if (host === 'huggingface.co' && segments.length >= 2) {
    if (segments[0] === 'datasets' && segments.length >= 3) return link('dataset', `${segments[1]}/${segments[2]}`);
    if (segments[0] === 'spaces' && segments.length >= 3) return link('project', `${segments[1]}/${segments[2]}`);
    if (segments[0] !== 'papers' && segments[0] !== 'docs') return link('model', `${segments[0]}/${segments[1]}`);
  }
  if (host === 'doi.org' || host === 'dx.doi.org') return link('doi', trimSlashes(url.pathname));
  if (SHORTENER_HOSTS.has(host) || host === 'catalog.ngc.nvidia.com') return link('other', hostPath);
  // Everything else (`*.github.io` above all) is a page about the paper.
  return link('project', hostPath);
}

/**
 * Extracts, cleans, classifies and de-duplicates the links of an abstract, in
 * order of appearance. Only http(s) links survive.
 */
export function extractLinks(abstract: string): PaperLink[] {
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  for (const match of abstract.matchAll(URL_RUN)) {
    const href = cleanUrl(match[0]);
    if (!href || seen.has(href)) continue;
    seen.add(href);
    links.push(classifyUrl(href));
  }
  return links;
}
