// Kanwil recap across unit workbooks (issue 8): every unit's indicators, a ranking, the
// budget per unit and jenis belanja, the RB action plan per reporting month, and each unit's
// findings. Pure: the CLI and the task pane read the files and pass the models in.
import type { AnggaranLine, DetectedTable, Finding, SakipModel, Settings } from "../core/model";
import { evaluateIndikator, type Evaluation } from "../core/evaluate";
import { serapan } from "../core/anggaran";

export interface UnitInput {
  /** File name the unit was read from; its name when the workbook does not say. */
  file: string;
  model: SakipModel;
  findings: Finding[];
}

export interface RekapIndikator {
  unit: string;
  sasaran: string | null;
  uraian: string;
  satuan: string | null;
  evaluation: Evaluation;
}

export interface RekapRanking {
  peringkat: number;
  unit: string;
  indikator: number;
  terukur: number;
  tercapai: number;
  /** Mean capaian after the cap over the indicators that could be scored; null when none. */
  rataCapaian: number | null;
  serapan: number | null;
  galat: number;
}

/** Jenis belanja by 2-digit account (DOMAIN §2). */
export const JENIS_BELANJA = [
  { kode: "51", label: "Belanja Pegawai", words: /pegawai/i },
  { kode: "52", label: "Belanja Barang", words: /barang/i },
  { kode: "53", label: "Belanja Modal", words: /modal/i },
  { kode: "57", label: "Belanja Bantuan Sosial", words: /bantuan\s*sosial|bansos/i },
] as const;

export interface RekapAnggaran {
  unit: string;
  /** Pagu per jenis belanja code; null where the unit's workbook has no such breakdown. */
  jenis: Record<string, number | null>;
  pagu: number;
  realisasi: number;
}

export interface RekapRb {
  unit: string;
  /** Per reporting month ("B03", "B06"): summed target and realisasi of the unit's RB actions. */
  bulan: Record<string, { target: number; realisasi: number }>;
}

export interface Rekap {
  tahun: number | null;
  units: string[];
  indikator: RekapIndikator[];
  ranking: RekapRanking[];
  anggaran: RekapAnggaran[];
  /** Reporting months present in any unit's RB table, in order. */
  bulanRb: string[];
  rb: RekapRb[];
  findings: { unit: string; finding: Finding }[];
}

export function unitName(input: UnitInput): string {
  const named = input.model.unit.nama?.trim();
  if (named) return named;
  const base = input.file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  return base || input.file;
}

function jenisKode(line: AnggaranLine): string | null {
  const code = /\b(5[1-7])\b/.exec(line.kode ?? line.uraian);
  if (code) return code[1];
  return JENIS_BELANJA.find((j) => j.words.test(line.uraian))?.kode ?? null;
}

/** Lines of one level only, so a programme and its kegiatan are never counted twice. */
function budgetLevel(lines: AnggaranLine[]): AnggaranLine[] {
  for (const kind of ["jenis-belanja", "output", "kegiatan", "program", "lain"] as const) {
    const level = lines.filter((l) => l.kind === kind && l.pagu?.value != null);
    if (level.length > 0) return level;
  }
  return [];
}

function anggaranOf(unit: string, lines: AnggaranLine[], tahun: number | null): RekapAnggaran {
  const current = lines.filter((l) => l.kind !== "unit" && (tahun === null || l.tahun === null || l.tahun === tahun));
  const level = budgetLevel(current);
  const jenis: Record<string, number | null> = Object.fromEntries(JENIS_BELANJA.map((j) => [j.kode, null]));
  let pagu = 0;
  let realisasi = 0;
  for (const line of level) {
    const p = line.pagu?.value ?? 0;
    pagu += p;
    realisasi += line.realisasi?.value ?? 0;
    if (line.kind === "jenis-belanja") {
      const kode = jenisKode(line);
      if (kode) jenis[kode] = (jenis[kode] ?? 0) + p;
    }
  }
  return { unit, jenis, pagu, realisasi };
}

/** Per-unit tables of a Kanwil workbook: each UPT row becomes a unit of its own. */
function perUnitAnggaran(lines: AnggaranLine[]): RekapAnggaran[] {
  const byUnit = new Map<string, AnggaranLine[]>();
  for (const l of lines) {
    if (l.kind !== "unit") continue;
    const name = (l.unit ?? l.uraian).trim();
    byUnit.set(name, [...(byUnit.get(name) ?? []), l]);
  }
  return [...byUnit].map(([unit, ls]) => ({
    unit,
    jenis: Object.fromEntries(JENIS_BELANJA.map((j) => [j.kode, null])),
    pagu: ls.reduce((s, l) => s + (l.pagu?.value ?? 0), 0),
    realisasi: ls.reduce((s, l) => s + (l.realisasi?.value ?? 0), 0),
  }));
}

const BULAN = /^B(0[1-9]|1[0-2])$/;

/** Sums an RB action-plan table's target and realisasi per reporting month. */
function rbOf(tables: DetectedTable[]): Record<string, { target: number; realisasi: number }> {
  const bulan: Record<string, { target: number; realisasi: number }> = {};
  for (const t of tables) {
    if (t.kind === "per-unit") continue;
    t.columns.forEach((c, i) => {
      if (!c.periode || !BULAN.test(c.periode) || (c.role !== "target" && c.role !== "realisasi")) return;
      const acc = (bulan[c.periode] ??= { target: 0, realisasi: 0 });
      for (const row of t.rows) {
        if (row.kind !== "data") continue;
        const v = row.figures[i]?.value;
        if (v == null) continue;
        if (c.role === "target") acc.target += v;
        else acc.realisasi += v;
      }
    });
  }
  return bulan;
}

function rank(rows: Omit<RekapRanking, "peringkat">[]): RekapRanking[] {
  const sorted = [...rows].sort(
    (a, b) =>
      (b.rataCapaian ?? -1) - (a.rataCapaian ?? -1) || b.tercapai - a.tercapai || a.unit.localeCompare(b.unit, "id"),
  );
  return sorted.map((r, i) => ({ ...r, peringkat: i + 1 }));
}

export function buildRekap(inputs: UnitInput[], settings: Settings): Rekap {
  const tahun = settings.tahun ?? inputs.find((u) => u.model.unit.tahun !== null)?.model.unit.tahun ?? null;
  const indikator: RekapIndikator[] = [];
  const anggaran: RekapAnggaran[] = [];
  const rb: RekapRb[] = [];
  const findings: Rekap["findings"] = [];
  const rankingRows: Omit<RekapRanking, "peringkat">[] = [];

  for (const input of inputs) {
    const unit = unitName(input);
    const evaluated = input.model.indikator.map((ind) => ({
      unit,
      sasaran: ind.sasaran,
      uraian: ind.uraian,
      satuan: ind.satuan,
      evaluation: evaluateIndikator(ind, settings),
    }));
    indikator.push(...evaluated);
    const own = input.model.anggaran.some((l) => l.kind !== "unit") ? [anggaranOf(unit, input.model.anggaran, tahun)] : [];
    const budgets = [...own, ...perUnitAnggaran(input.model.anggaran)];
    anggaran.push(...budgets);
    const bulan = rbOf(input.model.tables);
    if (Object.keys(bulan).length > 0) rb.push({ unit, bulan });
    findings.push(...input.findings.map((finding) => ({ unit, finding })));

    const scored = evaluated.filter((e) => e.evaluation.capaian !== null);
    const total = own[0];
    rankingRows.push({
      unit,
      indikator: evaluated.length,
      terukur: scored.length,
      tercapai: evaluated.filter((e) => e.evaluation.tercapai === true).length,
      rataCapaian: scored.length ? scored.reduce((s, e) => s + (e.evaluation.capaian as number), 0) / scored.length : null,
      serapan: total && total.pagu > 0 ? serapan(total.realisasi, total.pagu) : null,
      galat: input.findings.filter((f) => f.severity === "error").length,
    });
  }

  const bulanRb = [...new Set(rb.flatMap((r) => Object.keys(r.bulan)))].sort();
  return {
    tahun,
    units: inputs.map(unitName),
    indikator,
    ranking: rank(rankingRows.filter((r) => r.indikator > 0)),
    anggaran,
    bulanRb,
    rb,
    findings,
  };
}
