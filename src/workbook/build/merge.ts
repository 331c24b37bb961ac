// Merging the rows that state the same indicator into one Indikator. The first source wins as
// the value; a different figure from a later source is kept as a conflict, never dropped.
import type { CellRef, Figure, Indikator, RealisasiEntry, TextCell } from "../../core/model";
import { isOk, sameFigure } from "./figures";
import { entryOf, yearOf } from "./indikator-row";

function mergeFigure(into: Indikator, field: string, a: Figure | null, b: Figure | null): Figure | null {
  if (b === null) return a;
  if (a === null || (!isOk(a) && isOk(b))) return b;
  if (!isOk(b) || sameFigure(a, b)) return a;
  into.conflicts.push({ field, a, b });
  return a;
}

function sameRef(a: CellRef, b: CellRef): boolean {
  return a.sheet === b.sheet && a.cell === b.cell;
}

function addTexts(into: TextCell[], from: TextCell[]): void {
  for (const t of from) if (!into.some((x) => x.text === t.text)) into.push(t);
}

function mergeEntry(into: Indikator, e: RealisasiEntry): void {
  const own = entryOf(into, e.periode);
  const name = e.periode === "TAHUN" ? "realisasi" : `realisasi ${e.periode}`;
  own.nilai = mergeFigure(into, name, own.nilai, e.nilai);
  own.pembilang = mergeFigure(into, `pembilang ${e.periode}`, own.pembilang, e.pembilang);
  own.penyebut = mergeFigure(into, `penyebut ${e.periode}`, own.penyebut, e.penyebut);
}

/** Merges `b` (a later source) into `a`. */
export function mergeIndikator(a: Indikator, b: Indikator): void {
  for (const s of b.sources) if (!a.sources.some((x) => sameRef(x, s))) a.sources.push(s);
  a.no ??= b.no;
  a.kode ??= b.kode;
  a.sasaran ??= b.sasaran;
  a.tingkat ??= b.tingkat;
  a.satuan ??= b.satuan;
  a.formulasi ??= b.formulasi;
  if (!a.polaritasStated && b.polaritasStated) {
    a.polaritas = b.polaritas;
    a.polaritasStated = true;
  }
  a.target = mergeFigure(a, "target", a.target, b.target);
  a.targetTw = a.targetTw.map((f, i) => mergeFigure(a, `target TW${i + 1}`, f, b.targetTw[i] ?? null));
  for (const r of b.targetRenstra) {
    const own = a.targetRenstra.find((x) => x.tahun === r.tahun);
    if (own) own.figure = mergeFigure(a, `target renstra ${r.tahun ?? ""}`.trim(), own.figure, r.figure) ?? own.figure;
    else a.targetRenstra.push(r);
  }
  for (const y of b.riwayat) {
    const own = yearOf(a, y.tahun);
    const at = y.tahun === null ? "" : ` ${y.tahun}`;
    own.target = mergeFigure(a, `target${at}`, own.target, y.target);
    own.realisasi = mergeFigure(a, `realisasi${at}`, own.realisasi, y.realisasi);
    own.capaian = mergeFigure(a, `capaian${at}`, own.capaian, y.capaian);
  }
  a.standarNasional = mergeFigure(a, "standar nasional", a.standarNasional, b.standarNasional);
  for (const e of b.realisasi) mergeEntry(a, e);
  a.kumulatif ??= b.kumulatif;
  a.capaianStated = mergeFigure(a, "capaian", a.capaianStated, b.capaianStated);
  a.predikatStated ??= b.predikatStated;
  addTexts(a.keterangan, b.keterangan);
  addTexts(a.kegiatan, b.kegiatan);
}
