/** Shared loader for the committed fixtures (tests/fixtures/pages/index.json). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../utils/article';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/pages');

export interface FixtureEntry {
  file: string;
  url: string;
  expected: 'article' | 'not-statement';
  reason?: string;
  charset?: string;
  generic?: boolean;
  /** Left alone by itself, read by the generic extractor when the user asks (toolbar button). */
  askToRead?: boolean;
}

export const fixtureIndex = JSON.parse(
  readFileSync(path.join(FIXTURES, 'index.json'), 'utf8'),
) as FixtureEntry[];

export function fixtureBytes(entry: FixtureEntry): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, entry.file)));
}

export function expectedArticle(entry: FixtureEntry): Article {
  const file = path.join(FIXTURES, entry.file.replace(/\.html$/, '.expected.json'));
  return JSON.parse(readFileSync(file, 'utf8')) as Article;
}

export function contentType(entry: FixtureEntry): string | undefined {
  return entry.charset ? `text/html; charset=${entry.charset}` : undefined;
}
