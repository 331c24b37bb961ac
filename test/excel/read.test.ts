import fc from "fast-check";
import { readGrids } from "../../src/excel";
import type { Grid } from "../../src/workbook/grid";
import { createFakeExcel } from "../fake-excel";
import { anggaranGrid, capaianGrid, content } from "./workbooks";

describe("readGrids", () => {
  test("two syncs for a 20-sheet workbook; every sheet read as it is", async () => {
    const grids: Grid[] = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? capaianGrid(`Capaian ${2004 + i}`) : anggaranGrid(`Anggaran ${2004 + i}`)));
    grids[7].hidden = true;
    const fake = createFakeExcel(grids);
    const read = await readGrids(fake.context);
    expect(fake.syncCount()).toBe(2);
    expect(read.map(content)).toEqual(grids.map(content));
  });

  test("values start at A1 even when the used range starts at C3", async () => {
    const fake = createFakeExcel([anggaranGrid()]);
    const [g] = await readGrids(fake.context);
    expect(g.values).toEqual([[], [], [null, null, "Kegiatan", "Pagu", "Realisasi"], [null, null, "Layanan Pembimbingan Klien", 4327073000, 4215829464]]);
    expect(g.formats?.[3]).toEqual([null, null, null, '"Rp" #,##0', '"Rp" #,##0']);
    expect(g.formulas).toBeUndefined();
  });

  test("formulas keep '=', a text typed as '=…' is a text, errors and booleans come through", async () => {
    const fake = createFakeExcel([capaianGrid()]);
    const [g] = await readGrids(fake.context);
    expect(g.formulas?.[2][5]).toBe("=E3/D3");
    expect(g.values[4]).toEqual([null, null, "=teks ditulis pengguna", "#DIV/0!", true]);
    expect(g.formulas?.[4] ?? []).toEqual([]);
  });

  test("empty and hidden sheets; merged title outside the used range's first cell", async () => {
    const fake = createFakeExcel([
      { name: "Kosong", values: [], merges: [] },
      { name: "Judul", values: [[], [null, "isi"]], merges: [{ top: 0, left: 0, bottom: 0, right: 3 }], hidden: true },
    ]);
    const read = await readGrids(fake.context);
    expect(read).toEqual([
      { name: "Kosong", values: [], merges: [] },
      { name: "Judul", values: [[], [null, "isi"]], merges: [{ top: 0, left: 0, bottom: 0, right: 3 }], hidden: true },
    ]);
  });

  test("a formula whose result is an empty text keeps it (it has a value)", async () => {
    const fake = createFakeExcel([{ name: "S", values: [[""]], formulas: [['=IF(1>2,"x","")']], merges: [] }]);
    const [g] = await readGrids(fake.context);
    expect(g.values).toEqual([[""]]);
    expect(g.formulas).toEqual([['=IF(1>2,"x","")']]);
  });
});

describe("readGrids on workbooks too big for one response", () => {
  const big = (rows: number, name = "Data"): Grid => ({
    name,
    values: Array.from({ length: rows }, (_, r) => [r + 1, `Indikator ${r + 1}`, (r % 10) / 10]),
    formats: Array.from({ length: rows }, () => [null, null, "0%"]),
    merges: Array.from({ length: Math.floor(rows / 10) }, (_, k) => ({ top: k * 10, left: 3, bottom: k * 10 + 1, right: 3 })),
  });

  test("past the response limit: one failed sync, then blocks of about the budget, sizes read with the first", async () => {
    const grids = [capaianGrid(), big(3000)];
    const fake = createFakeExcel(grids, { payloadLimit: 60_000 });
    const read = await readGrids(fake.context, { responseBudget: 40_000 });
    expect(read.map(content)).toEqual(grids.map(content));
    // Names and the refused whole read, then the ~250 kB of cells in blocks of at most 40 kB:
    // the first (sizes unknown, a guessed width) smaller, the rest sized by bytes per cell.
    const { response } = fake.payload();
    expect(response).toBeGreaterThan(240_000);
    expect(fake.syncCount()).toBeLessThanOrEqual(2 + Math.ceil(response / 40_000));
  });

  test("past the 5 000 000-cell get limit (values come back null): that sheet alone is read in blocks", async () => {
    const grids = [capaianGrid(), big(400)];
    const fake = createFakeExcel(grids, { cellLimit: 1000 });
    const read = await readGrids(fake.context, { responseBudget: 20_000 });
    expect(read.map(content)).toEqual(grids.map(content));
    expect(fake.syncCount()).toBe(2 + Math.ceil(1200 / 600));
  });

  test("more merged areas than Excel returns at once (512): blocks, each with its own merges", async () => {
    const grids = [big(6000)];
    const fake = createFakeExcel(grids, { mergedAreaLimit: 512 });
    const read = await readGrids(fake.context);
    expect(read[0].merges).toHaveLength(600);
    expect(read.map(content)).toEqual(grids.map(content));
  });

  test("a block Excel still refuses is halved, a bounded number of times", async () => {
    const grids = [big(200)];
    const fake = createFakeExcel(grids, { payloadLimit: 3000 });
    const read = await readGrids(fake.context, { responseBudget: 20_000 });
    expect(read.map(content)).toEqual(grids.map(content));
    // A row is ~77 bytes of response, the limit 3 000 bytes: the first groups are refused and
    // halved (5 syncs), the rest aim below what was refused (8 syncs); plus names and the
    // refused whole read: 15 in all, not a sync per row.
    expect(fake.syncCount()).toBe(15);
    // A single cell larger than the limit can never be read: the error comes out, soon.
    const huge = [{ ...grids[0], values: grids[0].values.map((row) => [...row, "x".repeat(4000)]) }];
    const tiny = createFakeExcel(huge, { payloadLimit: 3000 });
    await expect(readGrids(tiny.context, { responseBudget: 20_000 })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(tiny.syncCount()).toBeLessThanOrEqual(3 + 1 + 12);
  });
});

describe("readGrids property: what the fake holds is what comes back", () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -1e6, max: 1e9 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const grid = fc.record({
    offset: fc.nat({ max: 3 }),
    rows: fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }),
    format: fc.constantFrom(null, "0.00%", "#,##0", "dd/mm/yyyy"),
  });

  test("values, formats and positions survive reading", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(grid, { minLength: 1, maxLength: 4 }), async (specs) => {
        const grids: Grid[] = specs.map((s, i) => ({
          name: `Lembar ${i + 1}`,
          values: [...Array.from({ length: s.offset }, () => []), ...s.rows.map((row) => [...Array(s.offset).fill(null), ...row])],
          formats: [...Array.from({ length: s.offset }, () => []), ...s.rows.map((row) => [...Array(s.offset).fill(null), ...row.map(() => s.format)])],
          merges: [],
        }));
        const fake = createFakeExcel(grids);
        const read = await readGrids(fake.context);
        expect(read.map(content)).toEqual(grids.map(content));
        expect(fake.syncCount()).toBe(2);
      }),
      { numRuns: 60 },
    );
  });
});
