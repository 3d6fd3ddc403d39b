/**
 * The side-by-side view's per-site preference (sideBySideSitesItem): read and written by the
 * content script (the English panel's button, the shortcut, Close) and the toolbar popup alike.
 */
import { siteKeyFor } from '../../utils/sites/site-key';
import { sideBySideSitesItem } from '../../utils/storage';

/** The key the preference is kept under for a statement's site (its host off the official sites). */
export function sideBySideKey(url: string): string {
  return siteKeyFor(url) ?? new URL(url).hostname;
}

/** Whether the view is open on `url`'s site. */
export async function isSideBySideOpen(url: string): Promise<boolean> {
  const sites = await sideBySideSitesItem.getValue();
  return sites[sideBySideKey(url)] === true;
}

/** Open or close the view on `url`'s site (every tab of the site follows). */
export async function setSideBySide(url: string, open: boolean): Promise<void> {
  const sites = await sideBySideSitesItem.getValue();
  await sideBySideSitesItem.setValue({ ...sites, [sideBySideKey(url)]: open });
}

export async function toggleSideBySide(url: string): Promise<void> {
  await setSideBySide(url, !(await isSideBySideOpen(url)));
}
