/**
 * The background worker is the one writer of the glossary (utils/glossary/): every save, edit,
 * delete, import and wipe arrives here as a message and runs as one IndexedDB transaction, so
 * tabs saving at the same moment cannot lose each other's entries. After each write it tells the
 * open glossary pages (BroadcastChannel GLOSSARY_CHANNEL) to refresh.
 *
 * Saving a selection: the context menu "Save to Duizhao glossary" and the keyboard shortcut
 * (manifest command SAVE_COMMAND) ask the tab's reader for the selection with the statement's
 * metadata (glossarySelection), save it, and tell the tab (glossaryNotice).
 * Wiring (entrypoints/background/index.ts): `registerGlossaryService()` once at startup.
 */
import { browser, type Browser } from 'wxt/browser';
import { openGlossary, type GlossaryDb } from '../../utils/glossary/db';
import { passageInput } from '../../utils/glossary/from-page';
import { asTermIfWord, readingFrom } from '../../utils/glossary/reading';
import type { GlossaryInput } from '../../utils/glossary/schema';
import {
  deleteEntries,
  editEntry,
  importBackup,
  restoreEntries,
  saveEntry,
  wipeGlossary,
} from '../../utils/glossary/store';
import { GLOSSARY_CHANNEL, GLOSSARY_PAGE } from '../../utils/glossary/page-link';
import { onLocaleChange, t } from '../../utils/i18n';
import { onMessage, sendMessage } from '../../utils/messaging';
import { backgroundEngine } from '../../utils/reading/service';
import { siteKeyFor } from '../../utils/sites/site-key';

export const SAVE_MENU_ID = 'duizhao-save-to-glossary';
export const SAVE_COMMAND = 'save-to-glossary';

let db: Promise<GlossaryDb> | undefined;
function glossary(): Promise<GlossaryDb> {
  db ??= openGlossary(undefined, { onVersionChange: () => (db = undefined) }).catch(
    (error: unknown) => {
      db = undefined;
      throw error;
    },
  );
  return db;
}

const reading = readingFrom(backgroundEngine);

/** Save through the one writer; a selection that is one dictionary word becomes a term. */
async function save(input: GlossaryInput) {
  let final = input;
  if (input.type === 'passage') {
    try {
      final = asTermIfWord(await backgroundEngine(), input);
    } catch {
      // No dictionary (it failed to load): saved as the passage it was sent as.
    }
  }
  return writing((g) => saveEntry(g, final, reading));
}

function announce(): void {
  try {
    const channel = new BroadcastChannel(GLOSSARY_CHANNEL);
    channel.postMessage({ type: 'changed' });
    channel.close();
  } catch {
    // No BroadcastChannel: open pages still refresh when they get focus.
  }
}

async function writing<T>(run: (db: GlossaryDb) => Promise<T>): Promise<T> {
  const result = await run(await glossary());
  announce();
  return result;
}

/** Only the extension's own pages (the glossary page, the toolbar popup) may edit or clear. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): void {
  const own = browser.runtime.getURL('/');
  if (!sender.url?.startsWith(own)) {
    throw new Error(t('background.glossaryPageOnly'));
  }
}

/** Save what is selected in `tab`: the reader's answer, or the plain selection off a statement. */
async function saveSelection(tab: Browser.tabs.Tab | undefined, selectionText?: string) {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  let input: GlossaryInput | null = null;
  try {
    input = await sendMessage('glossarySelection', undefined, { tabId, frameId: 0 });
  } catch {
    // No reader on this page (not a recognised statement): the context menu's own text below.
  }
  if (!input && selectionText?.trim() && tab?.url) {
    input = passageInput(selectionText, {
      url: tab.url,
      title: tab.title ?? '',
      kind: 'other',
      speaker: null,
      date: null,
      site: siteKeyFor(tab.url) ?? 'generic',
      enUrl: null,
    });
  }
  const notice = (ok: boolean, message: string) =>
    sendMessage('glossaryNotice', { ok, message }, { tabId, frameId: 0 }).catch(() => undefined);
  if (!input) {
    await notice(false, t('background.selectChinese'));
    return;
  }
  try {
    await save(input);
    await notice(true, t('background.savedToGlossary'));
  } catch (error) {
    await notice(false, error instanceof Error ? error.message : String(error));
  }
}

/** The context menu item, titled in the interface language (again whenever it changes). */
function registerMenu(): () => void {
  const menus = browser.contextMenus;
  if (!menus) return () => undefined;
  void menus
    .removeAll()
    .then(() => {
      menus.create({
        id: SAVE_MENU_ID,
        title: t('background.menuSave'),
        contexts: ['selection'],
      });
    })
    .catch((error: unknown) => console.warn('[Duizhao] context menu', error));
  return onLocaleChange(() => {
    // Fails while the item is still being created: it is then created in the new language.
    void Promise.resolve()
      .then(() => menus.update(SAVE_MENU_ID, { title: t('background.menuSave') }))
      .catch(() => undefined);
  });
}

/** Register the handlers, the context menu and the shortcut; returns a function that removes the handlers. */
export function registerGlossaryService(): () => void {
  const offMenu = registerMenu();
  const onMenu = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === SAVE_MENU_ID) void saveSelection(tab, info.selectionText);
  };
  browser.contextMenus?.onClicked.addListener(onMenu);
  const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
    if (command !== SAVE_COMMAND) return;
    void (async () => {
      const target = tab?.id
        ? tab
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await saveSelection(target);
    })();
  };
  browser.commands?.onCommand.addListener(onCommand);

  const offs = [
    onMessage('glossarySave', ({ data }) => save(data)),
    onMessage('glossaryEdit', ({ data, sender }) => {
      fromExtensionPage(sender);
      return writing((g) => editEntry(g, data.id, data.edit));
    }),
    onMessage('glossaryDelete', ({ data, sender }) => {
      fromExtensionPage(sender);
      return writing((g) => deleteEntries(g, data.ids));
    }),
    onMessage('glossaryRestore', ({ data, sender }) => {
      fromExtensionPage(sender);
      return writing((g) => restoreEntries(g, data.entries));
    }),
    onMessage('glossaryImport', ({ data, sender }) => {
      fromExtensionPage(sender);
      return writing((g) => importBackup(g, data.text));
    }),
    onMessage('glossaryWipe', ({ sender }) => {
      fromExtensionPage(sender);
      return writing(async (g) => ({ removed: await wipeGlossary(g) }));
    }),
    onMessage('openGlossaryPage', async ({ data }) => {
      const query = data?.query?.trim();
      const url = browser.runtime.getURL(GLOSSARY_PAGE);
      await browser.tabs.create({ url: query ? `${url}#q=${encodeURIComponent(query)}` : url });
    }),
  ];
  return () => {
    offs.forEach((off) => off());
    offMenu();
    browser.contextMenus?.onClicked.removeListener(onMenu);
    browser.commands?.onCommand.removeListener(onCommand);
  };
}
