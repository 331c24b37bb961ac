// The "SAKIP Rekap" sheet: the Kanwil recap as one printable sheet of stacked sections.
// Totals, sisa, serapan and RB capaian are plain Excel formulas (SUM, subtraction, division)
// with cached values, so the recap reads right in any spreadsheet, with or without the add-in.
import type { CellValue } from "../core/model";
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/grid";
import { SHEET } from "../workbook/sheets/layout";
import { a1, range } from "../workbook/a1";
import { PERSEN, RUPIAH, numberFormat, percentFormat } from "../workbook/sheets/cells";
import { JENIS_BELANJA } from "./anggaran";
import { RANKING_RULE } from "./ranking";
import type { Rekap, RekapAnggaran } from "./rekap";

const TITLE: CellStyle = { bold: true, size: 14 };
const SECTION: CellStyle = { bold: true, size: 12 };
const NOTE: CellStyle = { italic: true };
const HEADER: CellStyle = { bold: true, fill: "#1F4E78", color: "#FFFFFF", wrap: true, align: "center", valign: "middle", border: true };
const BODY: CellStyle = { border: true, valign: "top" };
const TOTAL: CellStyle = { bold: true, fill: "#DDEBF7", border: true };
const SEVERITY = { error: "Galat", warning: "Peringatan", info: "Info" } as const;
const POLARITAS = { positif: "Positif", negatif: "Negatif", "negatif-rasio": "Negatif (rasio)" } as const;

type Row = (PlanCell | null)[];

class Builder {
  readonly rows: Row[] = [];
  readonly styles: NonNullable<SheetPlan["styles"]> = [];

  get next(): number {
    return this.rows.length;
  }
  row(cells: Row, style?: CellStyle): number {
    const r = this.rows.length;
    this.rows.push(cells);
    if (style && cells.length > 0) this.styles.push({ range: range(r, 0, r, cells.length - 1), style });
    return r;
  }
  line(text: string, style: CellStyle): void {
    this.row([{ v: text }]);
    this.styles.push({ range: a1(this.rows.length - 1, 0), style });
  }
  header(labels: string[]): void {
    this.row(labels.map((h) => v(h)), HEADER);
  }
  /** Borders over the body rows written since `top`. */
  body(top: number, width: number, extra: CellStyle = {}): void {
    if (this.next > top) this.styles.push({ range: range(top, 0, this.next - 1, width - 1), style: { ...BODY, ...extra } });
  }
  gap(): void {
    this.rows.push([]);
  }
}

const v = (value: CellValue, fmt?: string): PlanCell => (fmt ? { v: value, fmt } : { v: value });
const opt = (value: number | null | undefined, fmt: string): PlanCell | null => (value == null ? null : v(value, fmt));
/** A text cell; nothing for an empty text. */
const txt = (text: string | null | undefined): PlanCell | null => (text ? { v: text } : null);
const num = (cell: PlanCell | null): number => (cell && typeof cell.v === "number" ? cell.v : 0);

/** =SUM over a column's body rows, cached with the sum of the cells written there. */
function columnSum(b: Builder, col: number, top: number, bottom: number, fmt: string): PlanCell {
  let cached = 0;
  for (let r = top; r <= bottom; r++) cached += num(b.rows[r][col] ?? null);
  return { f: `=SUM(${range(top, col, bottom, col)})`, v: cached, fmt };
}

/** part/whole as a percentage; empty when the whole is 0 (no division by zero in the sheet). */
function ratio(partAt: string, wholeAt: string, part: number, whole: number): PlanCell {
  return { f: `=IF(N(${wholeAt})=0,"",${partAt}/${wholeAt})`, v: whole === 0 ? "" : part / whole, fmt: PERSEN };
}

/** The fewest decimals (up to 2) that show every value exactly, in the shown scale. */
function decimalsOf(values: number[], scale: number): number {
  for (let d = 0; d < 2; d++) {
    if (values.every((x) => Math.abs(x * scale * 10 ** d - Math.round(x * scale * 10 ** d)) < 1e-9)) return d;
  }
  return 2;
}

function headerBlock(b: Builder, rekap: Rekap): void {
  b.line(`Rekapitulasi Kinerja dan Anggaran Satuan Kerja${rekap.tahun ? ` Tahun ${rekap.tahun}` : ""}`, TITLE);
  const files = rekap.units.length + rekap.skipped.length;
  b.line(
    `${rekap.units.length} satuan kerja dari ${files} berkas` + (rekap.skipped.length > 0 ? `; ${rekap.skipped.length} berkas dilewati karena tidak dapat dibaca.` : "."),
    NOTE,
  );
  if (rekap.skipped.length === 0) return;
  b.gap();
  b.line("Berkas yang dilewati", SECTION);
  b.header(["No", "Berkas", "Alasan"]);
  const top = b.next;
  rekap.skipped.forEach((s, i) => b.row([v(i + 1), v(s.file), v(s.message)]));
  b.body(top, 3, { wrap: true });
}

function rankingSection(b: Builder, rekap: Rekap): void {
  b.line("A. Peringkat satuan kerja", SECTION);
  b.line(RANKING_RULE, NOTE);
  b.header(["Peringkat", "Satuan Kerja", "Indikator", "Terukur", "Tercapai", "Rata-rata Capaian", "Serapan Anggaran", "Jumlah Galat"]);
  const top = b.next;
  for (const r of rekap.ranking) {
    b.row([v(r.peringkat ?? "-"), v(r.unit), v(r.indikator), v(r.terukur), v(r.tercapai), opt(r.rataCapaian, PERSEN), opt(r.serapan, PERSEN), v(r.galat)]);
  }
  b.body(top, 8);
}

function selisihText(a: RekapAnggaran): string {
  return a.selisih.map((f) => `${f.sheet}!${f.cell}: tertulis ${f.actual ?? "?"}, seharusnya ${f.expected ?? "?"}`).join("; ");
}

function anggaranSection(b: Builder, rekap: Rekap): void {
  b.line("B. Anggaran per satuan kerja dan jenis belanja", SECTION);
  if (rekap.anggaran.length === 0) {
    b.line("Tidak ada data anggaran yang terbaca.", NOTE);
    return;
  }
  const jenis = rekap.jenis.map((k) => JENIS_BELANJA.find((j) => j.kode === k) as (typeof JENIS_BELANJA)[number]);
  const n = jenis.length;
  // Columns: No, Satuan Kerja, pagu per jenis, Total Pagu, realisasi per jenis, Total Realisasi,
  // Sisa, Serapan, then two notes.
  const cPagu = 2 + n;
  const cReal = cPagu + 1 + n;
  const cSisa = cReal + 1;
  const heads = [
    "No",
    "Satuan Kerja",
    ...jenis.map((j) => `Pagu ${j.kode} ${j.label}`),
    "Total Pagu",
    ...jenis.map((j) => `Realisasi ${j.kode} ${j.label}`),
    "Total Realisasi",
    "Sisa",
    "Serapan",
    "Dihitung dari",
    "TOTAL tertulis yang tidak sesuai",
  ];
  b.header(heads);
  const top = b.next;
  rekap.anggaran.forEach((a, i) => {
    const r = b.next;
    const paguJenis = jenis.map((j) => opt(a.dariJenis ? a.jenis[j.kode]?.pagu : null, RUPIAH));
    const realJenis = jenis.map((j) => opt(a.dariJenis ? a.jenis[j.kode]?.realisasi : null, RUPIAH));
    const sum = (cells: (PlanCell | null)[]): number => cells.reduce((s, c) => s + num(c), 0);
    // Totals are SUMs of the jenis cells when the unit breaks its budget down (and every jenis
    // states its realisasi); otherwise the sums of its lines, as values.
    const totalPagu: PlanCell = a.dariJenis && n > 0 ? { f: `=SUM(${range(r, 2, r, cPagu - 1)})`, v: sum(paguJenis), fmt: RUPIAH } : v(a.pagu, RUPIAH);
    const jenisReal = a.dariJenis && n > 0 && Object.values(a.jenis).every((x) => x.realisasi !== null);
    const totalReal: PlanCell = jenisReal ? { f: `=SUM(${range(r, cPagu + 1, r, cReal - 1)})`, v: sum(realJenis), fmt: RUPIAH } : v(a.realisasi, RUPIAH);
    const pagu = num(totalPagu);
    const realisasi = num(totalReal);
    b.row([
      v(i + 1),
      v(a.unit),
      ...paguJenis,
      totalPagu,
      ...realJenis,
      totalReal,
      { f: `=${a1(r, cPagu)}-${a1(r, cReal)}`, v: pagu - realisasi, fmt: RUPIAH },
      ratio(a1(r, cReal), a1(r, cPagu), realisasi, pagu),
      v(a.rincian),
      txt(selisihText(a)),
    ]);
  });
  const bottom = b.next - 1;
  b.body(top, heads.length);
  const t = b.next;
  const sums: Row = [null, v("TOTAL")];
  for (let c = 2; c <= cSisa; c++) sums.push(columnSum(b, c, top, bottom, RUPIAH));
  sums.push(ratio(a1(t, cReal), a1(t, cPagu), num(sums[cReal]), num(sums[cPagu])));
  b.row(sums, TOTAL);
}

function rbSection(b: Builder, rekap: Rekap): void {
  if (rekap.rb.length === 0) return;
  b.line("C. Rencana aksi Reformasi Birokrasi per satuan kerja", SECTION);
  b.line("Target dan realisasi = jumlah rencana aksi satuan kerja per bulan laporan; capaian = realisasi / target.", NOTE);
  const heads = ["No", "Satuan Kerja", ...rekap.bulanRb.flatMap((m) => [`Target ${m}`, `Realisasi ${m}`, `Capaian ${m}`])];
  b.header(heads);
  const values = rekap.rb.flatMap((r) => Object.values(r.bulan).flatMap((x) => [x.target, x.realisasi]));
  const fmt = numberFormat(decimalsOf(values, 1));
  const top = b.next;
  rekap.rb.forEach((r, i) => {
    const row = b.next;
    const cells: Row = [v(i + 1), v(r.unit)];
    rekap.bulanRb.forEach((m, k) => {
      const x = r.bulan[m];
      const c = 2 + k * 3;
      cells.push(opt(x?.target, fmt), opt(x?.realisasi, fmt));
      cells.push(x ? ratio(a1(row, c + 1), a1(row, c), x.realisasi, x.target) : null);
    });
    b.row(cells);
  });
  const bottom = b.next - 1;
  b.body(top, heads.length);
  const t = b.next;
  const sums: Row = [null, v("TOTAL")];
  rekap.bulanRb.forEach((_, k) => {
    const c = 2 + k * 3;
    const target = columnSum(b, c, top, bottom, fmt);
    const realisasi = columnSum(b, c + 1, top, bottom, fmt);
    sums.push(target, realisasi, ratio(a1(t, c + 1), a1(t, c), num(realisasi), num(target)));
  });
  b.row(sums, TOTAL);
}

function indikatorSection(b: Builder, rekap: Rekap): void {
  b.line("D. Capaian indikator kinerja per satuan kerja", SECTION);
  b.header(["No", "Satuan Kerja", "Sasaran", "Indikator", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian", "Capaian setelah konversi", "Predikat", "Keterangan"]);
  const top = b.next;
  if (rekap.indikator.length === 0) b.row([null, v("Tidak ada indikator kinerja yang terbaca.")]);
  rekap.indikator.forEach((r, i) => {
    const e = r.evaluation;
    const percent = r.satuan === "%";
    const figures = [e.target, e.realisasi].filter((x): x is number => x !== null);
    const fmt = percent ? percentFormat(decimalsOf(figures, 100)) : numberFormat(decimalsOf(figures, 1));
    const keterangan = e.message ?? (e.tercapai === null ? null : e.tercapai ? "Tercapai" : "Tidak tercapai");
    b.row([
      v(i + 1),
      v(r.unit),
      txt(r.sasaran),
      v(r.uraian),
      txt(r.satuan),
      v(POLARITAS[e.polaritas]),
      opt(e.target, fmt),
      opt(e.realisasi, fmt),
      opt(e.capaianMentah, PERSEN),
      opt(e.capaian, PERSEN),
      txt(e.predikat),
      txt(keterangan),
    ]);
  });
  b.body(top, 12);
}

function findingsSection(b: Builder, rekap: Rekap): void {
  b.line("E. Temuan pemeriksaan per satuan kerja", SECTION);
  b.header(["No", "Satuan Kerja", "Tingkat", "Aturan", "Lembar", "Sel", "Pesan", "Seharusnya", "Tertulis"]);
  const top = b.next;
  if (rekap.findings.length === 0) b.row([null, v("Tidak ada temuan.")]);
  rekap.findings.forEach(({ unit, finding: f }, i) => {
    b.row([v(i + 1), v(unit), v(SEVERITY[f.severity]), v(f.rule), v(f.sheet), v(f.cell), v(f.message), txt(f.expected), txt(f.actual)]);
  });
  b.body(top, 9);
}

/** Stated-vs-computed budget totals, in words, for the note under the title. */
function selisihNote(rekap: Rekap): string | null {
  const units = rekap.anggaran.filter((a) => a.selisih.length > 0);
  if (units.length === 0) return null;
  return `TOTAL anggaran tertulis yang tidak sama dengan jumlah rinciannya: ${units.map((a) => a.unit).join(", ")} (lihat bagian B dan E).`;
}

export function planRekap(rekap: Rekap): SheetPlan {
  const b = new Builder();
  headerBlock(b, rekap);
  const note = selisihNote(rekap);
  if (note) b.line(note, NOTE);
  b.gap();
  rankingSection(b, rekap);
  b.gap();
  anggaranSection(b, rekap);
  b.gap();
  if (rekap.rb.length > 0) {
    rbSection(b, rekap);
    b.gap();
  }
  indikatorSection(b, rekap);
  b.gap();
  findingsSection(b, rekap);
  return {
    name: SHEET.rekap,
    kind: "output",
    rows: b.rows,
    widths: [9, 36, 30, 44, 16, 16, 16, 16, 16, 16, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18],
    styles: b.styles,
    print: { landscape: true, fitToWidth: true },
    tabColor: "#1F4E78",
  };
}
