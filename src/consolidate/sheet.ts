// The "SAKIP Rekap" sheet: the Kanwil recap as one printable sheet of stacked sections.
// Totals and serapan are plain Excel formulas (SUM, division) with cached values, so the recap
// reads right in any spreadsheet, with or without the add-in.
import type { CellValue } from "../core/model";
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/grid";
import { SHEET } from "../workbook/sheets/layout";
import { a1, range } from "../workbook/a1";
import { PERSEN, RUPIAH } from "../workbook/sheets/cells";
import { JENIS_BELANJA, type Rekap } from "./rekap";
import { serapan } from "../core/anggaran";

const TITLE: CellStyle = { bold: true, size: 14 };
const SECTION: CellStyle = { bold: true, size: 12 };
const HEADER: CellStyle = { bold: true, fill: "#1F4E78", color: "#FFFFFF", wrap: true, align: "center", valign: "middle", border: true };
const BODY: CellStyle = { border: true, valign: "top" };
const TOTAL: CellStyle = { bold: true, fill: "#DDEBF7", border: true };
const SEVERITY = { error: "Galat", warning: "Peringatan", info: "Info" } as const;
const WIDTH = 9;

class Builder {
  rows: (PlanCell | null)[][] = [];
  styles: SheetPlan["styles"] = [];

  get next(): number {
    return this.rows.length;
  }
  row(cells: (PlanCell | null)[], style?: CellStyle): number {
    const r = this.rows.length;
    this.rows.push(cells);
    if (style && cells.length > 0) this.styles!.push({ range: range(r, 0, r, Math.max(cells.length, 1) - 1), style });
    return r;
  }
  title(text: string, style = SECTION): void {
    this.row([{ v: text }]);
    this.styles!.push({ range: a1(this.rows.length - 1, 0), style });
  }
  gap(): void {
    this.rows.push([]);
  }
}

const v = (value: CellValue, fmt?: string): PlanCell => (fmt ? { v: value, fmt } : { v: value });
const opt = (value: number | null, fmt: string): PlanCell | null => (value === null ? null : v(value, fmt));
const sum = (col: number, top: number, bottom: number, cached: number, fmt: string): PlanCell => ({
  f: `=SUM(${range(top, col, bottom, col)})`,
  v: cached,
  fmt,
});
const ratio = (part: string, whole: string, cached: number | null): PlanCell => ({
  f: `=IF(N(${whole})=0,"",${part}/${whole})`,
  v: cached ?? "",
  fmt: PERSEN,
});

function indikatorSection(b: Builder, rekap: Rekap): void {
  b.title("A. Capaian indikator kinerja per satuan kerja");
  b.row(
    ["No", "Satuan Kerja", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Capaian setelah konversi", "Predikat", "Tercapai", "Keterangan"].map((h) => v(h)),
    HEADER,
  );
  const top = b.next;
  rekap.indikator.forEach((r, i) => {
    const e = r.evaluation;
    const fmt = r.satuan === "%" ? PERSEN : "#,##0.##";
    b.row([
      v(i + 1),
      v(r.unit),
      v(r.sasaran ?? ""),
      v(r.uraian),
      opt(e.target, fmt),
      opt(e.realisasi, fmt),
      opt(e.capaianMentah, PERSEN),
      opt(e.capaian, PERSEN),
      v(e.predikat ?? ""),
      v(e.tercapai === null ? "Belum dapat diukur" : e.tercapai ? "Tercapai" : "Tidak tercapai"),
      v(e.message ?? ""),
    ]);
  });
  if (b.next > top) b.styles!.push({ range: range(top, 0, b.next - 1, 10), style: BODY });
}

function rankingSection(b: Builder, rekap: Rekap): void {
  b.title("B. Peringkat satuan kerja (rata-rata capaian setelah konversi)");
  b.row(["Peringkat", "Satuan Kerja", "Indikator", "Terukur", "Tercapai", "Rata-rata Capaian", "Serapan Anggaran", "Jumlah Galat"].map((h) => v(h)), HEADER);
  const top = b.next;
  for (const r of rekap.ranking) {
    b.row([v(r.peringkat), v(r.unit), v(r.indikator), v(r.terukur), v(r.tercapai), opt(r.rataCapaian, PERSEN), opt(r.serapan, PERSEN), v(r.galat)]);
  }
  if (b.next > top) b.styles!.push({ range: range(top, 0, b.next - 1, 7), style: BODY });
}

function anggaranSection(b: Builder, rekap: Rekap): void {
  b.title("C. Anggaran per satuan kerja dan jenis belanja");
  const heads = ["No", "Satuan Kerja", ...JENIS_BELANJA.map((j) => `${j.kode} ${j.label}`), "Total Pagu", "Realisasi", "Sisa", "Serapan"];
  b.row(heads.map((h) => v(h)), HEADER);
  const top = b.next;
  const cPagu = 2 + JENIS_BELANJA.length;
  const cReal = cPagu + 1;
  rekap.anggaran.forEach((r, i) => {
    const row = b.next;
    b.row([
      v(i + 1),
      v(r.unit),
      ...JENIS_BELANJA.map((j) => opt(r.jenis[j.kode], RUPIAH)),
      v(r.pagu, RUPIAH),
      v(r.realisasi, RUPIAH),
      { f: `=${a1(row, cPagu)}-${a1(row, cReal)}`, v: r.pagu - r.realisasi, fmt: RUPIAH },
      ratio(a1(row, cReal), a1(row, cPagu), serapan(r.realisasi, r.pagu)),
    ]);
  });
  const bottom = b.next - 1;
  if (bottom < top) return;
  b.styles!.push({ range: range(top, 0, bottom, heads.length - 1), style: BODY });
  const totalRow = b.next;
  const totalOf = (pick: (r: Rekap["anggaran"][number]) => number | null) => rekap.anggaran.reduce((s, r) => s + (pick(r) ?? 0), 0);
  const pagu = totalOf((r) => r.pagu);
  const realisasi = totalOf((r) => r.realisasi);
  b.row(
    [
      null,
      v("TOTAL"),
      ...JENIS_BELANJA.map((j, k) => sum(2 + k, top, bottom, totalOf((r) => r.jenis[j.kode]), RUPIAH)),
      sum(cPagu, top, bottom, pagu, RUPIAH),
      sum(cReal, top, bottom, realisasi, RUPIAH),
      sum(cReal + 1, top, bottom, pagu - realisasi, RUPIAH),
      ratio(a1(totalRow, cReal), a1(totalRow, cPagu), serapan(realisasi, pagu)),
    ],
    TOTAL,
  );
}

function rbSection(b: Builder, rekap: Rekap): void {
  if (rekap.rb.length === 0) return;
  b.title("D. Rencana aksi Reformasi Birokrasi per satuan kerja");
  const heads = ["No", "Satuan Kerja", ...rekap.bulanRb.flatMap((m) => [`Target ${m}`, `Realisasi ${m}`, `Capaian ${m}`])];
  b.row(heads.map((h) => v(h)), HEADER);
  const top = b.next;
  rekap.rb.forEach((r, i) => {
    const row = b.next;
    const cells: (PlanCell | null)[] = [v(i + 1), v(r.unit)];
    rekap.bulanRb.forEach((m, k) => {
      const t = r.bulan[m];
      const c = 2 + k * 3;
      cells.push(opt(t?.target ?? null, "#,##0.##"), opt(t?.realisasi ?? null, "#,##0.##"));
      cells.push(t ? ratio(a1(row, c + 1), a1(row, c), t.target === 0 ? null : t.realisasi / t.target) : null);
    });
    b.row(cells);
  });
  b.styles!.push({ range: range(top, 0, b.next - 1, heads.length - 1), style: BODY });
}

function findingsSection(b: Builder, rekap: Rekap): void {
  b.title("E. Temuan pemeriksaan per satuan kerja");
  b.row(["Satuan Kerja", "Tingkat", "Aturan", "Lembar", "Sel", "Pesan", "Seharusnya", "Tertulis"].map((h) => v(h)), HEADER);
  const top = b.next;
  if (rekap.findings.length === 0) b.row([v("Tidak ada temuan.")]);
  for (const { unit, finding: f } of rekap.findings) {
    b.row([v(unit), v(SEVERITY[f.severity]), v(f.rule), v(f.sheet), v(f.cell), v(f.message), v(f.expected ?? ""), v(f.actual ?? "")]);
  }
  b.styles!.push({ range: range(top, 0, b.next - 1, 7), style: { ...BODY, wrap: true } });
}

export function planRekap(rekap: Rekap): SheetPlan {
  const b = new Builder();
  b.title(`Rekapitulasi Kinerja dan Anggaran Satuan Kerja${rekap.tahun ? ` Tahun ${rekap.tahun}` : ""}`, TITLE);
  b.row([v(`${rekap.units.length} satuan kerja: ${rekap.units.join(", ")}`)]);
  b.gap();
  indikatorSection(b, rekap);
  b.gap();
  rankingSection(b, rekap);
  b.gap();
  anggaranSection(b, rekap);
  b.gap();
  rbSection(b, rekap);
  if (rekap.rb.length > 0) b.gap();
  findingsSection(b, rekap);
  const widths = [8, 30, 30, 40, 16, 16, 16, 16, 18, 16, 30];
  return {
    name: SHEET.rekap,
    kind: "output",
    rows: b.rows,
    widths: widths.concat(Array.from({ length: 12 }, () => WIDTH + 7)),
    styles: b.styles,
    print: { landscape: true, fitToWidth: true },
    tabColor: "#1F4E78",
  };
}

