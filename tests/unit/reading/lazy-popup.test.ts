// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { lazyWordPopup, type MountWordPopup } from '../../../components/word-popup/lazy';
import type {
  PopupController,
  PopupHandlers,
  PopupState,
} from '../../../components/word-popup/mount';

const handlers = {} as PopupHandlers;
const state = (word: string) => ({ info: { word } }) as unknown as PopupState;

function fakeView() {
  const log: string[] = [];
  let visible = false;
  const host = document.createElement('div');
  const view: PopupController = {
    show: (s) => (
      log.push(`show ${(s.info as { word: string }).word}`),
      (visible = true),
      undefined
    ),
    hide: () => (log.push('hide'), (visible = false), undefined),
    warm: (s) => void log.push(`warm ${(s.info as { word: string }).word}`),
    copy: (text) => (log.push(`copy ${text}`), Promise.resolve()),
    contains: (node) => node === host,
    get visible() {
      return visible;
    },
    destroy: () => void log.push('destroy'),
  };
  return { log, view, host };
}

function deferred() {
  let resolve!: (mount: MountWordPopup) => void;
  const promise = new Promise<MountWordPopup>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the word popup before its view has loaded', () => {
  it('shows the latest popup still wanted once the view arrives, then forwards everything', async () => {
    const { log, view, host } = fakeView();
    const mount = deferred();
    const popup = lazyWordPopup(document, handlers, mount.promise);
    popup.show(state('外交'));
    popup.show(state('中国'));
    popup.warm(state('暖'));
    expect(popup.visible).toBe(true);
    expect(popup.contains(host)).toBe(false);
    const copied = popup.copy('中国 Zhōngguó');
    const make = vi.fn(() => view);
    mount.resolve(make);
    await copied;
    expect(make).toHaveBeenCalledWith(document, handlers);
    expect(log).toEqual(['show 中国', 'warm 暖', 'copy 中国 Zhōngguó']);
    popup.hide();
    expect(popup.visible).toBe(false);
    expect(popup.contains(host)).toBe(true);
    popup.destroy();
    expect(log.slice(3)).toEqual(['hide', 'destroy']);
  });

  it('shows nothing that was hidden again, and mounts nothing once destroyed', async () => {
    const first = fakeView();
    const hidden = deferred();
    const popup = lazyWordPopup(document, handlers, hidden.promise);
    popup.show(state('外交'));
    popup.hide();
    expect(popup.visible).toBe(false);
    hidden.resolve(() => first.view);
    await hidden.promise;
    await Promise.resolve();
    expect(first.log).toEqual([]);

    const gone = deferred();
    const make = vi.fn(() => fakeView().view);
    const destroyed = lazyWordPopup(document, handlers, gone.promise);
    destroyed.destroy();
    gone.resolve(make);
    await gone.promise;
    await Promise.resolve();
    expect(make).not.toHaveBeenCalled();
    await expect(destroyed.copy('x')).rejects.toThrow('gone');
  });
});
