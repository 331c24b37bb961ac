// Kanwil recap across unit workbooks: every unit's indicators, a ranking, the budget per unit
// and jenis belanja, the RB action plan per reporting month, and each unit's findings. Pure:
// the CLI and the task pane read the files and pass the models in. A RekapBuilder keeps only
// what the recap needs from each model, so hundreds of units never sit in memory at once.
import type { Finding, Polaritas, SakipModel, Settings } from "../core/model";
import { evaluateIndikator, type Evaluation } from "../core/evaluate";
import { serapan } from "../core/anggaran";
import { parseA1 } from "../workbook/a1";
import { JENIS_BELANJA, linesByUnit, unitBudget, type KodeJenis, type UnitBudget } from "./anggaran";
import { rbOf, type RbPlan } from "./rb";
import { rank, type RankInput, type RekapRanking } from "./ranking";

export interface UnitInput {
  /** File name the unit was read from; its name when the workbook does not say. */
  file: string;
  model: SakipModel;
  findings: Finding[];
}

/** A file left out of the recap, with the one-line reason (Indonesian). */
export interface SkippedFile {
  file: string;
  message: string;
}

export interface RekapIndikator {
  unit: string;
  sasaran: string | null;
  uraian: string;
  satuan: string | null;
  polaritas: Polaritas;
  evaluation: Evaluation;
}

export interface RekapAnggaran extends UnitBudget {
  unit: string;
  /** The unit's stated totals that are not the sum of their rows (total-mismatch findings). */
  selisih: Finding[];
}

export interface RekapRb {
  unit: string;
  bulan: RbPlan;
}

export interface RekapFinding {
  unit: string;
  finding: Finding;
}

export interface Rekap {
  tahun: number | null;
  /** One name per unit workbook, in input order (made unique: "NAMA (berkas)"). */
  units: string[];
  skipped: SkippedFile[];
  indikator: RekapIndikator[];
  ranking: RekapRanking[];
  /** One row per unit with a budget, and one per UPT row of a Kanwil's per-unit tables. */
  anggaran: RekapAnggaran[];
  /** Jenis belanja present in any unit's breakdown, in account order. */
  jenis: KodeJenis[];
  /** Reporting months present in any unit's RB plan, in order. */
  bulanRb: string[];
  rb: RekapRb[];
  findings: RekapFinding[];
}

export type { RekapRanking };

function baseName(file: string): string {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
  return base || file;
}

/** The unit's name: from the workbook (title block, SAKIP PK "Unit Kerja"), else the file name. */
export function unitName(input: UnitInput): string {
  return input.model.unit.nama?.trim() || baseName(input.file);
}

/** Row (0-based) of a finding's cell, or null. */
function findingRow(f: Finding): number | null {
  return parseA1(f.cell)?.row ?? null;
}

export class RekapBuilder {
  private readonly names = new Set<string>();
  private readonly units: string[] = [];
  private readonly years: number[] = [];
  private readonly indikator: RekapIndikator[] = [];
  private readonly anggaran: RekapAnggaran[] = [];
  private readonly rb: RekapRb[] = [];
  private readonly findings: RekapFinding[] = [];
  private readonly ranks: RankInput[] = [];
  private readonly skipped: SkippedFile[] = [];

  constructor(private readonly settings: Settings) {}

  /** Two workbooks naming the same unit stay apart: the second gets its file name added. */
  private uniqueName(input: UnitInput): string {
    const base = unitName(input);
    let name = base;
    for (let n = 1; this.names.has(name.toLowerCase()); n++) {
      name = n === 1 ? `${base} (${baseName(input.file)})` : `${base} (${baseName(input.file)} ${n})`;
    }
    this.names.add(name.toLowerCase());
    return name;
  }

  skip(file: SkippedFile): void {
    this.skipped.push(file);
  }

  add(input: UnitInput): void {
    const { model } = input;
    const unit = this.uniqueName(input);
    this.units.push(unit);
    const tahun = this.settings.tahun ?? model.unit.tahun;
    if (model.unit.tahun !== null) this.years.push(model.unit.tahun);

    // A Kanwil's per-unit tables state indicators of its UPTs: each is its UPT's.
    const evaluated = model.indikator.map((ind) => ({
      unit: ind.unit?.trim() || unit,
      sasaran: ind.sasaran,
      uraian: ind.uraian,
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      evaluation: evaluateIndikator(ind, this.settings),
    }));
    this.indikator.push(...evaluated);

    // Findings on a row of a Kanwil's per-unit table belong to the UPT of that row.
    const uptOfRow = new Map<string, string>();
    for (const ind of model.indikator) {
      const upt = ind.unit?.trim();
      if (!upt) continue;
      for (const src of ind.sources) uptOfRow.set(`${src.sheet}\u0000${parseA1(src.cell)?.row ?? -1}`, upt);
    }
    for (const t of model.tables) {
      if (t.kind !== "per-unit") continue;
      const col = t.columns.findIndex((c) => c.role === "unit");
      if (col < 0) continue;
      for (const row of t.rows) {
        const name = row.kind === "data" ? row.texts[col]?.trim() : undefined;
        if (name) uptOfRow.set(`${t.sheet}\u0000${row.row}`, name);
      }
    }
    const ownerOf = (f: Finding): string => uptOfRow.get(`${f.sheet}\u0000${findingRow(f)}`) ?? unit;
    const owned = input.findings.map((finding) => ({ unit: ownerOf(finding), finding }));
    this.findings.push(...owned);

    const budgetSheets = new Set(model.tables.filter((t) => t.kind !== "kinerja" && t.kind !== "rencana-aksi").map((t) => t.sheet));
    const selisih = new Map<string, Finding[]>();
    for (const o of owned) {
      if (o.finding.rule !== "total-mismatch" || !budgetSheets.has(o.finding.sheet)) continue;
      const list = selisih.get(o.unit);
      if (list) list.push(o.finding);
      else selisih.set(o.unit, [o.finding]);
    }
    const selisihOf = (name: string): Finding[] => selisih.get(name) ?? [];

    const budgets = new Map<string, UnitBudget>();
    for (const [upt, lines] of linesByUnit(model.anggaran)) {
      const budget = unitBudget(lines, tahun);
      if (budget === null) continue;
      const name = upt ?? unit;
      budgets.set(name, budget);
      this.anggaran.push({ unit: name, ...budget, selisih: selisihOf(name) });
    }

    const rb = rbOf(model.tables);
    if (rb.own) this.rb.push({ unit, bulan: rb.own });
    for (const [upt, bulan] of rb.perUnit) this.rb.push({ unit: upt, bulan });

    // Ranked: the workbook's own unit, and each UPT of its per-unit indicator tables. A Kanwil
    // workbook holding only its UPTs' indicators ranks the UPTs, not itself.
    const byOwner = new Map<string, RekapIndikator[]>();
    for (const e of evaluated) {
      const list = byOwner.get(e.unit);
      if (list) list.push(e);
      else byOwner.set(e.unit, [e]);
    }
    if (byOwner.size === 0) byOwner.set(unit, []);
    // The workbook's errors count for itself, except those on the rows of a ranked UPT.
    const galat = new Map<string, number>();
    for (const o of owned) {
      if (o.finding.severity !== "error") continue;
      const owner = byOwner.has(o.unit) ? o.unit : unit;
      galat.set(owner, (galat.get(owner) ?? 0) + 1);
    }
    for (const [owner, list] of byOwner) {
      const budget = budgets.get(owner);
      this.ranks.push({ unit: owner, ...tally(list), serapan: budget ? serapan(budget.realisasi, budget.pagu) : null, galat: galat.get(owner) ?? 0 });
    }
  }

  build(): Rekap {
    const jenis = JENIS_BELANJA.map((j) => j.kode).filter((k) => this.anggaran.some((a) => a.jenis[k] !== undefined));
    const bulanRb = [...new Set(this.rb.flatMap((r) => Object.keys(r.bulan)))].sort();
    return {
      tahun: this.settings.tahun ?? mostFrequent(this.years),
      units: [...this.units],
      skipped: [...this.skipped],
      indikator: this.indikator,
      ranking: rank(this.ranks),
      anggaran: this.anggaran,
      jenis,
      bulanRb,
      rb: this.rb,
      findings: this.findings,
    };
  }
}

function tally(list: RekapIndikator[]): Pick<RankInput, "indikator" | "terukur" | "tercapai" | "rataCapaian"> {
  const scored = list.filter((e) => e.evaluation.capaian !== null);
  return {
    indikator: list.length,
    terukur: scored.length,
    tercapai: list.filter((e) => e.evaluation.tercapai === true).length,
    rataCapaian: scored.length > 0 ? scored.reduce((s, e) => s + (e.evaluation.capaian as number), 0) / scored.length : null,
  };
}

function mostFrequent(years: number[]): number | null {
  const count = new Map<number, number>();
  for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > (count.get(best) as number) || (n === count.get(best) && y > best)) best = y;
  return best;
}

export function buildRekap(inputs: UnitInput[], settings: Settings, skipped: SkippedFile[] = []): Rekap {
  const builder = new RekapBuilder(settings);
  for (const input of inputs) builder.add(input);
  for (const s of skipped) builder.skip(s);
  return builder.build();
}
