// The recap opens in another spreadsheet program: LibreOffice converts it to a PDF.
// Needs `soffice` on PATH (LibreOffice; installed in CI).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runCli, tempDir, writeUnits } from "./helpers";

test("LibreOffice opens the recap and prints it to PDF", async () => {
  const dir = tempDir("rekap-pdf");
  try {
    // All three layouts and a Kanwil workbook: every section of the recap is present.
    await writeUnits(dir, [0, 1, 2]);
    const out = join(dir, "rekap.xlsx");
    const run = await runCli(["consolidate", dir, join(__dirname, "../fixtures/xlsx/kanwil-per-upt.xlsx"), "-o", out]);
    expect(run.code).toBe(0);
    // A private profile directory, so a running LibreOffice of the user does not take the job.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], {
      timeout: 110_000,
      stdio: "pipe",
    });
    const pdf = readFileSync(join(dir, "rekap.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 150_000);
