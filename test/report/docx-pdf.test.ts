// The .docx opens in a real word processor: LibreOffice converts it to a PDF with every page.
// Needs `soffice` on PATH (LibreOffice; installed in CI).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, renderDocx } from "../../src/report";
import { bapasModel, settings } from "./builders";

test("LibreOffice converts the chapter to a multi-page PDF", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-bab3-"));
  try {
    const docx = join(dir, "bab3.docx");
    writeFileSync(docx, await renderDocx(buildReport(bapasModel(), settings())));
    // A private profile directory, so a running LibreOffice of the user does not take the job.
    execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
      timeout: 110_000,
      stdio: "pipe",
    });
    const pdf = readFileSync(join(dir, "bab3.pdf"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
