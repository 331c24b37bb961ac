// The Kesimpulan: how many sasaran and indicators, how many achieved, each shortfall with its
// figures (as BAB IV of the reference LKjIP does), and the budget sentence.
import type { CellRef, Settings, Tingkat } from "../core/model";
import type { Entry } from "./hasil";
import { harapanText, totalOf } from "./narasi-anggaran";
import { padaPeriode } from "./narasi-indikator";
import { paragraph } from "./paragraph";
import { daftar, jumlahTerbilang, kalimat, nilai, paragraf, persen, rupiah, rupiahTerbilang } from "./text";
import { STATUS, statusOf } from "./tables-kinerja";
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

const ALASAN: Record<string, string> = {
  "no-target": "target belum tercantum",
  "no-realisasi": "realisasi belum tersedia",
  "unit-mismatch": "satuan target dan realisasi berbeda",
  "target-nol": "target bernilai nol",
  "tanpa-batas": "capaian tidak terdefinisi tanpa batas konversi",
};

export interface KesimpulanInput {
  entries: Entry[];
  sasaranCount: number;
  unit: string | null;
  tahun: number | null;
  settings: Settings;
  tables: ReportTable[];
}

export function kesimpulan({ entries, sasaranCount, unit, tahun, settings, tables }: KesimpulanInput): Paragraph[] {
  const out: Paragraph[] = [];
  const add: Add = (text, refs, sources = []) =>
    out.push(paragraph(String(out.length + 1), "", text, refs, sources));
  const m = entries.length;
  const satker = unit ?? "satuan kerja";
  const th = tahun === null ? "tahun berjalan" : `tahun ${tahun}`;

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
  budgetPoint(tables, th, settings, add);
  return out;
}

type Add = (text: string, refs: Paragraph["refs"], sources?: (CellRef | null)[]) => void;

/** Row of a status in the "rekap-status" table. */
function statusRow(s: string): number {
  const order: string[] = [STATUS.tercapai, STATUS.tidakTercapai, STATUS.belumDiukur];
  return order.indexOf(s);
}

function indikatorPoints(entries: Entry[], m: number, th: string, settings: Settings, tahun: number | null, add: Add): void {
  const tercapai = entries.filter((e) => statusOf(e) === STATUS.tercapai);
  const gagal = entries.filter((e) => statusOf(e) === STATUS.tidakTercapai);
  const belum = entries.filter((e) => statusOf(e) === STATUS.belumDiukur);
  const pada = padaPeriode(settings.periode, tahun);

  add(
    kalimat(
      tercapai.length === m
        ? `Seluruh ${jumlahTerbilang(m)} indikator kinerja berhasil dicapai bahkan dilampaui ${pada}`
        : tercapai.length === 0
          ? `Belum ada indikator kinerja dari ${jumlahTerbilang(m)} indikator kinerja yang tercapai ${pada}`
          : `${jumlahTerbilang(tercapai.length)} dari ${jumlahTerbilang(m)} indikator kinerja berhasil dicapai bahkan dilampaui ${pada}`,
    ),
    [{ table: "rekap-status", row: statusRow(STATUS.tercapai) }],
  );

  if (gagal.length > 0) {
    add(
      kalimat(
        `${jumlahTerbilang(gagal.length)} indikator kinerja yang belum tercapai yaitu ${daftar(gagal.map((e) => `indikator ${e.hasil.uraian}`))}`,
      ),
      [{ table: "rekap-status", row: statusRow(STATUS.tidakTercapai) }],
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
        `${jumlahTerbilang(belum.length)} indikator kinerja belum dapat diukur, yaitu ${daftar(
          belum.map((e) => `indikator ${e.hasil.uraian} (${ALASAN[e.hasil.evaluasi.status] ?? "data belum lengkap"})`),
        )}`,
      ),
      [{ table: "rekap-status", row: statusRow(STATUS.belumDiukur) }],
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
