import { planTemplate } from "../../src/workbook/sheets";
import { ANGGARAN_HEADERS, PK_HEADERS, REALISASI_HEADERS, RENCANA_AKSI_HEADERS, SHEET } from "../../src/workbook/sheets/layout";
import { byName, cell, refsOf, settings } from "./build";

const plans = planTemplate(settings());

describe("planTemplate", () => {
  test("the four input sheets with the contract headers", () => {
    expect(plans.map((p) => p.name)).toEqual([SHEET.pk, SHEET.realisasi, SHEET.anggaran, SHEET.rencanaAksi]);
    const headers = [PK_HEADERS, REALISASI_HEADERS, ANGGARAN_HEADERS, RENCANA_AKSI_HEADERS];
    plans.forEach((p, i) => expect(p.rows[0].map((c) => c?.v)).toEqual([...headers[i]]));
  });

  test("example rows modelled on the PK 2025 of Bapas Magelang, each marked as an example", () => {
    const pk = byName(plans, SHEET.pk);
    expect(pk.rows).toHaveLength(8);
    expect(cell(pk, 2, "Indikator")?.v).toBe("Persentase klien pemasyarakatan yang siap bermasyarakat");
    expect(cell(pk, 2, "Target")).toEqual({ v: 0.7, fmt: "0%" });
    expect(cell(pk, 0, "Target")).toEqual({ v: 0.025, fmt: "0.0%" });
    expect(cell(pk, 6, "Satuan")?.v).toBe("Indeks");
    for (const p of plans) {
      const numbered = p.rows.slice(1).filter((r) => r[0]?.v != null);
      expect(numbered.length).toBeGreaterThan(0);
      const sumber = p.rows[0].findIndex((c) => c?.v === "Sumber");
      for (const r of numbered) expect(String(r[sumber]?.v)).toMatch(/^CONTOH/);
    }
    expect(String(cell(pk, 0, "Unit Kerja")?.v)).toMatch(/^CONTOH/);
  });

  test("the example realisasi computes: 683/716 against 70% is 120% (capped), 2/11 against 20% is Memuaskan", () => {
    const rz = byName(plans, SHEET.realisasi);
    expect(cell(rz, 2, "Realisasi TW IV")?.v).toBe(683 / 716);
    expect(cell(rz, 2, "Capaian")?.v).toBe(1.2);
    expect(cell(rz, 4, "Capaian")?.v).toBeCloseTo(2 / 11 / 0.2, 12);
    expect(cell(rz, 4, "Predikat")?.v).toBe("Memuaskan");
    const uncapped = byName(planTemplate(settings({ batas: 0 })), SHEET.realisasi);
    expect(cell(uncapped, 2, "Capaian")?.v).toBeCloseTo(683 / 716 / 0.7, 12);
  });

  test("the example budget: outputs, programmes, jenis belanja, each with its TOTAL", () => {
    const ag = byName(plans, SHEET.anggaran);
    const totals = ag.rows.slice(1).flatMap((r, i) => (r[2]?.v === "TOTAL" ? [i] : []));
    expect(totals).toHaveLength(3);
    expect(cell(ag, totals[0], "Realisasi")?.v).toBe(3831896908);
    expect(Math.round((cell(ag, totals[0], "Serapan")!.v as number) * 10000) / 100).toBe(96.49);
    expect(cell(ag, totals[2], "Pagu")?.v).toBe(4374073000);
  });

  test("valid: every formula has a cached value and refers to cells that exist", () => {
    const size = new Map(plans.map((p) => [p.name, { rows: p.rows.length, cols: p.rows[0].length }]));
    let formulas = 0;
    for (const p of plans) {
      for (const row of p.rows) {
        for (const c of row) {
          if (c?.f === undefined) continue;
          formulas++;
          expect(c.v).not.toBeUndefined();
          expect(String(c.v)).not.toMatch(/^#/);
          for (const r of refsOf(c.f)) {
            const s = size.get(r.sheet ?? p.name)!;
            expect(s).toBeDefined();
            expect(r.row).toBeLessThan(s.rows);
            expect(r.col).toBeLessThan(s.cols);
          }
        }
      }
    }
    expect(formulas).toBeGreaterThan(50);
  });

  test("the rencana aksi example: four quarters for two indicators", () => {
    const ra = byName(plans, SHEET.rencanaAksi);
    expect(ra.rows.slice(1).map((r) => r[2]?.v)).toEqual(["TW I", "TW II", "TW III", "TW IV", "TW I", "TW II", "TW III", "TW IV"]);
    expect(cell(ra, 0, "Indikator")?.v).toBe(cell(byName(plans, SHEET.pk), 0, "Indikator")?.v);
  });
});
