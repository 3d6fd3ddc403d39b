import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadingSettings } from '../../../components/reading-settings/reading-settings';
import { registerUserDataService } from '../../../entrypoints/background/user-data-service';
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
  // The background, the one writer of the settings, answers the popup's changes.
  let off: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    off = registerUserDataService();
  });
  afterEach(() => {
    off();
    vi.restoreAllMocks();
  });
  const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));

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
    await settle();
    const stored = await readingSettingsItem.getValue();
    expect(stored.siteModes).toEqual({ mfa: 'off' });
    expect(stored.tones).toBe('numbers');
    expect(stored.pinyinOver).toBe('characters');
    expect(stored.toneColors).toBe(true);
    expect(stored.mode).toBe('all');
    await act(async () => change(selects[1]!, 'default'));
    await settle();
    expect((await readingSettingsItem.getValue()).siteModes).toEqual({});
  });

  it('has no per-site control without a site, and clears known words', async () => {
    await knownWordsItem.setValue(['中方']);
    const c = await render(null);
    expect(c.querySelectorAll('select')).toHaveLength(4);
    const clear = Array.from(c.querySelectorAll('button')).find((b) => b.textContent === 'Clear')!;
    await act(async () => clear.click());
    await settle();
    expect(await knownWordsItem.getValue()).toEqual([]);
    expect(c.textContent).toContain('0 words marked known');
  });

  it('shows a change that could not be saved, and undoes it on screen', async () => {
    const c = await render(null);
    vi.spyOn(readingSettingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    const tones = c.querySelectorAll('select')[1]!;
    expect(tones.value).toBe('marks');
    await act(async () => change(tones, 'numbers'));
    await settle();
    expect(c.querySelector('[role=alert]')?.textContent).toBe(
      'Not saved: The reading settings could not be saved (QUOTA_BYTES).',
    );
    expect(tones.value).toBe('marks');
    expect((await readingSettingsItem.getValue()).tones).toBe('marks');
  });
});
