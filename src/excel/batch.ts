// Keeps a write within Excel's request size: everything is queued for one context.sync(),
// except that when what is queued would pass the budget, it is sent first. Excel on the web
// refuses requests over 5 MB (RequestPayloadSizeLimitExceeded); the budget leaves room for
// the request's own envelope. Sizes are the JSON of the arguments, as Office.js sends them.

export const REQUEST_BUDGET = 4_000_000;
/** What one queued action or object path costs beyond its arguments (names and ids). */
const ACTION_BYTES = 150;

export class Batch {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /**
   * Call before queueing `actions` actions and object paths (a range, its format, its font…)
   * whose arguments take `bytes`; may sync what came before.
   */
  async reserve(bytes: number, actions = 1): Promise<void> {
    const cost = bytes + actions * ACTION_BYTES;
    if (this.queued > 0 && this.queued + cost > this.budget) {
      await this.context.sync();
      this.queued = 0;
    }
    this.queued += cost;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    await this.context.sync();
    this.queued = 0;
  }
}

export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}
