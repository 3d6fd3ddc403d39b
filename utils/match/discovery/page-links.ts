/**
 * Links on the Chinese page itself: some pages link their English version ("English", "英文版").
 * No fetching here: the links come with the request.
 */
import { isOfficialHost } from '../../sites/hosts';
import type { DiscoveryStrategy } from './types';
import { hostOf } from './xinhua';

const ENGLISH_LINK_TEXT = /^\s*(?:english(?: version)?|英文版?|英文全文|EN)\s*$/i;
/** Home pages and columns are not versions of a statement. */
const HOME_OR_COLUMN = /^\/(?:eng|mfa_eng|english)?\/?(?:index\.s?html?)?$/i;

export const pageLinksStrategy: DiscoveryStrategy = {
  id: 'page-links',
  label: 'links on the page',
  appliesTo: () => true,
  async discover(_zh, ctx) {
    const candidates = (ctx.pageLinks ?? [])
      .filter((link) => ENGLISH_LINK_TEXT.test(link.text))
      .filter(
        (link) =>
          isOfficialHost(hostOf(link.url)) && !HOME_OR_COLUMN.test(new URL(link.url).pathname),
      )
      .map((link) => ({ url: link.url, title: link.text.trim(), date: null }));
    return {
      candidates: [...new Map(candidates.map((c) => [c.url, c])).values()].slice(0, 3),
      searched: [],
    };
  },
};
