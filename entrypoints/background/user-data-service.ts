/**
 * The background as the one writer of the user's reading data: known words and reading settings.
 * Tabs and the toolbar popup send changes (a word marked known, a settings patch); the worker
 * applies them one after another to what is stored, so two tabs writing at once lose nothing
 * (each change is merged into the current value, never a stale copy written over it). A failed
 * write rejects, and the caller shows it.
 *
 * Private (incognito) windows: nothing is written. Their known-word marks live in this worker's
 * memory for as long as it runs, and are answered back so the tab can apply them.
 *
 * Also the popup's Data section: what is kept (counts) and clearing the searches, the pairings
 * or the known words (the glossary has its own writer, glossary-service.ts).
 */
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { clearCache, cacheCounts } from '../../utils/match/cache-storage';
import { onMessage, type KnownWordsChange } from '../../utils/messaging';
import { normaliseReadingSettings, type ReadingSettings } from '../../utils/reading/settings';
import { knownWordsItem, readingSettingsItem } from '../../utils/storage';

/** Apply a change to a known-word list; words are trimmed, empty ones ignored, order kept. */
export function applyKnownWords(list: readonly string[], change: KnownWordsChange): string[] {
  const words = new Set(change.clear ? [] : list);
  for (const word of change.add ?? []) if (word.trim()) words.add(word.trim());
  for (const word of change.remove ?? []) words.delete(word.trim());
  return [...words];
}

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function registerUserDataService(): () => void {
  let chain: Promise<unknown> = Promise.resolve();
  /** One write at a time, each on the value the previous one left. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
  // Private windows' marks: added and removed words over the stored list, never stored.
  const privateAdded = new Set<string>();
  const privateRemoved = new Set<string>();

  const offs = [
    onMessage('knownWordsChange', ({ data, sender }) =>
      serial(async () => {
        const stored = asList(await knownWordsItem.getValue());
        if (sender.tab?.incognito) {
          if (data.clear) stored.forEach((w) => privateRemoved.add(w));
          for (const w of data.add ?? []) if (!privateRemoved.delete(w)) privateAdded.add(w);
          for (const w of data.remove ?? []) if (!privateAdded.delete(w)) privateRemoved.add(w);
          if (data.clear) privateAdded.clear();
          const words = applyKnownWords(stored, { add: [...privateAdded] }).filter(
            (w) => !privateRemoved.has(w),
          );
          return { words, stored: false };
        }
        const words = applyKnownWords(stored, data);
        try {
          await knownWordsItem.setValue(words);
        } catch (error) {
          throw new Error(t('background.knownNotSaved', [reason(error)]));
        }
        return { words, stored: true };
      }),
    ),
    onMessage('readingSettingsChange', ({ data }) =>
      serial(async (): Promise<ReadingSettings> => {
        const current = normaliseReadingSettings(await readingSettingsItem.getValue());
        const next = normaliseReadingSettings({
          ...current,
          ...data.patch,
          // Per-site modes merge key by key: another tab's site stays as it set it.
          siteModes: { ...current.siteModes, ...data.patch.siteModes },
        });
        for (const site of data.removeSiteModes ?? []) delete next.siteModes[site];
        try {
          await readingSettingsItem.setValue(next);
        } catch (error) {
          throw new Error(t('background.settingsNotSaved', [reason(error)]));
        }
        return next;
      }),
    ),
    onMessage('dataSummary', async () => {
      const [cache, known] = await Promise.all([
        cacheCounts().catch(() => null),
        knownWordsItem.getValue().then(asList),
      ]);
      return { ...(cache ?? { outcomes: 0, articles: 0, pairs: 0 }), knownWords: known.length };
    }),
    onMessage('dataClear', ({ data, sender }) =>
      serial(async () => {
        // Only the extension's own pages (the toolbar popup) clear data, never a content script.
        if (!sender.url?.startsWith(browser.runtime.getURL('/')))
          throw new Error(t('background.popupOnlyClear'));
        if (data.what === 'known') await knownWordsItem.setValue([]);
        else await clearCache(data.what);
      }),
    ),
  ];
  return () => offs.forEach((off) => off());
}
