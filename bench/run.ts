// `npm run bench`: the quality targets of DESIGN §6 measured on generated workbooks shaped like
// real ones (bench/workbooks.ts). `-- --json` prints one JSON object on stdout and nothing
// else; progress always goes to stderr. `-- --quick` makes fewer runs and skips the
// million-row check (for development).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { capaianRate } from "./capaian-rate";
import { SIZES, runsFor, writeKanwil, timeCommands, timeExcelJsRead } from "./commands";
import { cliUnderTest } from "./cli-bundle";
import { checkPhases, type CheckPhases } from "./phases";
import { validasiRingkasSyncs, type SyncCount } from "./syncs";
import { writeUnits, timeConsolidate } from "./consolidate";
import { timeBigCheck, type BigCheck } from "./big-check";
import { bundleKb, type BundleKb } from "./bundle";
import { progress, round } from "./measure";
import { renderTable } from "./table";

export interface BenchResult {
  functions_calls_per_sec: number;
  functions_calls_per_sec_by_input: { numbers: number; texts: number };
  /** Which code check/summarize/consolidate ran: the built CLI bundle, or the sources via tsx. */
  cli_code: "bundle" | "src";
  check_ms: Record<string, number>;
  summarize_ms: Record<string, number>;
  exceljs_read_ms: number;
  check_vs_read_ratio: number;
  /** One check of the largest workbook, phase by phase (the sources, via tsx). */
  check_phases_largest: CheckPhases;
  syncs_per_run: { smallest: number; largest: number };
  /** DESIGN §6's allowance for each run: 3 + one per 5 MB of request and response payload. */
  syncs_allowed: { smallest: number; largest: number };
  /** MB of request and response payload of each run, as the fake Excel measured them. */
  payload_mb: { smallest: number; largest: number };
  /** Where the syncs of each run went, and what the run read and wrote. */
  syncs_detail: { smallest: SyncCount; largest: SyncCount };
  consolidate_700_ms: number;
  /** One sheet of a million rows; null with --quick. */
  check_1000000_rows: BigCheck | null;
  bundle_kb: BundleKb | null;
}

const CONSOLIDATE_UNITS = 700;
const BIG_ROWS = 1_000_000;

async function bench(quick: boolean): Promise<BenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bench-"));
  try {
    const rate = capaianRate(quick ? 3 : 5, 1000);
    const cli = await cliUnderTest();
    const check_ms: Record<string, number> = {};
    const summarize_ms: Record<string, number> = {};
    const files = new Map<number, string>();
    for (const units of SIZES) {
      const file = await writeKanwil(dir, units);
      files.set(units, file);
      const t = await timeCommands(cli.main, file, dir, units, quick);
      check_ms[String(units)] = t.check;
      summarize_ms[String(units)] = t.summarize;
    }
    const largest = SIZES[SIZES.length - 1];
    const largestFile = files.get(largest) as string;
    const exceljs_read_ms = await timeExcelJsRead(largestFile, runsFor(largest, quick));
    const phases = await checkPhases(largestFile);
    progress(`check phases, ${largest} units (sources via tsx): ${JSON.stringify(phases)}`);
    const small = await validasiRingkasSyncs(files.get(SIZES[0]) as string);
    const big = await validasiRingkasSyncs(largestFile);
    const folder = await writeUnits(dir, CONSOLIDATE_UNITS);
    const consolidate_700_ms = await timeConsolidate(cli.main, folder, dir);
    fs.rmSync(folder, { recursive: true, force: true });
    const check_1000000_rows = quick ? null : await timeBigCheck(cli, dir, BIG_ROWS);
    return {
      functions_calls_per_sec: rate.mixed,
      functions_calls_per_sec_by_input: { numbers: rate.numbers, texts: rate.texts },
      cli_code: cli.code,
      check_ms,
      summarize_ms,
      exceljs_read_ms,
      check_vs_read_ratio: round(check_ms[String(largest)] / exceljs_read_ms, 2),
      check_phases_largest: phases,
      syncs_per_run: { smallest: small.syncs, largest: big.syncs },
      syncs_allowed: { smallest: small.allowed, largest: big.allowed },
      payload_mb: { smallest: round(small.request_mb + small.response_mb, 1), largest: round(big.request_mb + big.response_mb, 1) },
      syncs_detail: { smallest: small, largest: big },
      consolidate_700_ms,
      check_1000000_rows,
      bundle_kb: bundleKb(path.resolve(__dirname, "..", "dist")),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function run(argv: string[]): Promise<void> {
  const unknown = argv.filter((a) => a !== "--json" && a !== "--quick");
  if (unknown.length > 0) throw new Error(`unknown option(s): ${unknown.join(" ")} (use --json, --quick)`);
  const started = Date.now();
  const result = await bench(argv.includes("--quick"));
  progress(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(argv.includes("--json") ? `${JSON.stringify(result)}\n` : renderTable(result));
}

run(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
