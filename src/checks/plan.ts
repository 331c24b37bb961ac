// The "SAKIP Validasi" output sheet: a title, a count per severity, then one row per finding
// in the order runChecks gives, each address a link to the cell. Severities are shown in
// Indonesian (Galat / Peringatan / Info) and coloured by conditional fills on that column.
import type { Finding, Severity } from "../core/model";
import type { PlanCell, SheetPlan } from "../workbook/grid";
import { range } from "../workbook/a1";
import { SHEET } from "../workbook/sheets/layout";

export const TINGKAT_LABEL: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };

const HEADERS = ["Tingkat", "Aturan", "Lembar", "Sel", "Pesan", "Seharusnya", "Tertulis"];
const WIDTHS = [12, 24, 24, 8, 80, 18, 18];
const FILLS: Record<Severity, { fill: string; color: string }> = {
  error: { fill: "#F8D7DA", color: "#842029" },
  warning: { fill: "#FFF3CD", color: "#664D03" },
  info: { fill: "#CFE2FF", color: "#084298" },
};
/** 0-based row of the header; findings start on the row below. */
const HEADER_ROW = 3;
const LAST_COL = HEADERS.length - 1;

function summary(findings: Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  if (findings.length === 0) return "Tidak ada temuan.";
  return `Temuan: ${count("error")} galat, ${count("warning")} peringatan, ${count("info")} info.`;
}

function findingRow(f: Finding): PlanCell[] {
  return [
    { v: TINGKAT_LABEL[f.severity] },
    { v: f.rule },
    { v: f.sheet },
    f.cell ? { v: f.cell, link: { sheet: f.sheet, cell: f.cell } } : { v: "" },
    { v: f.message },
    { v: f.expected ?? "" },
    { v: f.actual ?? "" },
  ];
}

export function planValidasi(findings: Finding[]): SheetPlan {
  const body: (PlanCell | null)[][] =
    findings.length > 0 ? findings.map(findingRow) : [[{ v: "Tidak ada temuan." }, ...HEADERS.slice(1).map(() => null)]];
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + body.length;
  const severityColumn = range(first, 0, last, 0);
  const errors = findings.some((f) => f.severity === "error");
  const warnings = findings.some((f) => f.severity === "warning");
  return {
    name: SHEET.validasi,
    kind: "output",
    rows: [[{ v: "SAKIP Validasi — Hasil Pemeriksaan" }], [{ v: summary(findings) }], [], HEADERS.map((h) => ({ v: h })), ...body],
    widths: WIDTHS,
    merges: [range(0, 0, 0, LAST_COL), range(1, 0, 1, LAST_COL), ...(findings.length === 0 ? [range(first, 0, first, LAST_COL)] : [])],
    styles: [
      { range: range(0, 0, 0, 0), style: { bold: true, size: 14 } },
      { range: range(1, 0, 1, 0), style: { italic: true } },
      {
        range: range(HEADER_ROW, 0, HEADER_ROW, LAST_COL),
        style: { bold: true, fill: "#1F4E79", color: "#FFFFFF", border: true, align: "center", valign: "middle", wrap: true },
      },
      { range: range(first, 0, last, LAST_COL), style: { border: true, valign: "top" } },
      { range: range(first, 4, last, 6), style: { wrap: true, border: true, valign: "top" } },
    ],
    conditional: findings.length === 0 ? [] : (Object.keys(FILLS) as Severity[]).map((s) => ({ range: severityColumn, equals: TINGKAT_LABEL[s], ...FILLS[s] })),
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    print: { landscape: true, fitToWidth: true, repeatRows: HEADER_ROW + 1 },
    tabColor: errors ? "#C00000" : warnings ? "#BF8F00" : "#548235",
  };
}
