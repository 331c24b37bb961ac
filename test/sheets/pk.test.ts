import { planInputSheets } from "../../src/workbook/sheets";
import {
  ANGGARAN_HEADERS,
  PK_HEADERS,
  POLARITAS_CHOICES,
  REALISASI_HEADERS,
  RENCANA_AKSI_HEADERS,
  SATUAN_CHOICES,
  SHEET,
  TINGKAT_CHOICES,
} from "../../src/workbook/sheets/layout";
import { byName, cell, fig, indikator, LKJIP, lkjipModel, model, ref, settings } from "./build";

const plans = planInputSheets(lkjipModel(), settings());
const pk = byName(plans, SHEET.pk);

describe("the four input sheets", () => {
  test("always all four, in order, as input sheets", () => {
    expect(plans.map((p) => [p.name, p.kind])).toEqual([
      [SHEET.pk, "input"],
      [SHEET.realisasi, "input"],
      [SHEET.anggaran, "input"],
      [SHEET.rencanaAksi, "input"],
    ]);
  });

  test.each([
    [SHEET.pk, PK_HEADERS],
    [SHEET.realisasi, REALISASI_HEADERS],
    [SHEET.anggaran, ANGGARAN_HEADERS],
    [SHEET.rencanaAksi, RENCANA_AKSI_HEADERS],
  ])("%s: the header row is the layout contract, frozen, styled", (name, headers) => {
    const plan = byName(plans, name);
    expect(plan.rows[0].map((c) => c?.v)).toEqual([...headers]);
    expect(plan.rows[0].every((c) => c?.f === undefined)).toBe(true);
    expect(plan.freeze).toEqual({ rows: 1, cols: 0 });
    expect(plan.styles?.[0]).toEqual({ range: expect.stringMatching(/^A1:[A-Z]+1$/), style: expect.objectContaining({ bold: true, fill: expect.any(String) }) });
    expect(plan.widths).toHaveLength(headers.length);
  });

  test("an empty model still gets every sheet with formatted blank rows and dropdowns", () => {
    const blank = planInputSheets(model(), settings());
    for (const p of blank) {
      expect(p.rows.length).toBeGreaterThanOrEqual(6);
      expect(p.rows.slice(1).every((r) => r.every((c) => c?.v === undefined || c === null))).toBe(true);
      expect(p.validations?.length).toBeGreaterThan(0);
      expect(p.validations!.every((v) => /^[A-Z]+2:[A-Z]+6$/.test(v.range))).toBe(true);
    }
    const anggaran = byName(blank, SHEET.anggaran);
    expect(cell(anggaran, 0, "Pagu")?.fmt).toBe('"Rp" #,##0');
    expect(cell(anggaran, 4, "Serapan")?.fmt).toBe("0.00%");
  });
});

describe("SAKIP PK", () => {
  test("each indicator exactly once, in order, numbered", () => {
    const uraian = pk.rows.slice(1).map((r) => r[4]?.v);
    expect(uraian).toEqual(LKJIP.map((x) => x.uraian));
    expect(pk.rows.slice(1).map((r) => r[0]?.v)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test.each([
    [0, 0.025, "0.0%", "%"],
    [1, 0.75, "0%", "%"],
    [2, 0.7, "0%", "%"],
    [4, 0.2, "0%", "%"],
    [5, 1, "0%", "%"],
    [6, 3.51, "#,##0.00", "Indeks"],
  ])("row %i: target %d stored as a number, format %s, satuan %s", (i, target, fmt, satuan) => {
    const t = cell(pk, i, "Target")!;
    expect(t.v).toBeCloseTo(target, 12);
    expect(t.f).toBeUndefined();
    expect(t.fmt).toBe(fmt);
    expect(cell(pk, i, "Satuan")?.v).toBe(satuan);
  });

  test("Renstra target of the last plan year, with its year", () => {
    expect(cell(pk, 0, "Target Renstra")).toEqual({ v: 0.045, fmt: "0.0%" });
    expect(cell(pk, 0, "Tahun Renstra")?.v).toBe(2029);
  });

  test("texts, unit, year and where each row came from", () => {
    expect(cell(pk, 0, "Sasaran")?.v).toBe(LKJIP[0].sasaran);
    expect(cell(pk, 0, "Tingkat")?.v).toBe("Sasaran Kegiatan");
    expect(cell(pk, 0, "Polaritas")?.v).toBe("Positif");
    expect(cell(pk, 0, "Unit Kerja")?.v).toBe("Bapas Kelas II Magelang");
    expect(cell(pk, 0, "Tahun")?.v).toBe(2025);
    expect(cell(pk, 0, "Sumber")?.v).toBe("'Capaian 2025'!B7; 'PK 2025'!C5");
  });

  test("empty target cells stay empty but carry the row's format", () => {
    expect(cell(pk, 0, "Target TW I")).toEqual({ fmt: "0.00%" });
    expect(cell(pk, 0, "Standar Nasional")).toEqual({ fmt: "0.00%" });
    expect(cell(pk, 6, "Target TW I")).toEqual({ fmt: "#,##0.00" });
  });

  test("dropdowns on the data rows: Tingkat, Satuan (open list), Polaritas", () => {
    expect(pk.validations).toEqual([
      { range: "C2:C8", list: TINGKAT_CHOICES },
      { range: "F2:F8", list: SATUAN_CHOICES, strict: false },
      { range: "G2:G8", list: POLARITAS_CHOICES },
    ]);
  });

  test("long texts wrap", () => {
    const wrapped = pk.styles!.filter((s) => s.style.wrap && !s.style.bold).map((s) => s.range);
    expect(wrapped).toEqual(expect.arrayContaining(["D2:D8", "E2:E8", "H2:H8"]));
  });
});

describe("SAKIP PK: units, polarity, missing and unreadable figures", () => {
  const settingsRasio = settings({ polaritasNegatif: "negatif-rasio", tahun: 2026 });
  const m = model({
    indikator: [
      indikator("Jumlah layanan pengaduan", { target: fig("1 Layanan") }),
      indikator("Persentase anak yang mendapat putusan pidana penjara", {
        satuan: "%",
        polaritas: "negatif",
        target: fig("10%"),
        riwayat: [
          { tahun: 2025, target: null, realisasi: fig("12%"), capaian: null },
          { tahun: 2024, target: null, realisasi: fig("15%"), capaian: null },
        ],
      }),
      indikator("Tingkat hunian", { satuan: "%", polaritas: "negatif-rasio", target: fig("7,5,2", ref("PK", "D9")) }),
      indikator("Dokumen tanpa target", { satuan: "Dokumen" }),
      indikator("Target dengan satuan lain", { satuan: "Layanan", target: fig("2 Dokumen") }),
    ],
  });
  const plan = byName(planInputSheets(m, settingsRasio), SHEET.pk);

  test('"1 Layanan" is Target 1 with Satuan Layanan', () => {
    expect(cell(plan, 0, "Target")).toEqual({ v: 1, fmt: "#,##0" });
    expect(cell(plan, 0, "Satuan")?.v).toBe("Layanan");
  });

  test("a negative indicator is written with the settings' formula for negatives", () => {
    expect(cell(plan, 1, "Polaritas")?.v).toBe("Negatif-rasio");
    expect(cell(plan, 2, "Polaritas")?.v).toBe("Negatif-rasio");
    expect(byName(planInputSheets(m, settings()), SHEET.pk).rows[2][6]?.v).toBe("Negatif");
  });

  test("last year's realisasi is the year before the reporting year", () => {
    expect(cell(plan, 1, "Realisasi Tahun Lalu")).toEqual({ v: 0.12, fmt: "0%" });
    expect(cell(plan, 1, "Tahun")?.v).toBe(2026);
  });

  test("an unreadable target is kept as the text it was, never as a number", () => {
    expect(cell(plan, 2, "Target")).toEqual({ v: "7,5,2" });
  });

  test("no target: the cell stays empty", () => {
    expect(cell(plan, 3, "Target")?.v).toBeUndefined();
    expect(cell(plan, 3, "Satuan")?.v).toBe("Dokumen");
  });

  test("a target in a unit other than the satuan keeps its words, so the mismatch stays visible", () => {
    expect(cell(plan, 4, "Target")).toEqual({ v: "2 Dokumen" });
  });
});
