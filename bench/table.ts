// The human-readable report of `npm run bench`: each measure beside its target, PASS or FAIL.
import type { BenchResult } from "./run";

interface Line {
  measure: string;
  value: string;
  target: string;
  pass: boolean | null;
  /** Details, printed after the verdict. */
  note?: string;
}

const n = (x: number) => Math.round(x).toLocaleString("en-US");
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** DESIGN §6 and the benchmark issue's targets. */
export const TARGETS = {
  callsPerSec: 1_000_000,
  checkVsRead: 1.5,
  check1000Ms: 30_000,
  consolidate700Ms: 120_000,
  taskpaneKb: 150,
  functionsKb: 10,
};

function bigCheck(big: BenchResult["check_1000000_rows"]): Line {
  const measure = "check, one sheet of 1 000 000 rows";
  if (big === null) return { measure, value: "skipped (--quick)", target: "completes", pass: null };
  const completed = big.error === null;
  return completed
    ? { measure, value: s(big.ms), target: "completes", pass: true }
    : { measure, value: `failed, ${s(big.ms)}`, target: "completes", pass: false, note: `exit ${big.exit}: ${big.error}` };
}

function lines(r: BenchResult): Line[] {
  const out: Line[] = [
    { measure: "CAPAIAN calls/s (numbers + texts)", value: n(r.functions_calls_per_sec), target: `≥ ${n(TARGETS.callsPerSec)}`, pass: r.functions_calls_per_sec >= TARGETS.callsPerSec },
    { measure: "  numbers only", value: n(r.functions_calls_per_sec_by_input.numbers), target: "", pass: null },
    { measure: "  texts only", value: n(r.functions_calls_per_sec_by_input.texts), target: "", pass: null },
  ];
  for (const units of Object.keys(r.check_ms)) {
    const big = units === "1000";
    out.push({
      measure: `check, ${units} unit(s)`,
      value: `${n(r.check_ms[units])} ms`,
      target: big ? `< ${s(TARGETS.check1000Ms)}` : "",
      pass: big ? r.check_ms[units] < TARGETS.check1000Ms : null,
    });
  }
  for (const units of Object.keys(r.summarize_ms)) out.push({ measure: `summarize, ${units} unit(s)`, value: `${n(r.summarize_ms[units])} ms`, target: "", pass: null });
  out.push(
    { measure: "ExcelJS readFile alone, largest", value: `${n(r.exceljs_read_ms)} ms`, target: "", pass: null },
    ...Object.entries(r.check_phases_largest)
      .filter(([k]) => k.endsWith("_ms"))
      .map(([k, v]) => ({ measure: `  check phase ${k.replace(/_ms$/, "").replace(/_/g, " ")} (src)`, value: `${n(v)} ms`, target: "", pass: null })),
    { measure: "check / ExcelJS read, largest", value: r.check_vs_read_ratio.toFixed(2), target: `≤ ${TARGETS.checkVsRead}`, pass: r.check_vs_read_ratio <= TARGETS.checkVsRead },
    ...(["smallest", "largest"] as const).map((size) => {
      const d = r.syncs_detail[size];
      const allowed = r.syncs_allowed[size];
      return {
        measure: `syncs per Validasi & Ringkas, ${size}`,
        value: String(r.syncs_per_run[size]),
        // DESIGN §6: 3 plus one per 5 MB of payload.
        target: `≤ ${allowed} (${r.payload_mb[size]} MB)`,
        pass: r.syncs_per_run[size] <= allowed,
        note: `read ${d.read} (${d.response_mb} MB received); write ${d.write} (${d.request_mb} MB sent): ${d.write_cells_mb} MB of cells, ${n(d.styles)} styles, ${n(d.links)} links, ${n(d.merges)} merges`,
      };
    }),
    { measure: "consolidate 700 unit workbooks", value: s(r.consolidate_700_ms), target: `< ${s(TARGETS.consolidate700Ms)}`, pass: r.consolidate_700_ms < TARGETS.consolidate700Ms },
    bigCheck(r.check_1000000_rows),
  );
  if (r.bundle_kb) {
    out.push(
      { measure: "task pane initial JS (gzip)", value: `${r.bundle_kb.taskpane_initial} kB`, target: `≤ ${TARGETS.taskpaneKb} kB`, pass: r.bundle_kb.taskpane_initial <= TARGETS.taskpaneKb },
      { measure: "  of which taskpane.js", value: `${r.bundle_kb.taskpane} kB`, target: "", pass: null },
      { measure: "functions.js (gzip)", value: `${r.bundle_kb.functions} kB`, target: `≤ ${TARGETS.functionsKb} kB`, pass: r.bundle_kb.functions <= TARGETS.functionsKb },
    );
  } else {
    out.push({ measure: "bundle sizes", value: "dist/ not built", target: "npx webpack --mode production", pass: null });
  }
  return out;
}

export function renderTable(r: BenchResult): string {
  const rows = lines(r);
  const code = r.cli_code === "bundle" ? "the built CLI bundle (webpack, as shipped)" : "the sources through tsx (the bundle did not build)";
  const w = [Math.max(...rows.map((l) => l.measure.length)), Math.max(...rows.map((l) => l.value.length)), Math.max(...rows.map((l) => l.target.length))];
  const text = rows.map((l) => {
    const verdict = l.pass === null ? "" : l.pass ? "PASS" : "FAIL";
    return `${l.measure.padEnd(w[0])}  ${l.value.padStart(w[1])}  ${l.target.padEnd(w[2])}  ${verdict.padEnd(4)}  ${l.note ?? ""}`.trimEnd();
  });
  const failed = rows.filter((l) => l.pass === false).length;
  return `check, summarize and consolidate ran ${code}.\n\n${text.join("\n")}\n\n${failed === 0 ? "All targets met." : `${failed} target(s) not met.`}\n`;
}
