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
}

/** What an action adds to the response, published on the proxies once the sync succeeds. */
export interface Outcome {
  bytes: number;
  publish(): void;
}

export interface Action {
  /** JSON bytes of the action's arguments (the request payload). */
  bytes: number;
  run(): Outcome | void;
}

/** Bytes an action costs in the request beyond its arguments. */
const ACTION_BYTES = 60;

export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: FakeWorkbook;

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
    const request = actions.reduce((sum, a) => sum + a.bytes + ACTION_BYTES, 0);
    if (request > limit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
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
    for (const o of outcomes) o.publish();
  }
}
