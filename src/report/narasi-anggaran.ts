// Paragraphs of "B. Realisasi Anggaran", read from the budget tables' computed rows.
import type { Periode } from "../core/model";
import { paragraph } from "./paragraph";
import { angka, daftar, paragraf, persen, rupiah, rupiahTerbilang } from "./text";
import type { Paragraph, ReportCell, ReportTable } from "./types";

/** The Ministry of Finance's expectation for year-end serapan (DOMAIN §6). */
export const SERAPAN_HARAPAN = 0.9;

export function cellNumber(c: ReportCell | undefined): number | null {
  return c && (c.kind === "persen" || c.kind === "rupiah" || c.kind === "angka") ? c.value : null;
}

export function cellText(c: ReportCell | undefined): string | null {
  return c && c.kind === "teks" ? c.text : null;
}

export interface AnggaranTotal {
  table: ReportTable;
  row: number;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
}

/** The TOTAL row of a budget table whose pagu/realisasi/serapan sit at columns `col`..`col+2`. */
export function totalOf(table: ReportTable, col: number): AnggaranTotal | null {
  const row = table.rows.findIndex((r) => r.kind === "total");
  if (row < 0) return null;
  const cells = table.rows[row].cells;
  return { table, row, pagu: cellNumber(cells[col]), realisasi: cellNumber(cells[col + 1]), serapan: cellNumber(cells[col + 2]) };
}

export function yearEnd(periode: Periode): boolean {
  return periode === "TAHUN" || periode === "TW4";
}

/** "Serapan tersebut telah memenuhi …" — the 90% expectation applies at year end only. */
export function harapanText(serapan: number, periode: Periode): string {
  if (serapan > 1) return "Realisasi anggaran melebihi pagu; data pagu dan realisasi perlu diperiksa kembali";
  if (!yearEnd(periode)) return `Harapan Kementerian Keuangan atas penyerapan anggaran sekurang-kurangnya ${persen(SERAPAN_HARAPAN)} berlaku pada akhir tahun anggaran`;
  return serapan >= SERAPAN_HARAPAN
    ? `Serapan tersebut telah memenuhi harapan Kementerian Keuangan agar realisasi anggaran mencapai sekurang-kurangnya ${persen(SERAPAN_HARAPAN)}`
    : `Serapan tersebut belum memenuhi harapan Kementerian Keuangan agar realisasi anggaran mencapai sekurang-kurangnya ${persen(SERAPAN_HARAPAN)}`;
}

function paragrafKegiatan(t: ReportTable, subjek: string, periode: Periode): Paragraph | null {
  const total = totalOf(t, 5);
  if (!total || total.pagu === null || total.realisasi === null || total.serapan === null) return null;
  const s = [
    `Realisasi anggaran ${subjek} sebesar ${rupiahTerbilang(total.realisasi)} dari pagu sebesar ${rupiah(total.pagu)}, atau serapan sebesar ${persen(total.serapan)}`,
    harapanText(total.serapan, periode),
  ];
  const data = t.rows
    .map((r, i) => ({ i, r, s: cellNumber(r.cells[7]), nama: cellText(r.cells[2]) ?? cellText(r.cells[1]) }))
    .filter((x) => x.r.kind === "data" && x.s !== null && x.nama !== null);
  if (data.length >= 2) {
    const hi = data.reduce((a, b) => ((b.s as number) > (a.s as number) ? b : a));
    const lo = data.reduce((a, b) => ((b.s as number) < (a.s as number) ? b : a));
    if (hi.s !== lo.s) {
      s.push(`Serapan tertinggi terdapat pada ${hi.nama} sebesar ${persen(hi.s as number)} dan terendah pada ${lo.nama} sebesar ${persen(lo.s as number)}`);
    }
  }
  return paragraph("", "Realisasi anggaran per kegiatan/keluaran", paragraf(s), [{ table: t.id, row: total.row }], t.rows.flatMap((r) => r.sources));
}

function paragrafJenis(t: ReportTable): Paragraph | null {
  const total = totalOf(t, 2);
  if (!total || total.pagu === null || total.realisasi === null || total.serapan === null) return null;
  const data = t.rows.filter((r) => r.kind === "data");
  const berpagu = data.filter((r) => (cellNumber(r.cells[2]) ?? 0) > 0 && cellNumber(r.cells[4]) !== null);
  const tanpa = data.filter((r) => !berpagu.includes(r)).map((r) => cellText(r.cells[1]) ?? "");
  const s = [
    `Menurut jenis belanja, total pagu sebesar ${rupiah(total.pagu)} terealisasi sebesar ${rupiah(total.realisasi)}, atau serapan sebesar ${persen(total.serapan)}`,
  ];
  if (berpagu.length > 0) {
    s.push(`Serapan ${daftar(berpagu.map((r) => `${cellText(r.cells[1])} sebesar ${persen(cellNumber(r.cells[4]) as number)}`))}`);
  }
  if (tanpa.length > 0) s.push(`${daftar(tanpa)} tidak memiliki pagu pada tahun ini`);
  return paragraph("", "Realisasi anggaran per jenis belanja", paragraf(s), [{ table: t.id, row: total.row }], data.flatMap((r) => r.sources));
}

function paragrafTahunan(t: ReportTable, tahun: number | null): Paragraph | null {
  const row = t.rows.findIndex((r) => r.kind === "total");
  if (row < 0) return null;
  const c = t.rows[row].cells;
  const [paguLalu, realLalu, sLalu, , , sIni] = [2, 3, 4, 5, 6, 7].map((i) => cellNumber(c[i]));
  const d = cellNumber(c[8]);
  if (sLalu === null || sIni === null || d === null || paguLalu === null || realLalu === null) return null;
  const lalu = tahun === null ? "tahun lalu" : `tahun ${tahun - 1}`;
  const ini = tahun === null ? "tahun ini" : `tahun ${tahun}`;
  const arah = Math.abs(d) < 1e-12 ? null : d > 0 ? "kenaikan" : "penurunan";
  const s = [
    `Pada ${lalu}, realisasi anggaran sebesar ${rupiah(realLalu)} dari pagu ${rupiah(paguLalu)}, atau serapan sebesar ${persen(sLalu)}`,
    arah
      ? `Serapan ${ini} sebesar ${persen(sIni)} mengalami ${arah} sebesar ${angka(Math.abs(d) * 100)} poin persen dibandingkan ${lalu}`
      : `Serapan ${ini} sebesar ${persen(sIni)}, sama dengan ${lalu}`,
  ];
  return paragraph("", "Perbandingan realisasi anggaran dengan tahun lalu", paragraf(s), [{ table: t.id, row }], t.rows.flatMap((r) => r.sources));
}

export function narasiAnggaran(tables: ReportTable[], unit: string | null, tahun: number | null, periode: Periode): Paragraph[] {
  const subjek = `${unit ?? "satuan kerja"} ${tahun === null ? "tahun berjalan" : `tahun ${tahun}`}`;
  const out: Paragraph[] = [];
  for (const t of tables) {
    const p =
      t.id === "anggaran-kegiatan"
        ? paragrafKegiatan(t, subjek, periode)
        : t.id === "anggaran-jenis-belanja"
          ? paragrafJenis(t)
          : t.id === "anggaran-tahunan"
            ? paragrafTahunan(t, tahun)
            : null;
    if (p) out.push(p);
  }
  if (out.length === 0) {
    out.push(paragraph("", "Realisasi anggaran", "Data realisasi anggaran tidak tersedia dalam buku kerja.", [], []));
  }
  return out;
}
