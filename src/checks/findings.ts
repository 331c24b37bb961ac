// The collector every rule reports into: one finding per rule and cell (a figure seen in a
// user's table and again in the model is reported once), plus the set of stated figures the
// table rules already examined, so the model rules do not judge them a second time with
// figures taken from elsewhere.
import type { CellRef, Finding, RuleId } from "../core/model";
import { SEVERITY } from "./severity";

const keyOf = (rule: RuleId, ref: CellRef): string => `${rule}|${ref.sheet}|${ref.cell}`;

export class Findings {
  private readonly byKey = new Map<string, Finding>();
  private readonly examined = new Set<string>();

  add(rule: RuleId, ref: CellRef, message: string, expected?: string, actual?: string): void {
    const finding: Finding = { rule, severity: SEVERITY[rule], sheet: ref.sheet, cell: ref.cell, message };
    if (expected !== undefined) finding.expected = expected;
    if (actual !== undefined) finding.actual = actual;
    this.keep(finding);
  }

  /** A finding made elsewhere (the reader's notes), kept as it is. */
  keep(finding: Finding): void {
    const key = keyOf(finding.rule, finding);
    if (!this.byKey.has(key)) this.byKey.set(key, finding);
  }

  /** Records that a table rule judged the stated figure at `ref` for this rule. */
  examine(ref: CellRef, rule: RuleId): void {
    this.examined.add(keyOf(rule, ref));
  }

  wasExamined(ref: CellRef, rule: RuleId): boolean {
    return this.examined.has(keyOf(rule, ref));
  }

  list(): Finding[] {
    return [...this.byKey.values()];
  }
}
