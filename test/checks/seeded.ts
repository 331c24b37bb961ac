// A seeded corpus of slips: real-shaped clean workbooks with one slip injected at a time into
// a cell chosen by a seeded PRNG — the kinds of DOMAIN §9 that a wrong stated figure makes.
// Candidate cells come from the clean workbook's own tables, so each slip is one the checks
// can see (a capaian with its realisasi and target, a sisa with its pagu and realisasi …).
import type { CellValue, DetectedTable, Figure, RuleId, SakipModel, Severity, TableColumn, TableRow } from "../../src/core/model";
import { evaluateIndikator } from "../../src/core/evaluate";
import { formatAngka, formatPersen } from "../../src/core/format";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { parseA1 } from "../../src/workbook/a1";
import type { Grid } from "../../src/workbook/grid";
import { columnsOf, figureAt, partner, refAt } from "../../src/checks/table";

/** mulberry32, the benchmark's seeded PRNG: the same sequence on every machine. */
export { prng } from "../../bench/units";

export type SlipKind = "capaian" | "cap-125" | "total" | "sisa" | "serapan" | "realisasi" | "unit" | "unreadable";

export interface Injection {
  kind: SlipKind;
  sheet: string;
  cell: string;
  value: CellValue;
  rule: RuleId;
  severity: Severity;
}

type Ok = Figure & { value: number; ref: NonNullable<Figure["ref"]> };
const ok = (f: Figure | null): f is Ok => !!f && f.status === "ok" && f.value !== null && f.ref !== null;

interface Cell {
  t: DetectedTable;
  row: TableRow;
  c: TableColumn;
  f: Ok;
}

function cells(m: SakipModel, pick: (t: DetectedTable, row: TableRow, c: TableColumn) => boolean): Cell[] {
  const out: Cell[] = [];
  for (const t of m.tables) {
    for (const row of t.rows) {
      for (const c of t.columns) {
        const f = figureAt(t, row, c);
        if (ok(f) && refAt(t, row, c).cell === f.ref.cell && pick(t, row, c)) out.push({ t, row, c, f });
      }
    }
  }
  return out;
}

const SCORED = new Set(["kinerja", "sakip-input"]);
const UNREADABLE = ["7,5,2", "12 %%", "1.2.3,4,5", "2,5%%", "4..5"];
const UNITS = ["Dokumen", "Layanan", "Orang", "Laporan", "Kegiatan"];

const partnerOk = (x: Cell, role: TableColumn["role"]): Ok | null => {
  const p = partner(x.t, x.c, role);
  const f = p ? figureAt(x.t, x.row, p) : null;
  return ok(f) ? f : null;
};

/** A percentage moved by 1 to 9 points (down when it stands at the cap), written "xx,yy%". */
function movedPercent(value: number, rand: () => number): string {
  const delta = 0.01 + Math.floor(rand() * 800) / 10000;
  const down = value >= DEFAULT_SETTINGS.batas - 1e-9 ? true : value - delta < 0 ? false : rand() < 0.5;
  return formatPersen(down ? value - delta : value + delta, 2);
}

/** Every cell a slip of each kind may go into, with the slip. */
export function candidates(m: SakipModel, rand: () => number): Injection[] {
  const out: Injection[] = [];
  const add = (kind: SlipKind, x: { f: Ok }, value: CellValue, rule: RuleId, severity: Severity = "error") =>
    out.push({ kind, sheet: x.f.ref.sheet, cell: x.f.ref.cell, value, rule, severity });

  // A stated capaian with its realisasi and target in the row, or scored by the model.
  const scoredByModel = new Map<string, boolean>();
  for (const ind of m.indikator) {
    const s = ind.capaianStated;
    if (s?.ref) scoredByModel.set(`${s.ref.sheet}!${s.ref.cell}`, evaluateIndikator(ind, DEFAULT_SETTINGS).status === "ok");
  }
  for (const x of cells(m, (t, row, c) => SCORED.has(t.kind) && row.kind === "data" && c.role === "capaian")) {
    const computable = (partnerOk(x, "realisasi") && partnerOk(x, "target")) || scoredByModel.get(`${x.f.ref.sheet}!${x.f.ref.cell}`);
    if (computable) add("capaian", x, movedPercent(x.f.value, rand), "capaian-mismatch");
  }
  // A converted capaian replaced by its raw figure above the cap.
  for (const ind of m.indikator) {
    const s = ind.capaianStated;
    const ev = evaluateIndikator(ind, DEFAULT_SETTINGS);
    if (ok(s) && ev.dikonversi && ev.capaianMentah !== null) add("cap-125", { f: s }, formatPersen(ev.capaianMentah, 2), "cap-not-applied", "warning");
  }
  // A TOTAL cell off by some rupiah.
  const summed = new Set(["pagu", "blokir", "realisasi-anggaran", "sisa", "total", "rencana-penarikan"]);
  for (const x of cells(m, (_, row, c) => row.kind === "total" && summed.has(c.role))) {
    if (!x.f.percent) add("total", x, x.f.value + 1 + Math.floor(rand() * 999999), "total-mismatch");
  }
  // A sisa off by some rupiah.
  for (const x of cells(m, (_, row, c) => row.kind !== "section" && c.role === "sisa")) {
    if (partnerOk(x, "realisasi-anggaran") && partnerOk(x, "pagu")) add("sisa", x, x.f.value + 1000 + Math.floor(rand() * 999000), "sisa-mismatch");
  }
  // A serapan, or a per-unit capaian, that is not part / whole.
  for (const x of cells(m, (t, row, c) => row.kind !== "section" && (c.role === "serapan" || (t.kind === "per-unit" && c.role === "capaian")))) {
    const whole = x.c.role === "serapan" ? partnerOk(x, "realisasi-anggaran") && (partnerOk(x, "pagu") || partnerOk(x, "total")) : partnerOk(x, "realisasi") && partnerOk(x, "target");
    if (whole) add("serapan", x, movedPercent(x.f.value, rand), "persen-mismatch");
  }
  // A realisasi that is not pembilang / penyebut (the year's column, or the last quarter's).
  for (const t of m.tables) {
    const reals = columnsOf(t, "realisasi");
    const yearly = reals.filter((r) => r.periode === null && r.tahun === null);
    const cols = yearly.length > 0 ? yearly : reals.filter((r) => r.tahun === null).sort((a, b) => b.col - a.col).slice(0, 1);
    for (const x of cells(m, (tt, row, c) => tt === t && row.kind === "data" && cols.includes(c))) {
      if (partnerOk(x, "pembilang") && partnerOk(x, "penyebut")) add("realisasi", x, movedPercent(x.f.value, rand), "realisasi-mismatch");
    }
  }
  // A realisasi in another unit word than its target.
  for (const x of cells(m, (t, row, c) => t.kind !== "lain" && row.kind !== "section" && (c.role === "realisasi" || c.role === "volume-realisasi"))) {
    const target = partnerOk(x, x.c.role === "realisasi" ? "target" : "volume-target");
    const unit = target && !target.percent ? target.unit : null;
    if (!unit || unit === "Rp") continue;
    const other = UNITS.filter((u) => u.toLowerCase() !== unit.toLowerCase())[Math.floor(rand() * (UNITS.length - 1))];
    add("unit", x, `${formatAngka(x.f.value)} ${other}`, "unit-mismatch");
  }
  // Any figure of a table made unreadable.
  for (const x of cells(m, (t, row) => t.kind !== "lain" && row.kind !== "section")) {
    add("unreadable", x, UNREADABLE[Math.floor(rand() * UNREADABLE.length)], "value-unreadable");
  }
  return out;
}

/** Up to `n` of each kind, drawn with the PRNG. */
export function sample(all: Injection[], n: number, rand: () => number): Injection[] {
  const out: Injection[] = [];
  const kinds = [...new Set(all.map((i) => i.kind))];
  for (const kind of kinds) {
    const pool = all.filter((i) => i.kind === kind);
    for (let k = 0; k < n && pool.length > 0; k++) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  }
  return out;
}

/** The grids with one cell replaced (the other grids shared, untouched). */
export function inject(grids: Grid[], slip: Injection): Grid[] {
  const at = parseA1(slip.cell);
  if (!at) throw new Error(`bad cell ${slip.cell}`);
  return grids.map((g) => {
    if (g.name !== slip.sheet) return g;
    const values = g.values.map((r) => r.slice());
    while (values.length <= at.row) values.push([]);
    const row = values[at.row];
    while (row.length <= at.col) row.push(null);
    row[at.col] = slip.value;
    const formulas = g.formulas?.map((r, i) => (i === at.row ? r.map((f, j) => (j === at.col ? null : f)) : r));
    return { ...g, values, formulas };
  });
}
