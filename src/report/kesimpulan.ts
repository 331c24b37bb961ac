// The Kesimpulan: how many sasaran and indicators, how many achieved, each shortfall with its
// figures (as BAB IV of the reference LKjIP does), and the budget sentence.
import type { CellRef, Settings, Tingkat } from "../core/model";
import type { Entry, IndikatorBab } from "./hasil";
import { cakupanUnit, unitPoints } from "./kesimpulan-unit";
import { harapanText, totalOf } from "./narasi-anggaran";
import { padaPeriode } from "./narasi-indikator";
import { paragraph } from "./paragraph";
import { daftar, jumlahTerbilang, kalimat, nilai, paragraf, persen, rupiah, rupiahTerbilang } from "./text";
import { ALASAN, STATUS, statusOf } from "./tables-kinerja";
import type { Paragraph, ReportTable } from "./types";

const SASARAN_WORD: Record<Tingkat, string> = {
  "Sasaran Strategis": "sasaran strategis",
  "Sasaran Program": "sasaran program",
  "Sasaran Kegiatan": "sasaran kegiatan",
};

function sasaranWord(entries: Entry[]): string {
  const levels = new Set(entries.map((e) => e.ind.tingkat));
  const only = levels.size === 1 ? [...levels][0] : null;
  return only ? SASARAN_WORD[only] : levels.size === 0 ? "sasaran kegiatan" : "sasaran";
}


export interface KesimpulanInput {
  entries: Entry[];
  /** The chapter's indicators: a per-UPT indicator is one, however many UPT measure it. */
  bab: IndikatorBab[];
  sasaranCount: number;
  unit: string | null;
  tahun: number | null;
  settings: Settings;
  tables: ReportTable[];
}

export function kesimpulan({ entries, bab, sasaranCount, unit, tahun, settings, tables }: KesimpulanInput): Paragraph[] {
  const out: Paragraph[] = [];
  const add: Add = (text, refs, sources = [], figures) =>
    out.push(paragraph(String(out.length + 1), "", text, refs, sources, figures));
  const satker = unit ?? "satuan kerja";
  const th = tahun === null ? "tahun berjalan" : `tahun ${tahun}`;
  const perUnit = bab.filter((b) => b.perUnit);

  if (perUnit.length > 0) {
    // A Kanwil: indicators counted once each, the UPT measurements counted apart.
    const m = bab.length;
    const pembuka =
      sasaranCount === 0
        ? `Ada ${jumlahTerbilang(m)} indikator kinerja yang menjadi target kinerja ${satker} pada ${th}`
        : `Ada ${jumlahTerbilang(sasaranCount)} ${sasaranWord(entries)} yang dijabarkan dalam ${jumlahTerbilang(m)} indikator kinerja yang menjadi target kinerja ${satker} pada ${th}`;
    const c = cakupanUnit(bab, entries);
    add(paragraf([pembuka, c.text]), [{ table: "rekap-status", row: 3 }], [], [m, ...c.figures]);
    const own = entries.filter((e) => e.hasil.unit === null);
    if (own.length > 0) indikatorPoints(own, own.length, th, settings, tahun, add, KANWIL);
    unitPoints(perUnit, entries, own.length === 0, padaPeriode(settings.periode, tahun), add);
  } else {
    const m = entries.length;
    const semua = entries.map((e) => ({ table: "capaian" as const, row: e.hasil.row }));
    if (m === 0) {
      add(kalimat(`Tidak terdapat indikator kinerja dalam data ${satker} ${th} sehingga capaian kinerja belum dapat disimpulkan`), [{ table: "rekap-status", row: 3 }]);
    } else if (sasaranCount === 0) {
      add(kalimat(`Ada ${jumlahTerbilang(m)} indikator kinerja yang menjadi target kinerja ${satker} pada ${th}`), semua);
    } else {
      add(
        kalimat(
          `Ada ${jumlahTerbilang(sasaranCount)} ${sasaranWord(entries)} yang dijabarkan dalam ${jumlahTerbilang(m)} indikator kinerja yang menjadi target kinerja ${satker} pada ${th}`,
        ),
        semua,
      );
    }
    if (m > 0) indikatorPoints(entries, m, th, settings, tahun, add);
  }
  budgetPoint(tables, th, settings, add);
  return out;
}

export type Add = (text: string, refs: Paragraph["refs"], sources?: (CellRef | null)[], figures?: number[]) => void;

/** Row of a status in the "rekap-status" table. */
function statusRow(s: string): number {
  const order: string[] = [STATUS.tercapai, STATUS.tidakTercapai, STATUS.belumDiukur];
  return order.indexOf(s);
}

/**
 * How the points on a set of indicators are worded and cited: the whole chapter's (the tally
 * table's rows), or in a Kanwil the Kantor Wilayah's own indicators beside the UPT's (their rows
 * of the capaian table, their counts as the paragraph's figures).
 */
interface Cakupan {
  kata: string;
  rekap: boolean;
}

const SEMUA: Cakupan = { kata: "indikator kinerja", rekap: true };
const KANWIL: Cakupan = { kata: "indikator kinerja tingkat Kantor Wilayah", rekap: false };

function indikatorPoints(entries: Entry[], m: number, th: string, settings: Settings, tahun: number | null, add: Add, c: Cakupan = SEMUA): void {
  const tercapai = entries.filter((e) => statusOf(e) === STATUS.tercapai);
  const gagal = entries.filter((e) => statusOf(e) === STATUS.tidakTercapai);
  const belum = entries.filter((e) => statusOf(e) === STATUS.belumDiukur);
  const pada = padaPeriode(settings.periode, tahun);
  const kata = c.kata;
  const cite = (status: string, list: Entry[]) =>
    c.rekap ? [{ table: "rekap-status" as const, row: statusRow(status) }] : list.map((e) => ({ table: "capaian" as const, row: e.hasil.row }));
  // Counts of a subset of the tally table's rows: the paragraph states them itself.
  const figures = (...n: number[]) => (c.rekap ? undefined : n);

  add(
    kalimat(
      tercapai.length === m
        ? `Seluruh ${jumlahTerbilang(m)} ${kata} berhasil dicapai bahkan dilampaui ${pada}`
        : tercapai.length === 0
          ? c.rekap
            ? `Belum ada ${kata} dari ${jumlahTerbilang(m)} ${kata} yang tercapai ${pada}`
            : `Dari ${jumlahTerbilang(m)} ${kata}, belum ada yang tercapai ${pada}`
          : `${jumlahTerbilang(tercapai.length)} dari ${jumlahTerbilang(m)} ${kata} berhasil dicapai bahkan dilampaui ${pada}`,
    ),
    cite(STATUS.tercapai, tercapai.length > 0 ? tercapai : entries),
    [],
    figures(m, ...(tercapai.length > 0 ? [tercapai.length] : [])),
  );

  if (gagal.length > 0) {
    add(
      kalimat(`${jumlahTerbilang(gagal.length)} ${kata} yang belum tercapai yaitu ${daftar(gagal.map((e) => `indikator ${e.hasil.uraian}`))}`),
      cite(STATUS.tidakTercapai, gagal),
      [],
      figures(gagal.length),
    );
    for (const e of gagal) {
      const ev = e.hasil.evaluasi;
      if (ev.target === null || ev.realisasi === null || ev.capaian === null) continue;
      const terbalik = ev.polaritas !== "positif" ? " (indikator berlaku terbalik)" : "";
      const predikat = ev.predikat ? ` dan predikat ${ev.predikat}` : "";
      const sebab = e.ind.keterangan.map((k) => kalimat(k.text)).filter((t) => t !== "");
      add(
        paragraf([
          `Indikator ${e.hasil.uraian}${terbalik} mencapai realisasi ${nilai(ev.realisasi, e.hasil.satuan)} dari target ${th} sebesar ${nilai(ev.target, e.hasil.satuan)}, dengan capaian ${persen(ev.capaian)}${predikat}`,
          ...sebab,
        ]),
        [{ table: "capaian", row: e.hasil.row }],
        [ev.realisasiRef, e.ind.target?.ref ?? null, ...e.ind.keterangan.map((k) => k.ref)],
      );
    }
  }

  if (belum.length > 0) {
    add(
      kalimat(
        `${jumlahTerbilang(belum.length)} ${kata} belum dapat diukur, yaitu ${daftar(
          belum.map((e) => `indikator ${e.hasil.uraian} (${ALASAN[e.hasil.evaluasi.status] ?? "data belum lengkap"})`),
        )}`,
      ),
      cite(STATUS.belumDiukur, belum),
      [],
      figures(belum.length),
    );
  }
}

function budgetPoint(tables: ReportTable[], th: string, settings: Settings, add: Add): void {
  const tabel = tables.find((t) => t.id === "anggaran-kegiatan");
  const total = tabel ? totalOf(tabel, 5) : null;
  if (total && total.pagu !== null && total.realisasi !== null && total.serapan !== null) {
    add(
      paragraf([
        `Realisasi anggaran ${th} sebesar ${rupiahTerbilang(total.realisasi)} dari pagu ${rupiah(total.pagu)}, atau serapan sebesar ${persen(total.serapan)}`,
        harapanText(total.serapan, settings.periode),
      ]),
      [{ table: "anggaran-kegiatan", row: total.row }],
    );
  }
}
