// The SAKIP custom functions (DESIGN §3): thin wrappers over src/core. Metadata (functions.json)
// is generated from these JSDoc blocks by custom-functions-metadata-plugin, which also appends the
// CustomFunctions.associate calls; so each function is a top-level declaration typed with plain
// TypeScript keywords (the generator rejects type aliases).
//
// Cell arguments are typed as unions (metadata type "any") rather than number: Excel passes an
// empty cell to a number parameter as 0, to an "any" parameter as null (Excel on the web and
// current builds), so only "any" lets "belum diisi" be told from a real 0.
import { agregat as hitungAgregat, METODE_AGREGAT, type MetodeAgregat, parseMetode } from "../core/agregat";
import { serapan as hitungSerapan } from "../core/anggaran";
import { capaian as hitungCapaian } from "../core/capaian";
import type { Band, NumberReading, Polaritas } from "../core/model";
import { readNumber, unitsMatch } from "../core/number";
import { parsePolaritas, POLARITAS } from "../core/polaritas";
import { DEFAULT_PITA, predikat as hitungPredikat, tercapai as hitungTercapai } from "../core/predikat";
import { DEFAULT_SETTINGS } from "../core/settings";
import { terbilang as eja } from "../core/terbilang";

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function missing(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/**
 * The plain value of an argument. The generated metadata allows Excel data types in "any"
 * parameters, so a cell holding one (a formatted number, an entity) arrives as an object.
 */
function plain(value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "basicValue" in value) {
    return (value as { basicValue: unknown }).basicValue;
  }
  return value;
}

function shown(value: unknown): string {
  return typeof value === "string" ? `“${value.trim()}”` : String(value);
}

/** What the functions need of an argument's reading. */
type Angka = Pick<NumberReading, "unit" | "percent"> & { value: number };

/** A cell argument as a number; "n/a", "-" and empty cells are #N/A, unreadable text #VALUE!. */
function figure(arg: unknown, nama: string, money = false): Angka {
  const value = plain(arg);
  // A numeric cell is its own value (readNumber would say the same: no unit, not a percent);
  // skipping the reader keeps recalculating thousands of CAPAIAN cells fast.
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(`${nama} tidak terbaca: ${shown(value)}`);
    return { value, unit: null, percent: false };
  }
  if (value !== null && value !== undefined && typeof value !== "string") {
    throw invalid(`${nama} harus angka atau teks angka`);
  }
  const r = readNumber(value ?? null, { money });
  if (r.status === "empty") throw missing(`${nama} belum diisi`);
  if (r.status === "unreadable" || r.value === null) throw invalid(`${nama} tidak terbaca: ${shown(value)}`);
  return { value: r.value, unit: r.unit, percent: r.percent };
}

function isBlank(arg: unknown): boolean {
  const value = plain(arg);
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function batasArg(arg: unknown): number {
  if (isBlank(arg)) return DEFAULT_SETTINGS.batas;
  const batas = plain(arg);
  const r = readNumber(typeof batas === "number" || typeof batas === "string" ? batas : null);
  const b = r.value;
  if (r.status !== "ok" || b === null || (b !== 0 && (b < 1 || b > 10))) {
    throw invalid("Batas harus 0 (tanpa batas) atau antara 1 dan 10 (100%–1000%)");
  }
  return b;
}

/**
 * Capaian kinerja: realisasi dibanding target sebagai pecahan (0,75 tampil 75% dengan format persen). Capaian di atas batas dikonversi menjadi batas.
 * @customfunction CAPAIAN
 * @param realisasi Realisasi: angka atau teks seperti "75 %", "1 Layanan", "3,6 Indeks".
 * @param target Target: angka atau teks seperti "2,5%", "4 Dokumen"; satuannya harus sama dengan realisasi.
 * @param [polaritas] "positif" (bawaan, R/T), "negatif" ((2T−R)/T) atau "negatif-rasio" (T/R).
 * @param [batas] Batas atas capaian sebagai pecahan: bawaan 1,2 (120%); 0 berarti tanpa batas.
 * @returns Capaian sebagai pecahan.
 */
export function capaian(
  realisasi: number | string | null,
  target: number | string | null,
  polaritas?: string | null,
  batas?: number | string | null,
): number {
  const r = figure(realisasi, "Realisasi");
  const t = figure(target, "Target");
  if (!unitsMatch(r.unit, t.unit)) {
    throw invalid(`Satuan berbeda: realisasi ${r.unit ?? "-"}, target ${t.unit ?? "-"}`);
  }
  let rumus: Polaritas | null = "positif";
  if (!isBlank(polaritas)) {
    const text = plain(polaritas);
    rumus = typeof text === "string" ? parsePolaritas(text) : null;
    if (rumus === null) throw invalid(`Polaritas ${shown(text)} tidak dikenal; pilih ${POLARITAS.join(", ")}`);
  }
  const hasil = hitungCapaian(r.value, t.value, rumus, batasArg(batas));
  if (!hasil.ok) throw invalid(hasil.message);
  return hasil.nilai;
}

function pitaArg(pita: unknown[][]): Band[] {
  const bands: Band[] = [];
  pita.forEach((row, i) => {
    const [min, label] = row.map(plain);
    const text = typeof label === "string" ? label.trim() : "";
    // Empty rows of a selected range (Excel desktop may pass an empty cell as 0).
    if ((isBlank(label) || label === 0) && (isBlank(min) || min === 0)) return;
    const bound = readNumber(typeof min === "number" || typeof min === "string" ? min : null);
    if (text === "" || bound.status !== "ok" || bound.value === null) {
      throw invalid(`Pita baris ${i + 1} harus berisi batas bawah dan predikat`);
    }
    if (bound.value > 10) throw invalid(`Batas pita baris ${i + 1} ditulis sebagai pecahan atau persen, mis. 80%`);
    bands.push({ min: bound.value, label: text });
  });
  if (bands.length === 0) throw invalid("Pita predikat kosong");
  return bands;
}

/**
 * Predikat capaian kinerja menurut pita Ditjen Pemasyarakatan (Sangat Memuaskan ≥ 100%, Memuaskan ≥ 80%, Cukup Memuaskan ≥ 70%, Kurang Memuaskan ≥ 60%, Tidak Memuaskan).
 * @customfunction PREDIKAT
 * @param capaian Capaian sebagai pecahan (0,95) atau teks ("95%").
 * @param [pita] Rentang dua kolom pengganti pita bawaan: batas bawah (mis. 80%) dan predikat.
 * @returns Predikat.
 */
export function predikat(capaian: number | string | null, pita?: unknown[][]): string {
  const c = figure(capaian, "Capaian");
  return hitungPredikat(c.value, pita ? pitaArg(pita) : DEFAULT_PITA);
}

/**
 * TRUE bila capaian mencapai 100% atau lebih (indikator tercapai).
 * @customfunction TERCAPAI
 * @param capaian Capaian sebagai pecahan (1 = 100%) atau teks ("100%").
 * @returns TRUE bila tercapai.
 */
export function tercapai(capaian: number | string | null): boolean {
  return hitungTercapai(figure(capaian, "Capaian").value);
}

/**
 * Serapan anggaran: realisasi dibagi pagu sebagai pecahan; 0 bila keduanya 0.
 * @customfunction SERAPAN
 * @param realisasi Realisasi anggaran: angka atau teks seperti "Rp 182.572.600".
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp 215.828.000,-".
 * @returns Serapan sebagai pecahan.
 */
export function serapan(realisasi: number | string | null, pagu: number | string | null): number {
  const r = figure(realisasi, "Realisasi", true);
  const p = figure(pagu, "Pagu", true);
  for (const [nama, f] of [["Realisasi", r], ["Pagu", p]] as const) {
    if (f.percent || (f.unit !== null && f.unit !== "Rp")) throw invalid(`${nama} harus berupa nilai uang`);
  }
  const hasil = hitungSerapan(r.value, p.value);
  if (hasil === null) throw invalid("Pagu 0 sedangkan realisasi tidak 0");
  return hasil;
}

/**
 * Satu nilai periode dari nilai triwulanan (atau bulanan); sel kosong dilewati, tidak dihitung 0.
 * @customfunction AGREGAT
 * @param nilai Rentang nilai per triwulan atau bulan.
 * @param [metode] "kumulatif" (bawaan, jumlah nilai per triwulan), "akhir" (nilai terakhir yang terisi, untuk nilai s.d. TW), "rata" atau "maks".
 * @returns Nilai periode.
 */
export function agregat(nilai: unknown[][], metode?: string | null): number {
  let cara: MetodeAgregat | null = "kumulatif";
  if (!isBlank(metode)) {
    const text = plain(metode);
    cara = typeof text === "string" ? parseMetode(text) : null;
    if (cara === null) throw invalid(`Metode ${shown(text)} tidak dikenal; pilih ${METODE_AGREGAT.join(", ")}`);
  }
  const values: (number | null)[] = [];
  let unit: string | null = null;
  for (const cell of nilai.flat().map(plain)) {
    if (isBlank(cell)) {
      values.push(null);
      continue;
    }
    if (typeof cell !== "number" && typeof cell !== "string") throw invalid(`Nilai tidak terbaca: ${shown(cell)}`);
    const r = readNumber(cell);
    if (r.status === "empty") {
      values.push(null);
      continue;
    }
    if (r.status !== "ok" || r.value === null) throw invalid(`Nilai tidak terbaca: ${shown(cell)}`);
    if (!unitsMatch(unit, r.unit)) throw invalid(`Satuan nilai berbeda: ${unit} dan ${r.unit}`);
    unit = unit ?? r.unit;
    values.push(r.value);
  }
  const hasil = hitungAgregat(values, cara);
  if (hasil === null) throw missing("Belum ada nilai yang diisi");
  return hasil;
}

/**
 * Angka dari teks bernotasi Indonesia: "Rp 4.327.073.000,-" menjadi 4327073000, "2,5%" menjadi 0,025, "1 Layanan" menjadi 1.
 * @customfunction ANGKA
 * @param teks Teks atau angka.
 * @returns Angka; persen sebagai pecahan.
 */
export function angka(teks: number | string | null): number {
  return figure(teks, "Teks").value;
}

/**
 * Angka dalam kata-kata bahasa Indonesia, mis. TERBILANG(1250000; "rupiah") menjadi "satu juta dua ratus lima puluh ribu rupiah".
 * @customfunction TERBILANG
 * @param angka Angka yang dieja (di bawah 10^18).
 * @param [akhiran] Kata penutup, mis. "rupiah".
 * @returns Angka dalam kata-kata.
 */
export function terbilang(angka: number | string | null, akhiran?: string | null): string {
  const n = figure(angka, "Angka").value;
  const suffix = isBlank(akhiran) ? "" : plain(akhiran);
  if (typeof suffix !== "string") throw invalid("Akhiran harus teks");
  try {
    return eja(n, suffix);
  } catch {
    throw invalid("Angka terlalu besar untuk dieja (batas 10^18)");
  }
}
