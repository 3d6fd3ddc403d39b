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
import { sendMessage } from '../../utils/messaging';
import { KIND_LABELS, SITE_LABELS } from '../popup/labels';
import { downloadExport, loadEntries, watchGlossary, wipeGlossary } from './data';
import { EntryCard } from './entry-card';

type Notice = { kind: 'info' | 'error'; text: string; undo?: GlossaryEntry[] } | null;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function initialQuery(): string {
  const match = /(?:^#|&)q=([^&]*)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : '';
}

/** "1 entry", "2 entries". */
const entriesLabel = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function describeReport(r: ImportReport): string {
  const parts = [`${r.added} added`, `${r.merged} merged`];
  if (r.unchanged) parts.push(`${r.unchanged} already there`);
  parts.push(`${r.rejected.length} rejected`);
  return `Imported: ${parts.join(', ')}.`;
}

export function GlossaryApp() {
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
      setNotice({ kind: 'error', text: `The glossary could not be read: ${messageOf(e)}` });
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
    setNotice({ kind: 'info', text: 'Note and tags saved.' });
  };

  const onDelete = async (entry: GlossaryEntry) => {
    try {
      const removed = await sendMessage('glossaryDelete', { ids: [entry.id] });
      setNotice({ kind: 'info', text: `Deleted “${entry.zh.slice(0, 30)}”.`, undo: removed });
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
    }
  };

  const undo = async (entries: GlossaryEntry[]) => {
    try {
      await sendMessage('glossaryRestore', { entries });
      setNotice({ kind: 'info', text: 'Restored.' });
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
    }
  };

  const doExport = async (which: ExportFormat) => {
    try {
      const name = await downloadExport(which);
      setNotice({ kind: 'info', text: `Exported ${entriesLabel(index.current.size)} to ${name}.` });
    } catch (e) {
      setNotice({ kind: 'error', text: `Export failed: ${messageOf(e)}` });
    }
  };

  const doImport = async (file: File) => {
    setReport(null);
    try {
      const result = await sendMessage('glossaryImport', { text: await file.text() });
      setReport(result);
      setNotice({ kind: 'info', text: describeReport(result) });
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
    }
  };

  const doWipe = async () => {
    setConfirmWipe(false);
    try {
      const removed = await wipeGlossary();
      setNotice({ kind: 'info', text: `The glossary was cleared (${removed} entries deleted).` });
    } catch (e) {
      setNotice({ kind: 'error', text: messageOf(e) });
    }
  };

  const total = index.current.size;
  return (
    <div className="dz-glossary">
      <header className="dz-top">
        <h1>
          Duizhao glossary <span lang="zh-Hans">对照词汇</span>
        </h1>
        <div className="dz-search">
          <input
            type="search"
            aria-label="Search the glossary"
            placeholder="Search Chinese, pinyin (with or without tones), English, notes"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoFocus
          />
        </div>
        <div className="dz-filters" role="group" aria-label="Filters">
          <label>
            Site
            <select
              value={filters.site ?? ''}
              onChange={(e) => setFilter('site', e.target.value as SiteId | '')}
            >
              <option value="">All sites</option>
              {SITE_IDS.map((s) => (
                <option key={s} value={s}>
                  {SITE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Kind
            <select
              value={filters.kind ?? ''}
              onChange={(e) => setFilter('kind', e.target.value as ArticleKind | '')}
            >
              <option value="">All kinds</option>
              {ARTICLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k].en}
                </option>
              ))}
            </select>
          </label>
          <label>
            Saved as
            <select
              value={filters.type ?? ''}
              onChange={(e) => setFilter('type', e.target.value as EntryType | '')}
            >
              <option value="">Terms and passages</option>
              <option value="term">Terms</option>
              <option value="passage">Passages</option>
            </select>
          </label>
          <label>
            Tag
            <select value={filters.tag ?? ''} onChange={(e) => setFilter('tag', e.target.value)}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Saved from
            <input
              type="date"
              value={filters.from ?? ''}
              onChange={(e) => setFilter('from', e.target.value)}
            />
          </label>
          <label>
            to
            <input
              type="date"
              value={filters.to ?? ''}
              onChange={(e) => setFilter('to', e.target.value)}
            />
          </label>
        </div>
        <div className="dz-tools">
          <label>
            Export as
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
                <option key={f} value={f}>
                  {EXPORT_FORMATS[f].label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void doExport(format)} disabled={!total}>
            Export
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import JSON…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label="Import a JSON backup"
            hidden
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void doImport(file);
            }}
          />
          <button type="button" onClick={() => setConfirmWipe(true)} disabled={!total}>
            Clear glossary…
          </button>
        </div>
        {confirmWipe && (
          <div className="dz-confirm" role="alertdialog" aria-label="Clear the glossary?">
            <p>
              Delete {total === 1 ? 'the only entry' : `all ${total} entries`}? This cannot be
              undone. Export a JSON backup first to keep a copy.
            </p>
            <button type="button" onClick={() => void doExport('json')}>
              Export JSON backup
            </button>
            <button type="button" className="dz-danger" onClick={() => void doWipe()}>
              Delete all entries
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)}>
              Cancel
            </button>
          </div>
        )}
        {notice && (
          <div
            className={notice.kind === 'error' ? 'dz-error' : 'dz-notice'}
            role={notice.kind === 'error' ? 'alert' : 'status'}
          >
            {notice.text}
            {notice.undo && (
              <button type="button" onClick={() => void undo(notice.undo!)}>
                Undo
              </button>
            )}
            <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        )}
        {report && report.rejected.length > 0 && (
          <details className="dz-report" open>
            <summary>{report.rejected.length} entries rejected</summary>
            <ul>
              {report.rejected.slice(0, 50).map((r) => (
                <li key={r.index}>
                  Entry {r.index + 1}
                  {r.zh ? ` (${r.zh.slice(0, 20)})` : ''}: {r.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="dz-count" role="status" aria-live="polite">
          {loaded
            ? query || Object.values(filters).some(Boolean)
              ? `${results.length} of ${entriesLabel(total)} (${searchMs.toFixed(1)} ms)`
              : entriesLabel(total)
            : 'Loading…'}
        </div>
      </header>
      <div className="dz-list" ref={scroller}>
        {loaded && total === 0 && (
          <p className="dz-empty">
            Nothing saved yet. On a statement, select text and press “Save to glossary” (or
            Alt+Shift+G, or the context menu), or save a word from its popup.
          </p>
        )}
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
