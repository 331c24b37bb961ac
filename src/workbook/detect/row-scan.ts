// One pass over a row: how many of its cells read as header labels. Header detection asks
// this of every row, so it is computed once per row and memoised per distinct label text.
import { parseHeader, type HeaderInfo } from "./header-synonyms";
import { SheetView } from "./sheet-view";
import { isYearNumber } from "./text";

/** Roles that make a row a table header when they appear with one more label. */
const ANCHORS = new Set([
  "indikator",
  "target",
  "realisasi",
  "capaian",
  "pagu",
  "realisasi-anggaran",
  "sasaran",
  "kegiatan",
  "output",
  "unit",
  "jenis-belanja",
  "program",
  "target-renstra",
]);

export interface RowScan {
  /** Non-empty cells (merge masters included, covered cells not). */
  filled: number;
  /** Numbers that are not years. */
  numbers: number;
  texts: number;
  recognised: number;
  /** Distinct recognised labels. */
  distinct: number;
  anchors: number;
  first: number;
  last: number;
}

const EMPTY_SCAN: RowScan = { filled: 0, numbers: 0, texts: 0, recognised: 0, distinct: 0, anchors: 0, first: -1, last: -1 };

export class Scanner {
  readonly view: SheetView;
  private readonly scans: (RowScan | undefined)[] = [];
  private readonly labels = new Map<string, HeaderInfo | null>();

  constructor(view: SheetView) {
    this.view = view;
  }

  /** The header reading of a label text (memoised; long texts are never headers). */
  header(text: string): HeaderInfo | null {
    if (text.length === 0 || text.length > 80) return null;
    let info = this.labels.get(text);
    if (info === undefined) {
      info = parseHeader(text);
      this.labels.set(text, info);
    }
    return info;
  }

  /** Header reading of a cell: texts, and numbers that are years (a "2024" header). */
  cellHeader(r: number, c: number): HeaderInfo | null {
    const v = this.view.value(r, c);
    if (typeof v === "string") return this.header(v.trim());
    if (typeof v === "number" && isYearNumber(v)) return this.header(String(v));
    return null;
  }

  scan(r: number, left = 0, right = Number.MAX_SAFE_INTEGER): RowScan {
    const whole = left === 0 && right === Number.MAX_SAFE_INTEGER;
    if (whole) {
      const cached = this.scans[r];
      if (cached) return cached;
    }
    const width = Math.min(this.view.width(r), right + 1);
    if (width <= left) {
      if (whole) this.scans[r] = EMPTY_SCAN;
      return EMPTY_SCAN;
    }
    const s: RowScan = { filled: 0, numbers: 0, texts: 0, recognised: 0, distinct: 0, anchors: 0, first: -1, last: -1 };
    let seen: Set<string> | null = null;
    for (let c = left; c < width; c++) {
      const v = this.view.value(r, c);
      if (v === null || v === "") continue;
      if (typeof v === "string" && v.trim() === "") continue;
      s.filled++;
      if (s.first < 0) s.first = c;
      s.last = c;
      let info: HeaderInfo | null = null;
      if (typeof v === "number") {
        if (!isYearNumber(v)) {
          s.numbers++;
          continue;
        }
        info = this.header(String(v));
      } else if (typeof v === "boolean") {
        s.numbers++;
        continue;
      } else {
        s.texts++;
        info = this.header(v.trim());
      }
      if (info === null) continue;
      s.recognised++;
      const key = `${info.role ?? info.generic ?? ""}|${info.tahun ?? ""}|${info.periode ?? ""}|${info.jenis ?? ""}`;
      seen ??= new Set();
      if (!seen.has(key)) {
        seen.add(key);
        s.distinct++;
        if (info.role !== null && ANCHORS.has(info.role)) s.anchors++;
      }
    }
    if (whole) this.scans[r] = s;
    return s;
  }

  /** A row that can start a table header: two labels, one of them a key column, no figures. */
  isHeaderRow(r: number): boolean {
    // Asked of every row of every table: a figure rules a row out before its labels are read.
    if (this.scans[r] === undefined && this.hasFigure(r)) return false;
    const s = this.scan(r);
    return s.distinct >= 2 && s.anchors >= 1 && s.numbers === 0 && s.recognised * 2 >= s.texts;
  }

  /** Whether the row holds a cell scan() counts in `numbers` (a number that is no year, or TRUE/FALSE). */
  private hasFigure(r: number): boolean {
    const width = this.view.width(r);
    for (let c = 0; c < width; c++) {
      const v = this.view.value(r, c);
      if ((typeof v === "number" && !isYearNumber(v)) || typeof v === "boolean") return true;
    }
    return false;
  }
}
