/** The sentence-alignment engine: splitting, similarity, alignment, term in context, exports. */
export * from './types';
export * from './split';
export * from './align';
export * from './term';
export * from './export';
