import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SideBySideSwitch } from '../../../components/side-by-side/popup-switch';
import {
  isSideBySideOpen,
  setSideBySide,
  sideBySideKey,
  toggleSideBySide,
} from '../../../components/side-by-side/preference';
import { sideBySideSitesItem } from '../../../utils/storage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MFA = 'https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202506/t20250620_11650001.shtml';
const FMPRC = 'https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1674321.shtml';
const XINHUA =
  'https://www.news.cn/politics/leaders/20250312/7c1e2a9b4d5f4e3a8b6c0d1e2f3a4b5c/c.html';
const ELSEWHERE = 'https://news.reprint.example/2025/0312/content_100000.html';

beforeEach(() => fakeBrowser.reset());

describe('the side-by-side preference', () => {
  it('is kept per site, whatever host name the site is reached under', async () => {
    expect(sideBySideKey(MFA)).toBe(sideBySideKey(FMPRC));
    expect(sideBySideKey(ELSEWHERE)).toBe('news.reprint.example');
    expect(await isSideBySideOpen(MFA)).toBe(false);
    await setSideBySide(MFA, true);
    expect(await isSideBySideOpen(FMPRC)).toBe(true);
    expect(await isSideBySideOpen(XINHUA)).toBe(false);
    await toggleSideBySide(XINHUA);
    await toggleSideBySide(MFA);
    expect(await sideBySideSitesItem.getValue()).toEqual({
      [sideBySideKey(MFA)]: false,
      [sideBySideKey(XINHUA)]: true,
    });
  });
});

describe("the toolbar popup's switch", () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const settle = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 20)));

  it('shows the stored choice, stores a change, and follows changes made elsewhere', async () => {
    await setSideBySide(MFA, true);
    await act(async () => root.render(<SideBySideSwitch url={MFA} />));
    await settle();
    const input = container.querySelector<HTMLInputElement>('[data-testid="side-by-side-switch"]')!;
    expect(input.checked).toBe(true);

    await act(async () => input.click());
    await settle();
    expect(await isSideBySideOpen(MFA)).toBe(false);
    expect(input.checked).toBe(false);

    // Opened from the page (its button or the shortcut): the switch follows.
    await setSideBySide(FMPRC, true);
    await settle();
    expect(input.checked).toBe(true);
  });
});
