// Where a table ends and what each of its rows is: data, a TOTAL/JUMLAH row, a section row
// ("TAHUN 2022") or, below the table, a footnote or a paragraph that ends it.
import type { ColumnRole } from "../../core/model";
import type { Scanner } from "./row-scan";
import { cellText } from "./text";

export type RawKind = "data" | "total" | "section";

export interface RawRow {
  row: number;
  kind: RawKind;
}

const FOOTNOTE = /^(?:sumber|keterangan|ket|catatan|note|nb|n\.b)\s*[:.]|^\*|^\(\*\)|^#\s/i;
const PLACE_DATE = /^[A-Za-z][A-Za-z .'-]{1,40},\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$/;
/** "TOTAL", "JUMLAH", "Sub Total", "Jumlah Keseluruhan", "TOTAL 2024" — not "Jumlah pelarian narapidana". */
const TOTAL =
  /^(?:sub\s*-?\s*total|total|jumlah|grand\s+total)(?:\s+(?:total|keseluruhan|seluruhnya|semua|akhir|umum|anggaran|pagu|realisasi|tahun\s+\d{4}|\d{4}|[ivx]{1,4}|[a-h]))?\s*:?$/i;
const SECTION_LIKE = /^(?:tahun|ta|t\.a\.)\s+\d{4}\b|^(?:[ivx]{1,4}|[a-h])\s*[.)]\s+\S/i;
const FIGURE_LIKE = /^(?:rp\.?\s*)?[-+]?\d[\d.,]*\s*(?:%|[a-z]+)?$/i;
const NUMBER_ONLY = /^\(?\d{1,3}[.)]?\)?$/;
/** Longest text a section row may hold; longer single texts below a table are paragraphs. */
const MAX_SECTION = 120;

/** Columns whose text alone makes a row a data row (an indicator without figures yet). */
const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "indikator",
  "sasaran",
  "kegiatan",
  "output",
  "program",
  "unit",
  "jenis-belanja",
]);

export function isTotalText(t: string): boolean {
  return t.length <= 40 && TOTAL.test(t.trim());
}

interface Filled {
  col: number;
  text: string;
  isText: boolean;
}

function filledCells(sc: Scanner, r: number, left: number, right: number): Filled[] {
  const out: Filled[] = [];
  const width = Math.min(sc.view.width(r), right + 1);
  for (let c = left; c < width; c++) {
    const v = sc.view.value(r, c);
    if (v === null) continue;
    const text = cellText(v);
    if (text === "") continue;
    out.push({ col: c, text, isText: typeof v === "string" });
  }
  return out;
}

/**
 * The rows of the table under a header block, up to the first of: two blank rows, a footnote
 * or paragraph, another table's header, the end of the sheet. Blank rows are left out.
 */
export function tableRows(
  sc: Scanner,
  start: number,
  left: number,
  right: number,
  roleAt: (col: number) => ColumnRole | null,
): RawRow[] {
  const rows: RawRow[] = [];
  const view = sc.view;
  let blank = 0;
  for (let r = start; r < view.rowCount; r++) {
    if (sc.isHeaderRow(r)) break;
    // One pass over the row, as filledCells() would list it but without listing: the count,
    // the first filled cell, and whether a text says TOTAL (the rows of a table are many).
    let filled = 0;
    let first: Filled | null = null;
    let total = false;
    const width = Math.min(view.width(r), right + 1);
    for (let c = left; c < width; c++) {
      const v = view.value(r, c);
      if (v === null) continue;
      const isText = typeof v === "string";
      // Only a text's own text is looked at; a number or TRUE is never "".
      const text = isText ? cellText(v) : "";
      if (isText && text === "") continue;
      if (filled++ === 0) first = { col: c, text: isText ? text : cellText(v), isText };
      if (isText && !total && isTotalText(text)) total = true;
    }
    if (first === null) {
      if (++blank >= 2) break;
      continue;
    }
    const afterBlank = blank > 0;
    blank = 0;
    if (first.isText && (FOOTNOTE.test(first.text) || PLACE_DATE.test(first.text))) break;
    if (filled === 1) {
      const kind = single(sc, r, first, left, right, roleAt, afterBlank);
      if (kind === null) break;
      rows.push({ row: r, kind });
      continue;
    }
    rows.push({ row: r, kind: total ? "total" : "data" });
  }
  return rows;
}

/** The first non-blank row of the next two is a table header. */
function headerFollows(sc: Scanner, r: number): boolean {
  for (let n = r + 1; n <= r + 2 && n < sc.view.rowCount; n++) {
    if (sc.scan(n).filled > 0) return sc.isHeaderRow(n);
  }
  return false;
}

/** A row with one filled cell: data, a section label, or (null) a paragraph ending the table. */
function single(
  sc: Scanner,
  r: number,
  cell: Filled,
  left: number,
  right: number,
  roleAt: (col: number) => ColumnRole | null,
  afterBlank: boolean,
): RawKind | null {
  if (!cell.isText || NUMBER_ONLY.test(cell.text)) return "data";
  const role = roleAt(cell.col);
  // A lone figure ("75%" beside a merged indicator) is a data row.
  if (role !== null && FIGURE_LIKE.test(cell.text) && cell.text.length <= 30) return "data";
  if (cell.text.length > MAX_SECTION) return null;
  const merge = sc.view.mergeAt(r, cell.col);
  const spans = merge !== null && merge.right > merge.left;
  // The title of the next table ("REALISASI PER JENIS BELANJA" over its header) ends this one
  // and is left for the next table's title block. Only a label right under the rows, in its
  // own column, may still be an indicator or kegiatan without figures.
  const label = !spans && !afterBlank && role !== null && LABEL_ROLES.has(role);
  if (!label && headerFollows(sc, r)) return null;
  if (!spans && role !== null && LABEL_ROLES.has(role) && !SECTION_LIKE.test(cell.text)) return "data";
  // A section label heads more rows of the table; a lone line with nothing after it does not.
  for (let n = r + 1; n <= r + 2 && n < sc.view.rowCount; n++) {
    const next = filledCells(sc, n, left, right);
    if (next.length === 0) continue;
    if (next[0].isText && (FOOTNOTE.test(next[0].text) || PLACE_DATE.test(next[0].text))) return null;
    return next.length >= 2 ? "section" : null;
  }
  return null;
}
