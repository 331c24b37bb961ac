// The SAKIP Ringkasan and SAKIP Narasi sheet plans: real numbers with formats, merges, print
// setup, and Narasi rows whose links land on the Ringkasan row they cite.
import type { PlanCell, SheetPlan } from "../../src/workbook/grid";
import { buildReport, planNarasi, planRingkasan } from "../../src/report";
import { bapasModel, settings } from "./builders";

const report = buildReport(bapasModel(), settings());
const ringkasan = planRingkasan(report);
const narasi = planNarasi(report);

function at(plan: SheetPlan, address: string): PlanCell | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return plan.rows[Number(m[2]) - 1]?.[col] ?? null;
}

function rowOf(plan: SheetPlan, text: string): number {
  const i = plan.rows.findIndex((r) => r[0]?.v === text);
  if (i < 0) throw new Error(`no row starting with ${text}`);
  return i + 1;
}

describe("SAKIP Ringkasan", () => {
  test("an output sheet with title, A4-friendly print setup and widths", () => {
    expect(ringkasan.name).toBe("SAKIP Ringkasan");
    expect(ringkasan.kind).toBe("output");
    expect(at(ringkasan, "A1")?.v).toBe("Ringkasan Capaian Kinerja Balai Pemasyarakatan Kelas II Magelang Tahun 2025");
    expect(ringkasan.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: 2 });
    expect(ringkasan.widths?.length).toBeGreaterThanOrEqual(10);
    expect(ringkasan.styles).toContainEqual({ range: "A1", style: { bold: true, size: 14 } });
  });

  test("capaian table: header, then numbers with percent formats and a link to the source", () => {
    const title = rowOf(ringkasan, "Tabel 3.1 Capaian Kinerja Tahun 2025");
    expect(ringkasan.styles).toContainEqual({ range: `A${title}`, style: { bold: true, size: 12 } });
    expect(ringkasan.merges).toContain(`A${title}:J${title}`);
    const header = ringkasan.rows[title].map((c) => c?.v);
    expect(header).toEqual(["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian", "Capaian setelah Konversi", "Predikat", "Keterangan", "Sumber"]);
    const body = title + 2;
    expect(at(ringkasan, `A${body}`)?.v).toBe("1.1");
    expect(at(ringkasan, `D${body}`)).toEqual({ v: 0.025, fmt: "0.00%" });
    expect(at(ringkasan, `E${body}`)).toEqual({ v: 0.02, fmt: "0.00%" });
    expect(at(ringkasan, `F${body}`)?.fmt).toBe("0.00%");
    expect(at(ringkasan, `F${body}`)?.v).toBeCloseTo(0.8, 12);
    expect(at(ringkasan, `H${body}`)?.v).toBe("Memuaskan");
    expect(at(ringkasan, `J${body}`)).toEqual({ v: "'Capaian 2025'!E5", link: { sheet: "Capaian 2025", cell: "E5" } });
    expect(at(ringkasan, `D${body + 6}`)).toEqual({ v: 3.51, fmt: '#,##0.00 "Indeks"' });
    expect(ringkasan.merges).toContain(`B${body}:B${body + 1}`);
    expect(at(ringkasan, `B${body + 1}`)).toBeNull();
    expect(ringkasan.styles).toContainEqual({ range: `A${title + 1}:J${title + 1}`, style: expect.objectContaining({ bold: true, border: true, wrap: true }) });
    expect(ringkasan.conditional).toContainEqual({ range: `I${body}:I${body + 6}`, equals: "Tidak tercapai", fill: "#F8CBAD" });
  });

  test("two-row header: groups merged across, single headers merged down", () => {
    const title = rowOf(ringkasan, "Tabel 3.2 Perbandingan Realisasi dan Capaian dengan Tahun Lalu");
    const top = title + 1;
    expect(at(ringkasan, `D${top}`)?.v).toBe("Tahun Lalu");
    expect(at(ringkasan, `H${top}`)?.v).toBe("Tahun 2025");
    expect(at(ringkasan, `E${top + 1}`)?.v).toBe("Target");
    expect(ringkasan.merges).toEqual(expect.arrayContaining([`A${top}:A${top + 1}`, `B${top}:C${top + 1}`, `D${top}:G${top}`, `H${top}:J${top}`, `K${top}:K${top + 1}`]));
    expect(ringkasan.merges).toContain(`B${top + 2}:C${top + 2}`);
  });

  test("budget table: Rupiah formats, volumes with their unit, a bold TOTAL row", () => {
    const title = rowOf(ringkasan, "Tabel 3.6 Realisasi Anggaran per Kegiatan/Keluaran Tahun 2025");
    const body = title + 3;
    expect(at(ringkasan, `D${body}`)).toEqual({ v: 200, fmt: '#,##0 "orang"' });
    expect(at(ringkasan, `F${body}`)).toEqual({ v: 215_828_000, fmt: '"Rp" #,##0' });
    const total = body + 4;
    expect(at(ringkasan, `B${total}`)?.v).toBe("TOTAL");
    expect(at(ringkasan, `G${total}`)).toEqual({ v: 3_831_896_908, fmt: '"Rp" #,##0' });
    expect(at(ringkasan, `H${total}`)?.v).toBeCloseTo(3_831_896_908 / 3_971_227_000, 12);
    expect(ringkasan.styles).toContainEqual({ range: `A${total}:J${total}`, style: expect.objectContaining({ bold: true }) });
  });

  test("an empty table shows its note instead of rows", () => {
    const m = bapasModel();
    m.anggaran = [];
    const plan = planRingkasan(buildReport(m, settings()));
    const title = rowOf(plan, "Tabel 3.7 Realisasi Anggaran per Jenis Belanja Tahun 2025");
    expect(at(plan, `A${title + 2}`)?.v).toBe("Tidak terdapat data realisasi anggaran per jenis belanja.");
  });
});

describe("SAKIP Narasi", () => {
  test("an output sheet with a frozen header row", () => {
    expect(narasi.name).toBe("SAKIP Narasi");
    expect(narasi.kind).toBe("output");
    expect(narasi.rows[2].map((c) => c?.v)).toEqual(["Bagian", "Judul", "Teks", "Rujukan Ringkasan", "Sumber Data"]);
    expect(narasi.freeze).toEqual({ rows: 3, cols: 0 });
    expect(narasi.rows.map((r) => r[1]?.v)).toEqual(expect.arrayContaining(["AKUNTABILITAS KINERJA", "Capaian Kinerja Organisasi", "Realisasi Anggaran", "Kesimpulan"]));
  });

  test("every paragraph sits next to a link to the Ringkasan row it came from and to the user's cell", () => {
    const paragraphs = report.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.paragraphs.map((p) => ({ i, p }))));
    for (const { i, p } of paragraphs) {
      const row = narasi.rows.find((r) => r[0]?.v === `${i.nomor} ${p.label}`);
      expect(row?.[2]?.v).toBe(p.text);
      const link = row?.[3]?.link;
      expect(link?.sheet).toBe("SAKIP Ringkasan");
      const target = at(ringkasan, link!.cell);
      // A capaian-table row starts with the indicator's number; other tables cite their own row.
      if (p.refs[0].table === "capaian") expect(target?.v).toBe(i.nomor);
      else expect(target).not.toBeNull();
      expect(row?.[4]?.link).toEqual(p.sources[0]);
    }
  });

  test("the efficiency paragraph cites the efficiency table's row for its kegiatan", () => {
    const row = narasi.rows.find((r) => r[0]?.v === "2.1 f");
    expect(row?.[3]?.v).toMatch(/^Tabel 3\.9 baris 1 \(A\d+\)$/);
    const target = at(ringkasan, row![3]!.link!.cell);
    expect(target?.v).toBe("1");
    const kegiatan = ringkasan.rows[Number(row![3]!.link!.cell.slice(1)) - 1][1]?.v;
    expect(kegiatan).toBe("Penyelenggaraan Pemasyarakatan di Wilayah");
  });

  test("placeholders are highlighted", () => {
    const index = narasi.rows.findIndex((r) => r[0]?.v === "2.1 e");
    expect(narasi.styles).toContainEqual({ range: `C${index + 1}`, style: expect.objectContaining({ fill: "#FFF2CC" }) });
    const filled = narasi.rows.findIndex((r) => r[0]?.v === "3.2 e");
    expect(narasi.styles?.some((s) => s.range === `C${filled + 1}`)).toBe(false);
  });

  test("Kesimpulan points cite the TOTAL row of the budget table", () => {
    const last = narasi.rows[narasi.rows.length - 1];
    expect(last[0]?.v).toBe("C 6");
    expect(last[3]?.v).toMatch(/^Tabel 3\.6 baris 5 \(TOTAL\)/);
  });
});
