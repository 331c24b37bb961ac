// The contract between the sheet writers (src/workbook/sheets) and the reader: a workbook
// converted to SAKIP input sheets reads back into the same model, the SAKIP sheets now being
// authoritative for the indicators.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Figure, Indikator, SakipModel } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Grid, SheetPlan } from "../../src/workbook/grid";
import { buildModel } from "../../src/workbook/read-model";
import { planInputSheets } from "../../src/workbook/sheets";
import { readXlsx } from "../../src/xlsx";
import { EXPECTED_DIR, loadExpected } from "../fixtures/expected";

const ROOT = resolve(__dirname, "../..");
const NAMES = readdirSync(EXPECTED_DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();

/** A plan as a gateway would leave it in a workbook: values (formula results cached), formats, formulas. */
function planGrid(p: SheetPlan): Grid {
  return {
    name: p.name,
    merges: [],
    values: p.rows.map((r) => r.map((c) => c?.v ?? null)),
    formats: p.rows.map((r) => r.map((c) => c?.fmt ?? null)),
    formulas: p.rows.map((r) => r.map((c) => c?.f ?? null)),
  };
}

/** A figure's number, rounded past binary noise; "no value" whether empty or absent. */
const v = (f: Figure | null | undefined): number | string | null =>
  !f || f.status === "empty" ? null : f.status === "ok" && f.value !== null ? Number(f.value.toPrecision(12)) : f.status;

function yearRealisasi(ind: Indikator): number | string | null {
  for (const p of ["TAHUN", "TW4", "TW3", "TW2", "TW1"]) {
    const e = ind.realisasi.find((x) => x.periode === p && x.nilai !== null && x.nilai.status !== "empty");
    if (e) return v(e.nilai);
  }
  return null;
}

function signature(m: SakipModel) {
  return {
    unit: m.unit,
    indikator: m.indikator.map((i) => ({
      uraian: i.uraian,
      sasaran: i.sasaran,
      target: v(i.target),
      satuan: i.satuan,
      polaritas: i.polaritas,
      targetTw: i.targetTw.map(v),
      realisasi: yearRealisasi(i),
      quarters: [1, 2, 3].map((q) => v(i.realisasi.find((e) => e.periode === `TW${q}`)?.nilai)),
      renstra: i.targetRenstra.map((r) => [r.tahun, v(r.figure)]),
    })),
    anggaran: m.anggaran.map((a) => [a.kind, a.uraian, a.tahun, v(a.pagu), v(a.realisasi), v(a.paguTahunLalu), v(a.realisasiTahunLalu), v(a.volumeTarget), a.volumeTarget?.unit ?? null]),
    rencanaAksi: m.rencanaAksi.map((e) => [e.periode, v(e.target), v(e.capaian), e.status]),
  };
}

describe.each(NAMES)("fixture %s converted to SAKIP sheets", (name) => {
  test("reads back into the same model", async () => {
    const settings = { ...DEFAULT_SETTINGS };
    const book = await readXlsx(join(ROOT, loadExpected(name).file));
    const before = buildModel(book.grids, settings);
    const after = buildModel([...book.grids, ...planInputSheets(before, settings).map(planGrid)], settings);
    expect(signature(after)).toEqual(signature(before));
    // The product's own formulas raise no read notes; a slip the writer copies as it was is found again.
    const slips = new Set(before.readNotes.map((n) => n.actual));
    const added = after.readNotes.slice(before.readNotes.length);
    expect(added.filter((n) => !n.sheet.startsWith("SAKIP ") || !slips.has(n.actual))).toEqual([]);
  });
});
