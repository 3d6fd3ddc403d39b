/**
 * The handlers of the pages' reading requests (readingTokenize, readingWordAt, readingWordsAt),
 * answered from `requests`: the background's engine (Firefox, utils/reading/service.ts) or the
 * reading host's worker (Chromium, entrypoints/reading-host/). Returns a function that removes them.
 */
import { onMessage } from '../messaging';
import type { ReadingRequests } from './engine-loader';

export function answerReadingRequests(requests: ReadingRequests): () => void {
  const offs = [
    onMessage('readingTokenize', ({ data }) => requests.tokenize(data)),
    onMessage('readingWordAt', ({ data }) => requests.wordAt(data)),
    onMessage('readingWordsAt', ({ data }) => requests.wordsAt(data)),
  ];
  return () => offs.forEach((off) => off());
}
