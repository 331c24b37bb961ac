// The Kesimpulan of a Kanwil for its indicators measured on each UPT: the indicators are counted
// once each and the UPT measurements ("capaian indikator UPT") apart, so a planner reads "30
// indikator pada 1.000 UPT", not "30.000 indikator". Figures from rekapUnit, as in the sections.
import type { Entry, IndikatorBab } from "./hasil";
import type { Add } from "./kesimpulan";
import { nama } from "./narasi-unit";
import { type RekapUnit, capaianOf, jumlahUnit, rekapUnit } from "./rekap-unit";
import { ALASAN } from "./tables-kinerja";
import { angka, daftar, jumlahTerbilang, kalimat, paragraf, persen } from "./text";
import type { RowRef } from "./types";

interface Cakupan {
  /** Indicators measured per UPT. */
  perUnit: number;
  /** The workbook's own indicators. */
  sendiri: number;
  upt: number;
  /** UPT rows: one capaian indikator UPT each. */
  pengukuran: number;
}

function cakupan(bab: IndikatorBab[], entries: Entry[]): Cakupan {
  const perUnit = bab.filter((b) => b.perUnit);
  return {
    perUnit: perUnit.length,
    sendiri: bab.length - perUnit.length,
    upt: jumlahUnit(entries),
    pengukuran: perUnit.reduce((n, b) => n + b.entries.length, 0),
  };
}

/** The sentence after "Ada N sasaran … M indikator": which of them are measured on each UPT. */
export function cakupanUnit(bab: IndikatorBab[], entries: Entry[]): { text: string; figures: number[] } {
  const c = cakupan(bab, entries);
  const upt = `${jumlahTerbilang(c.upt)} UPT`;
  const pengukuran = `${jumlahTerbilang(c.pengukuran)} capaian indikator UPT`;
  return c.sendiri === 0
    ? { text: `Seluruh indikator tersebut diukur pada masing-masing UPT, yaitu ${upt}, sehingga terdapat ${pengukuran}`, figures: [c.upt, c.pengukuran] }
    : {
        text: `Sebanyak ${jumlahTerbilang(c.perUnit)} indikator di antaranya diukur pada masing-masing UPT, yaitu ${upt} dengan ${pengukuran}, sedangkan ${jumlahTerbilang(c.sendiri)} indikator lainnya diukur pada tingkat Kantor Wilayah`,
        figures: [c.perUnit, c.upt, c.pengukuran, c.sendiri],
      };
}

/**
 * The points on the per-UPT indicators: the tally of their UPT measurements, the indicators
 * every measured UPT reached, each indicator some UPT fell short on (with its figures), and
 * the measurements without a capaian. `semua`: every indicator is per UPT, so the tally is
 * the "rekap-status" table's.
 */
export function unitPoints(bab: IndikatorBab[], entries: Entry[], semua: boolean, pada: string, add: Add): void {
  const rekap = bab.map((b) => ({ b, r: rekapUnit(b.entries.map((i) => entries[i])) }));
  const n = rekap.reduce((s, x) => s + x.r.rows.length, 0);
  const t = rekap.reduce((s, x) => s + x.r.tercapai.length, 0);
  const g = rekap.reduce((s, x) => s + x.r.gagal.length, 0);
  const b = rekap.reduce((s, x) => s + x.r.belum.length, 0);
  const first = (list: Entry[]): RowRef[] => (list.length > 0 ? [{ table: "capaian", row: list[0].hasil.row }] : []);
  const cite = (row: number, list: Entry[]): RowRef[] => (semua ? [{ table: "rekap-status", row }] : first(list));
  const semuaBaris = rekap.flatMap((x) => x.r.rows);

  const bagian = [
    t > 0 ? `${jumlahTerbilang(t)} tercapai bahkan dilampaui` : null,
    g > 0 ? `${jumlahTerbilang(g)} belum tercapai` : null,
    b > 0 ? `${jumlahTerbilang(b)} belum dapat diukur` : null,
  ].filter((s): s is string => s !== null);
  add(
    kalimat(
      t === n
        ? `Seluruh ${jumlahTerbilang(n)} capaian indikator UPT tercapai bahkan dilampaui ${pada}`
        : `Dari ${jumlahTerbilang(n)} capaian indikator UPT ${pada}, ${daftar(bagian)}`,
    ),
    cite(0, rekap.flatMap((x) => x.r.tercapai).concat(semuaBaris)),
    [],
    [n, t, g, b].filter((x) => x > 0),
  );

  const penuh = rekap.filter((x) => x.r.gagal.length === 0 && x.r.diukur.length > 0);
  if (penuh.length > 0 && t < n) {
    add(
      kalimat(
        `${jumlahTerbilang(penuh.length)} indikator tercapai pada setiap UPT yang capaiannya dapat diukur, yaitu ${daftar(penuh.map((x) => `indikator ${x.b.uraian}`))}`,
      ),
      first(penuh[0].r.rows),
      [],
      [penuh.length],
    );
  }

  const kurang = rekap.filter((x) => x.r.gagal.length > 0);
  if (kurang.length > 0) {
    add(
      kalimat(`${jumlahTerbilang(kurang.length)} indikator belum tercapai pada satu UPT atau lebih, yaitu ${daftar(kurang.map((x) => `indikator ${x.b.uraian}`))}`),
      cite(1, kurang[0].r.gagal),
      [],
      [kurang.length],
    );
    for (const x of kurang) add(...kekurangan(x.b, x.r));
  }

  const belum = rekap.filter((x) => x.r.belum.length > 0);
  if (belum.length > 0) {
    const items = belum.map((x) => {
      const alasan = [...new Set(x.r.belum.map((e) => ALASAN[e.hasil.evaluasi.status] ?? "data belum lengkap"))];
      return `indikator ${x.b.uraian} pada ${angka(x.r.belum.length)} UPT (${daftar(alasan)})`;
    });
    add(
      kalimat(`${jumlahTerbilang(b)} capaian indikator UPT belum dapat diukur, yaitu ${daftar(items)}`),
      cite(2, belum[0].r.belum),
      [],
      [b, ...belum.map((x) => x.r.belum.length)],
    );
  }
}

/** One indicator some UPT fell short on: how many, the mean, the lowest UPT. */
function kekurangan(b: IndikatorBab, r: RekapUnit): Parameters<Add> {
  const low = r.gagal[0];
  const terbalik = low.hasil.polaritas !== "positif" ? " (indikator berlaku terbalik)" : "";
  const rata = r.rataRata as number;
  const text = paragraf([
    `Indikator ${b.uraian}${terbalik} belum tercapai pada ${jumlahTerbilang(r.gagal.length)} dari ${jumlahTerbilang(r.diukur.length)} UPT yang capaiannya dapat diukur, ` +
      `dengan rata-rata capaian ${persen(rata)} dan capaian terendah ${persen(capaianOf(low))} pada ${nama(low)}`,
  ]);
  const ev = low.hasil.evaluasi;
  return [text, [{ table: "capaian", row: low.hasil.row }], [ev.realisasiRef, low.ind.target?.ref ?? null], [r.gagal.length, r.diukur.length, rata]];
}
