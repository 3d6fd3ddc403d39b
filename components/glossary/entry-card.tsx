/**
 * One glossary entry on the glossary page: the Chinese with its traditional form and pinyin, the
 * official English (and where it comes from), the statements it was saved from with "Open
 * source" links that open the statement at the passage, the note and tags (editable), delete.
 */
import { useState } from 'react';
import type { GlossaryEntry } from '../../utils/glossary/schema';
import { pinyinMarks } from '../../utils/glossary/exporters';
import { sourceLink } from '../../utils/glossary/page-link';
import { formatLongDate } from '../../utils/i18n';
import { useT } from '../i18n/use-t';
import { kindLabel, siteLabel } from '../popup/labels';
import { errorText } from './errors';
import { chineseTextLang } from '../../utils/reading/script';

const ORIGIN_LABELS = {
  term: 'glossary.entry.originTerm',
  aligned: 'glossary.entry.originAligned',
  user: 'glossary.entry.originUser',
} as const;

export interface EntryCardProps {
  entry: GlossaryEntry;
  onSave(id: string, edit: { note: string; tags: string[] }): Promise<void>;
  onDelete(entry: GlossaryEntry): void;
}

/** The day of an ISO time in the user's time zone, as the interface writes dates. */
function formatDay(iso: string, locale: Parameters<typeof formatLongDate>[1]): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  return formatLongDate(day, locale);
}

export function EntryCard({ entry, onSave, onDelete }: EntryCardProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(entry.note);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = t(entry.type === 'term' ? 'glossary.entry.term' : 'glossary.entry.passage');

  const startEdit = () => {
    setNote(entry.note);
    setTags(entry.tags.join(', '));
    setError(null);
    setEditing(true);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(entry.id, { note, tags: tags.split(/[,，]/) });
      setEditing(false);
    } catch (e) {
      setError(e ?? new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className="dz-entry"
      aria-label={t('glossary.entry.label', [heading, entry.zh.slice(0, 40)])}
    >
      <header className="dz-entry-head">
        <span className={`dz-type dz-type-${entry.type}`}>{heading}</span>
        <span className="dz-zh" lang={chineseTextLang([entry.zh])}>
          {entry.zh}
        </span>
        {entry.type === 'term' && entry.traditional && entry.traditional !== entry.zh && (
          <span className="dz-trad" lang="zh-Hant" title={t('glossary.entry.traditional')}>
            {entry.traditional}
          </span>
        )}
      </header>
      {entry.pinyin && <div className="dz-pinyin">{pinyinMarks(entry.pinyin)}</div>}
      {entry.english && (
        <div className="dz-english">
          <span lang="en">{entry.english.text}</span>{' '}
          <span className="dz-origin">{t(ORIGIN_LABELS[entry.english.origin])}</span>
        </div>
      )}
      {entry.definitions.length > 0 && (
        <div className="dz-defs" lang="en">
          {entry.definitions.slice(0, 6).join('; ')}
        </div>
      )}
      <ul className="dz-contexts">
        {entry.contexts.map((c, i) => (
          <li key={`${c.url}-${i}`}>
            {c.sentence && (
              <div className="dz-sentence" lang={chineseTextLang([c.sentence])}>
                {c.sentence}
              </div>
            )}
            <div className="dz-source">
              <span>{c.title || c.url}</span>
              {' · '}
              <span>{kindLabel(c.kind, t)}</span>
              {c.speaker && <span> · {c.speaker}</span>}
              {c.date && <span> · {formatLongDate(c.date, t.locale)}</span>}
              <span> · {siteLabel(c.site, t)}</span>
              <span> · {t('glossary.entry.saved', [formatDay(c.savedAt, t.locale)])}</span>{' '}
              <a
                href={sourceLink(c.url, c.sentence || entry.zh)}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('glossary.entry.openSource')}
              </a>
              {c.enUrl && (
                <>
                  {' '}
                  <a href={c.enUrl} target="_blank" rel="noopener noreferrer">
                    {t('glossary.entry.englishVersion')}
                  </a>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {editing ? (
        <div className="dz-edit">
          <label>
            {t('glossary.entry.note')}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
          </label>
          <label>
            {t('glossary.entry.tags')}
            <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
          <div className="dz-actions">
            <button type="button" onClick={() => void save()} disabled={busy}>
              {t('glossary.entry.saveEdit')}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
          {error !== null && (
            <div role="alert" className="dz-error">
              {errorText(t, error)}
            </div>
          )}
        </div>
      ) : (
        <>
          {entry.note && <div className="dz-note">{entry.note}</div>}
          {entry.tags.length > 0 && (
            <div className="dz-tags">
              {entry.tags.map((t) => (
                <span key={t} className="dz-tag">
                  {t}
                </span>
              ))}
            </div>
          )}
          <div className="dz-actions">
            <button type="button" onClick={startEdit}>
              {t('glossary.entry.edit')}
            </button>
            <button type="button" onClick={() => onDelete(entry)}>
              {t('glossary.entry.delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
