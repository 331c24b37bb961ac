// The fast reader on purpose-built workbooks, one case per thing a writer may put in the XML.
// Where ExcelJS reads the case, both readers must give the expected grid; where ExcelJS fails or
// loses data (namespace prefixes, rows without r, CDATA, a text result in a date cell), the
// fast reader must give what the workbook says.
import { readGrids, readXlsx, UnusableInputError } from "../../src/xlsx";
import type { Grid } from "../../src/workbook/grid";
import { handBuilt, zipOfParts, MAIN, REL, PKG_REL, type HandBook } from "./hand-built";

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;
const sheet1 = (body: string, more: Partial<HandBook> = {}): HandBook => ({ sheets: [{ name: "Data", body }], ...more });

interface Case {
  label: string;
  book: HandBook;
  expected: Grid[];
}

const CASES: Case[] = [
  {
    label: "shared strings: entities, character references, rich-text runs, _xHHHH_ escapes, phonetic runs, an empty string",
    book: sheet1(data(row(1, [0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join(""))), {
      sharedStrings: [
        "<t>Capaian &amp; Realisasi &lt;2025&gt; &quot;TW&quot; &apos;IV&apos; &#65;&#x42;</t>",
        '<r><t xml:space="preserve">Capaian </t></r><r><rPr><b/><sz val="11"/></rPr><t>kinerja</t></r>',
        "<t>baris 1_x000D_baris 2 _x000d_</t>",
        '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>',
        "<t/>",
      ],
    }),
    expected: [{ name: "Data", values: [[`Capaian & Realisasi <2025> "TW" 'IV' AB`, "Capaian kinerja", "baris 1\rbaris 2 _x000d_", "漢字"]], merges: [] }],
  },
  {
    label: "inline strings, plain and rich (ExcelJS undoes _xHHHH_ only in rich runs)",
    book: sheet1(
      data(
        row(
          1,
          '<c r="A1" t="inlineStr"><is><t>Teks &amp; _x000D_ langsung</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>Te</t></r><r><rPr><i/></rPr><t>ks_x0021_</t></r></is></c>' +
            '<c r="C1" t="inlineStr"/><c r="D1" t="inlineStr"><is><t xml:space="preserve"> spasi </t></is></c>',
        ),
      ),
    ),
    expected: [{ name: "Data", values: [["Teks & _x000D_ langsung", "Teks!", null, " spasi "]], merges: [] }],
  },
  {
    label: "numbers, booleans, errors and str texts (decoded once more, as ExcelJS does)",
    book: sheet1(
      data(
        row(
          1,
          '<c r="A1"><v>4327073000</v></c><c r="B1"><v>1.5E-3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
            '<c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="str"><v>a &amp;amp; b</v></c>' +
            '<c r="H1"><v>bukan angka</v></c><c r="I1" t="n"><v> 7 </v></c><c r="J1"><v></v></c>',
        ),
      ),
    ),
    expected: [{ name: "Data", values: [[4327073000, 0.0015, true, false, "#DIV/0!", "#N/A", "a & b", null, 7]], merges: [] }],
  },
  {
    label: "formulas: cached values of each type, no value, array formulas, shared formulas moved to each cell",
    book: sheet1(
      data(
        row(
          1,
          '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f>A1+B1</f><v>3</v></c>' +
            '<c r="D1" t="str"><f>IF(A1&gt;0,"ya","tidak")</f><v>ya</v></c><c r="E1" t="b"><f>A1&gt;0</f><v>1</v></c>' +
            '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1"><f>SAKIP.CAPAIAN(A1,B1)</f></c>',
        ),
        row(2, '<c r="A2"><v>10</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*$A$1+SUM(A$2:A2)+Data!A2+LOG10(A2)</f><v>11</v></c>' +
          '<c r="C2"><f t="shared" ref="C2:D2" si="1">B2*2</f><v>22</v></c><c r="D2"><f t="shared" si="1"/><v>44</v></c>' +
          '<c r="E2"><f t="array" ref="E2:E3">A2:A3*2</f><v>20</v></c>'),
        row(3, '<c r="A3"><v>20</v></c><c r="B3"><f t="shared" si="0"/><v>21</v></c><c r="E3"><v>40</v></c>'),
        row(4, '<c r="A4"><v>30</v></c><c r="B4"><f t="shared" si="0"/></c>'),
      ),
    ),
    expected: [
      {
        name: "Data",
        values: [
          [1, 2, 3, "ya", true, "#DIV/0!", null],
          [10, 11, 22, 44, 20],
          [20, 21, null, null, 40],
          [30, null],
        ],
        formulas: [
          [null, null, "=A1+B1", '=IF(A1>0,"ya","tidak")', "=A1>0", "=1/0", "=SAKIP.CAPAIAN(A1,B1)"],
          [null, "=A2*$A$1+SUM(A$2:A2)+Data!A2+LOG10(A2)", "=B2*2", "=C2*2", "=A2:A3*2"],
          [null, "=A3*$A$1+SUM(A$2:A3)+Data!A3+LOG10(A3)"],
          [null, "=A4*$A$1+SUM(A$2:A4)+Data!A4+LOG10(A4)"],
        ],
        merges: [],
      },
    ],
  },
  {
    label: "number formats: built-in ids, a custom format with escapes, style 0 and unknown styles have none",
    book: sheet1(data(row(1, [0, 1, 2, 3, 4, 5, 6, 99].map((s, i) => `<c r="${"ABCDEFGH"[i]}1" s="${s}"><v>0.5</v></c>`).join(""))), {
      numFmts: '<numFmt numFmtId="164" formatCode="&quot;Rp&quot;\\ #,##0;[Red]\\-&quot;Rp&quot;\\ #,##0"/>',
      styles: [10, 10, 3, 164, 49, 5, 0],
    }),
    expected: [
      {
        name: "Data",
        values: [[0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]],
        formats: [[null, "0.00%", "#,##0", '"Rp" #,##0;[Red]-"Rp" #,##0', "@"]],
        merges: [],
      },
    ],
  },
  ...[false, true].map((date1904) => ({
    label: `dates as serial numbers (${date1904 ? "1904" : "1900"} date system), formula results too`,
    book: sheet1(
      data(row(1, '<c r="A1" s="1"><v>45291</v></c><c r="B1" s="2"><v>45352.5</v></c><c r="C1" s="3"><v>45352.25</v></c><c r="D1" s="1"><f>A1+1</f><v>45292</v></c>')),
      { numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>', styles: [0, 14, 164, 22], workbookPr: date1904 ? 'date1904="1"' : "" },
    ),
    expected: [
      {
        name: "Data",
        values: [[45291, 45352.5, 45352.25, 45292]],
        formats: [["mm-dd-yy", "dd/mm/yyyy", 'm/d/yy "h":mm', "mm-dd-yy"]],
        formulas: [[null, null, null, "=A1+1"]],
        merges: [],
      },
    ],
  })),
  {
    label: "merges: cells under a merge are empty, merges come sorted, a row or grid ending in a merged cell ends before it",
    book: sheet1(
      data(
        row(1, '<c r="A1" t="inlineStr"><is><t>Judul</t></is></c><c r="B1"><v>9</v></c><c r="C1"><v>9</v></c>'),
        row(2, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c>'),
        row(3, '<c r="A3"><f>A2</f><v>1</v></c>'),
      ) + '<mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="A1:C1"/></mergeCells>',
    ),
    expected: [
      {
        name: "Data",
        values: [["Judul"], [1, 2]],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 2 },
          { top: 1, left: 0, bottom: 2, right: 0 },
        ],
      },
    ],
  },
  {
    label: "hyperlinks: an external link on a formula cell keeps only its value; an in-document link changes nothing",
    book: {
      sheets: [
        {
          name: "Data",
          body:
            data(row(1, '<c r="A1" t="inlineStr"><is><t>Lihat PK</t></is></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><f>2+2</f><v>4</v></c><c r="D1"><f>SAKIP.X()</f></c>')) +
            '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" location="\'Data\'!A1" display="A1"/><hyperlink ref="D1" r:id="rId1"/></hyperlinks>',
          rels: `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org/pk" TargetMode="External"/>`,
        },
      ],
    },
    expected: [{ name: "Data", values: [["Lihat PK", 2, 4]], formulas: [[null, null, "=2+2"]], merges: [] }],
  },
  {
    label: "sheets: tab order of workbook.xml, hidden and veryHidden, relative and absolute targets, a chart sheet is no grid",
    book: {
      sheets: [
        { name: "Satu", target: "worksheets/sheet2.xml", body: data(row(1, '<c r="A1"><v>1</v></c>')) },
        { name: "Dua &amp; Tiga", state: "hidden", target: "/xl/worksheets/sheet1.xml", body: data(row(1, '<c r="A1"><v>2</v></c>')) },
        { name: "Grafik", target: "chartsheets/sheet1.xml", root: "chartsheet", body: "<sheetViews/>" },
        { name: "Empat", state: "veryHidden", target: "worksheets/sheet3.xml", body: "<sheetData/>" },
      ],
    },
    expected: [
      { name: "Satu", values: [[1]], merges: [] },
      { name: "Dua & Tiga", values: [[2]], merges: [], hidden: true },
      { name: "Empat", values: [], merges: [], hidden: true },
    ],
  },
  {
    label: "cells without r follow the previous cell; self-closing and empty cells hold nothing",
    book: sheet1(
      data(row(1, '<c r="A1"><v>1</v></c><c><v>2</v></c><c r="D1"><v>4</v></c><c><v>5</v></c><c r="F1" s="0"/><c r="G1"></c>'), row(3, '<c r="B3" t="b"><v>1</v></c>')),
    ),
    expected: [{ name: "Data", values: [[1, 2, null, 4, 5], [], [null, true]], merges: [] }],
  },
];

describe("readGrids and readXlsx on hand-written workbooks", () => {
  test.each(CASES.map((c) => [c.label, c]))("%s", async (_label, c) => {
    const bytes = await handBuilt(c.book);
    expect(await readGrids(bytes)).toEqual(c.expected);
    expect((await readXlsx(bytes)).grids).toEqual(c.expected);
  });

  test("a merge over the whole sheet empties only the cells there are", async () => {
    const bytes = await handBuilt(sheet1(data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'), row(2, '<c r="A2"><v>3</v></c>')) + '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [[1]], merges: [{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }] }]);
  });

  test("stored (uncompressed) entries read the same as deflated ones", async () => {
    const c = CASES[3];
    const stored = await handBuilt({ ...c.book, compression: "STORE" });
    expect(await readGrids(stored)).toEqual(c.expected);
  });
});

describe("readGrids where ExcelJS reads nothing or loses data", () => {
  test("every element with a namespace prefix (<x:c>, as some .NET writers write)", async () => {
    const bytes = await zipOfParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:workbookPr/><x:sheets><x:sheet name="Capaian" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `<p:Relationships xmlns:p="${PKG_REL}"><p:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><p:Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><p:Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></p:Relationships>`,
      "xl/sharedStrings.xml": `<x:sst xmlns:x="${MAIN}"><x:si><x:t>Indikator</x:t></x:si></x:sst>`,
      "xl/styles.xml": `<x:styleSheet xmlns:x="${MAIN}"><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="10"/></x:cellXfs></x:styleSheet>`,
      "xl/worksheets/sheet1.xml":
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0.75</x:v></x:c>` +
        `<x:c r="C1"><x:f>B1*2</x:f><x:v>1.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A2:B2"/></x:mergeCells></x:worksheet>`,
    });
    expect(await readGrids(bytes)).toEqual([
      {
        name: "Capaian",
        values: [["Indikator", 0.75, 1.5]],
        formats: [[null, "0.00%"]],
        formulas: [[null, null, "=B1*2"]],
        merges: [{ top: 1, left: 0, bottom: 1, right: 1 }],
      },
    ]);
  });

  test("rows without r follow the previous row (ExcelJS drops them)", async () => {
    const bytes = await handBuilt(sheet1(data('<row><c><v>1</v></c></row><row r="3"><c><v>3</v></c></row><row><c><v>4</v></c><c t="inlineStr"><is><t>x</t></is></c></row>')));
    expect((await readGrids(bytes))[0].values).toEqual([[1], [], [3], [4, "x"]]);
  });

  test("an inline string's phonetic reading is not part of its text (ExcelJS appends it)", async () => {
    const bytes = await handBuilt(sheet1(data(row(1, '<c r="A1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>'))));
    expect((await readGrids(bytes))[0].values).toEqual([["漢字"]]);
  });

  test("CDATA sections are text", async () => {
    const bytes = await handBuilt(sheet1(data(row(1, '<c r="A1" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c>'))));
    expect((await readGrids(bytes))[0].values).toEqual([["a < b & c"]]);
  });

  test("a formula's text, boolean or error result in a date-formatted cell stays what it is", async () => {
    const bytes = await handBuilt(
      sheet1(data(row(1, '<c r="A1" s="1" t="str"><f>TEXT(B1,"yyyy")</f><v>2025</v></c><c r="B1" s="1" t="b"><f>TRUE()</f><v>1</v></c><c r="C1" s="1" t="e"><f>NA()</f><v>#N/A</v></c>')), {
        styles: [0, 14],
      }),
    );
    expect((await readGrids(bytes))[0].values).toEqual([["2025", true, "#N/A"]]);
  });

  test("a worksheet part with any name (ExcelJS reads only xl/worksheets/sheetN.xml)", async () => {
    const bytes = await handBuilt({ sheets: [{ name: "Data", target: "worksheets/data-kinerja.xml", body: data(row(1, '<c r="A1"><v>1</v></c>')) }] });
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [[1]], merges: [] }]);
  });
});

describe("readGrids refuses a damaged part it would otherwise read", () => {
  /** The offset of an entry's data in a zip of stored entries. */
  function dataOffset(zip: Uint8Array, name: string): number {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const encoded = new TextEncoder().encode(name);
    for (let p = 0; p + 30 < zip.length; p++) {
      if (view.getUint32(p, true) !== 0x04034b50 || view.getUint16(p + 26, true) !== encoded.length) continue;
      if (encoded.every((b, i) => zip[p + 30 + i] === b)) return p + 30 + encoded.length + view.getUint16(p + 28, true);
    }
    throw new Error(`${name} not found`);
  }

  test("a changed byte in a stored sheet (only its CRC-32 tells)", async () => {
    const bytes = await handBuilt({ ...sheet1(data(row(1, '<c r="A1"><v>123</v></c>'))), compression: "STORE" });
    const at = dataOffset(bytes, "xl/worksheets/sheet1.xml");
    const text = new TextDecoder().decode(bytes.subarray(at, at + 400));
    bytes[at + text.indexOf("123")] = "7".charCodeAt(0);
    await expect(readGrids(bytes)).rejects.toThrow(UnusableInputError);
    await expect(readGrids(bytes)).rejects.toThrow(/^Berkas \.xlsx rusak dan tidak dapat dibaca \(xl\/worksheets\/sheet1\.xml: CRC tidak cocok\): berkas masukan$/);
  });

  test.each(["STORE", "DEFLATE"] as const)("a part larger than its directory entry says (a zip bomb's trick), %s", async (compression) => {
    const bytes = await handBuilt({ ...sheet1(data(row(1, '<c r="A1"><v>1</v></c>'))), compression });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    for (let p = bytes.length - 46; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50 && name.every((b, i) => bytes[p + 46 + i] === b)) view.setUint32(p + 24, 10, true);
    }
    await expect(readGrids(bytes)).rejects.toThrow(/rusak dan tidak dapat dibaca \(xl\/worksheets\/sheet1\.xml lebih besar dari yang tercatat\)/);
  });

  test("deflated data that does not inflate", async () => {
    const bytes = await handBuilt(sheet1(data(row(1, '<c r="A1"><v>1</v></c>'))));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    for (let p = 0; p + 30 < bytes.length; p++) {
      if (view.getUint32(p, true) === 0x04034b50 && name.every((b, i) => bytes[p + 30 + i] === b)) {
        bytes[p + 30 + name.length + view.getUint16(p + 28, true)] = 0xff; // an invalid block type
      }
    }
    await expect(readGrids(bytes)).rejects.toThrow(/rusak dan tidak dapat dibaca \(xl\/worksheets\/sheet1\.xml: data terkompresi rusak \(.+\)\): berkas masukan$/);
  });

  test.each([
    ["an unclosed element", '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'],
    ["mismatched tags", '<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>'],
    ["a stray <", "<sheetData><<row/></sheetData>"],
    ["a row past Excel's last", '<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>'],
    ["a column past Excel's last", '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'],
  ])("malformed XML: %s", async (_label, body) => {
    await expect(readGrids(await handBuilt(sheet1(body)))).rejects.toThrow(/^Berkas \.xlsx rusak dan tidak dapat dibaca \(.+\): berkas masukan$/);
  });
});
