/**
 * Checks every official rendering of utils/lexicon/terms.ts against the bilingual texts of
 * ../shared/corpus (read at run time): the zh/en pairs (pairs/p*.json), the seed readout and the
 * Foreign Ministry's same-day Chinese and English regular press conferences (mfa-2018-2020).
 * Per term:
 *   confirmed    — in at least one pair the zh term is in the Chinese text and one of its
 *                  renderings is in the English counterpart;
 *   contradicted — the zh term is in two or more pairs and none of their English texts has any
 *                  of the renderings (the ministry used another wording there);
 *   unconfirmed  — the zh term is in one pair only, without a rendering in its English;
 *   unchecked    — the zh term is in no pair.
 * This is the document-level check (co-occurrence in a pair); tests/bench/terms-mine.ts checks at
 * sentence level over the aligned corpus and writes the lexicon data. Writes
 * tests/bench/results/terms-check.json and prints a summary.
 */
import { OFFICIAL_TERMS } from '../../utils/lexicon/terms';
import { countStatuses, normaliseEnglish, termStatus } from './lib/english-text';
import { loadCorpusDocs, type CorpusDoc } from './lib/reading-corpus';
import { writeResult } from './results';

interface Pair {
  id: string;
  zh: string;
  en: string;
  enUrl: string;
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** Date of an English press conference from its title ("… on May 11, 2018"). */
function enDate(title: string): string | null {
  const m = /on (\w+) (\d{1,2}), (\d{4})/.exec(title);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!) + 1;
  return month ? `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : null;
}

function joined(doc: CorpusDoc): string {
  return [doc.title, ...doc.paragraphs].join('\n');
}

export function buildPairs(docs: CorpusDoc[]): Pair[] {
  const pairs: Pair[] = [];
  const byRef = new Map(docs.map((d) => [d.ref, d]));
  for (const doc of docs) {
    const m = /^(pairs\/p\d+\.json|seed\/)(#zh|zh\.json)$/.exec(doc.ref);
    if (!m) continue;
    const en = byRef.get(doc.ref.replace('#zh', '#en').replace('zh.json', 'en.json'));
    if (en)
      pairs.push({
        id: doc.ref.replace('#zh', ''),
        zh: joined(doc),
        en: normaliseEnglish(joined(en)),
        enUrl: en.url,
      });
  }
  // Same-day regular press conferences of the ministry, Chinese and English.
  const enByDate = new Map<string, CorpusDoc>();
  for (const doc of docs) {
    if (
      doc.ref.startsWith('mfa:') &&
      doc.lang === 'en' &&
      /Regular Press Conference/.test(doc.title)
    ) {
      const date = enDate(doc.title);
      if (date) enByDate.set(date, doc);
    }
  }
  for (const doc of docs) {
    if (!doc.ref.startsWith('mfa:') || doc.lang !== 'zh' || !/例行记者会/.test(doc.title)) continue;
    const en = enByDate.get(doc.date);
    if (en)
      pairs.push({
        id: `mfa press conference ${doc.date}`,
        zh: joined(doc),
        en: normaliseEnglish(joined(en)),
        enUrl: en.url,
      });
  }
  return pairs;
}

/** A rendering is found when its normalised text (without a leading "the ") is in the English. */
function renders(en: string, rendering: string): boolean {
  const needle = normaliseEnglish(rendering)
    .replace(/^the /, '')
    .replace(/^"(.*)"$/, '$1');
  return en.includes(needle);
}

function main() {
  const pairs = buildPairs(loadCorpusDocs());
  const terms = OFFICIAL_TERMS.map((term) => {
    const withTerm = pairs.filter((p) => p.zh.includes(term.zh));
    const perRendering = term.renderings.map((r) => {
      const hits = withTerm.filter((p) => renders(p.en, r.en));
      return {
        en: r.en,
        confirmedIn: hits.length,
        example:
          hits.find((h) => OFFICIAL_ENGLISH.test(h.enUrl))?.enUrl ??
          hits.find((h) => h.enUrl.startsWith('http'))?.enUrl ??
          hits[0]?.id ??
          null,
      };
    });
    const confirmingPairs = withTerm.filter((p) =>
      term.renderings.some((r) => renders(p.en, r.en)),
    );
    const status = termStatus(withTerm.length, confirmingPairs.length);
    return {
      zh: term.zh,
      status,
      pairsWithTerm: withTerm.length,
      confirmingPairs: confirmingPairs.length,
      renderings: perRendering,
    };
  });
  const counts = countStatuses(terms);
  const report = {
    date: new Date().toISOString().slice(0, 10),
    pairs: pairs.length,
    terms: terms.length,
    counts,
    checkable: terms.length - counts.unchecked,
    terms_detail: terms,
  };
  writeResult('terms-check', report, [
    { label: 'official terms', value: terms.length },
    { label: 'zh/en pairs checked', value: pairs.length },
    { label: 'confirmed', value: counts.confirmed },
    { label: 'contradicted (zh in ≥2 pairs, rendering in none)', value: counts.contradicted },
    { label: 'unconfirmed (zh in 1 pair)', value: counts.unconfirmed },
    { label: 'unchecked (zh not in the corpus)', value: counts.unchecked },
  ]);
  console.log(`terms check: ${terms.length} terms over ${pairs.length} zh/en pairs`);
  console.log(
    `  confirmed ${counts.confirmed}, contradicted ${counts.contradicted}, unconfirmed ${counts.unconfirmed}, unchecked ${counts.unchecked}`,
  );
  for (const t of terms.filter((x) => x.status === 'contradicted')) {
    console.log(
      `  contradicted: ${t.zh} (in ${t.pairsWithTerm} pairs) — ${t.renderings.map((r) => r.en).join(' | ')}`,
    );
  }
}

const OFFICIAL_ENGLISH =
  /^https?:\/\/(www\.fmprc\.gov\.cn|www\.mfa\.gov\.cn|english\.www\.gov\.cn|english\.news\.cn|www\.news\.cn|www\.xinhuanet\.com|en\.people\.cn)\//;

main();
