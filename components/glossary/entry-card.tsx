/**
 * One glossary entry on the glossary page: the Chinese with its traditional form and pinyin, the
 * official English (and where it comes from), the statements it was saved from with "Open
 * source" links that open the statement at the passage, the note and tags (editable), delete.
 */
import { useState } from 'react';
import type { GlossaryEntry } from '../../utils/glossary/schema';
import { pinyinMarks } from '../../utils/glossary/exporters';
import { sourceLink } from '../../utils/glossary/page-link';
import { KIND_LABELS, SITE_LABELS } from '../popup/labels';

const ORIGIN_LABELS = {
  term: 'official rendering',
  aligned: 'aligned automatically',
  user: 'chosen by you',
} as const;

export interface EntryCardProps {
  entry: GlossaryEntry;
  onSave(id: string, edit: { note: string; tags: string[] }): Promise<void>;
  onDelete(entry: GlossaryEntry): void;
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

export function EntryCard({ entry, onSave, onDelete }: EntryCardProps) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(entry.note);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = entry.type === 'term' ? 'Term' : 'Passage';

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
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="dz-entry" aria-label={`${heading}: ${entry.zh.slice(0, 40)}`}>
      <header className="dz-entry-head">
        <span className={`dz-type dz-type-${entry.type}`}>{heading}</span>
        <span className="dz-zh" lang="zh-Hans">
          {entry.zh}
        </span>
        {entry.type === 'term' && entry.traditional && entry.traditional !== entry.zh && (
          <span className="dz-trad" lang="zh-Hant" title="Traditional">
            {entry.traditional}
          </span>
        )}
      </header>
      {entry.pinyin && <div className="dz-pinyin">{pinyinMarks(entry.pinyin)}</div>}
      {entry.english && (
        <div className="dz-english">
          <span lang="en">{entry.english.text}</span>{' '}
          <span className="dz-origin">({ORIGIN_LABELS[entry.english.origin]})</span>
        </div>
      )}
      {entry.definitions.length > 0 && (
        <div className="dz-defs">{entry.definitions.slice(0, 6).join('; ')}</div>
      )}
      <ul className="dz-contexts">
        {entry.contexts.map((c, i) => (
          <li key={`${c.url}-${i}`}>
            {c.sentence && (
              <div className="dz-sentence" lang="zh-Hans">
                {c.sentence}
              </div>
            )}
            <div className="dz-source">
              <span>{c.title || c.url}</span>
              {' · '}
              <span>{KIND_LABELS[c.kind]?.en ?? c.kind}</span>
              {c.speaker && <span> · {c.speaker}</span>}
              {c.date && <span> · {c.date}</span>}
              <span> · {SITE_LABELS[c.site] ?? c.site}</span>
              <span> · saved {formatDay(c.savedAt)}</span>{' '}
              <a
                href={sourceLink(c.url, c.sentence || entry.zh)}
                target="_blank"
                rel="noopener noreferrer"
              >
                Open source
              </a>
              {c.enUrl && (
                <>
                  {' '}
                  <a href={c.enUrl} target="_blank" rel="noopener noreferrer">
                    English version
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
            Note
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
          </label>
          <label>
            Tags (separated by commas)
            <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
          <div className="dz-actions">
            <button type="button" onClick={() => void save()} disabled={busy}>
              Save note and tags
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={busy}>
              Cancel
            </button>
          </div>
          {error && (
            <div role="alert" className="dz-error">
              {error}
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
              Edit note and tags
            </button>
            <button type="button" onClick={() => onDelete(entry)}>
              Delete
            </button>
          </div>
        </>
      )}
    </article>
  );
}
