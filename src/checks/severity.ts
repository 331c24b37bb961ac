// Severity of each rule id, exactly as DOMAIN.md §9 sets it (a contract).
import type { Finding, RuleId, Severity } from "../core/model";

export const SEVERITY: Record<RuleId, Severity> = {
  "target-missing": "error",
  "realisasi-missing": "warning",
  "value-unreadable": "error",
  "unit-mismatch": "error",
  "capaian-mismatch": "error",
  "realisasi-mismatch": "error",
  "cap-not-applied": "warning",
  "polarity-suspect": "warning",
  "predikat-mismatch": "error",
  "total-mismatch": "error",
  "sisa-mismatch": "error",
  "persen-mismatch": "error",
  "realisasi-exceeds-pagu": "error",
  "serapan-low": "info",
  "tw-not-cumulative": "error",
  "tw-sum-mismatch": "warning",
  "duplicate-indicator": "warning",
  "target-changed": "info",
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings per severity, for the CLI's summary, `check --json` and the task pane's tiles. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
