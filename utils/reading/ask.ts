/**
 * A page's reading requests, to whichever context answers them (utils/reading/host.ts): when no
 * one did (in Chromium, the reading host was not open yet, or was closed), the background is asked
 * to open it and the request is sent once more.
 */
import { sendMessage, type ProtocolMap } from '../messaging';

type ReadingType = 'readingTokenize' | 'readingWordAt' | 'readingWordsAt';

/** Chromium's errors for a message that no listener answered. */
const UNANSWERED = /Receiving end does not exist|message port closed before a response/i;

export async function askReading<T extends ReadingType>(
  type: T,
  data: Parameters<ProtocolMap[T]>[0],
): Promise<ReturnType<ProtocolMap[T]>> {
  const send = () =>
    (sendMessage as (t: T, d: typeof data) => Promise<ReturnType<ProtocolMap[T]>>)(type, data);
  try {
    return await send();
  } catch (error) {
    if (!UNANSWERED.test(error instanceof Error ? error.message : String(error))) throw error;
    await sendMessage('readingHostOpen', undefined);
    return send();
  }
}
