/**
 * Evaluation of recognition and extraction on 1,582 real ministry pages (2018–2020), read at run
 * time from ../shared/corpus/mfa-2018-2020 (never copied into the project), plus the seed
 * statement wrapped in Xinhua's current page structure, a 5 MB page and the URL pre-check.
 *
 *   node --import tsx tests/bench/extract-eval.ts [--verbose]
 *
 * Writes tests/bench/results/extract-eval.json. Exits 1 if the corpus is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml, parseHtml } from '../../utils/html';
import { extractArticle, looksLikeStatementUrl } from '../../utils/extract';
import { writeResult } from './results';
import { buildXinhuaPage, type SeedStatement } from './xinhua-wrap';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus', 'mfa-2018-2020');
const verbose = process.argv.includes('--verbose');

interface IndexEntry {
  file: string;
  url: string;
  lang: 'zh' | 'en';
  kind: 'article' | 'listing' | 'error' | 'other';
}
interface Parsed {
  file: string;
  title: string;
  date: string;
  paragraphs: string[];
}

function fail(message: string): never {
  process.stderr.write(`extract-eval: ${message}\n`);
  process.exit(1);
}

if (!existsSync(path.join(corpus, 'index.json'))) {
  fail(`corpus not found at ${corpus}: this evaluation needs ../shared (see shared/README.md)`);
}

const index = JSON.parse(readFileSync(path.join(corpus, 'index.json'), 'utf8')) as IndexEntry[];
const truth = new Map(
  (JSON.parse(readFileSync(path.join(corpus, 'parsed.json'), 'utf8')) as Parsed[]).map((p) => [
    p.file,
    p,
  ]),
);

const times: number[] = [];
const counts = {
  zh: {
    total: 0,
    recognised: 0,
    titleRight: 0,
    dateRight: 0,
    paragraphCountRight: 0,
    allRight: 0,
    textRight: 0,
  },
  en: {
    total: 0,
    recognised: 0,
    titleRight: 0,
    dateFound: 0,
    paragraphCountRight: 0,
    textRight: 0,
  },
  rejected: { total: 0, rejected: 0 },
};
const misses: string[] = [];

for (const entry of index) {
  const bytes = readFileSync(path.join(corpus, entry.file));
  const started = performance.now();
  const doc = parseHtml(decodeHtml(bytes));
  const result = extractArticle(doc, entry.url);
  times.push(performance.now() - started);
  const expected = truth.get(entry.file);
  if (entry.kind !== 'article') {
    counts.rejected.total++;
    if (!result.ok) counts.rejected.rejected++;
    else misses.push(`${entry.file}: ${entry.kind} accepted as ${result.article.kind}`);
    continue;
  }
  const bucket = entry.lang;
  counts[bucket].total++;
  if (!result.ok) {
    misses.push(`${entry.file}: not recognised (${result.reason}: ${result.detail})`);
    continue;
  }
  const article = result.article;
  counts[bucket].recognised++;
  const titleRight = !!expected && article.title === expected.title;
  if (titleRight) counts[bucket].titleRight++;
  else
    misses.push(
      `${entry.file}: title ${JSON.stringify(article.title)} ≠ ${JSON.stringify(expected?.title)}`,
    );
  if (bucket === 'en') {
    // English pages have no date element (ground truth date is empty); it comes from the title.
    if (article.date) counts.en.dateFound++;
    const enCount = article.paragraphs.length === expected?.paragraphs.length;
    if (enCount) counts.en.paragraphCountRight++;
    else
      misses.push(
        `${entry.file}: ${article.paragraphs.length} paragraphs ≠ ${expected?.paragraphs.length}`,
      );
    if (enCount && article.paragraphs.every((p, i) => p.text === expected?.paragraphs[i]))
      counts.en.textRight++;
    continue;
  }
  const dateRight = article.date === expected?.date;
  const countRight = article.paragraphs.length === expected?.paragraphs.length;
  const textRight =
    countRight && article.paragraphs.every((p, i) => p.text === expected?.paragraphs[i]);
  if (dateRight) counts.zh.dateRight++;
  else misses.push(`${entry.file}: date ${article.date} ≠ ${expected?.date}`);
  if (countRight) counts.zh.paragraphCountRight++;
  else
    misses.push(
      `${entry.file}: ${article.paragraphs.length} paragraphs ≠ ${expected?.paragraphs.length}`,
    );
  if (textRight) counts.zh.textRight++;
  else if (countRight && verbose) {
    const i = article.paragraphs.findIndex((p, k) => p.text !== expected?.paragraphs[k]);
    misses.push(
      `${entry.file}: paragraph ${i} text differs: ${JSON.stringify(article.paragraphs[i]?.text.slice(0, 60))} vs ${JSON.stringify(expected?.paragraphs[i]?.slice(0, 60))}`,
    );
  }
  if (titleRight && dateRight && countRight) counts.zh.allRight++;
}

/** Every paragraph of the seed statement extracted, in order, with the same text. */
function sameParagraphs(article: { paragraphs: { text: string }[] }, s: SeedStatement): boolean {
  return (
    article.paragraphs.length === s.paragraphs.length &&
    article.paragraphs.every((p, i) => p.text === s.paragraphs[i])
  );
}

// The seed statement in Xinhua's current template, built in memory.
const seedPath = path.join(shared, 'corpus', 'seed', 'zh.json');
if (!existsSync(seedPath)) fail(`seed not found at ${seedPath}`);
const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as SeedStatement;
const seedUrl =
  'https://www.news.cn/politics/leaders/20250619/0a1b2c3d4e5f40718293a4b5c6d7e8f9/c.html';
const seedResult = extractArticle(parseHtml(buildXinhuaPage(seed)), seedUrl);
const seedCheck = {
  recognised: seedResult.ok,
  titleRight: seedResult.ok && seedResult.article.title === seed.title,
  dateRight: seedResult.ok && seedResult.article.date === seed.date,
  paragraphsRight: seedResult.ok && sameParagraphs(seedResult.article, seed),
  kind: seedResult.ok ? seedResult.article.kind : null,
  speakers: seedResult.ok ? seedResult.article.speakers : null,
};
// The same text as a reprint with the metadata line, through the generic extractor.
const reprintUrl = 'https://www.example.org/news/2025-06/20/content_1.html';
const reprint = extractArticle(parseHtml(buildReprint(seed)), reprintUrl, { generic: true });
const reprintCheck = {
  recognised: reprint.ok,
  dateRight: reprint.ok && reprint.article.date === seed.date,
  sourceRight: reprint.ok && reprint.article.source === seed.source,
  paragraphsRight: reprint.ok && sameParagraphs(reprint.article, seed),
};

function buildReprint(s: SeedStatement): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(s.title)}_转载</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">新闻</a></div>
<h1>${esc(s.title)}</h1><div class="meta">${esc(s.meta_line ?? '')}</div>
<div class="text">${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<div class="footer"><a href="/about">关于我们</a> | <a href="/contact">联系我们</a></div></body></html>`;
}

// The few real pages of the current layouts (../shared/corpus/sites): no ground truth beyond the
// language and the publication date in each file's name, so that is what is checked.
interface SiteEntry {
  file: string;
  lang: 'zh' | 'en';
  original_url: string;
}
const sitesDir = path.join(shared, 'corpus', 'sites');
const currentLayouts = (
  JSON.parse(readFileSync(path.join(sitesDir, 'index.json'), 'utf8')) as SiteEntry[]
).map((entry) => {
  const result = extractArticle(
    parseHtml(decodeHtml(readFileSync(path.join(sitesDir, entry.file)))),
    entry.original_url,
  );
  const [, y, m, d] = /(\d{4})(\d{2})(\d{2})/.exec(entry.file) ?? [];
  return {
    file: entry.file,
    recognised: result.ok,
    langRight: result.ok && result.article.lang === entry.lang,
    dateRight: result.ok && result.article.date === `${y}-${m}-${d}`,
    paragraphs: result.ok ? result.article.paragraphs.length : 0,
    kind: result.ok ? result.article.kind : null,
  };
});

// A 5 MB page: a real press conference with its body repeated to 5 MB.
const sample = index.find((e) => e.kind === 'article' && e.lang === 'zh')!;
const sampleHtml = decodeHtml(readFileSync(path.join(corpus, sample.file)));
const filler =
  '<p>　　' + '中方一贯主张通过对话协商解决分歧，维护地区和平稳定。'.repeat(4) + '</p>\n';
const bigHtml = sampleHtml.replace(
  /(<div id="News_Body_Txt_A"[^>]*>)/,
  `$1${filler.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(filler)))}`,
);
let started = performance.now();
const bigDoc = parseHtml(bigHtml);
const bigParseMs = performance.now() - started;
started = performance.now();
const bigResult = extractArticle(bigDoc, sample.url);
const bigExtractMs = performance.now() - started;
const bigMs = bigParseMs + bigExtractMs;

// The pre-check on a listing URL, as the content script runs it.
const listing = index.find((e) => e.kind === 'listing')!;
const rounds = 10_000;
started = performance.now();
let accepted = 0;
for (let i = 0; i < rounds; i++) if (looksLikeStatementUrl(listing.url)) accepted++;
const precheckUs = ((performance.now() - started) / rounds) * 1000;
// Full extraction on the parsed listing: at its own URL (rejected before the DOM is read) and at an
// article-shaped URL (the DOM has to show it is a listing).
const listingDoc = parseHtml(decodeHtml(readFileSync(path.join(corpus, listing.file))));
const articleShaped = listing.url.replace(/default(?:_\d+)?\.shtml$/, 't9999999.shtml');
const timeIt = (url: string) => {
  const start = performance.now();
  for (let i = 0; i < 100; i++) extractArticle(listingDoc, url);
  return (performance.now() - start) / 100;
};
const listingAtOwnUrlMs = timeIt(listing.url);
const listingAtArticleUrlMs = timeIt(articleShaped);

const mean = times.reduce((a, b) => a + b, 0) / times.length;
const result = {
  corpus: 'shared/corpus/mfa-2018-2020',
  zhArticles: { ...counts.zh, target: 1000 },
  enArticles: { ...counts.en, target: 500 },
  rejectedPages: { ...counts.rejected, target: 82 },
  timing: { pages: times.length, meanMs: round(mean), maxMs: round(Math.max(...times)) },
  currentLayoutPages: {
    total: currentLayouts.length,
    recognised: currentLayouts.filter((c) => c.recognised).length,
    langAndDateRight: currentLayouts.filter((c) => c.langRight && c.dateRight).length,
    pages: currentLayouts,
  },
  seedInXinhuaTemplate: seedCheck,
  seedAsGenericReprint: reprintCheck,
  fiveMegabytePage: {
    bytes: Buffer.byteLength(bigHtml),
    ms: round(bigMs),
    parseMs: round(bigParseMs),
    extractMs: round(bigExtractMs),
    recognised: bigResult.ok,
    paragraphs: bigResult.ok ? bigResult.article.paragraphs.length : 0,
  },
  precheckOnListing: { url: listing.url, accepted, microsecondsPerCall: round(precheckUs, 2) },
  extractOnListing: {
    atItsUrlMs: round(listingAtOwnUrlMs, 3),
    atArticleShapedUrlMs: round(listingAtArticleUrlMs, 2),
  },
  misses: misses.length,
};

function round(n: number, digits = 1): number {
  return Number(n.toFixed(digits));
}

const zh = counts.zh;
const seedRight = seedCheck.titleRight && seedCheck.dateRight && seedCheck.paragraphsRight;
writeResult('extract-eval', result, [
  { label: 'zh articles: title, date, paragraph count right', value: `${zh.allRight}/${zh.total}` },
  {
    label: 'en articles: recognised / title right / date found',
    value: `${counts.en.recognised}/${counts.en.total} / ${counts.en.titleRight} / ${counts.en.dateFound}`,
  },
  {
    label: 'listings, error page, robots.txt rejected',
    value: `${counts.rejected.rejected}/${counts.rejected.total}`,
  },
  {
    label: 'current-layout pages (corpus/sites) recognised',
    value: `${result.currentLayoutPages.recognised}/${result.currentLayoutPages.total}`,
  },
  {
    label: 'seed in Xinhua template: title, date, all paragraphs',
    value: seedRight ? 'right' : 'WRONG',
  },
  { label: 'ms per page (mean / max)', value: `${result.timing.meanMs} / ${result.timing.maxMs}` },
  { label: '5 MB page (ms)', value: result.fiveMegabytePage.ms },
]);
process.stdout.write(
  [
    `zh articles: ${zh.allRight}/${zh.total} with title, date and paragraph count right ` +
      `(recognised ${zh.recognised}, title ${zh.titleRight}, date ${zh.dateRight}, count ${zh.paragraphCountRight}, every paragraph's text ${zh.textRight})`,
    `en articles: ${counts.en.recognised}/${counts.en.total} recognised, title right ${counts.en.titleRight}, date found ${counts.en.dateFound}, paragraph count right ${counts.en.paragraphCountRight}, every paragraph's text ${counts.en.textRight}`,
    `listings + error + robots.txt rejected: ${counts.rejected.rejected}/${counts.rejected.total}`,
    `time per page (decode+parse+extract): mean ${result.timing.meanMs} ms, max ${result.timing.maxMs} ms`,
    `current-layout real pages (shared/corpus/sites): ${result.currentLayoutPages.recognised}/${currentLayouts.length} recognised, ${result.currentLayoutPages.langAndDateRight} with language and date right`,
    `seed in Xinhua template: ${JSON.stringify(seedCheck)}`,
    `seed as generic reprint: ${JSON.stringify(reprintCheck)}`,
    `5 MB page: ${result.fiveMegabytePage.ms} ms = parse ${result.fiveMegabytePage.parseMs} + extract ${result.fiveMegabytePage.extractMs} (${result.fiveMegabytePage.bytes} bytes, recognised ${bigResult.ok}, ${result.fiveMegabytePage.paragraphs} paragraphs)`,
    `pre-check on a listing URL: ${result.precheckOnListing.microsecondsPerCall} µs/call, accepted ${accepted}`,
    `extractArticle on a parsed listing: ${result.extractOnListing.atItsUrlMs} ms at its URL, ${result.extractOnListing.atArticleShapedUrlMs} ms at an article-shaped URL`,
    ...(misses.length
      ? [`misses (${misses.length}):`, ...misses.slice(0, verbose ? 500 : 30).map((m) => '  ' + m)]
      : []),
  ].join('\n') + '\n',
);
