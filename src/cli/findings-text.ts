// Human-readable findings for the terminal (the JSON form is the contract; this is for people).
import type { Finding } from "../core/model";
import { countBySeverity } from "../app/pipeline";

const LABEL = { error: "GALAT", warning: "PERINGATAN", info: "INFO" } as const;

export function findingsText(file: string, findings: Finding[]): string {
  const c = countBySeverity(findings);
  const lines = [`${file}: ${c.error} galat, ${c.warning} peringatan, ${c.info} info`];
  for (const f of findings) {
    lines.push(`  ${LABEL[f.severity].padEnd(10)} ${f.rule.padEnd(22)} '${f.sheet}'!${f.cell}  ${f.message}`);
  }
  return lines.join("\n") + "\n";
}

/** The JSON object of DESIGN §5. */
export function findingsJson(file: string, findings: Finding[]): string {
  return JSON.stringify({
    file,
    summary: countBySeverity(findings),
    findings: findings.map((f) => {
      const out: Finding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.actual !== undefined) out.actual = f.actual;
      return out;
    }),
  });
}
