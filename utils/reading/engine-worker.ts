/**
 * The reading engine in a dedicated worker, and the client that asks it (Chromium's reading host,
 * utils/reading/host.ts, keeps both). No extension API: a worker of an extension page has none.
 * One message per request, `{ id, kind, data }`, answered by `{ id, value }` or `{ id, error }`.
 */
import type { EngineLoader, ReadingRequests } from './engine-loader';

const KINDS = ['tokenize', 'wordAt', 'wordsAt', 'warm'] as const satisfies readonly (
  keyof ReadingRequests | 'warm'
)[];
type Kind = (typeof KINDS)[number];

interface Request {
  id: number;
  kind: Kind;
  data: unknown;
}

type Reply = { id: number; value: unknown } | { id: number; error: string };

/** What the worker side needs of a DedicatedWorkerGlobalScope. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: Reply): void;
}

/** What the client needs of a Worker. */
export interface WorkerPort {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  postMessage(message: Request): void;
}

const isRequest = (x: unknown): x is Request =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Request).id === 'number' &&
  (KINDS as readonly string[]).includes((x as Request).kind);

/** Worker side: answer the client's requests from `loader`; 'warm' loads the engine. */
export function serveEngine(scope: WorkerScope, loader: EngineLoader): void {
  scope.addEventListener('message', ({ data: request }) => {
    if (!isRequest(request)) return;
    const { id, kind, data } = request;
    const answer: Promise<unknown> =
      kind === 'warm'
        ? loader.reader().then(() => undefined)
        : (loader[kind] as (d: unknown) => Promise<unknown>)(data);
    answer.then(
      (value) => scope.postMessage({ id, value }),
      (error: unknown) =>
        scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** Host side: the three reading requests and a warm-up, each a message to the worker. */
export function engineWorkerClient(port: WorkerPort): ReadingRequests & { warm(): Promise<void> } {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  port.addEventListener('message', ({ data }) => {
    const reply = data as Reply;
    const waiter = waiting.get(reply?.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    if ('error' in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve(reply.value);
  });
  // A worker that failed to load answers nothing: every request waiting, and later ones, fail.
  let broken: Error | null = null;
  port.addEventListener('error', (event) => {
    broken = new Error(`The reading engine stopped: ${event.message ?? 'worker error'}`);
    for (const waiter of waiting.values()) waiter.reject(broken);
    waiting.clear();
  });
  const ask = <T>(kind: Kind, data?: unknown) =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      port.postMessage({ id, kind, data });
    });
  return {
    tokenize: (data) => ask('tokenize', data),
    wordAt: (data) => ask('wordAt', data),
    wordsAt: (data) => ask('wordsAt', data),
    warm: () => ask('warm'),
  };
}
