/**
 * A glossary entry on the glossary page declares each Chinese text in the script it is written
 * in (Simplified when nothing tells).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { EntryCard } from '../../../components/glossary/entry-card';
import { saveEntry } from '../../../utils/glossary/store';
import { fakeReading, freshDb, term } from './helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function shown(input: Parameters<typeof saveEntry>[1]) {
  const db = await freshDb();
  const entry = await saveEntry(db, input, fakeReading);
  db.close();
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(<EntryCard entry={entry} onSave={async () => {}} onDelete={() => {}} />),
  );
  const langs = {
    zh: container.querySelector('.dz-zh')!.getAttribute('lang'),
    sentence: container.querySelector('.dz-sentence')?.getAttribute('lang') ?? null,
  };
  await act(async () => root.unmount());
  return langs;
}

describe('EntryCard', () => {
  it('declares a term saved from a Simplified statement zh-Hans', async () => {
    expect(await shown(term('双方深化战略伙伴关系。'))).toEqual({
      zh: 'zh-Hans',
      sentence: 'zh-Hans',
    });
  });

  it('declares a term saved from a Traditional statement, and its sentence, zh-Hant', async () => {
    expect(
      await shown(term('雙方同意深化戰略夥伴關係。', undefined, { zh: '戰略夥伴關係' })),
    ).toEqual({
      zh: 'zh-Hant',
      sentence: 'zh-Hant',
    });
  });

  it('declares each text by its own script: a Simplified term seen in a Traditional sentence', async () => {
    expect(await shown(term('中方認為，雙方應當發展战略伙伴关系。'))).toEqual({
      zh: 'zh-Hans',
      sentence: 'zh-Hant',
    });
  });
});
