/**
 * The glossary page (glossary.html): every saved term and passage, newest first, a search box
 * over Chinese, pinyin with or without tones, English and notes, filters, editing, delete with
 * undo, export and import. A virtualised list (TanStack Virtual) keeps 10,000 entries fast. It
 * reads the database itself and sends every change to the background (the one writer), then
 * follows the background's change signal, so it updates while tabs save.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ARTICLE_KINDS, type ArticleKind, type SiteId } from '../../utils/article';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/glossary/exporters';
import type { EntryType, GlossaryEntry } from '../../utils/glossary/schema';
import { SITE_IDS } from '../../utils/glossary/schema';
import { GlossaryIndex, type GlossaryFilters } from '../../utils/glossary/search';
import type { ImportReport } from '../../utils/glossary/store';
import type { Translate } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { useT } from '../i18n/use-t';
import { kindLabel, siteLabel } from '../popup/labels';
import { downloadExport, loadEntries, watchGlossary, wipeGlossary } from './data';
import { EntryCard } from './entry-card';
import { errorText } from './errors';

/**
 * What the page tells the user after an action. Kept as what happened (not as text) and worded
 * when drawn, so that it follows a change of the interface language.
 */
type Notice =
  | ({ undo?: GlossaryEntry[] } & (
      | { kind: 'noteSaved' | 'restored' }
      | { kind: 'deleted'; zh: string }
      | { kind: 'exported'; count: number; name: string }
      | { kind: 'cleared'; count: number }
      | { kind: 'imported'; report: ImportReport }
      | { kind: 'readFailed' | 'exportFailed' | 'failed'; error: unknown }
    ))
  | null;

const FORMAT_LABELS = {
  anki: 'glossary.format.anki',
  csv: 'glossary.format.csv',
  pleco: 'glossary.format.pleco',
  json: 'glossary.format.json',
} as const satisfies Record<ExportFormat, string>;

function initialQuery(): string {
  const match = /(?:^#|&)q=([^&]*)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : '';
}

/** "1 entry", "2 entries". */
const entriesLabel = (t: Translate, n: number) => t('glossary.entries', n);

function describeReport(t: Translate, r: ImportReport): string {
  return r.unchanged
    ? t('glossary.notice.importedWithUnchanged', [
        r.added,
        r.merged,
        r.unchanged,
        r.rejected.length,
      ])
    : t('glossary.notice.imported', [r.added, r.merged, r.rejected.length]);
}

function noticeText(t: Translate, notice: NonNullable<Notice>): string {
  switch (notice.kind) {
    case 'noteSaved':
      return t('glossary.notice.noteSaved');
    case 'restored':
      return t('glossary.notice.restored');
    case 'deleted':
      return t('glossary.notice.deleted', [notice.zh]);
    case 'exported':
      return t('glossary.notice.exported', [entriesLabel(t, notice.count), notice.name]);
    case 'cleared':
      return t('glossary.notice.cleared', notice.count);
    case 'imported':
      return describeReport(t, notice.report);
    case 'readFailed':
      return t('glossary.notice.readFailed', [errorText(t, notice.error)]);
    case 'exportFailed':
      return t('glossary.notice.exportFailed', [errorText(t, notice.error)]);
    case 'failed':
      return errorText(t, notice.error);
  }
}

const isError = (notice: NonNullable<Notice>) =>
  notice.kind === 'readFailed' || notice.kind === 'exportFailed' || notice.kind === 'failed';

/** Why an imported entry was refused. */
function rejectedReason(t: Translate, r: ImportReport['rejected'][number]): string {
  if (r.code === 'id-mismatch') return t('glossary.rejected.idMismatch');
  return t('glossary.rejected.invalid', [r.reason]);
}

export function GlossaryApp() {
  const t = useT();
  const index = useRef(new GlossaryIndex());
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [query, setQuery] = useState(initialQuery);
  const [filters, setFilters] = useState<GlossaryFilters>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [confirmWipe, setConfirmWipe] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Reloads can overlap (several saves in a row): only the latest one's answer is applied.
  const reloads = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++reloads.current;
    try {
      const entries = await loadEntries();
      if (ticket !== reloads.current) return;
      index.current.sync(entries);
      setVersion((v) => v + 1);
      setLoaded(true);
    } catch (e) {
      setLoaded(true);
      setNotice({ kind: 'readFailed', error: e });
    }
  }, []);

  useEffect(() => {
    // The list shows at once; the search index is built when the page is idle.
    void reload().then(() => {
      const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
      idle(() => void index.current.prepareAsync());
    });
    return watchGlossary(() => void reload());
  }, [reload]);

  const { results, searchMs } = useMemo(() => {
    const started = performance.now();
    const found = index.current.find(query, filters);
    return { results: found, searchMs: performance.now() - started, version };
  }, [query, filters, version]);
  const tags = useMemo(() => ({ list: index.current.tags(), version }).list, [version]);

  // The virtualizer is read afresh on every render by design (TanStack Virtual).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 160,
    overscan: 6,
    getItemKey: (i) => results[i]!.id,
  });

  const setFilter = <K extends keyof GlossaryFilters>(key: K, value: GlossaryFilters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const onSave = async (id: string, edit: { note: string; tags: string[] }) => {
    await sendMessage('glossaryEdit', { id, edit });
    setNotice({ kind: 'noteSaved' });
  };

  const onDelete = async (entry: GlossaryEntry) => {
    try {
      const removed = await sendMessage('glossaryDelete', { ids: [entry.id] });
      setNotice({ kind: 'deleted', zh: entry.zh.slice(0, 30), undo: removed });
    } catch (e) {
      setNotice({ kind: 'failed', error: e });
    }
  };

  const undo = async (entries: GlossaryEntry[]) => {
    try {
      await sendMessage('glossaryRestore', { entries });
      setNotice({ kind: 'restored' });
    } catch (e) {
      setNotice({ kind: 'failed', error: e });
    }
  };

  const doExport = async (which: ExportFormat) => {
    try {
      const name = await downloadExport(which);
      setNotice({ kind: 'exported', count: index.current.size, name });
    } catch (e) {
      setNotice({ kind: 'exportFailed', error: e });
    }
  };

  const doImport = async (file: File) => {
    setReport(null);
    try {
      const result = await sendMessage('glossaryImport', { text: await file.text() });
      setReport(result);
      setNotice({ kind: 'imported', report: result });
    } catch (e) {
      setNotice({ kind: 'failed', error: e });
    }
  };

  const doWipe = async () => {
    setConfirmWipe(false);
    try {
      const removed = await wipeGlossary();
      setNotice({ kind: 'cleared', count: removed });
    } catch (e) {
      setNotice({ kind: 'failed', error: e });
    }
  };

  const total = index.current.size;
  return (
    <div className="dz-glossary" lang={t.lang}>
      <header className="dz-top">
        <h1>
          {t('glossary.title')}{' '}
          <span lang={t.locale === 'zh_CN' ? 'en' : 'zh-Hans'}>{t('glossary.titleOther')}</span>
        </h1>
        <div className="dz-search">
          <input
            type="search"
            aria-label={t('glossary.search.label')}
            placeholder={t('glossary.search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoFocus
          />
        </div>
        <div className="dz-filters" role="group" aria-label={t('glossary.filters.label')}>
          <label>
            {t('glossary.filters.site')}
            <select
              value={filters.site ?? ''}
              onChange={(e) => setFilter('site', e.target.value as SiteId | '')}
            >
              <option value="">{t('glossary.filters.allSites')}</option>
              {SITE_IDS.map((s) => (
                <option key={s} value={s}>
                  {siteLabel(s, t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('glossary.filters.kind')}
            <select
              value={filters.kind ?? ''}
              onChange={(e) => setFilter('kind', e.target.value as ArticleKind | '')}
            >
              <option value="">{t('glossary.filters.allKinds')}</option>
              {ARTICLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k, t)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('glossary.filters.savedAs')}
            <select
              value={filters.type ?? ''}
              onChange={(e) => setFilter('type', e.target.value as EntryType | '')}
            >
              <option value="">{t('glossary.filters.allTypes')}</option>
              <option value="term">{t('glossary.filters.terms')}</option>
              <option value="passage">{t('glossary.filters.passages')}</option>
            </select>
          </label>
          <label>
            {t('glossary.filters.tag')}
            <select value={filters.tag ?? ''} onChange={(e) => setFilter('tag', e.target.value)}>
              <option value="">{t('glossary.filters.anyTag')}</option>
              {tags.map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('glossary.filters.from')}
            <input
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => setFilter('from', e.target.value)}
            />
          </label>
          <label>
            {t('glossary.filters.to')}
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => setFilter('to', e.target.value)}
            />
          </label>
        </div>
        <div className="dz-tools">
          <label>
            {t('glossary.tools.exportAs')}
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
                <option key={f} value={f}>
                  {t(FORMAT_LABELS[f])}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void doExport(format)} disabled={!total}>
            {t('glossary.tools.export')}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {t('glossary.tools.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label={t('glossary.tools.importLabel')}
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void doImport(file);
            }}
          />
          <button type="button" onClick={() => setConfirmWipe(true)} disabled={!total}>
            {t('glossary.tools.clear')}
          </button>
        </div>
        {confirmWipe && (
          <div className="dz-confirm" role="alertdialog" aria-label={t('glossary.wipe.label')}>
            <p>{t('glossary.wipe.question', total)}</p>
            <button type="button" onClick={() => void doExport('json')}>
              {t('glossary.wipe.exportBackup')}
            </button>
            <button type="button" className="dz-danger" onClick={() => void doWipe()}>
              {t('glossary.wipe.deleteAll')}
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {notice && (
          <div
            className={isError(notice) ? 'dz-error' : 'dz-notice'}
            role={isError(notice) ? 'alert' : 'status'}
          >
            {noticeText(t, notice)}
            {notice.undo && (
              <button type="button" onClick={() => void undo(notice.undo!)}>
                {t('glossary.notice.undo')}
              </button>
            )}
            <button
              type="button"
              aria-label={t('glossary.notice.dismiss')}
              onClick={() => setNotice(null)}
            >
              ×
            </button>
          </div>
        )}
        {report && report.rejected.length > 0 && (
          <details className="dz-report" open>
            <summary>{t('glossary.rejected.summary', report.rejected.length)}</summary>
            <ul>
              {report.rejected.slice(0, 50).map((r) => (
                <li key={r.index}>
                  {r.zh
                    ? t('glossary.rejected.itemWithText', [
                        r.index + 1,
                        r.zh.slice(0, 20),
                        rejectedReason(t, r),
                      ])
                    : t('glossary.rejected.item', [r.index + 1, rejectedReason(t, r)])}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="dz-count" role="status" aria-live="polite">
          {loaded
            ? query || Object.values(filters).some(Boolean)
              ? t('glossary.found', [results.length, entriesLabel(t, total), searchMs.toFixed(1)])
              : entriesLabel(t, total)
            : t('glossary.loading')}
        </div>
      </header>
      <div className="dz-list" ref={scroller}>
        {loaded && total === 0 && <p className="dz-empty">{t('glossary.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = results[item.index]!;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="dz-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <EntryCard
                  key={`${entry.id}@${entry.updatedAt}`}
                  entry={entry}
                  onSave={onSave}
                  onDelete={(e) => void onDelete(e)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
