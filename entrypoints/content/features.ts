/**
 * Reader features started on a recognised statement. Each returns a function that undoes it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../utils/article';
import { startEnglishPanel } from './english';
import { startReading } from './reading';

export type Feature = (
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
) => () => void;

const FEATURES: Feature[] = [startReading, startEnglishPanel];

export function startFeatures(
  ctx: ContentScriptContext,
  doc: Document,
  article: ExtractedArticle,
): () => void {
  const stops = FEATURES.map((feature) => {
    try {
      return feature(ctx, doc, article);
    } catch (error) {
      console.warn('[Duizhao] a feature failed to start', error);
      return () => undefined;
    }
  });
  return () => stops.forEach((stop) => stop());
}
