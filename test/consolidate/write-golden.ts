// Rewrites test/consolidate/golden/rekap-13.json from a fresh run over unitWorkbook(0..12):
//   npx tsx test/consolidate/write-golden.ts
// Review the diff by eye before committing it: the golden is the recap's expected figures.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { keyFigures, RekapSheet, runCli, tempDir, writeUnits } from "./helpers";

async function write(): Promise<void> {
  const dir = tempDir("golden");
  try {
    await writeUnits(dir, Array.from({ length: 13 }, (_, i) => i));
    const out = join(dir, "rekap.xlsx");
    const run = await runCli(["consolidate", dir, "-o", out]);
    if (run.code !== 0) throw new Error(run.err);
    const figures = keyFigures(await RekapSheet.open(out));
    mkdirSync(join(__dirname, "golden"), { recursive: true });
    writeFileSync(join(__dirname, "golden", "rekap-13.json"), JSON.stringify(figures, null, 2) + "\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void write();
