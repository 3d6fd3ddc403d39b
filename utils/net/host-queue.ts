/**
 * At most N requests at a time per host: the official sites are public services, and the ministry
 * answers bursts with connection resets. Each host gets its own FIFO queue.
 */
export class HostQueue {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(readonly perHost = 2) {}

  /** Run `task` when a slot for `host` is free; the slot is released when it settles. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  /** Requests currently running for a host (for tests and diagnostics). */
  running(host: string): number {
    return this.active.get(host) ?? 0;
  }

  private acquire(host: string): Promise<void> {
    const n = this.active.get(host) ?? 0;
    if (n < this.perHost) {
      this.active.set(host, n + 1);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const list = this.waiting.get(host) ?? [];
      list.push(resolve);
      this.waiting.set(host, list);
    });
  }

  private release(host: string): void {
    const next = this.waiting.get(host)?.shift();
    // Hand the slot straight to the next waiter: the active count stays the same.
    if (next) next();
    else this.active.set(host, (this.active.get(host) ?? 1) - 1);
  }
}
