// A converted workbook reads back into the same model: the input sheets written through the
// xlsx gateway and read with buildModel give the same indicators, figures, budget lines and
// plans, and the reader's evaluation equals the capaian the sheet caches.
import ExcelJS from "exceljs";
import type { SakipModel, Settings } from "../../src/core/model";
import { evaluateIndikator } from "../../src/core/evaluate";
import type { SheetPlan } from "../../src/workbook/grid";
import { buildModel } from "../../src/workbook/read-model";
import { planInputSheets, planTemplate } from "../../src/workbook/sheets";
import { contohModel } from "../../src/workbook/sheets/contoh";
import { SHEET } from "../../src/workbook/sheets/layout";
import { applyPlans, readXlsx, toBuffer } from "../../src/xlsx";
import { byName, cell, fig, indikator, LKJIP, lkjipModel, settings } from "./build";

async function readBack(plans: SheetPlan[], s: Settings): Promise<SakipModel> {
  const book = { grids: [], workbook: new ExcelJS.Workbook() };
  applyPlans(book, plans, { replaceInputs: true });
  return buildModel((await readXlsx(await toBuffer(book))).grids, s);
}

describe("the LKjIP 2025 indicators, converted and read back", () => {
  const s = settings();
  const original = lkjipModel();
  original.indikator.push(indikator("Indeks belum diisi", { sasaran: "Sasaran baru", satuan: "Indeks", target: fig("3,6") }));
  const plans = planInputSheets(original, s);
  let back: SakipModel;
  beforeAll(async () => {
    back = await readBack(plans, s);
  });

  test("the same unit and indicators, in order, with their texts, units, polarity and targets", () => {
    expect(back.unit).toEqual({ nama: "Bapas Kelas II Magelang", tahun: 2025 });
    expect(back.indikator.map((i) => i.uraian)).toEqual(original.indikator.map((i) => i.uraian));
    back.indikator.forEach((ind, k) => {
      const o = original.indikator[k];
      expect([ind.sasaran, ind.satuan, ind.polaritas, ind.target?.value, ind.target?.percent]).toEqual([
        o.sasaran,
        o.satuan,
        o.polaritas,
        o.target?.value,
        o.target?.percent,
      ]);
      expect(ind.targetRenstra.map((r) => [r.tahun, r.figure.value])).toEqual(o.targetRenstra.map((r) => [r.tahun, r.figure.value]));
    });
  });

  test("the year figures come back as the to-date TW IV figures with pembilang and penyebut", () => {
    LKJIP.forEach((x, k) => {
      const ind = back.indikator[k];
      expect(ind.kumulatif).toBe(true);
      const tw4 = ind.realisasi.find((e) => e.periode === "TW4")!;
      expect(tw4).toBeDefined();
      if (x.p === undefined) {
        expect(tw4.nilai?.value).toBe(3.51);
        return;
      }
      expect(tw4.nilai?.value).toBeCloseTo(Number(x.p) / Number(x.q), 12);
      expect(tw4.pembilang?.value).toBe(Number(x.p));
      expect(tw4.penyebut?.value).toBe(Number(x.q));
    });
  });

  test("the reader's capaian of each indicator is the one the sheet caches", () => {
    const rz = byName(plans, SHEET.realisasi);
    back.indikator.forEach((ind, k) => {
      const cached = cell(rz, k, "Capaian")!.v;
      const e = evaluateIndikator(ind, s);
      if (typeof cached === "number") expect(e.capaian).toBeCloseTo(cached, 12);
      else expect([cached, e.status]).toEqual(["#N/A", "no-realisasi"]);
    });
  });

  test("the sheets' own computed cells (#N/A of an unscored indicator, references) are no reading findings", () => {
    expect(back.readNotes).toEqual([]);
  });
});

describe("the template read back", () => {
  const s = settings();
  let back: SakipModel;
  beforeAll(async () => {
    back = await readBack(planTemplate(s), s);
  });
  const contoh = contohModel();

  test("seven example indicators, ten budget lines (TOTAL rows are not lines), eight plan rows", () => {
    expect(back.indikator.map((i) => i.uraian)).toEqual(contoh.indikator.map((i) => i.uraian));
    expect(back.anggaran.map((l) => [l.kind, l.uraian, l.pagu?.value, l.realisasi?.value])).toEqual(
      contoh.anggaran.map((l) => [l.kind, l.uraian, l.pagu?.value, l.realisasi?.value]),
    );
    expect(back.anggaran[4].paguTahunLalu?.value).toBe(292855000);
    expect(back.rencanaAksi.map((e) => e.periode)).toEqual(["TW1", "TW2", "TW3", "TW4", "TW1", "TW2", "TW3", "TW4"]);
    const keys = new Set(back.indikator.map((i) => i.key));
    expect(back.rencanaAksi.every((e) => keys.has(e.indikatorKey))).toBe(true);
  });
});
