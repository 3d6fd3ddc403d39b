/** All discovery strategies, in the order the search service tries them. */
import { embassyStrategy } from './embassy';
import { govcnStrategy } from './govcn';
import { mfaStrategy } from './mfa';
import { pageLinksStrategy } from './page-links';
import { peopleStrategy } from './people';
import type { DiscoveryStrategy } from './types';
import { xinhuaStrategy } from './xinhua';

export const STRATEGIES: readonly DiscoveryStrategy[] = [
  pageLinksStrategy,
  mfaStrategy,
  xinhuaStrategy,
  govcnStrategy,
  peopleStrategy,
  embassyStrategy,
];

/** The strategies that know where to look for this Chinese page's English version. */
export function strategiesFor(
  zh: Parameters<DiscoveryStrategy['appliesTo']>[0],
): DiscoveryStrategy[] {
  return STRATEGIES.filter((s) => s.appliesTo(zh));
}

export type { DiscoveryStrategy, DiscoveryContext, DiscoveryResult, ListingLink } from './types';
