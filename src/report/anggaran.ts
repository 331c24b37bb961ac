// Which budget lines the report uses: the reporting year's kegiatan/output lines (outputs
// replace their kegiatan's own line so nothing is counted twice), grouped per kegiatan.
import { serapan } from "../core/anggaran";
import type { AnggaranKind, AnggaranLine, SakipModel } from "../core/model";
import { valueOf } from "./figures";
import { samaNama } from "./names";

/** The budget year: the report's year, else the latest year the budget lines give. */
export function tahunAnggaran(model: SakipModel, tahun: number | null): number | null {
  if (tahun !== null) return tahun;
  const years = model.anggaran.map((l) => l.tahun).filter((t): t is number => t !== null);
  return years.length ? Math.max(...years) : null;
}

/**
 * A line of a UPT's breakdown in a Kanwil's per-unit table (its jenis belanja, kegiatan …):
 * part of that UPT's budget, which the recap shows per UPT, not of the workbook's own tables.
 * The UPT's "unit" line itself stays.
 */
export function isUptPart(l: AnggaranLine): boolean {
  return l.unit !== null && l.kind !== "unit";
}

export function linesOfYear(model: SakipModel, tahun: number | null, kinds: AnggaranKind[]): AnggaranLine[] {
  return model.anggaran.filter((l) => kinds.includes(l.kind) && !isUptPart(l) && (l.tahun === null || l.tahun === tahun));
}

/** Sum of the values present; null when none is. */
export function sumOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

export function serapanOf(realisasi: number | null, pagu: number | null): number | null {
  return realisasi === null || pagu === null ? null : serapan(realisasi, pagu);
}

export interface KegiatanGroup {
  nama: string | null;
  lines: AnggaranLine[];
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

function hasMoney(l: AnggaranLine): boolean {
  return valueOf(l.pagu) !== null || valueOf(l.realisasi) !== null;
}

/** The kegiatan/output lines of the year, grouped per kegiatan in order of first appearance. */
export function kegiatanGroups(model: SakipModel, tahun: number | null): KegiatanGroup[] {
  const lines = linesOfYear(model, tahun, ["kegiatan", "output"]).filter(hasMoney);
  const outputs = lines.filter((l) => l.kind === "output");
  const used = lines.filter(
    (l) => l.kind === "output" || !outputs.some((o) => o.kegiatan !== null && samaNama(o.kegiatan, l.uraian)),
  );
  const groups: KegiatanGroup[] = [];
  for (const l of used) {
    const nama = l.kind === "kegiatan" ? l.uraian : l.kegiatan;
    const g = groups.find((x) => (x.nama === null ? nama === null : nama !== null && samaNama(x.nama, nama)));
    if (g) g.lines.push(l);
    else groups.push({ nama: nama?.replace(/\s+/g, " ").trim() ?? null, lines: [l], pagu: null, realisasi: null, serapan: null });
  }
  for (const g of groups) {
    g.pagu = sumOf(g.lines.map((l) => valueOf(l.pagu)));
    g.realisasi = sumOf(g.lines.map((l) => valueOf(l.realisasi)));
    g.serapan = serapanOf(g.realisasi, g.pagu);
  }
  return groups;
}
