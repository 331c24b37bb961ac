// The header block of a table: the header row found by the scanner, group rows above it
// ("Tahun 2022 | Tahun 2023" over Target | Realisasi | Capaian), sub-header rows below it
// ("PAGU ANGGARAN" over JUMLAH ANGGARAN | REALISASI ANGGARAN | (%)), and a numbering row
// "(1) (2) (3)" under it. Each column's label is folded from top to bottom: a group gives its
// year, period and role to the sub-headers under it; a generic sub-header ("Jumlah", "(%)")
// takes its meaning from the group.
import type { ColumnRole } from "../../core/model";
import type { GenericLabel, HeaderInfo } from "./header-synonyms";
import type { Scanner } from "./row-scan";
import { cellText } from "./text";

/** A header block spans at most this many label rows. */
const MAX_HEADER_ROWS = 4;

export interface HeaderBlock {
  top: number;
  /** Last label row. */
  labelBottom: number;
  /** Last row of the block: labelBottom, or the numbering row under it. */
  bottom: number;
  left: number;
  right: number;
}

/** A column as its header says, before the table decides what generic labels mean. */
export interface HeaderColumn extends Omit<HeaderInfo, "periodOnly"> {
  col: number;
  label: string;
  /** Identity of the group label above the column ("row:col"), or null. */
  group: string | null;
}

/** A column with a label and nothing recognised yet. */
export function headerColumn(col: number, label: string, group: string | null = null): HeaderColumn {
  return {
    col,
    label,
    role: null,
    generic: null,
    tahun: null,
    periode: null,
    money: false,
    percentPoints: false,
    kumulatif: false,
    lastYear: false,
    tingkat: null,
    jenis: null,
    group,
  };
}

/** A row whose every filled cell is a header label (years included). */
function labelRow(sc: Scanner, r: number, left: number, right: number): { ok: boolean; first: number; filled: number } {
  const s = sc.scan(r, left, right);
  return { ok: s.filled > 0 && s.numbers === 0 && s.recognised === s.filled, first: s.first, filled: s.filled };
}

const NUMBERING = /^\(?\s*(\d{1,2})\s*\)?\.?$/;

/** "(1) (2) (3) (4)" or 1 2 3 4 under a header: consecutive small numbers, nothing else. */
export function isNumberingRow(sc: Scanner, r: number, left: number, right: number): boolean {
  if (r >= sc.view.rowCount) return false;
  const width = Math.min(sc.view.width(r), right + 1);
  let count = 0;
  let prev = 0;
  for (let c = left; c < width; c++) {
    const v = sc.view.value(r, c);
    if (v === null) continue;
    const t = cellText(v);
    if (t === "") continue;
    const m = NUMBERING.exec(t);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= prev) return false;
    prev = n;
    count++;
  }
  return count >= 2;
}

/**
 * Columns that hold texts (labels of rows), never figures. Not "output": under a "TARGET"
 * group, "Indikator Keluaran" holds the output's volume.
 */
const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["no", "tingkat", "sasaran", "indikator", "program", "kegiatan", "jenis-belanja", "unit"]);

/** The cell (r, c), with the columns its merge spans, stands over a text column of row `below`. */
function overText(sc: Scanner, r: number, c: number, below: number): boolean {
  const last = sc.view.mergeAt(r, c)?.right ?? c;
  for (let k = c; k <= last; k++) {
    const role = sc.cellHeader(below, k)?.role;
    if (role && TEXT_ROLES.has(role)) return true;
  }
  return false;
}

/** The block around header row r0 (scanner.isHeaderRow(r0) holds); floor = first row it may use. */
export function headerBlock(sc: Scanner, r0: number, floor: number): HeaderBlock {
  const s0 = sc.scan(r0);
  let left = s0.first;
  let right = s0.last;
  let top = r0;
  while (top - 1 >= floor && r0 - top + 1 < MAX_HEADER_ROWS) {
    // A group row above: labels only, e.g. "Tahun 2022 | Tahun 2023", or "No | Rencana Aksi |
    // B03 | B06" over the sub-headers. A single label at the left edge, or over a text
    // column, is a title line ("TAHUN 2025", "REALISASI ANGGARAN PER JENIS BELANJA"): groups
    // stand over figures.
    const up = labelRow(sc, top - 1, 0, right);
    if (!up.ok || (up.filled < 2 && (up.first <= left || overText(sc, top - 1, up.first, top)))) break;
    top--;
  }
  let bottom = r0;
  while (bottom + 1 < sc.view.rowCount && bottom - top + 1 < MAX_HEADER_ROWS) {
    const r = bottom + 1;
    if (sc.isHeaderRow(r)) {
      bottom = r;
      continue;
    }
    const down = sc.scan(r, left, right);
    // Sub-headers: at least two different labels, mostly recognised, no figures.
    if (down.filled === 0 || down.numbers > 0 || down.distinct < 2 || down.recognised * 2 < down.texts) break;
    bottom = r;
  }
  for (let r = top; r <= bottom; r++) {
    const s = sc.scan(r);
    if (s.first >= 0) {
      left = Math.min(left, s.first);
      right = Math.max(right, s.last);
    }
    // A merged group label reaches past the last filled cell.
    for (let c = left; c <= right; c++) {
      const m = sc.view.mergeAt(r, c);
      if (m && m.right > right) right = m.right;
    }
  }
  const numbered = isNumberingRow(sc, bottom + 1, left, right);
  return { top, labelBottom: bottom, bottom: numbered ? bottom + 1 : bottom, left, right };
}

/** Column ranges of a block separated by two or more empty columns (tables side by side). */
export function segments(sc: Scanner, b: HeaderBlock): [number, number][] {
  const used: boolean[] = [];
  for (let r = b.top; r <= b.labelBottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      if (sc.view.text(r, c) !== "" || sc.view.coveredBy(r, c)) used[c - b.left] = true;
    }
  }
  const out: [number, number][] = [];
  let start = -1;
  let gap = 0;
  for (let c = b.left; c <= b.right + 2; c++) {
    if (c <= b.right && used[c - b.left]) {
      if (start < 0) start = c;
      gap = 0;
    } else if (start >= 0 && ++gap >= 2) {
      out.push([start, c - gap]);
      start = -1;
    }
  }
  return out;
}

interface Part {
  text: string;
  info: HeaderInfo | null;
  key: string;
}

/** Label parts of column c from top to bottom, with horizontal groups spread over their span. */
function columnParts(sc: Scanner, b: HeaderBlock, c: number, left: number): Part[] {
  const parts: Part[] = [];
  const v = sc.view;
  for (let r = b.top; r <= b.labelBottom; r++) {
    let pc = c;
    const own = v.text(r, c);
    if (own === "") {
      const m = v.coveredBy(r, c);
      if (m) {
        // Part of a vertical merge from above: already counted. Horizontal: a group over
        // sub-headers; reaching the last header row it is one wide column (its first).
        if (m.top < r) continue;
        if (m.bottom >= b.labelBottom) return [];
        pc = m.left;
      } else if (r < b.labelBottom && v.text(r + 1, c) !== "") {
        // No merges (a sheet typed without them): a group label stands over the first of
        // its sub-headers and the cells to its right are blank.
        let cl = c - 1;
        while (cl >= left && v.text(r, cl) === "" && !v.coveredBy(r, cl)) cl--;
        if (cl < left || v.text(r, cl) === "" || v.text(r + 1, cl) === "") continue;
        pc = cl;
      } else {
        continue;
      }
    }
    const text = v.text(r, pc);
    if (text === "") continue;
    parts.push({ text, info: sc.cellHeader(r, pc), key: `${r}:${pc}` });
  }
  return parts;
}

function fromGroup(group: ColumnRole | null, g: GenericLabel): { role: ColumnRole | null; percent: boolean } {
  switch (group) {
    case "target":
    case "target-renstra":
    case "volume-target":
    case "volume-realisasi":
    case "pembilang":
    case "penyebut":
      return { role: group, percent: g === "persen" };
    case "realisasi":
      return { role: g === "persen" ? "capaian" : "realisasi", percent: g === "persen" };
    case "pagu":
    case "realisasi-anggaran":
    case "blokir":
    case "sisa":
      return { role: g === "persen" ? "serapan" : group, percent: g === "persen" };
    case "capaian":
    case "serapan":
      return { role: group, percent: true };
    default:
      return { role: null, percent: g === "persen" };
  }
}

/** The header columns of one segment of a block (columns without any label are left out). */
export function headerColumns(sc: Scanner, b: HeaderBlock, left: number, right: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const parts = columnParts(sc, b, c, left);
    if (parts.length === 0) continue;
    const col = headerColumn(c, parts.map((p) => p.text).join(" / "), parts.length > 1 ? parts[parts.length - 2].key : null);
    let groupRole: ColumnRole | null = null;
    for (let i = 0; i < parts.length; i++) {
      const info = parts[i].info;
      const last = i === parts.length - 1;
      if (info === null) {
        // An unrecognised sub-header ("Waktu Penyelesaian" under TARGET) is not its group.
        if (last) col.role = null;
        continue;
      }
      col.tahun = info.tahun ?? col.tahun;
      col.periode = info.periode ?? col.periode;
      col.money ||= info.money;
      col.percentPoints ||= info.percentPoints;
      col.kumulatif ||= info.kumulatif;
      col.lastYear ||= info.lastYear;
      col.tingkat = info.tingkat ?? col.tingkat;
      col.jenis = info.jenis ?? col.jenis;
      if (info.role !== null) {
        col.role = groupRole === "target" && info.role === "output" ? "volume-target" : info.role;
        col.generic = null;
        groupRole = col.role;
      } else if (info.generic !== null) {
        const g = fromGroup(groupRole, info.generic);
        col.role = g.role;
        col.percentPoints ||= g.percent;
        col.generic = g.role === null ? info.generic : null;
      } else {
        col.role = groupRole;
      }
    }
    out.push(col);
  }
  return out;
}
