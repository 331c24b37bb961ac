import { planInputSheets } from "../../src/workbook/sheets";
import { PERIODE_CHOICES, SHEET } from "../../src/workbook/sheets/layout";
import { byName, cell, fig, indikator, model, rencanaAksi, settings } from "./build";

const URAIAN = "Persentase Tahanan yang mendapatkan pendampingan";
const KEY = "persentase tahanan yang mendapatkan pendampingan";

describe("SAKIP Rencana Aksi", () => {
  const m = model({
    indikator: [indikator(URAIAN, { satuan: "%", target: fig("5%") })],
    rencanaAksi: [
      ...[1, 2, 3, 4].map((q) =>
        rencanaAksi(KEY, `TW${q}`, {
          kegiatan: "Layanan Pendampingan Peradilan",
          rencanaKegiatan: q === 1 ? "Melaksanakan Pendampingan pada tahanan" : null,
          target: fig(`${q}%`),
          pagu: fig("0"),
          rencanaPenarikan: fig("0"),
          realisasiAnggaran: fig("0"),
          dataDukung: "Laporan dan dokumentasi pelaksanaan kegiatan sesuai format TNDE",
        }),
      ),
      rencanaAksi("indeks kepuasan", "B03", { capaian: fig("87,5%"), status: "Selesai", keterangan: "Survei bulan Maret" }),
    ],
  });
  const plan = byName(planInputSheets(m, settings()), SHEET.rencanaAksi);

  test("one row per entry; an indicator's rows share its number and show its uraian", () => {
    expect(plan.rows).toHaveLength(6);
    expect(plan.rows.slice(1).map((r) => [r[0]?.v, r[1]?.v, r[2]?.v])).toEqual([
      [1, URAIAN, "TW I"],
      [1, URAIAN, "TW II"],
      [1, URAIAN, "TW III"],
      [1, URAIAN, "TW IV"],
      [2, "indeks kepuasan", "B03"],
    ]);
  });

  test("figures as numbers with their formats; texts as literals", () => {
    expect(cell(plan, 1, "Target")).toEqual({ v: 0.02, fmt: "0%" });
    expect(cell(plan, 0, "Pagu")).toEqual({ v: 0, fmt: '"Rp" #,##0' });
    expect(cell(plan, 0, "Rencana Kegiatan")).toEqual({ v: "Melaksanakan Pendampingan pada tahanan" });
    expect(cell(plan, 1, "Rencana Kegiatan")).toBeNull();
    expect(cell(plan, 4, "Capaian")).toEqual({ v: 0.875, fmt: "0.0%" });
    expect(cell(plan, 4, "Status")?.v).toBe("Selesai");
    expect(cell(plan, 0, "Sumber")?.v).toBe("'Rencana Aksi 2026'!A5");
  });

  test("Periode is a TW I … TW IV dropdown", () => {
    expect(plan.validations).toEqual([{ range: "C2:C6", list: PERIODE_CHOICES }]);
  });
});
