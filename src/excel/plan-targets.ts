// What a gateway does with each sheet plan, decided before anything is written: create the
// sheet, replace the SAKIP sheet of that name, or skip it (an input sheet the user keeps
// filling in). Shared by both gateways so a file and an open workbook get the same answer.
import { SAKIP_PREFIX, type SheetPlan } from "../workbook/grid";
import { parseRange } from "./ranges";

export interface ApplyResult {
  /** Sheets created or replaced, in plan order. */
  written: string[];
  /** Input sheets that already exist and were left as they are (replaceInputs not given). */
  skipped: string[];
}

export type PlanTarget =
  | { plan: SheetPlan; action: "create" }
  | { plan: SheetPlan; action: "replace" | "skip"; existing: string };

/** Excel refuses these in sheet names; 31 characters at most. */
const FORBIDDEN = /[[\]:*?/\\]/;
/** Excel limits a dropdown's literal list to 255 characters, comma-separated. */
const MAX_LIST_CHARS = 255;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/**
 * Throws (a programming error, never the user's) when a plan would touch a sheet that is not
 * the product's own: a name without the "SAKIP " prefix, or a user sheet whose name differs
 * from the plan's only in letter case (Excel treats those as the same sheet).
 */
export function planTargets(plans: readonly SheetPlan[], existing: readonly string[], replaceInputs: boolean): PlanTarget[] {
  const seen = new Set<string>();
  return plans.map((plan): PlanTarget => {
    const name = plan.name;
    if (!name.startsWith(SAKIP_PREFIX)) throw new Error(`Rencana lembar "${name}" tidak berawalan "${SAKIP_PREFIX}"; lembar pengguna tidak pernah ditulis.`);
    if (name.length > 31 || FORBIDDEN.test(name) || name.endsWith("'")) throw new Error(`Nama lembar tidak sah untuk Excel: "${name}"`);
    checkPlan(plan);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new Error(`Lembar "${name}" direncanakan dua kali.`);
    seen.add(key);
    const match = existing.find((e) => e.toLowerCase() === key);
    if (match === undefined) return { plan, action: "create" };
    if (!match.startsWith(SAKIP_PREFIX)) {
      throw new Error(`Lembar pengguna "${match}" bernama sama dengan lembar SAKIP "${name}"; ganti nama lembar itu dahulu.`);
    }
    const keep = plan.kind === "input" && !replaceInputs;
    return { plan, action: keep ? "skip" : "replace", existing: match };
  });
}

export function applyResult(targets: readonly PlanTarget[]): ApplyResult {
  return {
    written: targets.filter((t) => t.action !== "skip").map((t) => t.plan.name),
    skipped: targets.filter((t) => t.action === "skip").map((t) => t.plan.name),
  };
}

/**
 * Refuses what Excel would reject halfway through writing (Office.js applies a batch up to
 * the failing action): bad ranges, colours, dropdown lists.
 */
function checkPlan(plan: SheetPlan): void {
  const where = `lembar "${plan.name}"`;
  const ranges = [
    ...(plan.styles ?? []).map((s) => s.range),
    ...(plan.merges ?? []),
    ...(plan.validations ?? []).map((v) => v.range),
    ...(plan.conditional ?? []).map((c) => c.range),
  ];
  for (const r of ranges) parseRange(r);
  const colors = [
    ...(plan.styles ?? []).flatMap((s) => [s.style.fill, s.style.color]),
    ...(plan.conditional ?? []).flatMap((c) => [c.fill, c.color]),
    plan.tabColor,
  ];
  for (const c of colors) {
    if (c !== undefined && !COLOR.test(c)) throw new Error(`Warna tidak sah di ${where} (harus #RRGGBB): "${c}"`);
  }
  for (const v of plan.validations ?? []) {
    const joined = v.list.join(",");
    if (v.list.length === 0 || joined.length > MAX_LIST_CHARS || v.list.some((item) => /[,"]/.test(item))) {
      throw new Error(`Daftar pilihan ${v.range} di ${where} tidak dapat menjadi daftar Excel: "${joined.slice(0, 60)}"`);
    }
  }
}
