// Golden text of one indicator's paragraphs a–g (indicator 2.1 of the reference LKjIP), as
// reviewed by eye in test/report/golden/indikator-2-1.txt. A change in wording shows up here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../src/report";
import type { NarasiIndikator } from "../../src/report/types";
import { bapasModel, settings } from "./builders";

function asText(ind: NarasiIndikator): string {
  const parts = [`${ind.nomor}. ${ind.uraian}`];
  for (const p of ind.paragraphs) parts.push(`${p.label}. ${p.heading}\n${p.text}`);
  return `${parts.join("\n\n")}\n`;
}

test("indicator 2.1 reads as the reviewed golden text", () => {
  const report = buildReport(bapasModel(), settings());
  const ind = report.sasaran[1].indikator[0];
  expect(asText(ind)).toBe(readFileSync(join(__dirname, "golden", "indikator-2-1.txt"), "utf8"));
});
