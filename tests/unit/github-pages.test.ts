import { describe, expect, it } from 'vitest';
import { extractArxivIds } from '../../lib/pages/readme-citations';
import { GITHUB_FIXTURES } from '../../lib/selectors/github';
import { githubFixture, issuePageAs, notFoundPage, readmeCiting, repoPageAs, repoUrl } from '../support/github-pages';
import { htmlParser } from '../support/dom';

const { parse } = htmlParser('https://github.com/');

/** The `content` of `<meta name|property=key>` in `html`. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];
}

/** The `<title>` of `html`. */
function title(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

/** The header's owner link and name link of `html`, as `[href, text]` pairs. */
function headerLinks(html: string): { owner?: [string, string]; name?: [string, string] } {
  const owner = /itemprop="author">\s*<a\b[^>]*href="([^"]*)"[^>]*>\s*([^<]*?)\s*<\/a>/.exec(html);
  const name = /<strong itemprop="name"[^>]*>\s*<a\b[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/.exec(html);
  return {
    owner: owner ? [owner[1] ?? '', owner[2] ?? ''] : undefined,
    name: name ? [name[1] ?? '', name[2] ?? ''] : undefined,
  };
}

describe('repoPageAs', () => {
  const original = githubFixture(GITHUB_FIXTURES.repoHome);
  const page = repoPageAs('huggingface/transformers.js');

  it('rewrites every URL-bearing meta tag, the titles and the header links', () => {
    expect(meta(page, 'og:url')).toBe('https://github.com/huggingface/transformers.js');
    expect(meta(page, 'octolytics-dimension-repository_nwo')).toBe('huggingface/transformers.js');
    expect(meta(page, 'octolytics-dimension-user_login')).toBe('huggingface');
    expect(meta(page, 'octolytics-dimension-repository_network_root_nwo')).toBe('huggingface/transformers.js');
    expect(meta(page, 'go-import')).toBe(
      'github.com/huggingface/transformers.js git https://github.com/huggingface/transformers.js.git',
    );
    expect(meta(page, 'og:title')).toMatch(/^GitHub - huggingface\/transformers\.js: /);
    expect(title(page)).toMatch(/^GitHub - huggingface\/transformers\.js: .* · GitHub$/);
    expect(headerLinks(page)).toEqual({
      owner: ['/huggingface', 'huggingface'],
      name: ['/huggingface/transformers.js', 'transformers.js'],
    });
  });

  it('leaves no reference to the original repository, but keeps its sibling repositories', () => {
    expect(page).not.toMatch(/microsoft(\/|%2F)playwright(?![\w-])/);
    expect(original).toMatch(/microsoft\/playwright-mcp/);
    expect(page).toMatch(/microsoft\/playwright-mcp/);
    expect(meta(page, 'octolytics-dimension-repository_is_fork')).toBe('false');
    expect(meta(page, 'octolytics-dimension-repository_parent_nwo')).toBeUndefined();
  });

  it('replaces the README when asked, and only then', () => {
    expect(page).toContain('Playwright is a framework for web automation');
    const withReadme = repoPageAs('a/b', { readmeHtml: '<p dir="auto">Just this.</p>' });
    expect(withReadme).toContain('<article class="markdown-body entry-content container-lg" itemprop="text"><p dir="auto">Just this.</p></article>');
    expect(withReadme).not.toContain('Playwright is a framework for web automation');
    // The React app's embedded copy says the same, and still parses as JSON.
    const embedded = /<script type="application\/json" data-target="react-app.embeddedData">([^<]*)<\/script>/.exec(withReadme)?.[1];
    expect(embedded).toContain('"richText":"\\u003carticle class=\\"markdown-body entry-content container-lg\\" itemprop=\\"text\\"\\u003e\\u003cp dir=\\"auto\\"\\u003eJust this.');
    const data = JSON.parse(embedded ?? '') as { payload: { codeViewLayoutRoute: { repo: { name: string; ownerLogin: string } } } };
    expect(data.payload.codeViewLayoutRoute.repo).toMatchObject({ name: 'b', ownerLogin: 'a' });
  });

  it('makes a fork', () => {
    const fork = repoPageAs('someone/playwright', { fork: { parentNwo: 'microsoft/playwright' } });
    expect(meta(fork, 'octolytics-dimension-repository_is_fork')).toBe('true');
    expect(meta(fork, 'octolytics-dimension-repository_parent_nwo')).toBe('microsoft/playwright');
    expect(meta(fork, 'octolytics-dimension-repository_network_root_nwo')).toBe('microsoft/playwright');
    expect(meta(fork, 'octolytics-dimension-repository_nwo')).toBe('someone/playwright');
    expect(fork).toContain('forked from <a class="Link--inTextBlock" data-hovercard-type="repository" href="/microsoft/playwright">');
  });

  it('makes an empty repository: the quick-setup box, no README, no file list, no embedded code view', () => {
    const doc = parse(repoPageAs('someone/nothing-yet', { empty: true }));
    expect(doc.querySelector<HTMLInputElement>('#empty-setup-clone-url')?.value).toBe('https://github.com/someone/nothing-yet.git');
    expect(doc.querySelector('.blankslate-icon')).not.toBeNull();
    expect(doc.querySelector('article.markdown-body, react-app, [data-target="react-app.embeddedData"]')).toBeNull();
    // Still the repository's page: its header and meta tags stay.
    expect(doc.querySelector('#repository-container-header')).not.toBeNull();
    expect(doc.querySelector('meta[name="octolytics-dimension-repository_nwo"]')?.getAttribute('content')).toBe('someone/nothing-yet');
  });

  it('makes an archived repository: the read-only banner as a child of main, the rest unchanged', () => {
    const doc = parse(repoPageAs('someone/old-code', { archived: true }));
    const banner = doc.querySelector('main > .flash-warn');
    expect(banner?.textContent).toMatch(/archived by the owner.*read-only/);
    expect(doc.querySelector('article.markdown-body')).not.toBeNull();
    expect(doc.querySelector('#repository-container-header')).not.toBeNull();
  });

  it('refuses a name that is not owner/name', () => {
    expect(() => repoPageAs('no-slash')).toThrow(/owner\/name/);
    expect(() => repoPageAs('a/b"><script>')).toThrow(/owner\/name/);
    expect(() => repoPageAs('a/b', { fork: { parentNwo: 'bad' } })).toThrow(/owner\/name/);
  });
});

describe('issuePageAs', () => {
  it('rewrites the defuddle issue page to another repository', () => {
    const page = issuePageAs('Zhang-Lab/Some.Repo');
    expect(meta(page, 'og:url')).toBe('https://github.com/Zhang-Lab/Some.Repo/issues/56');
    expect(meta(page, 'octolytics-dimension-repository_nwo')).toBe('Zhang-Lab/Some.Repo');
    expect(meta(page, 'octolytics-dimension-user_login')).toBe('Zhang-Lab');
    expect(meta(page, 'go-import')).toBe('github.com/Zhang-Lab/Some.Repo git https://github.com/Zhang-Lab/Some.Repo.git');
    expect(title(page)).toBe('Defuddle on Cloudflare Workers · Issue #56 · Zhang-Lab/Some.Repo');
    expect(headerLinks(page)).toEqual({ owner: ['/Zhang-Lab', 'Zhang-Lab'], name: ['/Zhang-Lab/Some.Repo', 'Some.Repo'] });
    expect(page).not.toMatch(/kepano(\/|%2F)defuddle/);
  });
});

describe('readmeCiting', () => {
  it('cites each id in one of four forms, with its title', () => {
    const html = readmeCiting(
      ['2205.11916', '1706.03762', '2106.09685', '2402.17764'],
      ['Large Language Models are Zero-Shot Reasoners', 'Attention Is All You Need', 'LoRA & <friends>'],
    );
    expect(html).toContain('<a href="https://arxiv.org/abs/2205.11916" rel="nofollow">Large Language Models are Zero-Shot Reasoners</a>');
    expect(html).toContain('Attention Is All You Need [<a href="https://arxiv.org/pdf/1706.03762v2.pdf"');
    expect(html).toContain('LoRA &amp; &lt;friends&gt;. arXiv:2106.09685, 2023.');
    expect(html).toMatch(/<pre>@article\{paper3,[\s\S]*eprint=\{2402\.17764\},\n {2}archivePrefix=\{arXiv\}/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(extractArxivIds(html, hrefs).sort()).toEqual(['1706.03762', '2106.09685', '2205.11916', '2402.17764']);
  });

  it('cites a title with no id by title only', () => {
    const html = readmeCiting([], ['Chain-of-Thought Prompting Elicits Reasoning in Large Language Models']);
    expect(html).toContain('please cite <em>Chain-of-Thought Prompting Elicits Reasoning in Large Language Models</em>');
    expect(html).not.toMatch(/arxiv/i);
  });
});

describe('notFoundPage and repoUrl', () => {
  it('is a GitHub-style 404 with no repository hooks', () => {
    const page = notFoundPage();
    expect(title(page)).toBe('Page not found · GitHub');
    expect(page).not.toContain('octolytics-dimension-repository');
    expect(page).not.toContain('repository-container-header');
    expect(meta(notFoundPage({ ogUrl: 'https://github.com/a/b' }), 'og:url')).toBe('https://github.com/a/b');
  });

  it('builds repository URLs', () => {
    expect(repoUrl('a/b.c')).toBe('https://github.com/a/b.c');
    expect(repoUrl('a/b', '/issues/1')).toBe('https://github.com/a/b/issues/1');
  });
});
