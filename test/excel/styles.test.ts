// Styles through Office.js are set property value by property value over many rectangles
// (src/excel/style-areas.ts), and big plans go in as few syncs as Excel's 5 MB payload
// limit allows (DESIGN §6: 3 syncs plus one per 5 MB of payload).
import fc from "fast-check";
import { applyPlans, readGrids } from "../../src/excel";
import type { CellStyle, PlanCell, SheetPlan } from "../../src/workbook/grid";
import { a1 } from "../../src/workbook/a1";
import { allowedSyncs, createFakeExcel, WEB_PAYLOAD_LIMIT, type FakeCell } from "../fake-excel";
import { capaianGrid } from "./workbooks";

const ROWS = 8;
const COLS = 5;
const LINK = { sheet: "Capaian 2023", cell: "F3" };

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    size: fc.constantFrom(10, 12, 14),
    color: fc.constantFrom("#C00000", "#FFFFFF"),
    fill: fc.constantFrom("#FFF2CC", "#1F4E79"),
    wrap: fc.boolean(),
    align: fc.constantFrom("left" as const, "center" as const, "right" as const),
    valign: fc.constantFrom("top" as const, "middle" as const, "bottom" as const),
    border: fc.boolean(),
  },
  { requiredKeys: [] },
);
const entry = fc
  .tuple(fc.nat({ max: ROWS - 1 }), fc.nat({ max: ROWS - 1 }), fc.nat({ max: COLS - 1 }), fc.nat({ max: COLS - 1 }), style)
  .map(([r1, r2, c1, c2, s]) => ({ range: `${a1(Math.min(r1, r2), Math.min(c1, c2))}:${a1(Math.max(r1, r2), Math.max(c1, c2))}`, style: s }));

/** What each cell must look like: links' font first, then the styles range by range, in order. */
function expected(plan: SheetPlan, row: number, col: number) {
  const want: Record<string, unknown> = plan.rows[row]?.[col]?.link ? { color: "#0563C1", underline: "Single" } : {};
  for (const { range, style: s } of plan.styles ?? []) {
    const [from, to] = range.split(":");
    const inside = (a: string, b: string, cell: string) => a <= cell && cell <= b;
    const f = { r: Number(from.slice(1)) - 1, c: from.charCodeAt(0) - 65 };
    const t = { r: Number(to.slice(1)) - 1, c: to.charCodeAt(0) - 65 };
    if (!(inside(String(f.r).padStart(2), String(t.r).padStart(2), String(row).padStart(2)) && col >= f.c && col <= t.c)) continue;
    const { border, align, valign, ...rest } = s;
    Object.assign(want, rest);
    if (align) want.align = align;
    if (valign) want.valign = valign;
    if (border) want.border = true;
  }
  return want;
}

/** A fake cell's format in the plan's words; false and absent are the same for a new sheet. */
function seen(cell: FakeCell) {
  const f = cell.format;
  const out: Record<string, unknown> = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.wrapText) out.wrap = true;
  if (f.size !== undefined) out.size = f.size;
  if (f.color !== undefined) out.color = f.color;
  if (f.fill !== undefined) out.fill = f.fill;
  if (f.underline !== undefined) out.underline = f.underline;
  if (f.horizontalAlignment) out.align = f.horizontalAlignment.toLowerCase();
  if (f.verticalAlignment) out.valign = f.verticalAlignment === "Center" ? "middle" : f.verticalAlignment.toLowerCase();
  const sides = Object.keys(f.borders).sort().join();
  if (sides !== "") out.border = sides === "bottom,left,right,top" ? true : sides;
  return out;
}

function normalise(want: Record<string, unknown>) {
  const out = { ...want };
  for (const k of ["bold", "italic", "wrap"]) if (out[k] === false) delete out[k];
  return out;
}

describe("styles through Office.js", () => {
  test("every cell ends up as the plan's styles applied range by range, in order (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 14 }), fc.array(fc.tuple(fc.nat({ max: ROWS - 1 }), fc.nat({ max: COLS - 1 })), { maxLength: 8 }), fc.boolean(), async (styles, links, replace) => {
        const rows: PlanCell[][] = Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLS }, (_, c) => ({ v: `${r},${c}` })));
        for (const [r, c] of links) rows[r][c] = { ...rows[r][c], link: LINK };
        const plan: SheetPlan = { name: "SAKIP Narasi", kind: "output", rows, styles };
        const old = { name: "SAKIP Narasi", values: [["lama"]], merges: [] };
        const fake = createFakeExcel(replace ? [capaianGrid(), old] : [capaianGrid()]);
        await applyPlans(fake.context, [plan], { replaceInputs: false, existing: replace ? ["Capaian 2023", "SAKIP Narasi"] : ["Capaian 2023"] });
        const sheet = fake.sheet("SAKIP Narasi");
        for (let r = 0; r < ROWS; r++) {
          for (let c = 0; c < COLS; c++) expect({ cell: a1(r, c), ...seen(sheet.cell(a1(r, c))) }).toEqual({ cell: a1(r, c), ...normalise(expected(plan, r, c)) });
        }
      }),
      { numRuns: 150 },
    );
  });

  test("a narrative of many small ranges costs a few calls per property value, not per range", async () => {
    // 2 000 sections of 6 rows: a bold heading, five bordered rows, the middle column filled.
    const styles: SheetPlan["styles"] = [];
    for (let s = 0; s < 2000; s++) {
      const top = s * 6 + 1;
      styles.push({ range: `A${top}:E${top}`, style: { bold: true, wrap: true, valign: "top" } });
      for (let r = top + 1; r <= top + 5; r++) {
        styles.push({ range: `A${r}:E${r}`, style: { wrap: true, valign: "top", border: true } });
        if (r > top + 2) styles.push({ range: `C${r}`, style: { wrap: true, valign: "top", border: true, fill: "#FFF2CC" } });
      }
    }
    const rows: PlanCell[][] = Array.from({ length: 12_000 }, (_, r) => [{ v: `baris ${r + 1}` }]);
    const fake = createFakeExcel([capaianGrid()]);
    await applyPlans(fake.context, [{ name: "SAKIP Narasi", kind: "output", rows, styles }], { replaceInputs: false, existing: ["Capaian 2023"] });
    expect(styles.length).toBe(18_000);
    // The rectangles' addresses dominate: well under 150 bytes per style entry.
    expect(fake.payload().request).toBeLessThan(18_000 * 40);
    expect(fake.syncCount()).toBe(1);
    const s = fake.sheet("SAKIP Narasi");
    expect(seen(s.cell("C10"))).toEqual({ wrap: true, valign: "top", border: true, fill: "#FFF2CC" });
    expect(seen(s.cell("C9"))).toEqual({ wrap: true, valign: "top", border: true });
    expect(seen(s.cell("B7"))).toEqual({ bold: true, wrap: true, valign: "top" });
  });
});

describe("syncs of a big plan (DESIGN §6)", () => {
  /** 100 000 rows with a link each, 50 000 style entries, 2 000 merges. */
  function bigPlan(): SheetPlan {
    const rows: PlanCell[][] = Array.from({ length: 100_000 }, (_, r) => [
      { v: r + 1 },
      { v: `Tabel 3.1 baris ${r + 1} (A${r + 6})`, link: { sheet: "Capaian 2023", cell: `F${(r % 5) + 1}` } },
      { v: `=teks pengguna ${r}` },
      { f: `=A${r + 1}*2`, v: (r + 1) * 2, fmt: "0.00" },
    ]);
    const styles: SheetPlan["styles"] = [];
    for (let r = 1; r <= 100_000 && styles.length < 50_000; r += 2) {
      styles.push({ range: `A${r}:D${r}`, style: { border: true, wrap: true, valign: "top" } });
      if (r % 4 === 1) styles.push({ range: `C${r}`, style: { fill: "#FFF2CC", border: true } });
    }
    const merges = Array.from({ length: 2000 }, (_, k) => `E${k * 50 + 1}:F${k * 50 + 1}`);
    return { name: "SAKIP Narasi", kind: "output", rows, styles, merges };
  }

  test("read and written within 3 syncs plus one per 5 MB of payload; the estimate bounds every request", async () => {
    const plan = bigPlan();
    expect(plan.styles).toHaveLength(50_000);
    const fake = createFakeExcel([capaianGrid()]);
    const sheets = await readGrids(fake.context);
    await applyPlans(fake.context, [plan], { replaceInputs: false, existing: sheets.map((g) => g.name) });
    const { request, response } = fake.payload();
    expect(request).toBeGreaterThan(2 * WEB_PAYLOAD_LIMIT);
    expect(fake.syncCount()).toBeLessThanOrEqual(allowedSyncs(request + response));
    const s = fake.sheet("SAKIP Narasi");
    expect(s.cell("B99999")).toMatchObject({ formula: `=HYPERLINK("#'Capaian 2023'!F4","Tabel 3.1 baris 99999 (A100004)")`, value: "Tabel 3.1 baris 99999 (A100004)" });
    expect(s.cell("C7")).toMatchObject({ value: "=teks pengguna 6", formula: null, quotePrefix: true });
    expect(s.merges).toHaveLength(2000);

    // With the budget at Excel's very limit no request is refused: the estimate is an upper
    // bound of what the fake measures; and it is tight: each request is filled to over 90 %.
    const edge = createFakeExcel([capaianGrid()]);
    await applyPlans(edge.context, [plan], { replaceInputs: false, existing: ["Capaian 2023"], requestBudget: WEB_PAYLOAD_LIMIT });
    const sent = edge.payload().request;
    expect(edge.syncCount()).toBe(Math.ceil(sent / (0.9 * WEB_PAYLOAD_LIMIT)));
  });
});
