/**
 * The extension's icons, drawn by the project as SVG. Every PNG size of assets/icon.svg
 * is generated at build time by @wxt-dev/auto-icons; the dark-theme variant for Firefox's toolbar
 * ships as its SVG, public/icons/dark-theme.svg (Firefox draws SVG icons at any size).
 */

/** Every size the stores and toolbars use: 16/32 toolbar, 48 extensions page, 96/128 stores. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** Toolbar sizes (1× and 2× screens). */
export const TOOLBAR_SIZES = [16, 32] as const;
export const ICON_SOURCE = 'assets/icon.svg';
/** The dark-theme variant, drawn as SVG in public/icons/ and copied as is into the package. */
export const DARK_THEME_ICON = 'icons/dark-theme.svg';

export const iconPath = (size: number) => `icons/${size}.png`;

/** The toolbar icon at each toolbar size. */
export function toolbarIcons(): Record<string, string> {
  return Object.fromEntries(TOOLBAR_SIZES.map((size) => [String(size), iconPath(size)]));
}

/**
 * Firefox's theme icons. Firefox names them by the theme's text colour: `light` is shown on dark
 * themes (light text), `dark` on light themes.
 */
export function themeIcons(): { light: string; dark: string; size: number }[] {
  return TOOLBAR_SIZES.map((size) => ({ light: DARK_THEME_ICON, dark: iconPath(size), size }));
}
