/**
 * "Your data" in the toolbar popup: what Duizhao keeps, for how long, and a way to clear each
 * kind. The background is the one writer (dataClear, glossaryWipe); this extension page only
 * reads the glossary to count and export it. Deleting the glossary asks first and offers its
 * export (the JSON backup the glossary page imports back).
 */
import { useEffect, useState } from 'react';
import { openGlossary } from '../../utils/glossary/db';
import { toJson } from '../../utils/glossary/exporters';
import { backup } from '../../utils/glossary/store';
import { TTL_MS } from '../../utils/match/cache';
import { sendMessage, type DataSummary } from '../../utils/messaging';

type Kind = 'searches' | 'pairs' | 'known' | 'glossary';

const days = (ms: number) => Math.round(ms / 86_400_000);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The glossary's entry count and JSON backup, read from the extension's own database. */
async function glossaryCount(): Promise<number> {
  const db = await openGlossary();
  try {
    return await db.count('entries');
  } finally {
    db.close();
  }
}

async function downloadGlossary(): Promise<void> {
  const db = await openGlossary();
  let text: string;
  try {
    text = toJson(await backup(db));
  } finally {
    db.close();
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `duizhao-glossary-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Summary = DataSummary & { glossary: number | null };

async function readSummary(): Promise<Summary> {
  const [data, glossary] = await Promise.all([
    sendMessage('dataSummary', undefined),
    glossaryCount().catch(() => null),
  ]);
  return { ...data, glossary };
}

export function DataSection() {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    readSummary().then(
      (read) => live && setSummary(read),
      (error: unknown) =>
        live &&
        setMessage({ error: true, text: `Could not read what is kept (${String(error)}).` }),
    );
    return () => {
      live = false;
    };
  }, []);

  const clear = async (kind: Kind) => {
    setMessage(null);
    try {
      if (kind === 'glossary') {
        const { removed } = await sendMessage('glossaryWipe', undefined);
        setConfirming(false);
        setMessage({
          error: false,
          text: `Glossary deleted (${plural(removed, 'entry', 'entries')}).`,
        });
      } else {
        await sendMessage('dataClear', { what: kind });
        setMessage({ error: false, text: 'Cleared.' });
      }
      setSummary(await readSummary());
    } catch (error) {
      setMessage({
        error: true,
        text: `Not cleared: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const exportGlossary = () =>
    downloadGlossary().catch((error: unknown) =>
      setMessage({ error: true, text: `The export failed (${String(error)}).` }),
    );

  const rows: { kind: Kind; what: string; count: string; kept: string; empty: boolean }[] = summary
    ? [
        {
          kind: 'searches',
          what: 'Search history, by statement',
          count: `${plural(summary.outcomes, 'answer')}, ${plural(summary.articles, 'English page')}`,
          kept: `answers ${days(TTL_MS.found)} days when found, hours when not; pages ${days(TTL_MS.article)} days`,
          empty: summary.outcomes + summary.articles === 0,
        },
        {
          kind: 'pairs',
          what: 'Pairings you made',
          count: plural(summary.pairs, 'pairing'),
          kept: 'until you undo or clear them',
          empty: summary.pairs === 0,
        },
        {
          kind: 'known',
          what: 'Words marked known',
          count: plural(summary.knownWords, 'word'),
          kept: 'until you clear them',
          empty: summary.knownWords === 0,
        },
        {
          kind: 'glossary',
          what: 'Glossary',
          count:
            summary.glossary === null
              ? 'not readable'
              : plural(summary.glossary, 'entry', 'entries'),
          kept: 'until you delete it',
          empty: summary.glossary === 0,
        },
      ]
    : [];

  return (
    <details className="dz-data" data-testid="data-section">
      <summary>Your data</summary>
      <p className="muted">
        Kept in this browser only, never sent anywhere. In private windows Duizhao keeps nothing,
        except what you save to the glossary yourself.
      </p>
      {summary && (
        <ul>
          {rows.map((row) => (
            <li key={row.kind} data-testid={`data-${row.kind}`}>
              <span className="what">{row.what}</span>
              <span className="count">{row.count}</span>
              <span className="muted kept">Kept {row.kept}.</span>
              {row.kind === 'glossary' ? (
                <span className="actions">
                  <button type="button" disabled={row.empty} onClick={() => void exportGlossary()}>
                    Export…
                  </button>
                  <button type="button" disabled={row.empty} onClick={() => setConfirming(true)}>
                    Delete…
                  </button>
                </span>
              ) : (
                <button type="button" disabled={row.empty} onClick={() => void clear(row.kind)}>
                  Clear
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {confirming && summary && (
        <div role="alertdialog" aria-label="Delete the glossary" className="confirm">
          <p>
            Delete all {plural(summary.glossary ?? 0, 'entry', 'entries')} of your glossary? This
            cannot be undone: export it first to keep a copy.
          </p>
          <button type="button" onClick={() => void exportGlossary()}>
            Export first
          </button>
          <button type="button" className="danger" onClick={() => void clear('glossary')}>
            Delete the glossary
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </details>
  );
}
