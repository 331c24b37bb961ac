// The request context of the fake: a queue of actions run in order at sync(), a response
// built from what was loaded, Excel-on-the-web payload limits, and a count of syncs.
import type { Evaluate } from "./typing";
import { FakeOfficeError } from "./errors";
import type { WorkbookState } from "./state";
import { FakeWorkbook } from "./worksheet";

export interface FakeOptions {
  /** Request and response payload limit in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Cells a get may return; past it, values/formulas/numberFormat come back null (real Excel). */
  cellLimit?: number;
  /** Merged areas getMergedAreasOrNullObject can return before it fails (real Excel: 512). */
  mergedAreaLimit?: number;
  /** The result of a formula written through the API; default: none (the cell reads ""). */
  evaluate?: Evaluate;
}

export interface Engine {
  state: WorkbookState;
  opts: Required<FakeOptions>;
  syncs: number;
  /** Bytes of every request sent and every response received (a refused one counts 0). */
  requestBytes: number;
  responseBytes: number;
}

/** What an action adds to the response, published on the proxies once the sync succeeds. */
export interface Outcome {
  bytes: number;
  publish(): void;
}

export interface Action {
  /** UTF-8 bytes of the JSON of the action's arguments (the request payload). */
  bytes: number;
  /** An object path (getRange, .format, .font …) rather than an action on one. */
  path?: boolean;
  run(): Outcome | void;
}

/**
 * What Office.js sends beyond the arguments, as its request JSON is built: an action
 * ({"Id":…,"ActionType":4,"Name":"WrapText","ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}})
 * about 100 bytes; an object path ("Id", "ObjectPathType", "Name", "ParentObjectPathId",
 * "ArgumentInfo") about 110, plus the action that instantiates it, about 50.
 */
export const ACTION_BYTES = 100;
export const PATH_BYTES = 160;

/** UTF-8 bytes of a value's JSON, as it travels. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 2 UTF-16 units and 4 UTF-8 bytes: 1 extra for each unit.
    if (code >= 0x80) bytes += code < 0x800 ? 1 : 1 + (code >= 0xd800 && code <= 0xdfff ? 0 : 1);
  }
  return bytes;
}

export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: FakeWorkbook;
  /** Numbers the requests: what is queued now goes with request `request`. */
  request = 0;

  constructor(readonly engine: Engine) {
    this.workbook = new FakeWorkbook(this);
    Object.preventExtensions(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  /**
   * Like Office.js: the whole queue is one request; actions run in order and one that fails
   * stops the rest (those before it stay applied); loaded values appear only after success.
   */
  async sync(): Promise<void> {
    this.engine.syncs++;
    const actions = this.queue;
    this.queue = [];
    this.request++;
    await Promise.resolve();
    this.execute(actions);
  }

  private running: Outcome[] | null = null;
  /** Counts requests run, so a proxy can tell whether it was found in this one. */
  round = 0;

  /** For a proxy found while actions run (it was first used in this request). */
  addOutcome(outcome: Outcome): void {
    this.running?.push(outcome);
  }

  private execute(actions: Action[]): void {
    const limit = this.engine.opts.payloadLimit;
    const request = actions.reduce((sum, a) => sum + a.bytes + (a.path ? PATH_BYTES : ACTION_BYTES), 0);
    if (request > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
    this.engine.requestBytes += request;
    const outcomes: Outcome[] = (this.running = []);
    this.round++;
    try {
      for (const action of actions) {
        const outcome = action.run();
        if (outcome) outcomes.push(outcome);
      }
    } finally {
      this.running = null;
    }
    const response = outcomes.reduce((sum, o) => sum + o.bytes, 0);
    if (response > limit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
    this.engine.responseBytes += response;
    for (const o of outcomes) o.publish();
  }
}
