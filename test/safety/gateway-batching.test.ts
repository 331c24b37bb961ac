// The Office.js gateway sends fewer calls for big plans (src/excel/write-sheet.ts,
// style-areas.ts): links are HYPERLINK formulas among the cells, stacked link cells get their
// font per column run, and each style property value is set once over all the rectangles
// that end up with it. None of that may change what a cell ends up looking like: every cell
// is checked against the plan, applied one range at a time in plan order.
import { applyPlans } from "../../src/excel";
import type { CellStyle, PlanCell, SheetPlan } from "../../src/workbook/grid";
import { parseRange } from "../../src/excel/ranges";
import { createFakeExcel } from "../fake-excel";

const LINK = { sheet: "Capaian 2025", cell: "D5" };
const link = (v: string): PlanCell => ({ v, link: LINK });

/** Rows 1–10 of column A and B; links in B on rows 2–4, 6 and 7, and one in A9. */
const rows: (PlanCell | null)[][] = Array.from({ length: 10 }, (_, r) => [
  r === 8 ? link(`a${r + 1}`) : { v: `a${r + 1}` },
  [1, 2, 3, 5, 6].includes(r) ? link(`b${r + 1}`) : { v: `b${r + 1}` },
]);

const styles: { range: string; style: CellStyle }[] = [
  { range: "A1:B1", style: { bold: true } },
  { range: "A2:B2", style: { bold: true } },
  { range: "A3:B3", style: { bold: true } },
  { range: "A4:B4", style: { italic: true } },
  { range: "A5:B5", style: { bold: true } },
  { range: "A6:A6", style: { bold: true } }, // other columns: not joined with A5:B5
  { range: "A7:B7", style: { border: true, wrap: true } },
  { range: "A8:B8", style: { border: true, wrap: true } },
  { range: "B8:B9", style: { color: "#C00000" } }, // overrides the link colour of B… and of nothing else
  { range: "A9:B9", style: { border: true, wrap: true } }, // not joined across the override above
];

/** What each cell must look like: the plan's styles applied range by range, in order. */
function expected(): Map<string, CellStyle & { link: boolean }> {
  const out = new Map<string, CellStyle & { link: boolean }>();
  rows.forEach((row, r) => row.forEach((c, col) => out.set(`${r},${col}`, { link: c?.link !== undefined })));
  for (const { range, style } of styles) {
    const box = parseRange(range);
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) Object.assign(out.get(`${r},${c}`) as object, style);
  }
  return out;
}

it("styles and links each cell exactly as the plan says, range by range", async () => {
  const plan: SheetPlan = { name: "SAKIP Narasi", kind: "output", rows, styles };
  const fake = createFakeExcel([{ name: "Capaian 2025", values: [["x"]], merges: [] }]);
  await fake.run((context) => applyPlans(context, [plan], { replaceInputs: false, existing: ["Capaian 2025"] }));
  const sheet = fake.sheet("SAKIP Narasi");
  for (const [key, want] of expected()) {
    const [r, c] = key.split(",").map(Number);
    const address = `${"AB"[c]}${r + 1}`;
    const cell = sheet.cell(address);
    const color = want.color ?? (want.link ? "#0563C1" : undefined);
    expect({ address, bold: cell.format.bold, italic: cell.format.italic, wrap: cell.format.wrapText, color: cell.format.color, underline: cell.format.underline, link: cell.formula?.startsWith(`=HYPERLINK("#'Capaian 2025'!D5",`) }).toEqual({
      address,
      bold: want.bold,
      italic: want.italic,
      wrap: want.wrap,
      color,
      underline: want.link ? "Single" : undefined,
      link: want.link ? true : undefined,
    });
    expect({ address, borders: Object.keys(cell.format.borders).length > 0 }).toEqual({ address, borders: want.border === true });
  }
});
