// A unit whose own TOTAL row is not the sum of its lines: the recap keeps the computed totals,
// names the mismatch on the unit's budget row, and lists the total-mismatch finding under it.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unitNama } from "../../bench/units";
import { unitWorkbook } from "../../bench/workbooks";
import { col, expectedBudget, RekapSheet, runCli, tempDir, writeUnits } from "./helpers";

test("a stated TOTAL that is not the sum of the unit's lines shows per unit", async () => {
  const dir = tempDir("selisih");
  try {
    await writeUnits(dir, [4]);
    const wb = unitWorkbook(3);
    const ws = wb.getWorksheet("Anggaran 2025")!;
    // Layout 0: title rows 1-3, header row 4, twenty lines on rows 5-24, TOTAL on row 25.
    expect(ws.getCell("B25").value).toBe("TOTAL");
    const stated = expectedBudget(3).pagu + 1_000_000;
    ws.getCell("C25").value = stated;
    ws.getCell("E25").value = stated - expectedBudget(3).realisasi;
    writeFileSync(join(dir, "unit-003.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));

    const out = join(dir, "rekap.xlsx");
    const run = await runCli(["consolidate", dir, "-o", out]);
    expect(run.code).toBe(0);
    const sheet = await RekapSheet.open(out);

    const b = sheet.section("B. ")!;
    const row = (i: number) => b.rows.find((r) => r[col(b, "Satuan Kerja")].value === unitNama(i))!;
    expect(row(3)[col(b, "Total Pagu")].value).toBe(expectedBudget(3).pagu);
    expect(String(row(3)[col(b, "TOTAL tertulis yang tidak sesuai")].value)).toContain("Anggaran 2025!C25");
    expect(row(4)[col(b, "TOTAL tertulis yang tidak sesuai")].value).toBeNull();

    const e = sheet.section("E. ")!;
    const mismatches = e.rows.filter((r) => r[col(e, "Aturan")].value === "total-mismatch");
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches.every((r) => r[col(e, "Satuan Kerja")].value === unitNama(3))).toBe(true);
    expect(mismatches.map((r) => r[col(e, "Sel")].value)).toContain("C25");
    expect(sheet.ws.getColumn(1).values.some((v) => typeof v === "string" && v.includes(`tidak sama dengan jumlah rinciannya: ${unitNama(3)}`))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
