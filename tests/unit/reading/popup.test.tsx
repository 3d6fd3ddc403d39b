import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { mountWordPopup } from '../../../components/word-popup/mount';
import { placePopup } from '../../../components/word-popup/position';
import { WordPopup } from '../../../components/word-popup/word-popup';
import { setLocale } from '../../../utils/i18n';
import { GlossaryInputError } from '../../../utils/glossary/store';
import type { WordInfo } from '../../../utils/reading/reader';
import { userClick } from '../trusted-events';
import { ownShadowRoot } from '../../../components/shadow-roots';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const INFO: WordInfo = {
  word: '全面战略协作伙伴关系',
  traditional: ['全面戰略協作夥伴關係'],
  start: 0,
  py: ['quan2', 'mian4', 'zhan4', 'lüe4', 'xie2', 'zuo4', 'huo3', 'ban4', 'guan1', 'xi4'],
  entries: [
    {
      simplified: '全面',
      traditional: '全面',
      pinyin: 'quan2 mian4',
      definitions: ['all-around', 'comprehensive'],
    },
  ],
  term: {
    zh: '全面战略协作伙伴关系',
    pinyin: 'quán miàn zhàn lüè xié zuò huǒ bàn guān xì',
    renderings: [
      {
        en: 'comprehensive strategic partnership of coordination',
        source: 'https://www.fmprc.gov.cn/mfa_eng/',
      },
      {
        en: 'comprehensive strategic coordination partnership',
        source: 'https://www.fmprc.gov.cn/mfa_eng/',
        usage: [
          { year: 2019, count: 3 },
          { year: 2020, count: 7 },
        ],
        example: 'https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1.shtml',
      },
    ],
  },
};

afterEach(() => {
  document.body.replaceChildren();
  setLocale('en');
});

describe('WordPopup', () => {
  it('writes the pinyin as the ruby does: by words, names capitalised, a hyphen in an idiom', async () => {
    const head = async (info: WordInfo, toneColors = false) => {
      const container = document.createElement('div');
      document.body.append(container);
      await act(async () => {
        createRoot(container).render(
          <WordPopup
            info={info}
            tones="marks"
            toneColors={toneColors}
            sandhi={false}
            onCopy={() => undefined}
            onSave={() => undefined}
          />,
        );
      });
      return container.querySelector('.dz-py')!;
    };
    const words = [{ n: 2 }, { n: 2 }, { n: 2 }, { n: 2 }, { n: 2 }];
    expect((await head({ ...INFO, written: words })).textContent).toBe(
      'quánmiàn zhànlüè xiézuò huǒbàn guānxì',
    );
    // Without written words (a word cutting a reading unit): syllable by syllable, as before.
    expect((await head(INFO)).textContent).toBe('quán miàn zhàn lüè xié zuò huǒ bàn guān xì');
    const name = { ...INFO, word: '林剑', py: ['lin2', 'jian4'], term: undefined, entries: [] };
    const capitals = [
      { n: 1, capital: true },
      { n: 1, capital: true },
    ];
    expect((await head({ ...name, written: capitals })).textContent).toBe('Lín Jiàn');
    const idiom = {
      ...name,
      word: '一如既往',
      py: ['yi1', 'ru2', 'ji4', 'wang3'],
      written: [{ n: 2, hyphen: true }, { n: 2 }],
    };
    const colored = await head(idiom, true);
    expect(colored.textContent).toBe('yīrú-jìwǎng');
    expect(Array.from(colored.querySelectorAll('span')).map((e) => e.className)).toEqual([
      'dz-t1',
      'dz-t2',
      'dz-t4',
      'dz-t3',
    ]);
    // Written words that do not cover the reading are not used.
    expect((await head({ ...name, written: [{ n: 3 }] })).textContent).toBe('línjiàn');
  });

  it('shows the word, pinyin, official rendering with its source, definitions and actions', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const calls: string[] = [];
    await act(async () => {
      createRoot(container).render(
        <WordPopup
          info={INFO}
          tones="marks"
          toneColors
          sandhi={false}
          onCopy={() => calls.push('copy')}
          onSave={() => calls.push('save')}
        />,
      );
    });
    const dialog = container.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toContain('全面战略协作伙伴关系');
    expect(dialog.textContent).toContain('quán');
    expect(dialog.querySelector('.dz-trad')!.textContent).toBe('全面戰略協作夥伴關係');
    expect(dialog.textContent).toContain('lüè');
    // Renderings over time, the one in use most recently first, with years, counts and an example.
    const renderings = Array.from(dialog.querySelectorAll('.dz-rendering'));
    expect(renderings.map((r) => r.querySelector('.dz-official-en')!.textContent)).toEqual([
      'comprehensive strategic coordination partnership',
      'comprehensive strategic partnership of coordination',
    ]);
    expect(renderings[0]!.querySelector('.dz-years')!.textContent).toBe('2020: 7 · 2019: 3');
    const example = renderings[0]!.querySelector('a')!;
    expect(example.getAttribute('href')).toMatch(/^https:\/\/www\.fmprc\.gov\.cn\/.*t1\.shtml$/);
    expect(example.getAttribute('rel')).toBe('noopener noreferrer');
    expect(renderings[1]!.querySelector('.dz-source')!.textContent).toContain('fmprc.gov.cn');
    expect(dialog.textContent).toContain('comprehensive');
    expect(dialog.querySelector('.dz-t2')).not.toBeNull();
    expect(dialog.querySelector('[aria-live="polite"]')!.textContent).toContain(
      'Official rendering',
    );
    const [copy, save] = Array.from(dialog.querySelectorAll('button'));
    // A page script's clicks do nothing; the user's do.
    await act(async () => {
      copy!.click();
      save!.click();
    });
    expect(calls).toEqual([]);
    await act(async () => {
      userClick(copy!);
      userClick(save!);
    });
    expect(calls).toEqual(['copy', 'save']);
    expect(document.activeElement).not.toBe(copy);
  });

  it('says so when a word is not in the dictionary, and shows tone numbers', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      createRoot(container).render(
        <WordPopup
          info={{ word: '𠀀', traditional: ['𠀀'], start: 0, py: [''], entries: [] }}
          tones="numbers"
          toneColors={false}
          sandhi={false}
          onCopy={() => {}}
          onSave={() => {}}
        />,
      );
    });
    expect(container.textContent).toContain('Not in CC-CEDICT');
  });

  it('shows how the English of this statement renders the word, once the background knows it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const popup = (inStatement?: string) => (
      <WordPopup
        info={{ word: '森林', traditional: [], start: 0, py: ['sen1', 'lin2'], entries: [] }}
        tones="marks"
        toneColors={false}
        sandhi={false}
        inStatement={inStatement}
        onCopy={() => {}}
        onSave={() => {}}
      />
    );
    await act(async () => root.render(popup()));
    expect(container.textContent).not.toContain('In this statement');
    await act(async () => root.render(popup('forest')));
    const line = container.querySelector('.dz-in-statement')!;
    expect(line.textContent).toBe('In this statement: forest');
    expect(line.querySelector('q')!.getAttribute('lang')).toBe('en');
    act(() => root.unmount());
  });

  it('speaks the interface language and follows a change at once; the word and meanings keep theirs', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const render = (status?: Parameters<typeof WordPopup>[0]['status']) => (
      <WordPopup
        info={INFO}
        tones="marks"
        toneColors={false}
        sandhi={false}
        status={status}
        inStatement="comprehensive strategic partnership of coordination"
        onCopy={() => {}}
        onSave={() => {}}
        onOpenGlossary={() => {}}
        known={false}
        onToggleKnown={() => {}}
      />
    );
    await act(async () => setLocale('zh_CN'));
    await act(async () => root.render(render({ kind: 'saved' })));
    const dialog = () => container.querySelector('[role="dialog"]')!;
    const buttons = () => Array.from(dialog().querySelectorAll('button'), (b) => b.textContent);
    expect(dialog().getAttribute('lang')).toBe('zh-CN');
    expect(dialog().getAttribute('aria-label')).toBe('词典：全面战略协作伙伴关系');
    expect(buttons()).toEqual(['复制', '存入词汇本', '打开词汇本', '标为已掌握']);
    expect(dialog().querySelector('.dz-official-label')!.textContent).toBe('官方译法');
    expect(dialog().querySelector('.dz-years')!.textContent).toBe('2020年：7次 · 2019年：3次');
    expect(dialog().querySelector('.dz-rendering a')!.textContent).toBe('示例');
    expect(dialog().querySelector('.dz-in-statement')!.textContent).toMatch(/^本文译法：/);
    expect(dialog().querySelector('[role="status"]')!.textContent).toBe('已保存');
    expect(dialog().querySelector('.dz-hanzi')!.getAttribute('lang')).toBe('zh-Hans');
    expect(dialog().querySelector('.dz-defs')!.getAttribute('lang')).toBe('en');
    expect(dialog().querySelector('.dz-defs')!.textContent).toContain('comprehensive');

    // A save refused by the engine: its reason in Chinese (by its code), said once.
    const refused = new GlossaryInputError(
      'Not saved: zh: Too big',
      'invalid-input',
      'zh: Too big',
    );
    await act(async () => root.render(render({ kind: 'notSaved', error: refused })));
    expect(dialog().querySelector('[role="status"]')!.textContent).toBe('未保存：zh: Too big');
    // Any other failure: the error as it came, after "Not saved".
    await act(async () => root.render(render({ kind: 'notSaved', error: new Error('no answer') })));
    expect(dialog().querySelector('[role="status"]')!.textContent).toBe('未保存：no answer');

    // Back to English, without rendering it again.
    await act(async () => root.render(render({ kind: 'saved' })));
    await act(async () => setLocale('en'));
    expect(dialog().getAttribute('lang')).toBe('en');
    expect(buttons()).toEqual(['Copy', 'Save to glossary', 'Open glossary', 'Mark known']);
    expect(dialog().querySelector('.dz-years')!.textContent).toBe('2020: 7 · 2019: 3');
    expect(dialog().querySelector('[role="status"]')!.textContent).toBe('Saved');
    act(() => root.unmount());
  });

  it('mounts in a shadow root outside the body and unmounts cleanly', async () => {
    const popup = mountWordPopup(document, {
      onCopy() {},
      onSave() {},
      onPointerEnter() {},
      onPointerLeave() {},
    });
    const host = document.getElementById('dz-popup-host')!;
    expect(host.parentElement).toBe(document.documentElement);
    await act(async () => {
      popup.show({
        info: INFO,
        anchor: { left: 10, top: 10, width: 40, height: 20 },
        tones: 'marks',
        toneColors: false,
        sandhi: false,
      });
    });
    expect(ownShadowRoot(host)!.querySelector('[role="dialog"]')).not.toBeNull();
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
    // Closed: the page's scripts cannot read the popup (is the word known? saved?).
    expect(host.shadowRoot).toBeNull();
    expect(popup.visible).toBe(true);
    await act(async () => popup.hide());
    expect(ownShadowRoot(host)!.querySelector('[role="dialog"]')).toBeNull();
    await act(async () => popup.destroy());
    expect(document.getElementById('dz-popup-host')).toBeNull();
  });

  it('warms up without showing anything, and never over a visible popup', async () => {
    const popup = mountWordPopup(document, {
      onCopy() {},
      onSave() {},
      onPointerEnter() {},
      onPointerLeave() {},
    });
    const shadow = ownShadowRoot(document.getElementById('dz-popup-host'))!;
    // What the warm-up rendered, seen when React takes it away (after its layout effect ran).
    const seen: { visibility: string; hidden: string | null }[] = [];
    const removeChild = Node.prototype.removeChild;
    Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
      const dialog = (child as unknown as Element).querySelector?.<HTMLElement>('[role="dialog"]');
      if (dialog) {
        seen.push({
          visibility: dialog.style.visibility,
          hidden: (child as unknown as Element).getAttribute('aria-hidden'),
        });
      }
      return removeChild.call(this, child) as T;
    };
    const state = {
      info: INFO,
      anchor: { left: 10, top: 10, width: 40, height: 20 },
      tones: 'marks' as const,
      toneColors: false,
      sandhi: false,
    };
    // Measuring forces a layout of the whole page: the warm-up does not measure, a popup shown does.
    let measured = 0;
    const owner = (name: string) => {
      for (let p: object | null = HTMLElement.prototype; p; p = Object.getPrototypeOf(p) as object)
        if (Object.getOwnPropertyDescriptor(p, name)) return p;
      throw new Error(`no ${name}`);
    };
    const sizes = ['offsetWidth', 'offsetHeight'].map((name) => {
      const proto = owner(name);
      const descriptor = Object.getOwnPropertyDescriptor(proto, name)!;
      Object.defineProperty(proto, name, {
        ...descriptor,
        get(this: HTMLElement) {
          measured++;
          return descriptor.get!.call(this) as number;
        },
      });
      return () => Object.defineProperty(proto, name, descriptor);
    });
    try {
      await act(async () => popup.warm(state));
      expect(measured).toBe(0);
      await act(async () => popup.show(state));
      expect(measured).toBeGreaterThan(0);
      await act(async () => popup.hide());
    } finally {
      Node.prototype.removeChild = removeChild;
      for (const restore of sizes) restore();
    }
    expect(seen.filter((s) => s.hidden === 'true')).toHaveLength(1);
    expect(seen.every((s) => s.hidden !== 'true' || s.visibility === 'hidden')).toBe(true);
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
    expect(popup.visible).toBe(false);
    await act(async () => popup.show(state));
    await act(async () => popup.warm(state));
    expect(shadow.querySelector<HTMLElement>('[role="dialog"]')!.style.visibility).toBe('visible');
    await act(async () => popup.destroy());
  });
});

describe('copy from the popup', () => {
  it('falls back to a textarea in the shadow root and restores the page selection', async () => {
    const popup = mountWordPopup(document, {
      onCopy() {},
      onSave() {},
      onPointerEnter() {},
      onPointerLeave() {},
    });
    const p = document.createElement('p');
    p.textContent = '页面上的选区';
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const copied: string[] = [];
    const original = document.execCommand;
    document.execCommand = ((command: string) => {
      const area = ownShadowRoot(document.getElementById('dz-popup-host'))!.querySelector(
        'textarea',
      )!;
      copied.push(`${command}:${area.value}`);
      return true;
    }) as typeof document.execCommand;
    try {
      await popup.copy('中方\tzhōng fāng');
    } finally {
      document.execCommand = original;
    }
    expect(copied).toEqual(['copy:中方\tzhōng fāng']);
    expect(
      ownShadowRoot(document.getElementById('dz-popup-host'))!.querySelector('textarea'),
    ).toBeNull();
    expect(document.getSelection()!.toString()).toBe('页面上的选区');
    popup.destroy();
  });
});

describe('placePopup', () => {
  const viewport = { width: 800, height: 600 };
  const overlaps = (a: { left: number; top: number; width: number; height: number }, b: typeof a) =>
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height;

  it.each([
    [
      { left: 100, top: 100, width: 40, height: 24 },
      { width: 300, height: 200 },
    ],
    [
      { left: 760, top: 100, width: 40, height: 24 },
      { width: 300, height: 200 },
    ],
    [
      { left: 100, top: 560, width: 40, height: 24 },
      { width: 300, height: 200 },
    ],
    [
      { left: 0, top: 300, width: 40, height: 24 },
      { width: 360, height: 500 },
    ],
  ])('keeps the popup in the viewport and off the word %#', (word, size) => {
    const p = placePopup(word, size, viewport);
    const box = {
      left: p.left,
      top: p.top,
      width: size.width,
      height: Math.min(size.height, p.maxHeight),
    };
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top + box.height).toBeLessThanOrEqual(viewport.height);
    expect(overlaps(box, word)).toBe(false);
  });
});
