// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { EngineLoader } from '../../../utils/reading/engine-loader';
import {
  engineWorkerClient,
  serveEngine,
  type WorkerPort,
  type WorkerScope,
} from '../../../utils/reading/engine-worker';

type Listener = (event: { data?: unknown; message?: string }) => void;

/** A worker and its page, joined as postMessage joins them (asynchronously, cloned). */
function pair() {
  const onWorker: Listener[] = [];
  const onPage: Record<string, Listener[]> = { message: [], error: [] };
  const deliver = (to: Listener[], data: unknown) =>
    setTimeout(() => to.forEach((l) => l({ data: structuredClone(data) })), 0);
  const scope: WorkerScope = {
    addEventListener: (_type, listener) => onWorker.push(listener as Listener),
    postMessage: (message) => deliver(onPage.message!, message),
  };
  const port = {
    addEventListener: (type: 'message' | 'error', listener: Listener) =>
      onPage[type]!.push(listener),
    postMessage: (message: unknown) => deliver(onWorker, message),
  } as WorkerPort;
  const crash = (message: string) => onPage.error!.forEach((l) => l({ message }));
  return { scope, port, crash };
}

const loader = (over: Partial<EngineLoader> = {}): EngineLoader => ({
  dictionary: vi.fn(),
  reader: vi.fn(() => Promise.resolve({} as never)),
  engine: vi.fn(),
  tokenize: vi.fn(({ texts }: { texts: string[] }) =>
    Promise.resolve(texts.map((text) => [{ text, kind: 'han' as const, py: ['x'] }])),
  ),
  wordAt: vi.fn(() => Promise.resolve(null)),
  wordsAt: vi.fn(() => Promise.reject(new Error('Dictionary missing from the extension (404)'))),
  ...over,
});

describe('the reading engine in a worker', () => {
  it('answers each request with its own reply, in any order, and warms the engine', async () => {
    const { scope, port } = pair();
    const engine = loader();
    serveEngine(scope, engine);
    const client = engineWorkerClient(port);
    const [a, b, none] = await Promise.all([
      client.tokenize({ texts: ['外交部'] }),
      client.tokenize({ texts: ['发言人', '记者'] }),
      client.wordAt({ text: '外交部', offset: 0, exact: false }),
      client.warm(),
    ]);
    expect(a.map((t) => t[0]!.text)).toEqual(['外交部']);
    expect(b.map((t) => t[0]!.text)).toEqual(['发言人', '记者']);
    expect(none).toBeNull();
    expect(engine.reader).toHaveBeenCalledTimes(1);
  });

  it("passes the engine's errors on as rejections with their message", async () => {
    const { scope, port } = pair();
    serveEngine(scope, loader());
    const client = engineWorkerClient(port);
    await expect(client.wordsAt({ text: '外交部', words: [] })).rejects.toThrow(
      'Dictionary missing from the extension (404)',
    );
  });

  it('fails what is waiting, and what comes after, once the worker has failed', async () => {
    const { scope, port, crash } = pair();
    serveEngine(scope, loader({ tokenize: () => new Promise(() => undefined) }));
    const client = engineWorkerClient(port);
    const waiting = client.tokenize({ texts: ['外交部'] });
    crash('out of memory');
    await expect(waiting).rejects.toThrow('The reading engine stopped: out of memory');
    await expect(client.tokenize({ texts: ['再见'] })).rejects.toThrow(/stopped/);
  });

  it('ignores messages that are not requests', async () => {
    const { scope, port } = pair();
    const engine = loader();
    serveEngine(scope, engine);
    port.postMessage({ id: 1, kind: 'eval', data: 'alert(1)' } as never);
    port.postMessage('hello' as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(engine.tokenize).not.toHaveBeenCalled();
    expect(engine.reader).not.toHaveBeenCalled();
  });
});
