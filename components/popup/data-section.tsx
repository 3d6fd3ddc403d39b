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
import type { Translate } from '../../utils/i18n';
import { TTL_MS } from '../../utils/match/cache';
import { sendMessage, type DataSummary } from '../../utils/messaging';
import { useT } from '../i18n/use-t';
import { errorText } from '../glossary/errors';

type Kind = 'searches' | 'pairs' | 'known' | 'glossary';
/** A message, written in the interface language when shown (it follows a change of language). */
type Message = { error: boolean; text: (t: Translate) => string };

const days = (ms: number) => Math.round(ms / 86_400_000);

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
  const t = useT();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    let live = true;
    readSummary().then(
      (read) => live && setSummary(read),
      (error: unknown) =>
        live &&
        setMessage({ error: true, text: (t) => t('popup.data.readFailed', [String(error)]) }),
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
          text: (t) => t('popup.data.glossaryDeleted', [t('popup.data.entries', removed)]),
        });
      } else {
        await sendMessage('dataClear', { what: kind });
        setMessage({ error: false, text: (t) => t('popup.data.cleared') });
      }
      setSummary(await readSummary());
    } catch (error) {
      setMessage({
        error: true,
        // The glossary's errors are worded from their code in the interface language.
        text: (t) => t('popup.data.notCleared', [errorText(t, error)]),
      });
    }
  };

  const exportGlossary = () =>
    downloadGlossary().catch((error: unknown) =>
      setMessage({ error: true, text: (t) => t('popup.data.exportFailed', [String(error)]) }),
    );

  const rows: { kind: Kind; what: string; count: string; kept: string; empty: boolean }[] = summary
    ? [
        {
          kind: 'searches',
          what: t('popup.data.searches'),
          count: t('popup.data.searchesCount', [
            t('popup.data.answers', summary.outcomes),
            t('popup.data.englishPages', summary.articles),
          ]),
          kept: t('popup.data.keptSearches', [days(TTL_MS.found), days(TTL_MS.article)]),
          empty: summary.outcomes + summary.articles === 0,
        },
        {
          kind: 'pairs',
          what: t('popup.data.pairs'),
          count: t('popup.data.pairings', summary.pairs),
          kept: t('popup.data.keptPairs'),
          empty: summary.pairs === 0,
        },
        {
          kind: 'known',
          what: t('popup.data.known'),
          count: t('popup.data.words', summary.knownWords),
          kept: t('popup.data.keptKnown'),
          empty: summary.knownWords === 0,
        },
        {
          kind: 'glossary',
          what: t('popup.data.glossary'),
          count:
            summary.glossary === null
              ? t('popup.data.notReadable')
              : t('popup.data.entries', summary.glossary),
          kept: t('popup.data.keptGlossary'),
          empty: summary.glossary === 0,
        },
      ]
    : [];

  return (
    <details className="dz-data" data-testid="data-section">
      <summary>{t('popup.data.title')}</summary>
      <p className="muted">{t('popup.data.intro')}</p>
      {summary && (
        <ul>
          {rows.map((row) => (
            <li key={row.kind} data-testid={`data-${row.kind}`}>
              <span className="what">{row.what}</span>
              <span className="count">{row.count}</span>
              <span className="muted kept">{row.kept}</span>
              {row.kind === 'glossary' ? (
                <span className="actions">
                  <button type="button" disabled={row.empty} onClick={() => void exportGlossary()}>
                    {t('popup.data.export')}
                  </button>
                  <button type="button" disabled={row.empty} onClick={() => setConfirming(true)}>
                    {t('popup.data.delete')}
                  </button>
                </span>
              ) : (
                <button type="button" disabled={row.empty} onClick={() => void clear(row.kind)}>
                  {t('common.clear')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {confirming && summary && (
        <div role="alertdialog" aria-label={t('popup.data.deleteGlossary')} className="confirm">
          <p>{t('popup.data.confirmDelete', [t('popup.data.entries', summary.glossary ?? 0)])}</p>
          <button type="button" onClick={() => void exportGlossary()}>
            {t('popup.data.exportFirst')}
          </button>
          <button type="button" className="danger" onClick={() => void clear('glossary')}>
            {t('popup.data.deleteGlossary')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text(t)}
        </p>
      )}
    </details>
  );
}
