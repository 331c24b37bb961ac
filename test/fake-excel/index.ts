// A strict in-memory Excel for tests of src/excel, in jest and in a browser bundle (plain
// TypeScript, no Node APIs). It implements exactly the Excel JavaScript API subset the
// gateway uses, and fails like Excel does: reading a property that was not loaded and
// synced throws PropertyNotLoaded; writes happen only at sync, in order; *OrNullObject
// results are null objects; texts are parsed like typed input; requests and responses past
// 5 MB are refused; gets past 5 000 000 cells return null; every sync is counted.
export { createFakeExcel, WEB_PAYLOAD_LIMIT, allowedSyncs, type FakeExcel, type SheetView } from "./excel";
export { installFakeOffice, type FakeOffice } from "./office";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export type { FakeOptions } from "./context";
export type { FakeCell } from "./state";
