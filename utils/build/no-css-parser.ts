/**
 * Stands in for linkedom's CSS parser (cssomnom) in the extension's build (wxt.config.ts). linkedom
 * parses a <style> element's CSS only when its `sheet` is read, which Duizhao never does (it reads
 * fetched pages' text); the parser was a fifth of the worker's script, evaluated at every start.
 */
export function parse(): never {
  throw new Error('Duizhao does not parse the CSS of fetched pages');
}
