// The performance tables of chapter III: capaian per indicator, comparison with last year and
// with the Renstra target, and the tally by predikat and status. Values only, all computed.
import type { Settings } from "../core/model";
import { GABUNG, KOSONG, jumlahCell, nilaiCell, persenCell, sumberCell, teks } from "./cells";
import { renstraOf, riwayatOf, valueOf } from "./figures";
import { type Entry, indikatorSources } from "./hasil";
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from "./types";

export const STATUS = {
  tercapai: "Tercapai",
  tidakTercapai: "Tidak tercapai",
  belumDiukur: "Belum dapat diukur",
} as const;

/** Why an indicator has no capaian, by evaluation status. */
export const ALASAN: Record<string, string> = {
  "no-target": "target belum tercantum",
  "no-realisasi": "realisasi belum tersedia",
  "unit-mismatch": "satuan target dan realisasi berbeda",
  "target-nol": "target bernilai nol",
  "tanpa-batas": "capaian tidak terdefinisi tanpa batas konversi",
};

export function statusOf(e: Entry): string {
  const t = e.hasil.evaluasi.tercapai;
  return t === null ? STATUS.belumDiukur : t ? STATUS.tercapai : STATUS.tidakTercapai;
}

/** Merges the sasaran cell (column `col`) down over each run of indicators of one sasaran. */
function mergeSasaran(rows: ReportRow[], entries: Entry[], col: number): void {
  let start = 0;
  for (let i = 1; i <= entries.length; i++) {
    if (i < entries.length && entries[i].hasil.sasaranNomor === entries[start].hasil.sasaranNomor) {
      rows[i].cells[col] = GABUNG;
      continue;
    }
    if (i - start > 1) rows[start].rowSpans = [{ col, rows: i - start }];
    start = i;
  }
}

/** Whether the indicator tables need a "Unit Kerja" column: some indicator is a UPT's. */
export function adaUnit(entries: Entry[]): boolean {
  return entries.some((e) => e.hasil.unit !== null);
}

/** The "Unit Kerja" cell of a row, only in tables that have the column. */
function unitCells(e: Entry, withUnit: boolean): ReportCell[] {
  return withUnit ? [teks(e.hasil.unit)] : [];
}

const UNIT_KERJA: ReportColumn = { header: "Unit Kerja" };

export function tabelCapaian(entries: Entry[], tahun: number | null): Omit<ReportTable, "nomor"> {
  const withUnit = adaUnit(entries);
  const rows: ReportRow[] = entries.map((e) => {
    const ev = e.hasil.evaluasi;
    const sources = indikatorSources(e.ind, e.hasil);
    return {
      kind: "data",
      key: e.hasil.key,
      sources,
      cells: [
        teks(e.hasil.nomor),
        teks(e.hasil.sasaran),
        teks(e.hasil.uraian),
        ...unitCells(e, withUnit),
        nilaiCell(ev.target, e.hasil.satuan),
        nilaiCell(ev.realisasi, e.hasil.satuan),
        persenCell(ev.capaianMentah),
        persenCell(ev.capaian),
        teks(ev.predikat),
        teks(statusOf(e)),
        sumberCell(sources),
      ],
    };
  });
  mergeSasaran(rows, entries, 1);
  return {
    id: "capaian",
    title: `Capaian Kinerja${tahun === null ? "" : ` Tahun ${tahun}`}`,
    columns: [
      { header: "No" },
      { header: "Sasaran" },
      { header: "Indikator Kinerja" },
      ...(withUnit ? [UNIT_KERJA] : []),
      { header: "Target" },
      { header: "Realisasi" },
      { header: "Capaian" },
      { header: "Capaian setelah Konversi" },
      { header: "Predikat" },
      { header: "Keterangan" },
      { header: "Sumber" },
    ],
    rows,
    note: entries.length === 0 ? "Tidak ditemukan indikator kinerja dalam buku kerja." : null,
  };
}

export function tabelTahunLalu(entries: Entry[], settings: Settings, tahun: number | null): Omit<ReportTable, "nomor"> {
  const any = entries.some((e) => riwayatOf(e.ind, settings).length > 0);
  const withUnit = adaUnit(entries);
  const rows: ReportRow[] = !any
    ? []
    : entries.map((e) => {
        const ev = e.hasil.evaluasi;
        const lalu = riwayatOf(e.ind, settings)[0] ?? null;
        const sat = e.hasil.satuan;
        const perubahan = lalu && ev.realisasi !== null ? ev.realisasi - lalu.realisasi : null;
        return {
          kind: "data",
          key: e.hasil.key,
          sources: indikatorSources(e.ind, e.hasil),
          cells: [
            teks(e.hasil.nomor),
            teks(e.hasil.uraian),
            ...unitCells(e, withUnit),
            lalu?.tahun ? teks(String(lalu.tahun)) : KOSONG,
            nilaiCell(lalu?.target ?? null, sat),
            nilaiCell(lalu?.realisasi ?? null, sat),
            persenCell(lalu?.capaian ?? null),
            nilaiCell(ev.target, sat),
            nilaiCell(ev.realisasi, sat),
            persenCell(ev.capaian),
            nilaiCell(perubahan, sat),
          ],
        };
      });
  const ini = tahun === null ? "Tahun Ini" : `Tahun ${tahun}`;
  return {
    id: "tahun-lalu",
    title: "Perbandingan Realisasi dan Capaian dengan Tahun Lalu",
    columns: [
      { header: "No" },
      { header: "Indikator Kinerja", span: 2 },
      ...(withUnit ? [UNIT_KERJA] : []),
      { header: "Tahun", group: "Tahun Lalu" },
      { header: "Target", group: "Tahun Lalu" },
      { header: "Realisasi", group: "Tahun Lalu" },
      { header: "Capaian", group: "Tahun Lalu" },
      { header: "Target", group: ini },
      { header: "Realisasi", group: ini },
      { header: "Capaian", group: ini },
      { header: "Perubahan Realisasi" },
    ],
    rows,
    note: any
      ? "Tanda \"-\": data tahun lalu tidak tersedia (indikator baru atau data belum diisi)."
      : "Tidak terdapat data realisasi tahun lalu untuk indikator mana pun.",
  };
}

export function tabelRenstra(entries: Entry[], settings: Settings, tahun: number | null): Omit<ReportTable, "nomor"> {
  const withTarget = entries.filter((e) => renstraOf(e.ind, e.hasil.evaluasi.realisasi, settings) !== null);
  const withUnit = adaUnit(entries);
  const rows: ReportRow[] = withTarget.map((e) => {
    const ev = e.hasil.evaluasi;
    const r = renstraOf(e.ind, ev.realisasi, settings);
    const refs = indikatorSources(e.ind, e.hasil);
    const renstraRef = e.ind.targetRenstra.find((t) => valueOf(t.figure) === r?.target)?.figure.ref ?? null;
    return {
      kind: "data",
      key: e.hasil.key,
      sources: renstraRef ? [renstraRef, ...refs] : refs,
      cells: [
        teks(e.hasil.nomor),
        teks(e.hasil.uraian),
        ...unitCells(e, withUnit),
        r?.tahun ? teks(String(r.tahun)) : KOSONG,
        nilaiCell(r?.target ?? null, e.hasil.satuan),
        nilaiCell(ev.realisasi, e.hasil.satuan),
        persenCell(r?.capaian ?? null),
      ],
    };
  });
  return {
    id: "renstra",
    title: "Perbandingan Realisasi dengan Target Jangka Menengah (Renstra)",
    columns: [
      { header: "No" },
      { header: "Indikator Kinerja", span: 2 },
      ...(withUnit ? [UNIT_KERJA] : []),
      { header: "Tahun Renstra" },
      { header: "Target Renstra" },
      { header: tahun === null ? "Realisasi Tahun Ini" : `Realisasi Tahun ${tahun}` },
      { header: "Realisasi terhadap Target Renstra" },
    ],
    rows,
    note:
      withTarget.length === 0
        ? "Tidak terdapat target Renstra dalam data."
        : withTarget.length < entries.length
          ? "Indikator yang tidak tercantum belum memiliki target Renstra dalam data."
          : null,
  };
}

function tally(label: string, count: number, total: number): ReportRow {
  return {
    kind: "data",
    sources: [],
    cells: [teks(label), jumlahCell(count), persenCell(total > 0 ? count / total : null)],
  };
}

/** Under the tallies of a Kanwil: what one counted indicator is. */
function catatanUnit(entries: Entry[]): string | null {
  return adaUnit(entries) ? "Indikator yang diukur per UPT dihitung satu kali untuk setiap UPT (rincian pada tabel capaian kinerja)." : null;
}

function totalRow(total: number): ReportRow {
  const cells: ReportCell[] = [teks("Jumlah"), jumlahCell(total), persenCell(total > 0 ? 1 : null)];
  return { kind: "total", sources: [], cells };
}

export function tabelRekapPredikat(entries: Entry[], settings: Settings): Omit<ReportTable, "nomor"> {
  const bands = [...settings.pita].sort((a, b) => b.min - a.min);
  const scored = entries.filter((e) => e.hasil.evaluasi.predikat !== null);
  const rows = bands.map((b) => tally(b.label, scored.filter((e) => e.hasil.evaluasi.predikat === b.label).length, entries.length));
  rows.push(tally(STATUS.belumDiukur, entries.length - scored.length, entries.length));
  rows.push(totalRow(entries.length));
  return {
    id: "rekap-predikat",
    title: "Rekapitulasi Indikator menurut Predikat",
    columns: [{ header: "Predikat", span: 3 }, { header: "Jumlah Indikator" }, { header: "Persentase" }],
    rows,
    note: catatanUnit(entries),
  };
}

export function tabelRekapStatus(entries: Entry[]): Omit<ReportTable, "nomor"> {
  const labels = [STATUS.tercapai, STATUS.tidakTercapai, STATUS.belumDiukur];
  const rows = labels.map((l) => tally(l, entries.filter((e) => statusOf(e) === l).length, entries.length));
  rows.push(totalRow(entries.length));
  return {
    id: "rekap-status",
    title: "Rekapitulasi Ketercapaian Indikator",
    columns: [{ header: "Status", span: 3 }, { header: "Jumlah Indikator" }, { header: "Persentase" }],
    rows,
    note: catatanUnit(entries),
  };
}
