// CellStyle (the plan's vocabulary) → ExcelJS style parts. Equal styles give the same
// objects, so a styled range of thousands of cells shares a handful of them.
import type ExcelJS from "exceljs";
import type { CellStyle } from "../workbook/grid";

export interface XlsxStyle {
  font: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: Partial<ExcelJS.Borders>;
}

/** Excel's own colour for hyperlinks (theme "Hyperlink", Office 2013+). */
export const LINK_COLOR = "#0563C1";
const FONT_NAME = "Calibri";
const FONT_SIZE = 11;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** "#1F4E78" → "FF1F4E78" (opaque ARGB, as ExcelJS writes colours). */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!m) throw new Error(`Warna tidak sah (harus #RRGGBB): "${hex}"`);
  return `FF${m[1].toUpperCase()}`;
}

/** One per written workbook: ExcelJS keeps references to the objects it is given. */
export class Styler {
  private readonly cache = new Map<string, XlsxStyle>();

  /** `link` underlines the text in the hyperlink colour unless the style sets a colour. */
  style(style: CellStyle, link: boolean): XlsxStyle {
    const key = JSON.stringify([style, link]);
    let result = this.cache.get(key);
    if (!result) {
      result = xlsxStyle(style, link);
      this.cache.set(key, result);
    }
    return result;
  }
}

function xlsxStyle(style: CellStyle, link: boolean): XlsxStyle {
  const color = style.color ?? (link ? LINK_COLOR : undefined);
  const result: XlsxStyle = {
    font: {
      name: FONT_NAME,
      size: style.size ?? FONT_SIZE,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(link ? { underline: true } : {}),
      ...(color ? { color: { argb: argb(color) } } : {}),
    },
  };
  if (style.fill) result.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.align || style.valign) {
    result.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.valign ? { vertical: style.valign } : {}),
    };
  }
  if (style.border) result.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return result;
}
