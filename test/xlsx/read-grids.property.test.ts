// Property: whatever ExcelJS writes, the fast reader reads as ExcelJS reads it. Random sheets of
// numbers (any double), texts (any characters, XML's special ones and Excel's _xHHHH_ escapes
// among them), booleans, errors, dates, formulas with cached results of each type, shared
// formulas, rich text, hyperlinks, number formats, merges, hidden sheets, both date systems,
// with and without shared strings.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readGrids, readXlsx } from "../../src/xlsx";
import { isExcelJsDateFormat } from "../../src/xlsx/dates";

const PIECES = ["&", "<", ">", '"', "'", "&amp;", "&lt;", "_x000D_", "_x0041_", " ", "\n", "\r\n", "\t", "Rp 4.327.073.000", "75,5%", "=A1", "Капітал", "漢字", "😀"];
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((p) => p.join("")));
const ERRORS = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"] as const;
const error = fc.constantFrom(...ERRORS).map((e) => ({ error: e }));
const number = fc.oneof(fc.double(), fc.integer({ min: -1e9, max: 1e12 }), fc.double({ min: 0, max: 1, noNaN: true }));
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
const FORMULAS = ["A1+1", "SUM(A1:B2)", "SAKIP.CAPAIAN(E5,D5)", 'IF(A1>0,"ya & tidak","<kosong>")', "Data!A1*2", "$A$1/B2"];
const result = fc.oneof(number, text, fc.boolean(), error, fc.constant(undefined));
const FORMATS = [undefined, "0.00%", "#,##0", '"Rp" #,##0', "0.0", "@", "dd/mm/yyyy", "d mmmm yyyy", "[$Rp-421] #,##0", '0 "Layanan"'];
const format = fc.oneof(fc.constantFrom(...FORMATS), fc.string({ maxLength: 6 }));

type Content = ExcelJS.CellValue;
const content: fc.Arbitrary<Content> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: error },
  { weight: 1, arbitrary: date },
  { weight: 2, arbitrary: fc.record({ formula: fc.constantFrom(...FORMULAS), result }) as fc.Arbitrary<Content> },
  { weight: 1, arbitrary: fc.array(fc.record({ text, font: fc.option(fc.record({ bold: fc.boolean() }), { nil: undefined }) }), { minLength: 1, maxLength: 3 }).map((richText) => ({ richText })) as fc.Arbitrary<Content> },
  { weight: 1, arbitrary: fc.record({ text, hyperlink: fc.constantFrom("https://example.org/pk", "mailto:sakip@example.org") }) },
);

/**
 * The one place the readers part on purpose: ExcelJS turns a formula's non-numeric result in a
 * date-formatted cell into a date (NaN or a wrong number); the fast reader keeps it (see
 * read-grids-cases.test.ts). Such cells are left out here.
 */
function agreedOn(value: Content, fmt: string | undefined): boolean {
  if (!isExcelJsDateFormat(fmt ?? null) || value === null || typeof value !== "object" || !("formula" in value)) return true;
  return typeof value.result === "number" || value.result === undefined;
}

const cell = fc.tuple(content, format).filter(([v, f]) => agreedOn(v, f));

const sheet = fc.record({
  name: fc.stringMatching(/^[A-Za-z0-9 &<>.,()-]{1,20}$/).filter((n) => !n.startsWith(" ") && n.trim() === n && n !== "History"),
  rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  state: fc.constantFrom("visible", "hidden", "veryHidden") as fc.Arbitrary<ExcelJS.WorksheetState>,
  /** Rows that get a merge from column A over `span` columns. */
  merges: fc.array(fc.tuple(fc.nat(8), fc.integer({ min: 1, max: 4 })), { maxLength: 3 }),
  /** A shared formula down column H: master in row 1, copies below. */
  shared: fc.integer({ min: 0, max: 4 }),
});

const workbook = fc.record({
  sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }).map((sheets) => sheets.map((s, i) => ({ ...s, name: `${i}${s.name}`.slice(0, 31) }))),
  date1904: fc.boolean(),
  sharedStrings: fc.boolean(),
});

async function write(book: typeof workbook extends fc.Arbitrary<infer T> ? T : never): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = book.date1904;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state });
    s.rows.forEach((cells, r) =>
      cells.forEach(([value, fmt], c) => {
        const target = ws.getCell(r + 1, c + 1);
        target.value = value;
        if (fmt !== undefined) target.numFmt = fmt;
      }),
    );
    const mergedRows = new Set<number>();
    for (const [r, span] of s.merges) {
      if (mergedRows.has(r)) continue;
      mergedRows.add(r);
      ws.mergeCells(r + 1, 1, r + 1, span + 1);
    }
    if (s.shared > 0) {
      ws.getCell(1, 8).value = { formula: "A1*2+$B$1", result: 1, shareType: "shared", ref: `H1:H${s.shared + 1}` } as ExcelJS.CellValue;
      for (let r = 2; r <= s.shared + 1; r++) ws.getCell(r, 8).value = { sharedFormula: "H1", result: r } as ExcelJS.CellValue;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer({ useSharedStrings: book.sharedStrings } as ExcelJS.XlsxWriteOptions));
}

describe("readGrids reads what ExcelJS wrote as ExcelJS reads it", () => {
  it("on random sheets", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (book) => {
        const bytes = await write(book);
        expect(await readGrids(bytes)).toEqual((await readXlsx(bytes)).grids);
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
