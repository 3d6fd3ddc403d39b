/** The committed fixtures, for the extraction tests (see tests/fixtures/fixtures.ts). */
import { loadFixtureIndex } from '../../fixtures/fixtures';

export {
  FIXTURES_DIR as FIXTURES,
  contentType,
  expectedArticle,
  fixtureBytes,
  type FixtureEntry,
} from '../../fixtures/fixtures';

export const fixtureIndex = loadFixtureIndex();
