/**
 * The glossary engine's errors in the interface language. The engine (utils/glossary/store.ts)
 * writes its messages in English for the command line and gives each error a code, its details
 * and, for storage failures, the action that failed; they cross the message protocol as own
 * fields of the error. An error without a known code (the background could not be reached…) is
 * shown as it came.
 */
import type { Translate } from '../../utils/i18n';
import type { GlossaryAction, GlossaryInputCode } from '../../utils/glossary/store';

const ACTIONS = {
  save: 'glossary.error.action.save',
  edit: 'glossary.error.action.edit',
  delete: 'glossary.error.action.delete',
  restore: 'glossary.error.action.restore',
  wipe: 'glossary.error.action.wipe',
  read: 'glossary.error.action.read',
  import: 'glossary.error.action.import',
} as const satisfies Record<GlossaryAction, string>;

const INPUT = {
  'invalid-input': 'glossary.error.invalidInput',
  'note-too-long': 'glossary.error.noteTooLong',
  'entry-gone': 'glossary.error.entryGone',
  'invalid-restore': 'glossary.error.invalidRestore',
  'import-too-large': 'glossary.error.importTooLarge',
  'import-not-json': 'glossary.error.importNotJson',
  'import-not-export': 'glossary.error.importNotExport',
  'import-newer-version': 'glossary.error.importNewerVersion',
  'import-invalid': 'glossary.error.importInvalid',
} as const satisfies Record<GlossaryInputCode, string>;

interface Coded {
  code?: unknown;
  detail?: unknown;
  action?: unknown;
  message?: unknown;
}

const has = <T extends object>(map: T, key: unknown): key is keyof T =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(map, key);

/** The engine's message for `error` in the interface language, or null when it has no code. */
export function glossaryErrorText(t: Translate, error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, detail, action } = error as Coded;
  const details = typeof detail === 'string' ? detail : '';
  if (code === 'storage-full' || code === 'storage-failed') {
    const what = has(ACTIONS, action) ? t(ACTIONS[action]) : String(action ?? '');
    return code === 'storage-full'
      ? t('glossary.error.storageFull', [what])
      : t('glossary.error.storageFailed', [what, details]);
  }
  if (has(INPUT, code)) return t(INPUT[code], [details]);
  return null;
}

/** Any error's message: the engine's in the interface language, else the error's own. */
export function errorText(t: Translate, error: unknown): string {
  return (
    glossaryErrorText(t, error) ??
    (error instanceof Error ? error.message : String((error as Coded | null)?.message ?? error))
  );
}

/** "Not saved: …" for a save that failed (the engine's own message already says so). */
export function notSavedText(
  t: Translate,
  error: unknown,
  key: 'wordPopup.status.notSaved' | 'glossary.saveButton.notSaved',
): string {
  return glossaryErrorText(t, error) ?? t(key, [errorText(t, error)]);
}
