// Globals a page expects from office.js, backed by the fake: a browser test replaces the
// <script src=".../office.js"> with this and the task pane runs against the fake workbook.
import type { Grid } from "../../src/workbook/grid";
import type { FakeOptions } from "./context";
import { FakeOfficeError } from "./errors";
import { createFakeExcel, type FakeExcel } from "./excel";

export interface FakeOffice extends FakeExcel {
  /** Settings saved with the document (Office.context.document.settings.saveAsync). */
  savedSettings(): Record<string, unknown>;
}

/** The Excel API sets the fake implements (what src/excel needs: ExcelApi 1.13). */
const EXCEL_API_MINOR = 13;

export function installFakeOffice(target: Record<string, unknown>, grids: Grid[], opts: FakeOptions = {}): FakeOffice {
  const fake = createFakeExcel(grids, opts);
  const pending = new Map<string, unknown>();
  let saved: Record<string, unknown> = {};
  const settings = {
    get: (name: string) => (pending.has(name) ? pending.get(name) : null),
    set: (name: string, value: unknown) => void pending.set(name, JSON.parse(JSON.stringify(value))),
    remove: (name: string) => void pending.delete(name),
    saveAsync: (...args: unknown[]) => {
      saved = Object.fromEntries(pending);
      const callback = args.find((a): a is (r: unknown) => void => typeof a === "function");
      setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  target.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      ...info,
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "ExcelApi" && Number(version.split(".")[0]) === 1 && Number(version.split(".")[1] ?? 0) <= EXCEL_API_MINOR,
      },
      document: { settings },
    },
  };
  target.Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => fake.run(batch),
    ErrorCodes: {
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      invalidReference: "InvalidReference",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
  target.OfficeExtension = { Error: FakeOfficeError };
  return { ...fake, savedSettings: () => ({ ...saved }) };
}
