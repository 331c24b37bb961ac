// The fast reader on what Excel, WPS, Google Sheets and LibreOffice put in a workbook that
// ExcelJS's own writer never does: chart, dialog and macro sheets, shared formulas out of order,
// array and data-table formulas, dynamic-array and rich-value cells, phonetic runs, built-in and
// locale number formats, absolute relationship targets. Where ExcelJS reads the case both readers
// must give the expected grid (check and summarize read one file alike); where ExcelJS is wrong
// or refuses a file Excel opens, the fast reader's reading is asserted and the comment says why.
import fc from "fast-check";
import { readGrids, readXlsx } from "../../src/xlsx";
import { isoDateSerial, serial } from "../../src/xlsx/dates";
import type { Grid } from "../../src/workbook/grid";
import { handBuilt, zipOfParts, MAIN, REL, PKG_REL, type HandBook } from "./hand-built";

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]) => `<sheetData>${rows.join("")}</sheetData>`;
const sheet1 = (body: string, more: Partial<HandBook> = {}): HandBook => ({ sheets: [{ name: "Data", body }], ...more });
const one = (value: number) => data(row(1, `<c r="A1"><v>${value}</v></c>`));
/** One cell per style, A1, B1, …, all holding `value`. */
const styled = (count: number, value: number) => data(row(1, Array.from({ length: count }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>${value}</v></c>`).join("")));

interface Case {
  label: string;
  book: HandBook;
  expected: Grid[];
}

const AGREED: Case[] = [
  {
    label: "chart, dialog and macro sheets between worksheets; an .xlsm's content type and VBA project",
    book: {
      sheets: [
        { name: "Grafik", target: "chartsheets/sheet1.xml", root: "chartsheet", body: '<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/>' },
        { name: "Kinerja", body: one(1) },
        { name: "Dialog1", target: "dialogsheets/sheet1.xml", root: "dialogsheet", body: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' },
        { name: "Makro1", target: "macrosheets/sheet1.xml", root: "macrosheet", body: one(5) },
        { name: "Anggaran", body: one(2) },
      ],
      workbookContentType: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      workbookRels: '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
      parts: { "xl/vbaProject.bin": "bukan OLE sungguhan" },
    },
    expected: [
      { name: "Kinerja", values: [[1]], merges: [] },
      { name: "Anggaran", values: [[2]], merges: [] },
    ],
  },
  {
    label: "shared formulas: a child before its master, rows out of order, an si reused by a later group",
    book: sheet1(
      data(
        row(2, '<c r="A2"><v>2</v></c><c r="B2"><f t="shared" ref="B1:B3" si="0">A2*2</f><v>4</v></c>'),
        row(1, '<c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c>'),
        row(3, '<c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c>'),
        row(4, '<c r="A4"><f t="shared" ref="A4:B4" si="0">ROW()+C4</f><v>4</v></c><c r="B4"><f t="shared" si="0"/><v>4</v></c>'),
      ),
    ),
    expected: [
      {
        name: "Data",
        values: [[1, 2], [2, 4], [3, 6], [4, 4]],
        // The child above its master (B1) gets no text in either reader: Excel never writes one.
        formulas: [[null, "=A1*2"], [null, "=A2*2"], [null, "=A3*2"], ["=ROW()+C4", "=ROW()+D4"]],
        merges: [],
      },
    ],
  },
  {
    label: "array (aca), data-table and volatile (ca) formulas; a dynamic array (cm) and a rich value (vm)",
    book: sheet1(
      data(
        row(
          1,
          '<c r="A1"><v>1</v></c><c r="B1"><f t="array" ref="B1:B2" aca="1">A1:A2*2</f><v>2</v></c><c r="C1"><f ca="1">NOW()</f><v>45000.5</v></c>' +
            '<c r="D1" cm="1"><f t="array" ref="D1:D2">_xlfn.SEQUENCE(2)</f><v>1</v></c><c r="E1" t="e" vm="1"><v>#VALUE!</v></c>',
        ),
        row(2, '<c r="A2"><v>2</v></c><c r="B2"><v>4</v></c><c r="C2"><f t="dataTable" ref="C2:C3" dt2D="0" dtr="0" r1="A1"/><v>7</v></c><c r="D2"><v>2</v></c>'),
        row(3, '<c r="C3"><v>8</v></c>'),
      ),
    ),
    expected: [
      {
        name: "Data",
        values: [[1, 2, 45000.5, 1, "#VALUE!"], [2, 4, 7, 2], [null, null, 8]],
        formulas: [[null, "=A1:A2*2", "=NOW()", "=_xlfn.SEQUENCE(2)"]],
        merges: [],
      },
    ],
  },
  {
    label: 't="str" without <v> or with an empty one, explicit t="n", an empty <v/> of every type',
    book: sheet1(
      data(
        row(1, '<c r="A1" t="str"><f>""</f></c><c r="B1" t="str"><f aca="false">A1</f><v></v></c><c r="C1" t="n"><v>3.5</v></c><c r="D1" t="n" s="0"><v>6.0</v></c>'),
        row(2, '<c r="A2"><v/></c><c r="B2" t="s"><v/></c><c r="C2" t="b"><v/></c><c r="D2" t="e"><v/></c><c r="E2" t="str"><v/></c><c r="F2" t="n"/>'),
      ),
    ),
    expected: [{ name: "Data", values: [[null, null, 3.5, 6]], formulas: [['=""', "=A1"]], merges: [] }],
  },
  {
    label: "shared strings: runs with phonetic runs, preserved spaces, _x000D_ and &#10;, an escaped _x, characters outside the BMP, CRLF",
    book: sheet1(data(row(1, [0, 1, 2, 3, 4, 5].map((i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${i}</v></c>`).join(""))), {
      sharedStrings: [
        '<r><rPr><b/></rPr><t>漢</t></r><r><t>字</t></r><rPh sb="0" eb="1"><t>かん</t></rPh><rPh sb="1" eb="2"><t>じ</t></rPh><phoneticPr fontId="1"/>',
        '<t xml:space="preserve">  Capaian  </t>',
        "<t>baris 1_x000D_&#10;baris 2_x000A_kolom_x0009_x</t>",
        "<t>_x005F_x000D_ tertulis</t>",
        "<t>😀 𝔘 &#x1F600;</t>",
        "<t>satu\r\ndua</t>",
      ],
    }),
    expected: [{ name: "Data", values: [["漢字", "  Capaian  ", "baris 1\r\nbaris 2\nkolom\tx", "_x000D_ tertulis", "😀 𝔘 😀", "satu\ndua"]], merges: [] }],
  },
  {
    label: "number formats: dates 14/22, locale built-ins ExcelJS does not know (none), custom ids ≥ 164, a built-in id redefined",
    book: sheet1(styled(11, 45000.25), {
      styles: [0, 14, 22, 5, 27, 57, 44, 165, 166, 9, 164],
      numFmts:
        '<numFmt numFmtId="164" formatCode="General"/><numFmt numFmtId="165" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/>' +
        '<numFmt numFmtId="166" formatCode="&quot;Rp&quot;\\ #,##0"/><numFmt numFmtId="9" formatCode="0.0%"/>',
    }),
    expected: [
      {
        name: "Data",
        values: [Array(11).fill(45000.25)],
        formats: [[null, "mm-dd-yy", 'm/d/yy "h":mm', null, null, null, null, "[$-421]dd mmmm yyyy;@", '"Rp" #,##0', "0.0%"]],
        merges: [],
      },
    ],
  },
  {
    label: 'cellXfs with applyNumberFormat="0" keep their numFmtId; a conditional format\'s <dxf> numFmt is no cell format',
    book: {
      sheets: [{ name: "Data", body: styled(3, 0.5) }],
      parts: {
        "xl/styles.xml":
          `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>` +
          `<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10" applyNumberFormat="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>` +
          `<dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="0.0"/></dxf></dxfs></styleSheet>`,
      },
    },
    expected: [{ name: "Data", values: [[0.5, 0.5, 0.5]], formats: [[null, "0.00%", "0.000"]], merges: [] }],
  },
  {
    label: "merges of a single cell (A1, B1:B1) and a reversed range",
    book: sheet1(
      data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'), row(2, '<c r="C2"><v>3</v></c><c r="D2"><v>4</v></c>'), row(3, '<c r="C3"><v>5</v></c>')) +
        '<mergeCells count="3"><mergeCell ref="B1:B1"/><mergeCell ref="A1"/><mergeCell ref="D3:C2"/></mergeCells>',
    ),
    expected: [
      {
        name: "Data",
        values: [[1, 2], [null, null, 3]],
        merges: [
          { top: 0, left: 0, bottom: 0, right: 0 },
          { top: 0, left: 1, bottom: 0, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 3 },
        ],
      },
    ],
  },
  {
    label: "a <dimension> over an empty <sheetData/>, a sheet of empty styled rows",
    book: {
      sheets: [
        { name: "Kosong", body: '<dimension ref="A1:C10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData/>' },
        { name: "Baris", body: data('<row r="1" spans="1:3" ht="15" x14ac:dyDescent="0.25" xmlns:x14ac="x"/>', '<row r="2" s="1" customFormat="1"><c r="A2" s="1"/></row>') },
      ],
      styles: [0, 10],
    },
    expected: [
      { name: "Kosong", values: [], merges: [] },
      { name: "Baris", values: [], merges: [] },
    ],
  },
  {
    label: "absolute relationship targets; sheet names with entities; hidden and veryHidden",
    book: {
      sheets: [
        { name: "Capaian &amp; Realisasi", target: "/xl/worksheets/sheet2.xml", body: one(1) },
        { name: "&lt;Rahasia&gt; &quot;TW&quot; I&apos;s", state: "veryHidden", target: "/xl/worksheets/sheet1.xml", body: one(2) },
        { name: "A&amp;amp;B", state: "hidden", body: one(3) },
      ],
    },
    expected: [
      { name: "Capaian & Realisasi", values: [[1]], merges: [] },
      { name: `<Rahasia> "TW" I's`, values: [[2]], merges: [], hidden: true },
      // ExcelJS decodes a sheet name's entities twice; the fast reader follows it.
      { name: "A&B", values: [[3]], merges: [], hidden: true },
    ],
  },
  {
    label: "Google Sheets: numbers as 6.0, __xludf.DUMMYFUNCTION, a date format 164",
    book: sheet1(
      data(
        row(
          1,
          '<c r="A1" s="1"><v>45000.0</v></c><c r="B1" t="str"><f>IFERROR(__xludf.DUMMYFUNCTION("GOOGLEFINANCE(""IDR"")"),"x")</f><v>x</v></c>' +
            '<c r="C1"><f>_xlfn.XLOOKUP(1,A1:A2,B1:B2)</f><v>1.0</v></c>',
        ),
      ),
      { styles: [0, 164], numFmts: '<numFmt numFmtId="164" formatCode="m/d/yyyy"/>' },
    ),
    expected: [
      {
        name: "Data",
        values: [[45000, "x", 1]],
        formats: [["m/d/yyyy"]],
        formulas: [[null, '=IFERROR(__xludf.DUMMYFUNCTION("GOOGLEFINANCE(""IDR"")"),"x")', "=_xlfn.XLOOKUP(1,A1:A2,B1:B2)"]],
        merges: [],
      },
    ],
  },
  {
    label: "pretty-printed XML (whitespace between every element)",
    book: sheet1(
      '\n  <sheetData>\n    <row r="1">\n      <c r="A1" t="s">\n        <v>1</v>\n      </c>\n      <c r="B1">\n        <f>1+1</f>\n        <v>2</v>\n      </c>\n' +
        '      <c r="C1" t="inlineStr">\n        <is>\n          <t>abc</t>\n        </is>\n      </c>\n    </row>\n  </sheetData>\n',
      { sharedStrings: ["\n  <t>x</t>\n", "\n  <r><t>a</t></r>\n  <r><t>b</t></r>\n"] },
    ),
    expected: [{ name: "Data", values: [["ab", 2, "abc"]], formulas: [[null, "=1+1"]], merges: [] }],
  },
];

describe("readGrids and readXlsx agree on workbooks other writers write", () => {
  test.each(AGREED.map((c) => [c.label, c]))("%s", async (_label, c) => {
    const bytes = await handBuilt(c.book);
    expect(await readGrids(bytes)).toEqual(c.expected);
    expect((await readXlsx(bytes)).grids).toEqual(c.expected);
  });
});

const wb = (sheets: string) => `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
const rels = (...r: [string, string, string][]) => `<Relationships xmlns="${PKG_REL}">${r.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
const worksheet = (body: string) => `<worksheet xmlns="${MAIN}">${body}</worksheet>`;

describe("readGrids where ExcelJS misreads or refuses a file Excel opens", () => {
  test.each([
    ["1900 date system", "", [45747, 45747, 45747.520833333336, 0.5, 59, 45747, "31/03/2025"]],
    ["1904 date system", 'date1904="1"', [44285, 44285, 44285.520833333336, 0.5, "1900-02-28", 44285, "31/03/2025"]],
  ])('t="d" cells hold ISO 8601 dates, as Excel writes them in Strict Open XML (ExcelJS reads the year: 2025), %s', async (_label, workbookPr, values) => {
    const bytes = await handBuilt(
      sheet1(
        data(
          row(
            1,
            '<c r="A1" t="d"><v>2025-03-31</v></c><c r="B1" t="d" s="1"><v>2025-03-31T00:00:00</v></c><c r="C1" t="d"><v>2025-03-31T12:30:00.000Z</v></c>' +
              '<c r="D1" t="d" s="2"><v>12:00:00</v></c><c r="E1" t="d"><v>1900-02-28</v></c><c r="F1" t="d"><f>TODAY()</f><v>2025-03-31</v></c><c r="G1" t="d"><v>31/03/2025</v></c>',
          ),
        ),
        { styles: [0, 14, 20], workbookPr },
      ),
    );
    const date = "yyyy-mm-dd";
    // A date the date system cannot hold, or text that is no date, stays the text it is.
    const formats = values.map((v, i) => (i === 1 ? "mm-dd-yy" : i === 3 ? "h:mm" : typeof v === "number" ? date : null));
    while (formats[formats.length - 1] === null) formats.pop();
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [values], formats: [formats], formulas: [[null, null, null, null, null, "=TODAY()"]], merges: [] }]);
  });

  test("an ISO date reads as the serial ExcelJS gives the same moment stored as a number", () => {
    const moment = fc.date({ min: new Date(Date.UTC(1904, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)), noInvalidDate: true });
    fc.assert(
      fc.property(moment, fc.boolean(), (d, date1904) => {
        expect(isoDateSerial(d.toISOString(), date1904)).toBe(serial(d, date1904));
        expect(isoDateSerial(d.toISOString().replace("Z", ""), date1904)).toBe(serial(d, date1904));
      }),
    );
    expect(isoDateSerial("1900-01-01", false)).toBe(1);
    expect(isoDateSerial("1900-03-01", false)).toBe(61);
    expect(isoDateSerial("2025-02-30", false)).toBeNull();
    expect(isoDateSerial("2025", false)).toBeNull();
    expect(isoDateSerial("", false)).toBeNull();
  });

  // Overlapping merges are damage: Excel repairs the file, ExcelJS refuses it ("Cannot merge
  // already merged cells"). The fast reader keeps each cell in one merge: the first in reading order.
  test.each([
    ["a later merge inside an earlier one", '<mergeCell ref="A1:B2"/><mergeCell ref="B1:C1"/>'],
    ["an earlier merge that starts inside a later one", '<mergeCell ref="B2:C2"/><mergeCell ref="A1:B2"/>'],
    ["the same range twice", '<mergeCell ref="A1:B2"/><mergeCell ref="A1:B2"/>'],
  ])("overlapping merges: %s", async (_label, merges) => {
    const cells = data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>'), row(2, '<c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c>'));
    const bytes = await handBuilt(sheet1(`${cells}<mergeCells>${merges}</mergeCells>`));
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [[1, null, 3], [null, null, 6]], merges: [{ top: 0, left: 0, bottom: 1, right: 1 }] }]);
  });

  test("merges of one top-left cell: the first wins", async () => {
    const bytes = await handBuilt(sheet1(data(row(1, '<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>')) + '<mergeCells><mergeCell ref="A1:C1"/><mergeCell ref="A1:B1"/></mergeCells>'));
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [[1]], merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] }]);
  });

  test("part names in another case than the relationships give (ExcelJS reads no sheet)", async () => {
    const bytes = await zipOfParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": wb(`<sheet name="Satu" sheetId="1" r:id="rId1"/><sheet name="Dua" sheetId="2" r:id="rId2"/>`),
      "xl/_rels/workbook.xml.rels": rels(["rId1", "worksheet", "/XL/worksheets/sheet1.xml"], ["rId2", "worksheet", "Worksheets/Sheet2.xml"], ["rId3", "sharedStrings", "sharedStrings.xml"]),
      "xl/worksheets/sheet1.xml": worksheet(one(1)),
      "xl/worksheets/sheet2.xml": worksheet(data(row(1, '<c r="A1" t="s"><v>0</v></c>'))),
      "xl/SharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>Teks</t></si></sst>`,
    });
    expect(await readGrids(bytes)).toEqual([
      { name: "Satu", values: [[1]], merges: [] },
      { name: "Dua", values: [["Teks"]], merges: [] },
    ]);
  });

  test("shared strings and styles where the workbook's relationships say, under other names (ExcelJS reads the string's index)", async () => {
    const bytes = await zipOfParts({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": wb(`<sheet name="Data" sheetId="1" r:id="rId1"/>`),
      "xl/_rels/workbook.xml.rels": rels(["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "sharedStrings", "/xl/strings/sst1.xml"], ["rId3", "styles", "gaya.xml"]),
      "xl/worksheets/sheet1.xml": worksheet(data(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.5</v></c>'))),
      "xl/strings/sst1.xml": `<sst xmlns="${MAIN}"><si><t>Teks</t></si></sst>`,
      "xl/gaya.xml": `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
    });
    expect(await readGrids(bytes)).toEqual([{ name: "Data", values: [["Teks", 0.5]], formats: [[null, "0.00%"]], merges: [] }]);
  });
});
