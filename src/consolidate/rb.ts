// The reform (Reformasi Birokrasi) action plan of a unit per reporting month: the summed
// target and realisasi of its actions for B03, B06 … A Kanwil's per-unit table gives one such
// plan per UPT row.
import type { DetectedTable } from "../core/model";

export interface RbBulan {
  target: number;
  realisasi: number;
}

/** Per reporting month ("B03"): summed target and realisasi. */
export type RbPlan = Record<string, RbBulan>;

const BULAN = /^B(0[1-9]|1[0-2])$/;
const RB_WORDS = /reformasi\s+birokrasi|\bRB\b/i;

interface MonthColumn {
  index: number;
  bulan: string;
  role: "target" | "realisasi";
}

function monthColumns(t: DetectedTable): MonthColumn[] {
  const out: MonthColumn[] = [];
  t.columns.forEach((c, index) => {
    if (c.periode && BULAN.test(c.periode) && (c.role === "target" || c.role === "realisasi")) {
      out.push({ index, bulan: c.periode, role: c.role });
    }
  });
  return out;
}

/**
 * Whether a table is an RB action plan: target and realisasi per month, and not a table of
 * PK indicators with monthly figures (those have an indicator column), unless its sheet or
 * title says Reformasi Birokrasi.
 */
function isRbTable(t: DetectedTable, cols: MonthColumn[]): boolean {
  if (!cols.some((c) => c.role === "target") || !cols.some((c) => c.role === "realisasi")) return false;
  if (!t.columns.some((c) => c.role === "indikator")) return true;
  return RB_WORDS.test(t.sheet) || t.title.some((line) => RB_WORDS.test(line));
}

function addRow(plan: RbPlan, row: DetectedTable["rows"][number], cols: MonthColumn[]): void {
  for (const c of cols) {
    const v = row.figures[c.index]?.value;
    if (v == null) continue;
    const acc = (plan[c.bulan] ??= { target: 0, realisasi: 0 });
    acc[c.role] += v;
  }
}

export interface UnitRb {
  /** The unit's own action plan (its tables summed), or null. */
  own: RbPlan | null;
  /** Per UPT, from a Kanwil's per-unit tables, in row order. */
  perUnit: Map<string, RbPlan>;
}

export function rbOf(tables: DetectedTable[]): UnitRb {
  let own: RbPlan | null = null;
  const perUnit = new Map<string, RbPlan>();
  for (const t of tables) {
    const cols = monthColumns(t);
    if (!isRbTable(t, cols)) continue;
    const unitCol = t.kind === "per-unit" ? t.columns.findIndex((c) => c.role === "unit") : -1;
    for (const row of t.rows) {
      if (row.kind !== "data") continue;
      if (unitCol >= 0) {
        const name = row.texts[unitCol]?.trim();
        if (!name) continue;
        let plan = perUnit.get(name);
        if (!plan) perUnit.set(name, (plan = {}));
        addRow(plan, row, cols);
      } else {
        addRow((own ??= {}), row, cols);
      }
    }
  }
  return { own, perUnit };
}
