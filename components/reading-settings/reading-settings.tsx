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
import { sendMessage } from '../../utils/messaging';
import { knownWordsItem, readingSettingsItem } from '../../utils/storage';

const MODES: { value: PinyinMode; label: string }[] = [
  { value: 'all', label: 'All words' },
  { value: 'unknown', label: 'Words not marked known' },
  { value: 'off', label: 'Off' },
];
const TRIGGERS: { value: PopupTrigger; label: string }[] = [
  { value: 'hover', label: 'Hover' },
  { value: 'alt', label: 'Alt + hover' },
  { value: 'ctrl', label: 'Ctrl + hover' },
  { value: 'shift', label: 'Shift + hover' },
  { value: 'off', label: 'Never' },
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

  useEffect(() => {
    let live = true;
    void readingSettingsItem
      .getValue()
      .then((v) => live && setSettings(normaliseReadingSettings(v)));
    void knownWordsItem.getValue().then((v) => live && setKnownCount(v.length));
    const offs = [
      readingSettingsItem.watch((v) => setSettings(normaliseReadingSettings(v))),
      knownWordsItem.watch((v) => setKnownCount(v?.length ?? 0)),
    ];
    return () => {
      live = false;
      offs.forEach((off) => off());
    };
  }, []);

  if (!settings) return null;

  const failed = (error: unknown) =>
    setError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
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
    <fieldset className="dz-reading-settings" aria-label="Pinyin and dictionary">
      <legend>Pinyin and dictionary</legend>
      <label htmlFor={`${id}-mode`}>Pinyin</label>
      <select
        id={`${id}-mode`}
        value={settings.mode}
        onChange={(e) => update({ mode: e.target.value as PinyinMode })}
      >
        {MODES.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
      {siteKey && (
        <>
          <label htmlFor={`${id}-site`}>On {siteName ?? siteKey}</label>
          <select
            id={`${id}-site`}
            value={settings.siteModes[siteKey] ?? 'default'}
            onChange={(e) => setSiteMode(e.target.value)}
          >
            <option value="default">As above</option>
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-tones`}>Tones</label>
      <select
        id={`${id}-tones`}
        value={settings.tones}
        onChange={(e) => update({ tones: e.target.value === 'numbers' ? 'numbers' : 'marks' })}
      >
        <option value="marks">Marks (pīnyīn)</option>
        <option value="numbers">Numbers (pin1yin1)</option>
      </select>
      <label htmlFor={`${id}-over`}>Pinyin over</label>
      <select
        id={`${id}-over`}
        value={settings.pinyinOver}
        onChange={(e) =>
          update({ pinyinOver: e.target.value === 'characters' ? 'characters' : 'words' })
        }
      >
        <option value="words">Words (Zhōngguó)</option>
        <option value="characters">Characters (Zhōng guó)</option>
      </select>
      <label htmlFor={`${id}-size`}>Pinyin size</label>
      <input
        id={`${id}-size`}
        type="range"
        min={30}
        max={100}
        step={5}
        value={settings.rubySize}
        onChange={(e) => update({ rubySize: Number(e.target.value) })}
      />
      <label htmlFor={`${id}-popup`}>Word popup</label>
      <select
        id={`${id}-popup`}
        value={settings.popup}
        onChange={(e) => update({ popup: e.target.value as PopupTrigger })}
      >
        {TRIGGERS.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={settings.toneColors}
          onChange={(e) => update({ toneColors: e.target.checked })}
        />
        Tone colours
      </label>
      <label className="dz-check">
        <input
          type="checkbox"
          checked={settings.sandhi}
          onChange={(e) => update({ sandhi: e.target.checked })}
        />
        Tone sandhi of 一 and 不 (yí gè, bú shì)
      </label>
      <p className="dz-known">
        {knownCount} word{knownCount === 1 ? '' : 's'} marked known
        {knownCount > 0 && (
          <button type="button" onClick={clearKnown}>
            Clear
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            const { siteModes: _kept, ...defaults } = DEFAULT_READING_SETTINGS;
            update(defaults);
          }}
        >
          Defaults
        </button>
      </p>
      {error && (
        <p role="alert" className="dz-error">
          {error}
        </p>
      )}
      <p className="dz-hint">
        Keys on a statement: N / B next and previous word while the popup is open, Alt+Shift+N to
        start, Esc to close.
      </p>
    </fieldset>
  );
}
