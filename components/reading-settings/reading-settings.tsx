/**
 * Reading settings for the toolbar popup (or an options page): pinyin mode globally and on the
 * current site, tone marks or numbers, pinyin over words or characters, tone colours, ruby size, tone sandhi, how the word popup
 * opens, and the known-word list. Styles: ./reading-settings.css (import it next to the component). Every change is sent at once to the background, the one
 * writer of the settings (it merges the change into what is stored, so two popups lose nothing);
 * a change that could not be saved is undone on screen and the reason shown. Open pages follow
 * through their storage watchers.
 */
import { useEffect, useId, useState } from 'react';
import {
  DEFAULT_READING_SETTINGS,
  normaliseReadingSettings,
  type PinyinMode,
  type PopupTrigger,
  type ReadingSettings as Settings,
} from '../../utils/reading/settings';
import type { Translate } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging';
import { followItem, knownWordsItem, readingSettingsItem } from '../../utils/storage';
import { useT } from '../i18n/use-t';

type Key = Parameters<Translate>[0];

const MODES: { value: PinyinMode; label: Key }[] = [
  { value: 'all', label: 'popup.reading.modeAll' },
  { value: 'unknown', label: 'popup.reading.modeUnknown' },
  { value: 'off', label: 'popup.reading.modeOff' },
];
const TRIGGERS: { value: PopupTrigger; label: Key }[] = [
  { value: 'hover', label: 'popup.reading.triggerHover' },
  { value: 'alt', label: 'popup.reading.triggerAlt' },
  { value: 'ctrl', label: 'popup.reading.triggerCtrl' },
  { value: 'shift', label: 'popup.reading.triggerShift' },
  { value: 'off', label: 'popup.reading.triggerNever' },
];

export interface ReadingSettingsProps {
  /** Site key of the current tab (for the per-site pinyin mode), or null. */
  siteKey?: string | null;
  /** Site name to show ("Foreign Ministry"), defaults to the key. */
  siteName?: string;
}

export function ReadingSettings({ siteKey = null, siteName }: ReadingSettingsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [knownCount, setKnownCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const t = useT();

  useEffect(() => {
    const offs = [
      followItem(readingSettingsItem, (v) => setSettings(normaliseReadingSettings(v))).off,
      followItem(knownWordsItem, (v) => setKnownCount(v?.length ?? 0)).off,
    ];
    return () => offs.forEach((off) => off());
  }, []);

  if (!settings) return null;

  const failed = (error: unknown) =>
    setError(t('popup.reading.notSaved', [error instanceof Error ? error.message : String(error)]));
  /** Show the change at once; the stored settings come back from the background, or it is undone. */
  const update = (patch: Partial<Settings>, removeSiteModes?: string[]) => {
    const previous = settings;
    const siteModes = { ...settings.siteModes, ...patch.siteModes };
    for (const site of removeSiteModes ?? []) delete siteModes[site];
    setSettings(normaliseReadingSettings({ ...settings, ...patch, siteModes }));
    setError(null);
    sendMessage('readingSettingsChange', { patch, removeSiteModes }).then(
      (stored) => setSettings(normaliseReadingSettings(stored)),
      (error: unknown) => {
        setSettings(previous);
        failed(error);
      },
    );
  };
  const setSiteMode = (value: string) => {
    if (!siteKey) return;
    if (value === 'default') update({}, [siteKey]);
    else update({ siteModes: { [siteKey]: value as PinyinMode } });
  };
  const clearKnown = () => {
    setError(null);
    sendMessage('knownWordsChange', { clear: true }).then(
      ({ words }) => setKnownCount(words.length),
      failed,
    );
  };

  return (
    <fieldset className="dz-reading-settings" aria-label={t('popup.reading.legend')} lang={t.lang}>
      <legend>{t('popup.reading.legend')}</legend>
      <label htmlFor={`${id}-mode`}>{t('popup.reading.pinyin')}</label>
      <select
        id={`${id}-mode`}
        value={settings.mode}
        onChange={(e) => update({ mode: e.target.value as PinyinMode })}
      >
        {MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {t(m.label)}
          </option>
        ))}
      </select>
      {siteKey && (
        <>
          <label htmlFor={`${id}-site`}>{t('popup.reading.onSite', [siteName ?? siteKey])}</label>
          <select
            id={`${id}-site`}
            value={settings.siteModes[siteKey] ?? 'default'}
            onChange={(e) => setSiteMode(e.target.value)}
          >
            <option value="default">{t('popup.reading.asAbove')}</option>
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-tones`}>{t('popup.reading.tones')}</label>
      <select
        id={`${id}-tones`}
        value={settings.tones}
        onChange={(e) => update({ tones: e.target.value === 'numbers' ? 'numbers' : 'marks' })}
      >
        <option value="marks">{t('popup.reading.toneMarks')}</option>
        <option value="numbers">{t('popup.reading.toneNumbers')}</option>
      </select>
      <label htmlFor={`${id}-over`}>{t('popup.reading.pinyinOver')}</label>
      <select
        id={`${id}-over`}
        value={settings.pinyinOver}
        onChange={(e) =>
          update({ pinyinOver: e.target.value === 'characters' ? 'characters' : 'words' })
        }
      >
        <option value="words">{t('popup.reading.overWords')}</option>
        <option value="characters">{t('popup.reading.overCharacters')}</option>
      </select>
      <label htmlFor={`${id}-size`}>{t('popup.reading.size')}</label>
      <input
        id={`${id}-size`}
        type="range"
        min={30}
        max={100}
        step={5}
        value={settings.rubySize}
        onChange={(e) => update({ rubySize: Number(e.target.value) })}
      />
      <label htmlFor={`${id}-popup`}>{t('popup.reading.wordPopup')}</label>
      <select
        id={`${id}-popup`}
        value={settings.popup}
        onChange={(e) => update({ popup: e.target.value as PopupTrigger })}
      >
        {TRIGGERS.map((trigger) => (
          <option key={trigger.value} value={trigger.value}>
            {t(trigger.label)}
          </option>
        ))}
      </select>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={settings.toneColors}
          onChange={(e) => update({ toneColors: e.target.checked })}
        />
        {t('popup.reading.toneColours')}
      </label>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={settings.sandhi}
          onChange={(e) => update({ sandhi: e.target.checked })}
        />
        {t('popup.reading.sandhi')}
      </label>
      <p className="dz-known">
        {t('popup.reading.knownWords', knownCount)}
        {knownCount > 0 && (
          <button type="button" onClick={clearKnown}>
            {t('common.clear')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            // The reading settings only: the per-site modes and the interface language stay.
            const {
              siteModes: _kept,
              interfaceLanguage: _language,
              ...defaults
            } = DEFAULT_READING_SETTINGS;
            update(defaults);
          }}
        >
          {t('popup.reading.defaults')}
        </button>
      </p>
      {error && (
        <p role="alert" className="dz-error">
          {error}
        </p>
      )}
      <p className="dz-hint">{t('popup.reading.keys')}</p>
    </fieldset>
  );
}
