/**
 * One AbortSignal per feature of the reading layer (annotation, word popup…): every listener,
 * observer and storage watch of the feature is registered with it, so stopping the feature, or
 * the extension context being invalidated (the parent signal), removes all of them at once.
 *   const feature = featureController(ctx.signal);
 *   doc.addEventListener('keydown', onKey, { signal: feature.signal });
 *   onAbort(feature.signal, () => observer.disconnect());
 *   …  feature.abort();
 */

/** Run `cleanup` once when `signal` aborts (at once when it already has). */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  if (signal.aborted) cleanup();
  else signal.addEventListener('abort', () => cleanup(), { once: true });
}

/** An AbortController for one feature, aborted too when `parent` aborts. */
export function featureController(parent?: AbortSignal): AbortController {
  const controller = new AbortController();
  if (parent) onAbort(parent, () => controller.abort());
  return controller;
}
