// The ExcelJS gateway (files on disk: CLI and tests). See DESIGN §2.
export { readXlsx, type XlsxBook } from "./read";
export { readGrids } from "./read-grids";
export { applyPlans, type ApplyOptions } from "./apply";
export { writeXlsx, toBuffer } from "./write";
export { UnusableInputError } from "./errors";
export { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, MAX_GRID_UNPACKED_BYTES, type ReadLimits } from "./limits";
export type { ApplyResult } from "../excel/plan-targets";
