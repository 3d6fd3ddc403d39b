/**
 * New official renderings, found in the aligned corpus. Aligns every Chinese/English pair of
 * ../shared/corpus (lib/aligned-corpus.ts; read at run time, never copied) and, over the confident
 * sentence links, looks for recurring Chinese set phrases whose aligned English keeps one wording:
 *
 * 1. Chinese candidates: runs of 1–5 segmented words, 4–12 Han characters, in linked sentences of
 *    ≥ MIN_PAIRS pairs; never with a pronoun, a verb of saying, a modal or a question word
 *    (STOP_ANYWHERE), never starting or ending with a particle or preposition (STOP_EDGE); not
 *    already a term or a name of the gazetteer.
 * 2. For each candidate, the English n-grams (2–8 words, neither end a function word) of the
 *    sentences linked to it, scored by Dice (2·both / (zh links + en links)): how much the
 *    English wording and the Chinese phrase go together and only together.
 * 3. Accepted ("sure") when the best n-gram is in the linked English of ≥ MIN_PAIRS pairs, in
 *    ≥ MIN_SHARE of the candidate's links, with Dice ≥ MIN_DICE; candidates near the thresholds
 *    are "unsure", listed in the report and not added: they wait for a reviewer.
 *    A candidate is dropped when a longer accepted candidate covers it with the same links (the
 *    part of a longer phrase adds nothing).
 *
 *   node --import tsx tests/bench/terms-discover.ts          # report → results/terms-discover.json
 *   node --import tsx tests/bench/terms-discover.ts --write  # also adds the sure ones to terms.json
 *
 * Review: a sample of 50 sure ones drawn after the rules were last changed (2026-12-01) and read
 * by hand: 45 right, 2 partial (a word of the Chinese not rendered), 3 wrong; those five, and six
 * from earlier samples, are in utils/lexicon/data/dropped.json with the reason, which keeps them
 * out on every rerun.
 *
 * Only terms, renderings, counts and article ids are written; no sentence is kept. Then
 * terms-mine.ts --write counts each rendering by year at sentence level, as for every term.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { alignArticles, CONFIDENT } from '../../utils/align';
import { checkLexicon, type SourceTable, type TermRow } from '../../utils/lexicon/schema';
import { loadMatchResources } from '../../utils/match/node-resources';
import { LEXICON_DATA_FILES } from '../../utils/reading/dict-build';
import type { ReadingEngine } from '../../utils/reading/reader';
import { loadNodeEngine } from '../../utils/reading/reader-node';
import { formatSyllable } from '../../utils/reading/syllable';
import { minedPairs, sourceIdOf } from './lib/aligned-corpus';
import { normaliseEnglish } from './lib/english-text';
import { PROJECT_ROOT } from './lib/reading-corpus';
import { writeResult } from './results';

export const MIN_PAIRS = 2;
export const MIN_LINKS = 3;
export const MIN_SHARE = 0.6;
export const MIN_DICE = 0.5;
/** Above these a candidate is sure; between them and the minimums, unsure. */
const SURE_SHARE = 0.7;
const SURE_DICE = 0.6;
const SURE_PAIRS = 3;
/**
 * Sure needs the dictionary to explain two thirds of the Chinese words and 60% of the English
 * ones, and two contexts on each side.
 */
const MIN_COVERAGE = 0.67;
const MIN_EN_COVERAGE = 0.6;
const MIN_VARIETY = 2;
/** The English stops short when one same word follows (or precedes) it this often. */
const TRUNCATED_SHARE = 0.75;
/** A longer wording holding the best one wins when it keeps this share of its links. */
const EXTEND_SHARE = 0.85;

/** Words that make a run a free sentence rather than a set phrase, wherever they are. */
const STOP_ANYWHERE = new Set(
  (
    '我 你 他 她 它 我们 你们 他们 她们 咱们 自己 这 那 这个 那个 这些 那些 这样 那样 这种 此 该 其 ' +
    '什么 怎么 如何 为什么 是否 吗 呢 吧 啊 哪 哪些 谁 多少 ' +
    '说 问 答 表示 指出 认为 强调 介绍 透露 宣布 回答 提问 谢谢 请 ' +
    '应该 应当 应 要 会 能 能够 可以 可能 必须 需要 希望 愿意 想 ' +
    '已经 正在 曾 刚 刚刚 还 也 都 就 又 再 才 很 非常 更 最 太 将 继续 在内 ' +
    '是 有 没有 没 了 着 过 ' +
    '记者 发言人 问题 情况 消息 报道 今天 昨天 明天 目前 现在 近日 日前 最近'
  ).split(' '),
);
/** Words a set phrase does not start or end with. */
const STOP_EDGE = new Set(
  (
    '的 地 得 和 与 及 以及 或 或者 并 并且 而 而且 但 但是 对 对于 关于 在 从 向 把 被 为 为了 ' +
    '将 以 由 于 给 同 跟 等 之 上 中 下 里 内 外 时 后 前 方面 不 一 所 些 个 种 次 年 月 日 ' +
    '进行 开展 作出 做出 给予 予以 加以 继续 进一步 共同 双方 相关 有关 提供 导致 期间 一系列 采取 届 第'
  ).split(' '),
);
/** English words a rendering does not start or end with (it may contain them). */
const EN_STOP = new Set(
  (
    'the a an of and or to in on at for with by from as is are was were be been it its this that ' +
    'these those we our us they their you your he his she her i which who what will would shall ' +
    'should can could may might has have had do does did not no so but also than then there here ' +
    'about into over under between among against through during such other more most very'
  ).split(' '),
);
/** Common English words: a rendering needs at least one word outside them. */
const EN_COMMON = new Set([
  ...EN_STOP,
  ...(
    'all any each every some one two many much new good well said says say made make like just ' +
    'china chinese side us u.s. country countries people time year years day today question ' +
    'questions hope think relevant issue issues matter'
  ).split(' '),
]);

const MAX_WORDS = 5;
const MIN_HAN = 4;
const MAX_HAN = 12;
const MAX_EN = 8;

interface Link {
  pair: string;
  year: number;
  url: string;
  zhWords: string[];
  en: string[];
  /** The English as written (for the rendering's capitals). */
  raw: string;
  zh: string;
}

function englishTokens(text: string): string[] {
  return normaliseEnglish(text)
    .replace(/[^a-z0-9.'\- ]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

/** The distinct n-grams of a sentence a rendering could be (both ends content words). */
function englishGrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (EN_STOP.has(tokens[i]!)) continue;
    let gram = tokens[i]!;
    for (let n = 2; n <= MAX_EN && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      gram += ` ${last}`;
      if (!EN_STOP.has(last)) out.add(gram);
    }
  }
  return out;
}

function han(word: string): number {
  return Array.from(word).filter((c) => /\p{Script=Han}/u.test(c)).length;
}

/** The candidate phrases of a sentence: runs of segmented words (see the rules above). */
function chineseCandidates(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (STOP_EDGE.has(words[i]!) || STOP_ANYWHERE.has(words[i]!)) continue;
    let phrase = '';
    let chars = 0;
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const word = words[i + n - 1]!;
      if (STOP_ANYWHERE.has(word) || han(word) !== Array.from(word).length) break;
      phrase += word;
      chars += han(word);
      if (chars > MAX_HAN) break;
      if (chars >= MIN_HAN && !STOP_EDGE.has(word)) out.add(phrase);
    }
  }
  return out;
}

interface Found {
  zh: string;
  en: string;
  links: number;
  pairs: number;
  both: number;
  bothPairs: number;
  share: number;
  dice: number;
  sure: boolean;
  example: { year: number; url: string };
  linkSet: Set<number>;
  /** The rendering as the publisher writes it most often (capitals, hyphens, U.S.). */
  written: string | null;
  coverage: { zh: number; en: number };
  cut: boolean;
  variety: { left: number; right: number };
}

/** The most frequent way `needle` (normalised tokens) is written in the sentences. */
function writtenForm(needle: string, sentences: readonly string[]): string | null {
  const words = needle.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Between the words: spaces, or the punctuation the tokens lost (Workers' Party, U.S.-China).
  const pattern = new RegExp(`\\b${words.join("[\\s'’,()\\-]+")}\\b`, 'i');
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const m = pattern.exec(s.replace(/[‘’]/g, "'"));
    if (m) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [form, n] of seen) if (n > most) [best, most] = [form, n];
  if (best === null) return null;
  // An unbalanced bracket is cut with what follows it ("Workers' Party of Korea (WPK").
  const open = best.indexOf('(');
  if (open >= 0 && !best.includes(')', open)) best = best.slice(0, open);
  const close = best.indexOf(')');
  if (close >= 0 && !best.slice(0, close).includes('(')) best = best.slice(close + 1);
  best = best.replace(/\s+/g, ' ').replace(/^[\s,'-]+|[\s,'(-]+$/g, '');
  return best.split(' ').length >= 2 ? best : null;
}

/** A crude English stem: the plural off (boats ≈ boat, policies ≈ policy). */
export function stem(word: string): string {
  return word
    .replace(/ies$/, 'y')
    .replace(/(?<=[sxz]|[cs]h)es$/, '')
    .replace(/(?<!s)s$/, '');
}

/**
 * What a gloss and an English word share when they translate the same Chinese word: their
 * first four letters (China ≈ Chinese, rule ≈ rules, Canada ≈ Canadian, economy ≈ economic).
 */
function root(word: string): string {
  return word.slice(0, 4);
}

/** A wording that ends on an adjective ("independent international") stops before its noun. */
const ENDS_ON_ADJECTIVE = /(?:al|ic|ive|ary|-level)$/;
function endsOnAdjective(en: string): boolean {
  // A possessive ends before its noun too ("respect each other's").
  if (/'s?$/.test(en)) return true;
  return ENDS_ON_ADJECTIVE.test(en.toLowerCase()) && !/ (?:and|or) /.test(en);
}

/** English word stems a dictionary gives for a Chinese word. */
function glossStems(
  engine: ReadingEngine,
  word: string,
  names: Map<string, string[]>,
): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().match(/[a-z]{3,}/g) ?? [])
      if (!EN_STOP.has(w)) out.add(root(w));
  };
  let entries = engine.dict.lookup(word);
  if (!entries.length) entries = Array.from(word).flatMap((c) => engine.dict.lookup(c));
  for (const e of entries) e.definitions.forEach(add);
  for (const [zh, en] of names) if (word.includes(zh)) en.forEach(add);
  return out;
}

/**
 * How well the dictionary explains the pairing: the share of the Chinese words with a gloss
 * found in the English, and of the English content words found among the glosses.
 */
export function glossCoverage(
  zhWords: readonly Set<string>[],
  en: string,
): { zh: number; en: number } {
  const enWords = en
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !EN_STOP.has(w));
  const enStems = new Set(enWords.map(root));
  const glossed = zhWords.filter((g) => g.size > 0);
  const all = new Set(glossed.flatMap((g) => [...g]));
  const zhShare = glossed.length
    ? glossed.filter((g) => [...g].some((stem) => enStems.has(stem))).length / glossed.length
    : 0;
  const enShare = enWords.length
    ? enWords.filter((w) => all.has(root(w))).length / enWords.length
    : 0;
  return { zh: zhShare, en: enShare };
}

/**
 * Whether the English wording stops short: in most of the sentences the same word follows it
 * (or comes before it) — "Ministers of Foreign" [Affairs]; the whole wording was longer.
 */
function truncated(needle: string, sentences: readonly string[][]): boolean {
  const words = needle.split(' ');
  const after = new Map<string, number>();
  const before = new Map<string, number>();
  let seen = 0;
  for (const tokens of sentences) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => tokens[i + k] === w)) continue;
      seen++;
      // Compared by stem: "fishing boat" and "fishing boats" both stop before the boat.
      const next = stem(tokens[i + words.length] ?? '#');
      const prev = stem(tokens[i - 1] ?? '#');
      after.set(next, (after.get(next) ?? 0) + 1);
      before.set(prev, (before.get(prev) ?? 0) + 1);
    }
  }
  const glued = (counts: Map<string, number>) =>
    [...counts].some(([w, n]) => w !== '#' && !EN_STOP.has(w) && n >= TRUNCATED_SHARE * seen);
  return seen >= 2 && (glued(after) || glued(before));
}

/**
 * Accessor variety: how many different characters come before and after the phrase in the
 * sentences (a sentence edge or punctuation counts as one each). A set phrase is met in many
 * contexts; a piece of one repeated sentence always has the same neighbours.
 */
function variety(phrase: string, sentences: readonly string[]): { left: number; right: number } {
  const left = new Set<string>();
  const right = new Set<string>();
  const edge = (c: string | undefined) => (!c || !/\p{Script=Han}/u.test(c) ? '#' : c);
  for (const text of sentences) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      left.add(edge(text[at - 1]));
      right.add(edge(text[at + phrase.length]));
    }
  }
  return { left: left.size, right: right.size };
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const pairs = minedPairs();
  const resources = await loadMatchResources();
  const engine = await loadNodeEngine();
  const termsFile = path.join(PROJECT_ROOT, LEXICON_DATA_FILES.terms);
  const sourcesFile = path.join(PROJECT_ROOT, LEXICON_DATA_FILES.sources);
  const gazetteerFile = path.join(PROJECT_ROOT, LEXICON_DATA_FILES.gazetteer);
  const rows = JSON.parse(readFileSync(termsFile, 'utf8')) as TermRow[];
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as SourceTable;
  const gazetteer = JSON.parse(readFileSync(gazetteerFile, 'utf8')) as { zh: string }[];
  const dropped = JSON.parse(
    readFileSync(path.join(PROJECT_ROOT, 'utils/lexicon/data/dropped.json'), 'utf8'),
  ) as { zh: string }[];
  const known = new Set([...rows, ...gazetteer, ...dropped].map((r) => r.zh));
  // A title with a person's name (习近平主席, 国务卿蓬佩奥) is a name, for the gazetteer.
  const persons = (gazetteer as { zh: string; type: string }[])
    .filter((g) => g.type === 'person')
    .map((g) => g.zh);
  const namesPerson = (zh: string) => persons.some((p) => zh.includes(p));
  const names = new Map(
    (gazetteer as { zh: string; en: string[] }[]).map((g) => [g.zh, g.en] as const),
  );

  // 1. The confident links, their Chinese words and English tokens.
  const started = performance.now();
  const links: Link[] = [];
  const seenLinks = new Set<string>();
  for (const [n, pair] of pairs.entries()) {
    const alignment = alignArticles(pair.zh, pair.en, resources);
    for (const link of alignment.links) {
      if (link.confidence < CONFIDENT || !link.zh.length || !link.en.length) continue;
      const zh = link.zh.map((i) => alignment.zh[i]!.text).join('');
      const en = link.en.map((i) => alignment.en[i]!.text).join(' ');
      // A sentence the spokesperson repeats word for word on other days is one piece of evidence.
      const key = `${zh}\n${en}`;
      if (seenLinks.has(key)) continue;
      seenLinks.add(key);
      links.push({
        pair: pair.id,
        zh,
        year: pair.year,
        url: pair.en.url,
        zhWords: engine
          .read(zh)
          .filter((t) => t.kind === 'han' || t.kind === 'punct' || t.kind === 'latin')
          .map((t) => t.text),
        en: englishTokens(en),
        raw: en,
      });
    }
    if (n % 100 === 99) console.log(`  aligned ${n + 1}/${pairs.length} pairs`);
  }

  // 2. How many links hold each English n-gram; which links hold each Chinese candidate.
  const enLinks = new Map<string, number>();
  const enOf: Set<string>[] = [];
  const zhLinks = new Map<string, number[]>();
  links.forEach((link, k) => {
    const grams = englishGrams(link.en);
    enOf.push(grams);
    for (const g of grams) enLinks.set(g, (enLinks.get(g) ?? 0) + 1);
    for (const c of chineseCandidates(link.zhWords)) {
      if (known.has(c) || namesPerson(c)) continue;
      const list = zhLinks.get(c);
      if (list) list.push(k);
      else zhLinks.set(c, [k]);
    }
  });

  // 3. The best English n-gram of each frequent candidate.
  const found: Found[] = [];
  for (const [zh, ks] of zhLinks) {
    if (ks.length < MIN_LINKS) continue;
    const candidatePairs = new Set(ks.map((k) => links[k]!.pair));
    if (candidatePairs.size < MIN_PAIRS) continue;
    const both = new Map<string, number[]>();
    for (const k of ks) {
      for (const g of enOf[k]!) {
        const list = both.get(g);
        if (list) list.push(k);
        else both.set(g, [k]);
      }
    }
    let best: { en: string; ks: number[]; dice: number } | null = null;
    for (const [en, bk] of both) {
      if (bk.length < 2) continue;
      if (en.split(' ').every((w) => EN_COMMON.has(w) || /^\d/.test(w))) continue;
      const dice = (2 * bk.length) / (ks.length + enLinks.get(en)!);
      // Ties go to the longer wording (the whole rendering, not a part of it).
      if (
        !best ||
        dice > best.dice + 1e-9 ||
        (Math.abs(dice - best.dice) < 1e-9 && en.length > best.en.length)
      )
        best = { en, ks: bk, dice };
    }
    if (!best) continue;
    // The whole wording: the longest one that holds the best and keeps most of its links
    // ("issues of mutual concern", not "issues of mutual").
    for (const [en, bk] of both) {
      if (
        en.length > best.en.length &&
        ` ${en} `.includes(` ${best.en} `) &&
        bk.length >= EXTEND_SHARE * best.ks.length
      ) {
        if (en.split(' ').length <= MAX_EN)
          best = { en, ks: bk, dice: (2 * bk.length) / (ks.length + enLinks.get(en)!) };
      }
    }
    const bothPairs = new Set(best.ks.map((k) => links[k]!.pair));
    const share = best.ks.length / ks.length;
    if (bothPairs.size < MIN_PAIRS || share < MIN_SHARE || best.dice < MIN_DICE) continue;
    const words = engine
      .read(zh)
      .filter((t) => t.kind === 'han')
      .map((t) => glossStems(engine, t.text, names));
    const coverage = glossCoverage(words, best.en);
    const written = writtenForm(
      best.en,
      best.ks.map((k) => links[k]!.raw),
    );
    const cut = truncated(
      best.en,
      best.ks.map((k) => links[k]!.en),
    );
    const around = variety(
      zh,
      ks.map((k) => links[k]!.zh),
    );
    const latest = best.ks
      .map((k) => links[k]!)
      .reduce((a, b) => (b.year > a.year || (b.year === a.year && b.url > a.url) ? b : a));
    found.push({
      zh,
      en: best.en,
      links: ks.length,
      pairs: candidatePairs.size,
      both: best.ks.length,
      bothPairs: bothPairs.size,
      share,
      dice: best.dice,
      coverage,
      cut,
      variety: around,
      sure:
        share >= SURE_SHARE &&
        best.dice >= SURE_DICE &&
        bothPairs.size >= SURE_PAIRS &&
        coverage.zh >= MIN_COVERAGE &&
        coverage.en >= MIN_EN_COVERAGE &&
        !endsOnAdjective(best.en) &&
        around.left >= MIN_VARIETY &&
        around.right >= MIN_VARIETY &&
        !cut &&
        written !== null,
      written,
      example: { year: latest.year, url: latest.url },
      linkSet: new Set(ks),
    });
  }

  // 4. A part of a longer found phrase with the same links and the same English adds nothing.
  found.sort((a, b) => b.zh.length - a.zh.length);
  const kept: Found[] = [];
  for (const f of found) {
    const covered = kept.some(
      (longer) =>
        longer.zh.includes(f.zh) &&
        longer.links >= 0.8 * f.links &&
        (longer.en.includes(f.en) || f.en.includes(longer.en)),
    );
    if (!covered) kept.push(f);
  }
  kept.sort((a, b) => b.both - a.both || (a.zh < b.zh ? -1 : 1));
  const sure = kept.filter((f) => f.sure);
  const unsure = kept.filter((f) => !f.sure);
  const ms = performance.now() - started;

  const summary = (f: Found) => ({
    zh: f.zh,
    en: f.written ?? f.en,
    links: f.links,
    pairs: f.pairs,
    confirmingLinks: f.both,
    confirmingPairs: f.bothPairs,
    share: Math.round(f.share * 100) / 100,
    dice: Math.round(f.dice * 100) / 100,
    coverage: [f.coverage.zh, f.coverage.en].map((c) => Math.round(c * 100) / 100),
    variety: [f.variety.left, f.variety.right],
    ...(f.cut && { englishCutShort: true }),
    example: sourceIdOf(f.example.url),
  });
  writeResult(
    'terms-discover',
    {
      pairs: pairs.length,
      confidentLinks: links.length,
      seconds: Math.round(ms / 100) / 10,
      rules: {
        MIN_PAIRS,
        MIN_LINKS,
        MIN_SHARE,
        MIN_DICE,
        SURE_SHARE,
        SURE_DICE,
        SURE_PAIRS,
        EXTEND_SHARE,
      },
      candidates: zhLinks.size,
      found: found.length,
      sure: sure.length,
      unsure: unsure.length,
      sure_detail: sure.map(summary),
      unsure_detail: unsure.map(summary),
    },
    [
      { label: 'confident sentence links searched', value: links.length },
      {
        label:
          'set phrases with a stable rendering not in the lexicon before this run (sure; --write adds them)',
        value: sure.length,
      },
      { label: 'held for review (unsure)', value: unsure.length },
    ],
  );
  console.log(
    `terms-discover: ${links.length} links, ${zhLinks.size} candidates → ${sure.length} sure, ${unsure.length} unsure (${Math.round(ms / 1000)} s)`,
  );
  for (const f of sure.slice(0, 40))
    console.log(`  ${f.zh} = ${f.en}  (${f.both}/${f.links}, dice ${f.dice.toFixed(2)})`);

  if (!write) return;
  const added: TermRow[] = [];
  for (const f of sure) {
    const id = sourceIdOf(f.example.url);
    if (!id) continue;
    sources[id] = f.example.url;
    const syllables = engine
      .read(f.zh)
      .flatMap((t) => t.py)
      .filter(Boolean)
      .map((s) => formatSyllable(s, 'marks'));
    added.push({
      zh: f.zh,
      pinyin: syllables.join(' '),
      renderings: [{ en: f.written!, source: id }],
      review: `Mined from the aligned corpus (terms-discover): rendered so in ${f.both} of ${f.links} linked sentences, ${f.bothPairs} pairs.`,
    });
  }
  const next = [...rows, ...added];
  const sortedSources = Object.fromEntries(
    Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  checkLexicon({ gazetteer, terms: next, sources: sortedSources });
  const json = (value: unknown) =>
    format(JSON.stringify(value), { parser: 'json', printWidth: 100 });
  writeFileSync(termsFile, await json(next));
  writeFileSync(sourcesFile, await json(sortedSources));
  console.log(`  added ${added.length} terms to ${LEXICON_DATA_FILES.terms}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
