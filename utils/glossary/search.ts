/**
 * Full-text search over the glossary with MiniSearch: Chinese (simplified and traditional, by
 * characters and character pairs, so any part of a word or passage is found), pinyin with or
 * without tones ("zhanlue", "zhàn lüè", "zhan4lve4" all find 战略), English (the official
 * rendering, the dictionary's meanings; prefix and typo-tolerant) and notes and tags. Filters by
 * site, statement kind, entry type, tag and saving date. Kept in step with the store by `sync`.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { ArticleKind, SiteId } from '../article';
import { toMarks } from '../reading/syllable';
import type { EntryType, GlossaryEntry } from './schema';
import { lastSaved, sortNewestFirst } from './store';

const HAN = /\p{Script=Han}/u;
const SYLLABLE = /[a-zü]+[1-5]/g;

/** The spellings a user may type for a (toneless or numbered) syllable run with ü. */
function uSpellings(s: string, out: string[]): void {
  out.push(s);
  if (s.includes('ü')) out.push(s.replace(/ü/g, 'u'), s.replace(/ü/g, 'v'));
}

/**
 * Index tokens of Duizhao pinyin ("zhan4lüe4 huo3ban4"): each word with tone marks and toneless;
 * in a word of several syllables each syllable too, and in words of three or more the runs from
 * each syllable to the word's end (so "zhuyi" and "zhǔyì" find 多边主义 by prefix); ü also
 * written u and v; for short texts the whole reading run together ("hexinliyi"). Numbered
 * queries ("zhan4lve4") are turned into tone marks (queryText).
 */
export function pinyinTokens(pinyin: string): string[] {
  const out: string[] = [];
  const words = pinyin.toLowerCase().split(/\s+/);
  const toneless: string[] = [];
  for (const word of words) {
    const syllables = word.match(SYLLABLE);
    if (!syllables) continue;
    const bare = syllables.map((s) => s.slice(0, -1));
    const marked = syllables.map(toMarks);
    const whole = bare.join('');
    out.push(marked.join(''));
    uSpellings(whole, out);
    if (syllables.length > 1) {
      for (let i = 0; i < syllables.length; i++) {
        out.push(marked[i]!);
        uSpellings(bare[i]!, out);
        if (i > 0 && syllables.length > 2 && i < syllables.length - 1) {
          out.push(marked.slice(i).join(''));
          uSpellings(bare.slice(i).join(''), out);
        }
      }
    }
    toneless.push(whole);
  }
  if (toneless.length > 1 && toneless.length <= 6) uSpellings(toneless.join(''), out);
  return out;
}

/** A query as the index spells it: numbered syllables ("lve4", "zhan4") with tone marks. */
export function queryText(query: string): string {
  return query
    .normalize('NFC')
    .toLowerCase()
    .replace(/([a-zü:]+)([1-5])(?![0-9])/g, (_, letters: string, tone: string) => {
      const syllable = `${letters.replace(/u:|v/g, 'ü')}${tone}`;
      return tone === '5' ? syllable.slice(0, -1) : toMarks(syllable);
    });
}

const WORD_OR_HAN = /\p{Script=Han}|[^\s\p{P}\p{S}\p{Script=Han}]+/gu;
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Tokens of any text: each Han character and pair of neighbouring ones, other words lowercased. */
export function textTokens(text: string): string[] {
  const lower = text.normalize('NFC').toLowerCase();
  const out: string[] = lower.match(WORD_OR_HAN) ?? [];
  // Pairs, so that characters typed together are found together.
  for (const run of lower.match(HAN_RUN) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

interface Doc {
  id: string;
  zh: string;
  pinyin: string;
  english: string;
  note: string;
}

const FIELDS = ['zh', 'pinyin', 'english', 'note'] as const;

/** What the index holds of an entry, to tell whether it must be re-indexed. */
function fingerprint(e: GlossaryEntry): string {
  return [e.updatedAt, e.contexts.length, e.note, e.tags.join('\n'), e.english?.text ?? ''].join(
    '\u0000',
  );
}

function toDoc(e: GlossaryEntry): Doc {
  const english = [e.english?.text ?? '', ...e.renderings.map((r) => r.en), ...e.definitions].join(
    '\n',
  );
  return {
    id: e.id,
    zh: e.traditional && e.traditional !== e.zh ? `${e.zh}\n${e.traditional}` : e.zh,
    pinyin: e.pinyin,
    english,
    note: `${e.note}\n${e.tags.join('\n')}`,
  };
}

export interface GlossaryFilters {
  site?: SiteId | '';
  kind?: ArticleKind | '';
  type?: EntryType | '';
  tag?: string;
  /** Saved on or after / on or before (YYYY-MM-DD, the user's local day). */
  from?: string;
  to?: string;
}

/** The local calendar day (YYYY-MM-DD) of an ISO time. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function matchesFilters(e: GlossaryEntry, f: GlossaryFilters): boolean {
  if (f.type && e.type !== f.type) return false;
  if (f.site && !e.contexts.some((c) => c.site === f.site)) return false;
  if (f.kind && !e.contexts.some((c) => c.kind === f.kind)) return false;
  if (f.tag) {
    const tag = f.tag.toLowerCase();
    if (!e.tags.some((t) => t.toLowerCase() === tag)) return false;
  }
  if (f.from || f.to) {
    const day = localDay(lastSaved(e));
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
  }
  return true;
}

export class GlossaryIndex {
  /** Built on the first query (or by `prepare`): the list without a query needs none. */
  private search: MiniSearch<Doc> | null = null;
  private entries = new Map<string, GlossaryEntry>();
  private ordered: GlossaryEntry[] = [];

  private create() {
    return new MiniSearch<Doc>({
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text, field) => (field === 'pinyin' ? pinyinTokens(text) : textTokens(text)),
      processTerm: (term) => term,
      searchOptions: {
        boost: { zh: 3, pinyin: 2, english: 1.5 },
        combineWith: 'AND',
        prefix: (term) => term.length > 1 && !HAN.test(term),
        fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
        tokenize: (text) => textTokens(text),
        processTerm: (term) => term,
      },
    });
  }

  private index(): MiniSearch<Doc> {
    if (!this.search) {
      this.search = this.create();
      this.search.addAll([...this.entries.values()].map(toDoc));
    }
    return this.search;
  }

  /** Build the search index now (synchronously). */
  prepare(): void {
    this.index();
  }

  private building: Promise<void> | null = null;

  /**
   * Build the search index in slices that leave the page responsive between them (the glossary
   * page does it when it has shown the list); entries changed meanwhile are caught up after.
   */
  prepareAsync(chunkSize = 300): Promise<void> {
    if (this.search) return Promise.resolve();
    if (this.building) return this.building;
    const snapshot = this.entries;
    const search = this.create();
    this.building = search
      .addAllAsync([...snapshot.values()].map(toDoc), { chunkSize })
      .then(() => {
        this.building = null;
        if (this.search) return; // built synchronously meanwhile by a query
        const current = this.entries;
        this.search = search;
        this.entries = snapshot;
        this.sync([...current.values()]);
      });
    return this.building;
  }

  /** Bring the index to `entries` (added, changed and removed ones; unchanged ones are kept). */
  sync(entries: readonly GlossaryEntry[]): void {
    const next = new Map(entries.map((e) => [e.id, e]));
    const search = this.search;
    if (search) {
      for (const [id, old] of this.entries) {
        const now = next.get(id);
        if (!now) search.discard(id);
        else if (fingerprint(now) !== fingerprint(old)) search.replace(toDoc(now));
      }
      const added: Doc[] = [];
      for (const [id, e] of next) if (!this.entries.has(id)) added.push(toDoc(e));
      search.addAll(added);
    }
    this.entries = next;
    this.ordered = sortNewestFirst([...next.values()]);
  }

  get size(): number {
    return this.entries.size;
  }

  /** All tags in use, sorted. */
  tags(): string[] {
    const seen = new Map<string, string>();
    for (const e of this.entries.values()) {
      for (const t of e.tags) if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
    }
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  }

  /**
   * Entries matching `query` (best first) and the filters; no query: every entry that passes
   * the filters, newest saved first.
   */
  find(query: string, filters: GlossaryFilters = {}): GlossaryEntry[] {
    const q = query.trim();
    if (!q) return this.ordered.filter((e) => matchesFilters(e, filters));
    const hits: SearchResult[] = this.index().search(queryText(q));
    const out: GlossaryEntry[] = [];
    const han = q.match(/\p{Script=Han}+/gu) ?? [];
    for (const hit of hits) {
      const e = this.entries.get(hit.id as string)!;
      if (!matchesFilters(e, filters)) continue;
      // Characters typed together are found together (the pair tokens narrow it; this makes sure).
      if (han.length && !han.every((run) => e.zh.includes(run) || e.traditional.includes(run))) {
        const text = `${e.note}\n${e.tags.join(' ')}`;
        if (!han.every((run) => text.includes(run))) continue;
      }
      out.push(e);
    }
    return out;
  }
}
