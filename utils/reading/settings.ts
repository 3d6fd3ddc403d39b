/** Reading-layer settings: the persisted shape, defaults and per-site resolution. */
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../i18n';
import type { ToneStyle } from './syllable';

export type PinyinMode = 'off' | 'all' | 'unknown';
export type PopupTrigger = 'hover' | 'alt' | 'ctrl' | 'shift' | 'off';
/** Pinyin over each written word, or each syllable over its own character. */
export type PinyinOver = 'words' | 'characters';

export interface ReadingSettings {
  /** Pinyin over no words, all words, or only words not marked as known. */
  mode: PinyinMode;
  tones: ToneStyle;
  /** Pinyin over words (written word by word) or over each character. */
  pinyinOver: PinyinOver;
  toneColors: boolean;
  /** Ruby size in percent of the text size (30–100). */
  rubySize: number;
  /** Show the tone sandhi of 一 and 不 (yí gè, bú shì) instead of dictionary tones. */
  sandhi: boolean;
  /** How the word popup opens: plain hover, hover with a modifier key, or never. */
  popup: PopupTrigger;
  /** Per-site overrides of the mode, keyed by site key (host). */
  siteModes: Record<string, PinyinMode>;
  /** The language of Duizhao's own interface: the browser's, English or Chinese. */
  interfaceLanguage: InterfaceLanguage;
}

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  mode: 'all',
  tones: 'marks',
  pinyinOver: 'words',
  toneColors: false,
  rubySize: 55,
  sandhi: false,
  popup: 'hover',
  siteModes: {},
  interfaceLanguage: 'auto',
};

const MODES: readonly PinyinMode[] = ['off', 'all', 'unknown'];
const TRIGGERS: readonly PopupTrigger[] = ['hover', 'alt', 'ctrl', 'shift', 'off'];

/** Validate a stored value field by field; anything malformed falls back to the default. */
export function normaliseReadingSettings(value: unknown): ReadingSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<ReadingSettings>;
  const d = DEFAULT_READING_SETTINGS;
  const siteModes: Record<string, PinyinMode> = {};
  if (v.siteModes && typeof v.siteModes === 'object') {
    for (const [site, mode] of Object.entries(v.siteModes)) {
      if (MODES.includes(mode)) siteModes[site] = mode;
    }
  }
  return {
    mode: MODES.includes(v.mode as PinyinMode) ? (v.mode as PinyinMode) : d.mode,
    tones: v.tones === 'numbers' || v.tones === 'marks' ? v.tones : d.tones,
    pinyinOver:
      v.pinyinOver === 'words' || v.pinyinOver === 'characters' ? v.pinyinOver : d.pinyinOver,
    toneColors: typeof v.toneColors === 'boolean' ? v.toneColors : d.toneColors,
    rubySize:
      typeof v.rubySize === 'number' && v.rubySize >= 30 && v.rubySize <= 100
        ? v.rubySize
        : d.rubySize,
    sandhi: typeof v.sandhi === 'boolean' ? v.sandhi : d.sandhi,
    popup: TRIGGERS.includes(v.popup as PopupTrigger) ? (v.popup as PopupTrigger) : d.popup,
    siteModes,
    interfaceLanguage: INTERFACE_LANGUAGES.includes(v.interfaceLanguage as InterfaceLanguage)
      ? (v.interfaceLanguage as InterfaceLanguage)
      : d.interfaceLanguage,
  };
}

/** The mode that applies on a site: its override, else the global mode. */
export function modeForSite(settings: ReadingSettings, siteKey: string): PinyinMode {
  return settings.siteModes[siteKey] ?? settings.mode;
}
