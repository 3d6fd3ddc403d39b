import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadingSettings } from '../../../components/reading-settings/reading-settings';
import { knownWordsItem, readingSettingsItem } from '../../../utils/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function render(siteKey: string | null) {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => {
    createRoot(container).render(<ReadingSettings siteKey={siteKey} siteName="Foreign Ministry" />);
  });
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  return container;
}

function change(el: HTMLInputElement | HTMLSelectElement, value: string | boolean) {
  const proto =
    el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const key = typeof value === 'boolean' ? 'checked' : 'value';
  Object.getOwnPropertyDescriptor(proto, key)!.set!.call(el, value);
  el.dispatchEvent(new Event(typeof value === 'boolean' ? 'click' : 'change', { bubbles: true }));
}

describe('ReadingSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores each change at once, including the per-site mode', async () => {
    await knownWordsItem.setValue(['中方', '双方']);
    const c = await render('mfa');
    const selects = c.querySelectorAll('select');
    expect(c.textContent).toContain('On Foreign Ministry');
    expect(c.textContent).toContain('2 words marked known');
    await act(async () => change(selects[1]!, 'off'));
    await act(async () => change(selects[2]!, 'numbers'));
    expect(c.querySelector(`label[for="${selects[3]!.id}"]`)!.textContent).toBe('Pinyin over');
    expect(selects[3]!.value).toBe('words');
    await act(async () => change(selects[3]!, 'characters'));
    const colours = c.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    await act(async () => colours.click());
    const stored = await readingSettingsItem.getValue();
    expect(stored.siteModes).toEqual({ mfa: 'off' });
    expect(stored.tones).toBe('numbers');
    expect(stored.pinyinOver).toBe('characters');
    expect(stored.toneColors).toBe(true);
    expect(stored.mode).toBe('all');
    await act(async () => change(selects[1]!, 'default'));
    expect((await readingSettingsItem.getValue()).siteModes).toEqual({});
  });

  it('has no per-site control without a site, and clears known words', async () => {
    await knownWordsItem.setValue(['中方']);
    const c = await render(null);
    expect(c.querySelectorAll('select')).toHaveLength(4);
    const clear = Array.from(c.querySelectorAll('button')).find((b) => b.textContent === 'Clear')!;
    await act(async () => clear.click());
    expect(await knownWordsItem.getValue()).toEqual([]);
  });
});
