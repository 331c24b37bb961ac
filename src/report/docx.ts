// renderDocx: chapter III as a Word document (A4, Indonesian) with real Word tables and
// headings, from the same Report the sheets are written from.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph as DocParagraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { formatAngka } from "../core/format";
import { persen, rupiah } from "./text";
import type { Paragraph, Report, ReportCell, ReportTable, TableId } from "./types";

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1701, bottom: 1417, left: 1701, right: 1417 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const FONT = "Arial";
const HEADER_FILL = "D9E1F2";
const TOTAL_FILL = "F2F2F2";

/** Relative column widths by header: text columns wide, figures narrow. */
function weight(header: string): number {
  if (header === "No") return 0.6;
  if (/Indikator|Sasaran|Kegiatan|Keluaran|Uraian|Jenis Belanja|Predikat|Status|Keterangan|Unit Kerja/.test(header)) return 3;
  return 1.4;
}

export function cellText(c: ReportCell): string {
  switch (c.kind) {
    case "teks":
      return c.text;
    case "persen":
      return persen(c.value);
    case "rupiah":
      return rupiah(c.value);
    case "angka":
      return c.satuan ? `${formatAngka(c.value, c.decimals)} ${c.satuan}` : formatAngka(c.value, c.decimals);
    case "kosong":
      return "-";
    case "gabung":
      return "";
  }
}

function cellParagraph(text: string, opts: { bold?: boolean; right?: boolean; center?: boolean }): DocParagraph {
  return new DocParagraph({
    alignment: opts.center ? AlignmentType.CENTER : opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text, bold: opts.bold, size: 18 })],
  });
}

/** Columns shown in Word: all but the "Sumber" cell addresses, which only make sense in Excel. */
function shownColumns(table: ReportTable): number[] {
  return table.columns.map((_, i) => i).filter((i) => table.columns[i].header !== "Sumber");
}

function headerRows(table: ReportTable, cols: number[]): TableRow[] {
  const fill = { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" };
  const grouped = cols.some((i) => table.columns[i].group !== undefined);
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  cols.forEach((i, n) => {
    const c = table.columns[i];
    const header = (text: string, extra: { rowSpan?: number; columnSpan?: number }) =>
      new TableCell({
        ...extra,
        shading: fill,
        verticalAlign: VerticalAlignTable.CENTER,
        children: [cellParagraph(text, { bold: true, center: true })],
      });
    if (!grouped || c.group === undefined) {
      top.push(header(c.header, grouped ? { rowSpan: 2 } : {}));
      return;
    }
    bottom.push(header(c.header, {}));
    if (n > 0 && table.columns[cols[n - 1]].group === c.group) return;
    let span = 1;
    while (n + span < cols.length && table.columns[cols[n + span]].group === c.group) span++;
    top.push(header(c.group, { columnSpan: span }));
  });
  const rows = [new TableRow({ tableHeader: true, cantSplit: true, children: top })];
  if (grouped) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: bottom }));
  return rows;
}

export function docTable(table: ReportTable): Table {
  const cols = shownColumns(table);
  const weights = cols.map((i) => weight(table.columns[i].header) * (table.columns[i].span ?? 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const body = table.rows.map((r) => {
    const spans = new Map((r.rowSpans ?? []).map((s) => [s.col, s.rows]));
    const total = r.kind === "total";
    const children = cols
      .filter((i) => r.cells[i].kind !== "gabung")
      .map((i) => {
        const c = r.cells[i];
        const numeric = c.kind === "persen" || c.kind === "rupiah" || c.kind === "angka";
        return new TableCell({
          rowSpan: spans.get(i),
          shading: total ? { type: ShadingType.CLEAR, fill: TOTAL_FILL, color: "auto" } : undefined,
          width: { size: widths[cols.indexOf(i)], type: WidthType.DXA },
          children: [cellParagraph(cellText(c), { bold: total, right: numeric, center: c.kind === "kosong" })],
        });
      });
    return new TableRow({ cantSplit: true, children });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [...headerRows(table, cols), ...body],
  });
}

/** Body text; "[isi …]" placeholders highlighted so they are not printed unnoticed. */
function textParagraph(text: string, opts: { indent?: number } = {}): DocParagraph {
  const parts = text.split(/(\[isi [^\]]*\])/).filter((p) => p !== "");
  return new DocParagraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120, line: 300 },
    indent: opts.indent ? { left: opts.indent } : undefined,
    children: parts.map((p) => (p.startsWith("[isi ") ? new TextRun({ text: p, highlight: "yellow" }) : new TextRun(p))),
  });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], center = false): DocParagraph {
  return new DocParagraph({ heading: level, alignment: center ? AlignmentType.CENTER : undefined, children: [new TextRun(text)] });
}

function tableBlock(table: ReportTable | undefined): (DocParagraph | Table)[] {
  if (!table) return [];
  const out: (DocParagraph | Table)[] = [
    new DocParagraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200, after: 100 },
      keepNext: true,
      children: [new TextRun({ text: `Tabel 3.${table.nomor} ${table.title}`, bold: true })],
    }),
  ];
  if (table.rows.length > 0) out.push(docTable(table));
  if (table.note) out.push(new DocParagraph({ spacing: { before: 60, after: 200 }, children: [new TextRun({ text: table.note, italics: true, size: 18 })] }));
  else out.push(new DocParagraph({ spacing: { after: 120 }, children: [] }));
  return out;
}

function labelled(p: Paragraph): DocParagraph[] {
  const out: DocParagraph[] = [];
  if (p.heading) {
    out.push(
      new DocParagraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: p.label ? `${p.label}. ${p.heading}` : p.heading, bold: true })],
      }),
    );
  }
  out.push(textParagraph(p.text, { indent: p.heading && p.label ? 360 : undefined }));
  return out;
}

export async function renderDocx(report: Report): Promise<Uint8Array> {
  const table = (id: TableId) => report.tables.find((t) => t.id === id);
  const children: (DocParagraph | Table)[] = [
    heading("BAB III", HeadingLevel.HEADING_1, true),
    heading("AKUNTABILITAS KINERJA", HeadingLevel.HEADING_1, true),
    heading("A. Capaian Kinerja Organisasi", HeadingLevel.HEADING_2),
    ...report.pengantar.flatMap(labelled),
    ...tableBlock(table("capaian")),
  ];
  for (const s of report.sasaran) {
    children.push(heading(`${s.nomor}. ${s.uraian ?? "Sasaran belum disebutkan"}`, HeadingLevel.HEADING_3));
    for (const ind of s.indikator) {
      children.push(heading(`${ind.nomor}. ${ind.uraian}`, HeadingLevel.HEADING_4));
      for (const p of ind.paragraphs) children.push(...labelled(p));
    }
  }
  children.push(
    ...tableBlock(table("tahun-lalu")),
    ...tableBlock(table("renstra")),
    ...tableBlock(table("rekap-predikat")),
    ...tableBlock(table("rekap-status")),
    heading("B. Realisasi Anggaran", HeadingLevel.HEADING_2),
  );
  const budget: TableId[] = ["anggaran-kegiatan", "anggaran-jenis-belanja", "anggaran-tahunan"];
  for (const id of budget) {
    children.push(...tableBlock(table(id)));
    for (const p of report.anggaran.filter((x) => x.refs.some((r) => r.table === id))) children.push(textParagraph(p.text));
  }
  for (const p of report.anggaran.filter((x) => !x.refs.some((r) => budget.includes(r.table)))) children.push(textParagraph(p.text));
  children.push(...tableBlock(table("efisiensi")));
  children.push(heading("C. Kesimpulan", HeadingLevel.HEADING_2));
  children.push(textParagraph("Dari hasil pengukuran capaian kinerja terhadap target yang telah ditetapkan, dapat disimpulkan sebagai berikut:"));
  for (const p of report.kesimpulan) children.push(textParagraph(`${p.label}. ${p.text}`, { indent: 360 }));

  const doc = new Document({
    creator: "SAKIP Excel Add-in",
    title: `BAB III Akuntabilitas Kinerja${report.unit ? ` ${report.unit}` : ""}${report.tahun === null ? "" : ` Tahun ${report.tahun}`}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: "id-ID" } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: "000000" }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 22, bold: true, color: "000000" }, paragraph: { spacing: { before: 200, after: 100 } } },
        heading4: { run: { font: FONT, size: 22, bold: true, italics: false, color: "000000" }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  return Packer.pack(doc, "uint8array");
}
