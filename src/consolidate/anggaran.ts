// A unit's budget for the recap: pagu and realisasi per jenis belanja and in total, computed
// from the unit's own budget lines (never from its TOTAL row, which the checks compare).
import type { AnggaranKind, AnggaranLine } from "../core/model";

/** Jenis belanja by 2-digit account (DOMAIN §2). */
export const JENIS_BELANJA = [
  { kode: "51", label: "Belanja Pegawai", words: /pegawai/i },
  { kode: "52", label: "Belanja Barang", words: /barang/i },
  { kode: "53", label: "Belanja Modal", words: /modal/i },
  { kode: "57", label: "Belanja Bantuan Sosial", words: /bantuan\s*sosial|bansos/i },
] as const;

export type KodeJenis = (typeof JENIS_BELANJA)[number]["kode"];

export interface JenisAmount {
  pagu: number;
  /** null when the unit's table gives no realisasi for this jenis (a Kanwil's pagu-only columns). */
  realisasi: number | null;
}

export interface UnitBudget {
  /** Per jenis belanja, when the unit breaks its budget down that way. */
  jenis: Partial<Record<KodeJenis, JenisAmount>>;
  /** True when pagu and realisasi are the sums of the jenis amounts above. */
  dariJenis: boolean;
  pagu: number;
  realisasi: number;
  /** What the totals were summed from: "3 baris jenis belanja", "20 baris kegiatan". */
  rincian: string;
}

export function jenisKode(line: AnggaranLine): KodeJenis | null {
  const code = /^(5[1-7])\b/.exec(line.kode ?? "") ?? /^(5[1-7])\b/.exec(line.uraian.trim());
  const byCode = code ? JENIS_BELANJA.find((j) => j.kode === code[1]) : undefined;
  if (byCode) return byCode.kode;
  return JENIS_BELANJA.find((j) => j.words.test(line.uraian))?.kode ?? null;
}

const KIND_WORD: Record<AnggaranKind, string> = {
  "jenis-belanja": "jenis belanja",
  output: "output",
  kegiatan: "kegiatan",
  program: "program",
  unit: "rincian UPT",
  lain: "anggaran",
};

/** Levels in the order preferred when two of them add up to the same pagu. */
const LEVELS: AnggaranKind[] = ["jenis-belanja", "output", "kegiatan", "program", "unit", "lain"];

const sumOf = (lines: AnggaranLine[], pick: (l: AnggaranLine) => number | null | undefined): number =>
  lines.reduce((s, l) => s + (pick(l) ?? 0), 0);

/** The lines of each level that has any pagu, in LEVELS order. */
function levels(lines: AnggaranLine[]): AnggaranLine[][] {
  return LEVELS.map((kind) => lines.filter((l) => l.kind === kind && l.pagu?.value != null)).filter((l) => l.length > 0);
}

/** Half a rupiah: amounts with sen summed in another order must still count as equal. */
const SAME = 0.5;

/** Realisasi of a level; null when none of its lines states one (a pagu-only breakdown). */
function realisasiOf(level: AnggaranLine[]): number | null {
  return level.some((l) => l.realisasi?.value != null) ? sumOf(level, (l) => l.realisasi?.value) : null;
}

/** The budget of one unit from its lines of the report year; null when it has none. */
export function unitBudget(lines: AnggaranLine[], tahun: number | null): UnitBudget | null {
  const current = lines.filter((l) => tahun === null || l.tahun === null || l.tahun === tahun);
  const all = levels(current);
  if (all.length === 0) return null;
  // One level only, so a programme and its kegiatan are never counted twice. Where a workbook
  // has several (a kegiatan table and a jenis belanja table), the level with the largest pagu
  // wins: one listing part of the budget (three outputs of twenty kegiatan) adds up to less,
  // while complete levels add up to the same pagu and the preferred one is taken.
  const paguOf = all.map((level) => sumOf(level, (l) => l.pagu?.value));
  let best = 0;
  paguOf.forEach((p, i) => {
    if (p > paguOf[best] + SAME) best = i;
  });
  const level = all[best];
  const pagu = paguOf[best];
  // A breakdown without realisasi (a Kanwil's pagu per jenis belanja beside one realisasi per
  // UPT) takes the realisasi of a level with the same pagu.
  const realisasi =
    realisasiOf(level) ?? all.map((l, i) => (Math.abs(paguOf[i] - pagu) <= SAME ? realisasiOf(l) : null)).find((r) => r !== null) ?? 0;

  const jenis: UnitBudget["jenis"] = {};
  const dariJenis = level[0].kind === "jenis-belanja" && level.every((l) => jenisKode(l) !== null);
  if (dariJenis) {
    for (const line of level) {
      const kode = jenisKode(line) as KodeJenis;
      const acc = (jenis[kode] ??= { pagu: 0, realisasi: 0 });
      acc.pagu += line.pagu?.value ?? 0;
      const r = line.realisasi?.value ?? null;
      acc.realisasi = acc.realisasi === null || r === null ? null : acc.realisasi + r;
    }
  }
  return { jenis, dariJenis, pagu, realisasi, rincian: `${level.length} baris ${KIND_WORD[level[0].kind]}` };
}

/**
 * Budget lines grouped by the unit they belong to: a unit's own lines under null, the rows of
 * a Kanwil's per-unit tables under each UPT's name (in the order the UPT first appears).
 */
export function linesByUnit(lines: AnggaranLine[]): Map<string | null, AnggaranLine[]> {
  const out = new Map<string | null, AnggaranLine[]>();
  for (const l of lines) {
    const key = l.kind === "unit" || l.unit !== null ? (l.unit ?? l.uraian).trim() : null;
    const group = out.get(key);
    if (group) group.push(l);
    else out.set(key, [l]);
  }
  return out;
}
