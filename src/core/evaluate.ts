// The one place that computes an indicator's figures for the reporting period: which realisasi
// counts, whether the units agree, the polarity formula, the cap, the predikat.
import { capaian } from "./capaian";
import type { CellRef, Figure, Indikator, PeriodKey, Periode, Polaritas, RealisasiEntry, Settings } from "./model";
import { cleanDouble, unitsMatch } from "./number";
import { predikat, tercapai } from "./predikat";

export type EvaluationStatus = "ok" | "no-target" | "no-realisasi" | "unit-mismatch" | "target-nol" | "tanpa-batas";

export interface Evaluation {
  status: EvaluationStatus;
  target: number | null;
  realisasi: number | null;
  /** The cell the realisasi was read from; null when it is a sum of several cells or a ratio. */
  realisasiRef: CellRef | null;
  capaianMentah: number | null;
  /** After the cap. */
  capaian: number | null;
  dikonversi: boolean;
  predikat: string | null;
  tercapai: boolean | null;
  /** The formula actually used ("negatif" resolved through Settings.polaritasNegatif). */
  polaritas: Polaritas;
  /** Indonesian; why no capaian could be computed. */
  message: string | null;
}

/** Units of levels (a rate, an index): over quarters the latest value stands, it is not summed. */
const LEVEL_UNITS = new Set(["%", "indeks", "nilai", "skor", "poin", "rasio", "level"]);

const QUARTERS_IN: Record<Periode, number> = { TW1: 1, TW2: 2, S1: 2, TW3: 3, TW4: 4, TAHUN: 4 };

const LABELS: Record<string, string> = {
  TW1: "TW I",
  TW2: "TW II",
  TW3: "TW III",
  TW4: "TW IV",
  S1: "Semester I",
  S2: "Semester II",
  TAHUN: "akhir tahun",
};

function label(key: PeriodKey): string {
  return LABELS[key] ?? key;
}

function unitLabel(unit: string | null): string {
  return unit === "%" ? "persen" : (unit ?? "tanpa satuan");
}

interface Picked {
  value: number;
  ref: CellRef | null;
  /** The figures the value came from, for the unit check. */
  figures: Figure[];
}

type Pick = ({ ok: true } & Picked) | { ok: false; message: string };

function ok(f: Figure | null): f is Figure & { value: number } {
  return f !== null && f.status === "ok" && f.value !== null;
}

/**
 * An entry's value. For a percentage indicator pembilang/penyebut win over the stated nilai:
 * the stated one is usually rounded (3/183 printed "2%"), and capaian must come from the exact
 * ratio (1,64% → 65,57% of a 2,5% target, not 80%). The stated nilai is still unit-checked.
 */
function entryValue(entry: RealisasiEntry | undefined, ratio: boolean): Picked | null {
  if (!entry) return null;
  const stated = ok(entry.nilai) ? [entry.nilai] : [];
  if (ratio && ok(entry.pembilang) && ok(entry.penyebut) && entry.penyebut.value !== 0) {
    return { value: entry.pembilang.value / entry.penyebut.value, ref: null, figures: stated };
  }
  if (ok(entry.nilai)) return { value: entry.nilai.value, ref: entry.nilai.ref, figures: stated };
  return null;
}

function pickRealisasi(ind: Indikator, periode: Periode, level: boolean, ratio: boolean): Pick {
  const byKey = new Map<string, RealisasiEntry>();
  for (const e of ind.realisasi) {
    const key = e.periode.toUpperCase();
    if (!byKey.has(key)) byKey.set(key, e);
  }
  const value = (key: string): Picked | null => entryValue(byKey.get(key), ratio);
  const direct = periode === "TAHUN" || periode === "TW4" ? value("TAHUN") : periode === "S1" ? value("S1") : null;
  if (direct) return { ok: true, ...direct };

  const n = QUARTERS_IN[periode];
  const quarters = ["TW1", "TW2", "TW3", "TW4"];
  const months = Array.from({ length: 12 }, (_, i) => `B${String(i + 1).padStart(2, "0")}`);
  const series = quarters.some((k) => byKey.has(k)) ? quarters.slice(0, n) : months.slice(0, 3 * n);
  if (!series.some((k) => byKey.has(k))) {
    return { ok: false, message: `Realisasi ${label(periode)} belum diisi` };
  }
  const last = series[series.length - 1];
  if (ind.kumulatif === true || level) {
    const v = value(last);
    return v ? { ok: true, ...v } : { ok: false, message: `Realisasi ${label(last)} belum diisi` };
  }
  // Per-quarter counts add up; every quarter up to the period must be there (missing is not 0).
  const parts: Picked[] = [];
  for (const key of series) {
    const v = value(key);
    if (!v) return { ok: false, message: `Realisasi ${label(key)} belum diisi` };
    parts.push(v);
  }
  return {
    ok: true,
    value: cleanDouble(parts.reduce((sum, p) => sum + p.value, 0)),
    ref: parts.length === 1 ? parts[0].ref : null,
    figures: parts.flatMap((p) => p.figures),
  };
}

export function evaluateIndikator(ind: Indikator, settings: Settings): Evaluation {
  const polaritas: Polaritas = ind.polaritas === "negatif" ? settings.polaritasNegatif : ind.polaritas;
  const base: Evaluation = {
    status: "ok",
    target: null,
    realisasi: null,
    realisasiRef: null,
    capaianMentah: null,
    capaian: null,
    dikonversi: false,
    predikat: null,
    tercapai: null,
    polaritas,
    message: null,
  };
  const t = ind.target;
  if (!ok(t)) {
    const message =
      t?.status === "unreadable" ? `Target tidak terbaca: “${String(t.raw)}”` : "Target belum diisi";
    return { ...base, status: "no-target", message };
  }
  const targetUnit = t.unit ?? ind.satuan;
  const level =
    t.percent ||
    (targetUnit !== null && LEVEL_UNITS.has(targetUnit.toLowerCase())) ||
    (targetUnit === null && !Number.isInteger(t.value));
  const picked = pickRealisasi(ind, settings.periode, level, t.percent || targetUnit === "%");
  if (!picked.ok) return { ...base, target: t.value, status: "no-realisasi", message: picked.message };

  const withRealisasi = { ...base, target: t.value, realisasi: picked.value, realisasiRef: picked.ref };
  const odd = picked.figures.find((f) => !unitsMatch(targetUnit, f.unit));
  if (odd) {
    const message = `Satuan target (${unitLabel(targetUnit)}) berbeda dengan satuan realisasi (${unitLabel(odd.unit)})`;
    return { ...withRealisasi, status: "unit-mismatch", message };
  }
  const c = capaian(picked.value, t.value, polaritas, settings.batas);
  if (!c.ok) return { ...withRealisasi, status: c.code, message: c.message };
  return {
    ...withRealisasi,
    capaianMentah: c.mentah,
    capaian: c.nilai,
    dikonversi: c.dikonversi,
    predikat: predikat(c.nilai, settings.pita),
    tercapai: tercapai(c.nilai),
  };
}
