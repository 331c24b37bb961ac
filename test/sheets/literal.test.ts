// No text taken from a user's cell ever becomes a formula, whatever it starts with.
import fc from "fast-check";
import type { SakipModel } from "../../src/core/model";
import type { SheetPlan } from "../../src/workbook/grid";
import { planInputSheets } from "../../src/workbook/sheets";
import { anggaranLine, fig, indikator, model, rencanaAksi, settings } from "./build";

const formulaLike = fc
  .tuple(fc.constantFrom("=", "+", "-", "@"), fc.string({ minLength: 0, maxLength: 30 }))
  .map(([lead, rest]) => lead + rest);

function modelWith(t: string[]): SakipModel {
  return model({
    unit: { nama: t[0], tahun: 2025 },
    indikator: [
      indikator(t[1], {
        key: "kunci",
        sasaran: t[2],
        formulasi: t[3],
        kode: t[4],
        satuan: "%",
        target: fig("70%"),
        keterangan: [{ text: t[5], ref: null }],
      }),
    ],
    anggaran: [anggaranLine(t[6], { kegiatan: t[7], unit: t[8], pagu: fig("1.000") })],
    rencanaAksi: [rencanaAksi("kunci", "TW1", { kegiatan: t[9], rencanaKegiatan: t[10], dataDukung: t[11] })],
  });
}

/** Every formula of the plans with its position. */
function formulas(plans: SheetPlan[]): string[] {
  return plans.flatMap((p) => p.rows.flatMap((r, i) => r.flatMap((c, j) => (c?.f === undefined ? [] : [`${p.name}!${i},${j}=${c.f}`]))));
}

describe("user texts are literals", () => {
  const neutral = formulas(planInputSheets(modelWith(Array.from({ length: 12 }, (_, i) => `teks ${i}`)), settings()));

  test("texts starting with =, +, - or @ end up as values; the formulas are ours and do not change", () => {
    fc.assert(
      fc.property(fc.array(formulaLike, { minLength: 12, maxLength: 12 }), (t) => {
        const plans = planInputSheets(modelWith(t), settings());
        expect(formulas(plans)).toEqual(neutral);
        const all = plans.flatMap((p) => p.rows.flatMap((r) => r.filter((c) => c !== null)));
        for (const text of t) {
          const holders = all.filter((c) => c.v === text);
          expect(holders.length).toBeGreaterThan(0);
          // A text is a plain value, or the cached value of our reference to the PK cell holding it.
          for (const c of holders) expect(c.f === undefined || c.f.startsWith("=IF('SAKIP PK'!")).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("an unreadable figure that looks like a formula stays text", () => {
    const m = model({ indikator: [indikator("A", { satuan: "%", target: fig("=1+1") })] });
    const all = planInputSheets(m, settings()).flatMap((p) => p.rows.flatMap((r) => r.filter((c) => c !== null)));
    const holders = all.filter((c) => c.v === "=1+1");
    expect(holders).toHaveLength(2);
    expect(holders.every((c) => c.f === undefined || c.f.startsWith("=IF('SAKIP PK'!"))).toBe(true);
    expect(all.some((c) => c.f === "=1+1")).toBe(false);
  });
});
