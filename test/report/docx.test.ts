// The Word document: a valid .docx (a zip with word/document.xml), A4, Indonesian, with the
// chapter's headings and real Word tables.
import JSZip from "jszip";
import { buildReport, renderDocx } from "../../src/report";
import { bapasModel, settings } from "./builders";

const report = buildReport(bapasModel(), settings());
let documentXml = "";
let stylesXml = "";

beforeAll(async () => {
  const bytes = await renderDocx(report);
  expect(bytes).toBeInstanceOf(Uint8Array);
  const zip = await JSZip.loadAsync(bytes);
  documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
});

/** The document's visible text, runs joined per paragraph. */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1])
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

test("the chapter's headings, in order", () => {
  const text = paragraphsOf(documentXml);
  const order = ["BAB III", "AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi", "1.1. Persentase Tahanan yang mendapatkan pendampingan", "4.2. Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan", "B. Realisasi Anggaran", "C. Kesimpulan"];
  const positions = order.map((h) => text.indexOf(h));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(documentXml).toContain('<w:pStyle w:val="Heading4"/>');
});

test("paragraphs a–g with their headings and text", () => {
  const text = paragraphsOf(documentXml);
  expect(text).toContain("a. Perbandingan antara target dan realisasi kinerja tahun ini");
  expect(text).toContain("g. Analisis program/kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian pernyataan kinerja");
  expect(text).toContain(report.sasaran[1].indikator[0].paragraphs[0].text);
  expect(text).toContain(`1. ${report.kesimpulan[0].text}`);
});

test("real Word tables: one per table with rows, header rows repeated on each page", () => {
  const tables = documentXml.match(/<w:tbl>/g) ?? [];
  expect(tables.length).toBe(report.tables.filter((t) => t.rows.length > 0).length);
  expect(documentXml).toContain("<w:tblHeader/>");
  const text = paragraphsOf(documentXml);
  expect(text).toContain("Tabel 3.1 Capaian Kinerja Tahun 2025");
  expect(text).toContain("136,27%");
  expect(text).toContain("Rp 3.831.896.908");
  // Cell addresses of the Excel source are for the sheet only.
  expect(documentXml).not.toContain("'Capaian 2025'!E5");
});

test("merged cells: the sasaran spans its indicators", () => {
  expect(documentXml).toMatch(/<w:vMerge w:val="restart"\/>/);
  expect(documentXml).toMatch(/<w:gridSpan w:val="4"\/>/);
});

test("A4 page, Indonesian language, placeholders highlighted", () => {
  expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(stylesXml).toContain('w:val="id-ID"');
  expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">\[isi analisis/);
});

test("every table row fills the table grid exactly (Word rejects ragged rows)", () => {
  for (const t of documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
    const grid = (t.match(/<w:gridCol /g) ?? []).length;
    const rows = t.match(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
      expect(cells.reduce((n, c) => n + Number(/<w:gridSpan w:val="(\d+)"/.exec(c)?.[1] ?? 1), 0)).toBe(grid);
    }
  }
});
