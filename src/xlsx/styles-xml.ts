// xl/styles.xml → the number format of each cell style, as ExcelJS resolves it: the custom
// <numFmts> first, then Excel's built-in formats (ECMA-376 §18.8.30, the ids ExcelJS knows,
// with its texts), and style 0 treated as "no style" as ExcelJS does.
import type { Parts } from "./parts";
import type { ZipEntry } from "./zip-directory";
import { readAttributes } from "./xml-scanner";
import { isExcelJsDateFormat } from "./dates";

export interface CellStyle {
  /** The number format text, or null for none. */
  format: string | null;
  /** Numbers in this style are dates (ExcelJS's isDateFmt of the format). */
  date: boolean;
}

const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export class CellStyles {
  constructor(private readonly styles: (CellStyle | null)[]) {}

  static readonly NONE = new CellStyles([]);

  /** The style of a cell's `s` attribute; null for none (absent, 0, unknown). */
  of(index: number): CellStyle | null {
    return index > 0 ? (this.styles[index] ?? null) : null;
  }
}

export async function readStyles(parts: Parts, entry: ZipEntry): Promise<CellStyles> {
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  // Only the <numFmts> list: a conditional format's <dxf> has a <numFmt> of its own, whose id
  // may repeat one of the list's with another code (ExcelJS ignores it too).
  let inNumFmts = false;
  await parts.parse(entry, {
    open(name, attributes) {
      if (name === "cellXfs") inCellXfs = true;
      else if (name === "numFmts") inNumFmts = true;
      else if (name === "numFmt" && inNumFmts) {
        const a = readAttributes(attributes);
        // ExcelJS drops every backslash escape of the format code ("0\ %" → "0 %").
        if (a.formatCode !== undefined) custom.set(Number.parseInt(a.numFmtId, 10), a.formatCode.replace(/\\(.)/g, "$1"));
      } else if (name === "xf" && inCellXfs) {
        xfFormatIds.push(Number.parseInt(readAttributes(attributes).numFmtId, 10));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "numFmts") inNumFmts = false;
    },
    text() {},
  });
  return new CellStyles(
    xfFormatIds.map((id) => {
      const format = (id && (custom.get(id) || BUILT_IN_FORMATS[id])) || null;
      return { format, date: isExcelJsDateFormat(format) };
    }),
  );
}
