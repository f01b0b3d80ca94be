/**
 * Parses the seed listing (`assets/papers.txt`): a few page-header lines, then
 * for each paper a title line and an abstract line, separated by blank lines.
 * A malformed source must fail the build loudly, naming the line, because a
 * silently shifted pairing would attach every abstract to the wrong title.
 */

/** A title/abstract pair with the 1-based line numbers it came from. */
export interface SeedEntry {
  title: string;
  abstract: string;
  titleLine: number;
  abstractLine: number;
}

/** Raised for a malformed seed; the message names the offending line. */
export class CorpusError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`papers.txt line ${line}: ${message}`);
    this.name = 'CorpusError';
  }
}

/** Lines of the trending-papers page chrome that precede the first title. */
const HEADER_LINES: RegExp[] = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^by\s*ak and the research community$/i,
  /^[A-Z][a-z]{2} \d{1,2}(, \d{4})?$/, // the listing date, e.g. "Mar 14"
];

/** A title longer than this is almost surely an abstract in the wrong place. */
const MAX_TITLE_LENGTH = 300;
/** An abstract shorter than this is almost surely a title in the wrong place. */
const MIN_ABSTRACT_LENGTH = 80;

/**
 * Splits the seed text into title/abstract pairs, in seed order.
 * @throws {CorpusError} on an unpaired title, an empty or implausible title or
 *   abstract, or a title that repeats an earlier one (case-insensitively).
 */
export function parseSeed(text: string): SeedEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const content: { text: string; line: number }[] = [];
  let inHeader = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    if (inHeader && HEADER_LINES.some((re) => re.test(line))) return;
    inHeader = false;
    content.push({ text: line.replace(/\s+/g, ' '), line: index + 1 });
  });

  if (content.length === 0) throw new CorpusError('no papers found', lines.length);
  if (content.length % 2 !== 0) {
    const last = content[content.length - 1]!;
    throw new CorpusError(`odd number of title/abstract lines: "${preview(last.text)}" has no partner`, last.line);
  }

  const entries: SeedEntry[] = [];
  const firstLineOfTitle = new Map<string, number>();
  for (let i = 0; i < content.length; i += 2) {
    const title = content[i]!;
    const abstract = content[i + 1]!;
    if (!/[\p{L}\p{N}]/u.test(title.text)) throw new CorpusError('empty title', title.line);
    if (title.text.length > MAX_TITLE_LENGTH) {
      throw new CorpusError(`expected a title, found ${title.text.length} characters (a missing title line above?)`, title.line);
    }
    if (abstract.text.length < MIN_ABSTRACT_LENGTH) {
      throw new CorpusError(`expected an abstract, found "${preview(abstract.text)}" (a missing abstract line above?)`, abstract.line);
    }
    const key = title.text.toLowerCase();
    const earlier = firstLineOfTitle.get(key);
    if (earlier !== undefined) throw new CorpusError(`duplicate title (first on line ${earlier})`, title.line);
    firstLineOfTitle.set(key, title.line);
    entries.push({ title: title.text, abstract: abstract.text, titleLine: title.line, abstractLine: abstract.line });
  }
  return entries;
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
