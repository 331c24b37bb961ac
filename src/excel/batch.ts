// Keeps a write within Excel's request size: everything is queued for one context.sync(),
// except that when what is queued would pass the budget, it is sent first. Excel on the web
// refuses requests over 5 MB (RequestPayloadSizeLimitExceeded). The estimate is meant as an
// upper bound of the request Office.js builds: the UTF-8 JSON of the arguments, plus each
// action ({"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}, ~100 bytes)
// and each object path it refers to (the path and the action instantiating it, ~160 bytes).
// test/fake-excel measures requests the same way, and test/excel checks the two agree.

export const REQUEST_BUDGET = 4_800_000;
const ACTION_BYTES = 110;
const PATH_BYTES = 170;

export class Batch {
  private queued = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /**
   * Call before queueing `actions` actions (a property set, a method call) on `paths` new
   * object paths (a range, its format, its font…) whose arguments take `bytes`; may sync
   * what came before.
   */
  async reserve(bytes: number, actions: number, paths: number): Promise<void> {
    const cost = bytes + actions * ACTION_BYTES + paths * PATH_BYTES;
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

/** UTF-8 bytes of a value's JSON, as it travels (Indonesian text is mostly one byte a character). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two bytes below U+0800, three above; a surrogate pair (two units) is four.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
