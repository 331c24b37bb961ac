// The "SAKIP Narasi" sheet: the chapter's paragraphs one per row, each next to the Ringkasan
// row it came from and the user's cell behind it (both as links), placeholders highlighted.
import type { CellRef } from "../core/model";
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/grid";
import { SHEET } from "../workbook/sheets/layout";
import { refText } from "./cells";
import { a1, layoutRingkasan, range } from "./ringkasan-layout";
import type { Paragraph, Report, RowRef } from "./types";

export const NARASI_HEADERS = ["Bagian", "Judul", "Teks", "Rujukan Ringkasan", "Sumber Data"] as const;
const WIDTHS = [10, 36, 100, 30, 30];
const LAST = NARASI_HEADERS.length - 1;
const HEADING: CellStyle = { bold: true, wrap: true, valign: "top" };
const BODY: CellStyle = { wrap: true, valign: "top", border: true };
const PLACEHOLDER: CellStyle = { wrap: true, valign: "top", border: true, fill: "#FFF2CC" };
const MAX_SOURCES = 4;

export function planNarasi(report: Report): SheetPlan {
  const placements = new Map(layoutRingkasan(report.tables).map((p) => [p.table.id, p]));
  const rows: (PlanCell | null)[][] = [];
  const styles: { range: string; style: CellStyle }[] = [];
  const merges: string[] = [];

  const rowRef = (r: RowRef): { text: string; link: CellRef } | null => {
    const p = placements.get(r.table);
    if (!p || r.row < 0 || r.row >= p.table.rows.length) return null;
    const cell = a1(p.bodyTop + r.row, 0);
    const total = p.table.rows[r.row].kind === "total" ? " (TOTAL)" : "";
    return { text: `Tabel 3.${p.table.nomor} baris ${r.row + 1}${total} (${cell})`, link: { sheet: SHEET.ringkasan, cell } };
  };

  const heading = (bagian: string, text: string, size?: number) => {
    const row = rows.length;
    rows.push([{ v: bagian }, { v: text }]);
    merges.push(range(row, 1, row, 2));
    styles.push({ range: range(row, 0, row, LAST), style: size ? { ...HEADING, size } : HEADING });
  };

  const para = (bagian: string, p: Paragraph) => {
    const row = rows.length;
    const refs = p.refs.map(rowRef).filter((r): r is { text: string; link: CellRef } => r !== null);
    const sources = p.sources.slice(0, MAX_SOURCES).map(refText);
    if (p.sources.length > MAX_SOURCES) sources.push(`dan ${p.sources.length - MAX_SOURCES} sel lainnya`);
    rows.push([
      { v: bagian },
      p.heading ? { v: p.heading } : null,
      { v: p.text },
      refs.length ? { v: refs.map((r) => r.text).join("; "), link: refs[0].link } : { v: "-" },
      p.sources.length ? { v: sources.join("; "), link: p.sources[0] } : { v: "-" },
    ]);
    styles.push({ range: range(row, 0, row, LAST), style: BODY });
    if (p.placeholder) styles.push({ range: a1(row, 2), style: PLACEHOLDER });
  };

  const judul = ["Narasi BAB III Akuntabilitas Kinerja", report.unit, report.tahun === null ? null : `Tahun ${report.tahun}`]
    .filter((s) => s !== null)
    .join(" ");
  rows.push([{ v: judul }]);
  rows.push([
    {
      v: "Teks disusun dari angka hasil hitung pada SAKIP Ringkasan. Lengkapi bagian bertanda [isi …] (disorot kuning) sebelum disalin ke laporan.",
    },
  ]);
  merges.push(range(0, 0, 0, LAST), range(1, 0, 1, LAST));
  styles.push({ range: "A1", style: { bold: true, size: 14 } }, { range: "A2", style: { italic: true, wrap: true } });
  rows.push(NARASI_HEADERS.map((h) => ({ v: h })));
  styles.push({ range: range(2, 0, 2, LAST), style: { bold: true, fill: "#D9E1F2", border: true, wrap: true, align: "center" } });

  heading("BAB III", "AKUNTABILITAS KINERJA", 12);
  heading("A.", "Capaian Kinerja Organisasi");
  report.pengantar.forEach((p) => para("A", p));
  for (const s of report.sasaran) {
    heading(`${s.nomor}.`, s.uraian ?? "Sasaran belum disebutkan");
    for (const ind of s.indikator) {
      heading(`${ind.nomor}.`, ind.uraian);
      ind.paragraphs.forEach((p) => para(`${ind.nomor} ${p.label}`, p));
    }
  }
  heading("B.", "Realisasi Anggaran");
  report.anggaran.forEach((p) => para("B", p));
  heading("C.", "Kesimpulan");
  report.kesimpulan.forEach((p) => para(`C ${p.label}`, p));

  return {
    name: SHEET.narasi,
    kind: "output",
    rows,
    widths: WIDTHS,
    styles,
    merges,
    freeze: { rows: 3, cols: 0 },
    print: { landscape: true, fitToWidth: true, repeatRows: 3 },
    tabColor: "#2F5597",
  };
}
