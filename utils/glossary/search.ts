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

/** Tokens of a Chinese text: every character and every pair of neighbouring characters. */
function hanTokens(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i]!);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
}

/** The spellings a user may type for a (toneless or numbered) syllable run with ü. */
function uSpellings(s: string): string[] {
  return s.includes('ü') ? [s, s.replace(/ü/g, 'u'), s.replace(/ü/g, 'v')] : [s];
}

/**
 * Index tokens of Duizhao pinyin ("zhan4lüe4 huo3ban4"): per word and per syllable, numbered,
 * with tone marks and toneless, with ü also written u and v; and the whole text run together.
 */
export function pinyinTokens(pinyin: string): string[] {
  const out: string[] = [];
  const words = pinyin.toLowerCase().split(/\s+/).filter(Boolean);
  const toneless: string[] = [];
  for (const word of words) {
    const syllables = word.match(SYLLABLE) ?? [];
    if (!syllables.length) continue;
    const bare = syllables.map((s) => s.slice(0, -1));
    const marked = syllables.map(toMarks);
    out.push(...uSpellings(syllables.join('')), marked.join(''), ...uSpellings(bare.join('')));
    if (syllables.length > 1) {
      for (let i = 0; i < syllables.length; i++) {
        out.push(...uSpellings(syllables[i]!), marked[i]!, ...uSpellings(bare[i]!));
      }
    }
    toneless.push(bare.join(''));
  }
  if (toneless.length > 1 && toneless.length <= 12) out.push(...uSpellings(toneless.join('')));
  return out;
}

/** Tokens of any text: Han runs as characters and pairs, other words lowercased (tones kept). */
export function textTokens(text: string): string[] {
  const out: string[] = [];
  for (const part of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)) {
    if (!part) continue;
    let latin = '';
    for (const ch of part) {
      if (HAN.test(ch)) {
        if (latin) out.push(latin);
        latin = '';
        out.push(ch);
      } else latin += ch;
    }
    if (latin) out.push(latin);
  }
  // Pairs of neighbouring Han characters, so that a query's characters must be adjacent.
  const pairs: string[] = [];
  for (const run of text.normalize('NFC').match(/\p{Script=Han}+/gu) ?? []) hanTokens(run, pairs);
  return [...out, ...pairs.filter((t) => t.length > 1)];
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
    zh: `${e.zh}\n${e.traditional}`,
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
  private search = this.create();
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
        fuzzy: (term) => (/^[a-z]{5,}$/.test(term) && !HAN.test(term) ? 0.2 : false),
        tokenize: (text) => textTokens(text),
        processTerm: (term) => term,
      },
    });
  }

  /** Bring the index to `entries` (added, changed and removed ones; unchanged ones are kept). */
  sync(entries: readonly GlossaryEntry[]): void {
    const next = new Map(entries.map((e) => [e.id, e]));
    for (const [id, old] of this.entries) {
      const now = next.get(id);
      if (!now) this.search.discard(id);
      else if (fingerprint(now) !== fingerprint(old)) this.search.replace(toDoc(now));
    }
    const added: Doc[] = [];
    for (const [id, e] of next) if (!this.entries.has(id)) added.push(toDoc(e));
    this.search.addAll(added);
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
    const hits: SearchResult[] = this.search.search(q);
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
