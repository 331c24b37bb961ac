// The budget tables: realisasi per kegiatan/output, per jenis belanja, and year on year,
// each closed by a TOTAL row computed from its rows.
import { sisa } from "../core/anggaran";
import type { AnggaranKind, AnggaranLine, SakipModel } from "../core/model";
import { GABUNG, KOSONG, nilaiCell, persenCell, rupiahCell, sumberCell, teks } from "./cells";
import { valueOf } from "./figures";
import { type KegiatanGroup, isUptPart, linesOfYear, serapanOf, sumOf } from "./anggaran";
import { samaNama } from "./names";
import type { ReportCell, ReportRow, ReportTable } from "./types";

function sisaOf(pagu: number | null, realisasi: number | null): number | null {
  return pagu === null || realisasi === null ? null : sisa(pagu, realisasi);
}

/** Pagu, realisasi, serapan, sisa cells of one line or total. */
function uang(pagu: number | null, realisasi: number | null): ReportCell[] {
  return [rupiahCell(pagu), rupiahCell(realisasi), persenCell(serapanOf(realisasi, pagu)), rupiahCell(sisaOf(pagu, realisasi))];
}

function volume(l: AnggaranLine, which: "volumeTarget" | "volumeRealisasi"): ReportCell {
  const f = l[which];
  return nilaiCell(valueOf(f), f?.unit && f.unit !== "Rp" ? f.unit : null);
}

export function tabelAnggaranKegiatan(groups: KegiatanGroup[], tahun: number | null): Omit<ReportTable, "nomor"> {
  const rows: ReportRow[] = [];
  for (const g of groups) {
    const start = rows.length;
    g.lines.forEach((l, i) => {
      rows.push({
        kind: "data",
        sources: [l.ref],
        cells: [
          teks(String(rows.length + 1)),
          i === 0 ? teks(g.nama) : GABUNG,
          l.kind === "output" ? teks(l.uraian) : KOSONG,
          volume(l, "volumeTarget"),
          volume(l, "volumeRealisasi"),
          ...uang(valueOf(l.pagu), valueOf(l.realisasi)),
          sumberCell([l.ref]),
        ],
      });
    });
    if (g.lines.length > 1) rows[start].rowSpans = [{ col: 1, rows: g.lines.length }];
  }
  const lines = groups.flatMap((g) => g.lines);
  if (lines.length > 0) {
    const pagu = sumOf(lines.map((l) => valueOf(l.pagu)));
    const realisasi = sumOf(lines.map((l) => valueOf(l.realisasi)));
    rows.push({ kind: "total", sources: [], cells: [KOSONG, teks("TOTAL"), KOSONG, KOSONG, KOSONG, ...uang(pagu, realisasi), KOSONG] });
  }
  return {
    id: "anggaran-kegiatan",
    title: `Realisasi Anggaran per Kegiatan/Keluaran${tahun === null ? "" : ` Tahun ${tahun}`}`,
    columns: [
      { header: "No" },
      { header: "Kegiatan" },
      { header: "Keluaran/Output" },
      { header: "Volume Target", group: "Keluaran" },
      { header: "Volume Realisasi", group: "Keluaran" },
      { header: "Pagu", group: "Anggaran" },
      { header: "Realisasi", group: "Anggaran" },
      { header: "Serapan", group: "Anggaran" },
      { header: "Sisa", group: "Anggaran" },
      { header: "Sumber" },
    ],
    rows,
    note: lines.length === 0 ? "Tidak terdapat data realisasi anggaran per kegiatan/keluaran." : null,
  };
}

function labelJenis(l: AnggaranLine): string {
  const uraian = l.uraian.replace(/\s+/g, " ").trim();
  return l.kode && !uraian.startsWith(l.kode) ? `${l.kode} ${uraian}` : uraian;
}

export function tabelJenisBelanja(model: SakipModel, tahun: number | null): Omit<ReportTable, "nomor"> {
  const lines = linesOfYear(model, tahun, ["jenis-belanja"]).filter(
    (l) => valueOf(l.pagu) !== null || valueOf(l.realisasi) !== null,
  );
  const rows: ReportRow[] = lines.map((l, i) => ({
    kind: "data",
    sources: [l.ref],
    cells: [teks(String(i + 1)), teks(labelJenis(l)), ...uang(valueOf(l.pagu), valueOf(l.realisasi)), sumberCell([l.ref])],
  }));
  if (lines.length > 0) {
    const pagu = sumOf(lines.map((l) => valueOf(l.pagu)));
    const realisasi = sumOf(lines.map((l) => valueOf(l.realisasi)));
    rows.push({ kind: "total", sources: [], cells: [KOSONG, teks("TOTAL"), ...uang(pagu, realisasi), KOSONG] });
  }
  return {
    id: "anggaran-jenis-belanja",
    title: `Realisasi Anggaran per Jenis Belanja${tahun === null ? "" : ` Tahun ${tahun}`}`,
    columns: [
      { header: "No" },
      { header: "Jenis Belanja", span: 2 },
      { header: "Pagu" },
      { header: "Realisasi" },
      { header: "Serapan" },
      { header: "Sisa" },
      { header: "Sumber" },
    ],
    rows,
    note: lines.length === 0 ? "Tidak terdapat data realisasi anggaran per jenis belanja." : null,
  };
}

export interface Tahunan {
  uraian: string;
  paguLalu: number | null;
  realisasiLalu: number | null;
  pagu: number | null;
  realisasi: number | null;
  sources: AnggaranLine["ref"][];
}

const KIND_ORDER: AnggaranKind[] = ["program", "kegiatan", "jenis-belanja", "output", "unit", "lain"];

/**
 * Year-on-year rows: lines that carry last year's figures themselves, else a line of this year
 * paired with the same line of last year. The first kind (program first) that has any is used.
 */
export function tahunanRows(model: SakipModel, tahun: number | null): Tahunan[] {
  for (const kind of KIND_ORDER) {
    const ini = linesOfYear(model, tahun, [kind]);
    const own = ini.filter((l) => valueOf(l.paguTahunLalu) !== null || valueOf(l.realisasiTahunLalu) !== null);
    if (own.length > 0) {
      return own.map((l) => ({
        uraian: l.uraian.replace(/\s+/g, " ").trim(),
        paguLalu: valueOf(l.paguTahunLalu),
        realisasiLalu: valueOf(l.realisasiTahunLalu),
        pagu: valueOf(l.pagu),
        realisasi: valueOf(l.realisasi),
        sources: [l.ref],
      }));
    }
    if (tahun === null) continue;
    const lalu = model.anggaran.filter((l) => l.kind === kind && !isUptPart(l) && l.tahun === tahun - 1);
    const pairs = ini
      .filter((l) => l.tahun === tahun)
      .map((l) => ({ l, p: lalu.find((x) => samaNama(x.uraian, l.uraian)) }))
      .filter((x): x is { l: AnggaranLine; p: AnggaranLine } => x.p !== undefined);
    if (pairs.length > 0) {
      return pairs.map(({ l, p }) => ({
        uraian: l.uraian.replace(/\s+/g, " ").trim(),
        paguLalu: valueOf(p.pagu),
        realisasiLalu: valueOf(p.realisasi),
        pagu: valueOf(l.pagu),
        realisasi: valueOf(l.realisasi),
        sources: [l.ref, p.ref],
      }));
    }
  }
  return [];
}

function tahunanCells(t: Omit<Tahunan, "uraian" | "sources">): ReportCell[] {
  const sLalu = serapanOf(t.realisasiLalu, t.paguLalu);
  const sIni = serapanOf(t.realisasi, t.pagu);
  return [
    rupiahCell(t.paguLalu),
    rupiahCell(t.realisasiLalu),
    persenCell(sLalu),
    rupiahCell(t.pagu),
    rupiahCell(t.realisasi),
    persenCell(sIni),
    persenCell(sLalu === null || sIni === null ? null : sIni - sLalu),
  ];
}

export function tabelTahunan(model: SakipModel, tahun: number | null): Omit<ReportTable, "nomor"> {
  const items = tahunanRows(model, tahun);
  const rows: ReportRow[] = items.map((t, i) => ({
    kind: "data",
    sources: t.sources,
    cells: [teks(String(i + 1)), teks(t.uraian), ...tahunanCells(t)],
  }));
  if (items.length > 0) {
    const total = {
      paguLalu: sumOf(items.map((t) => t.paguLalu)),
      realisasiLalu: sumOf(items.map((t) => t.realisasiLalu)),
      pagu: sumOf(items.map((t) => t.pagu)),
      realisasi: sumOf(items.map((t) => t.realisasi)),
    };
    rows.push({ kind: "total", sources: [], cells: [KOSONG, teks("TOTAL"), ...tahunanCells(total)] });
  }
  const lalu = tahun === null ? "Tahun Lalu" : `Tahun ${tahun - 1}`;
  const ini = tahun === null ? "Tahun Ini" : `Tahun ${tahun}`;
  return {
    id: "anggaran-tahunan",
    title: "Perbandingan Realisasi Anggaran dengan Tahun Lalu",
    columns: [
      { header: "No" },
      { header: "Uraian", span: 2 },
      { header: "Pagu", group: lalu },
      { header: "Realisasi", group: lalu },
      { header: "Serapan", group: lalu },
      { header: "Pagu", group: ini },
      { header: "Realisasi", group: ini },
      { header: "Serapan", group: ini },
      { header: "Perubahan Serapan" },
    ],
    rows,
    note: items.length === 0 ? "Tidak terdapat data anggaran tahun lalu untuk perbandingan." : null,
  };
}
