// `sakip check` on a sheet of a million rows, in a Node process of its own (default heap, as a
// user runs it; its heap then holds only this workbook), timed from start to exit. A run that
// dies (out of memory) is a result too: its exit and last line are reported, not thrown.
import { spawn } from "node:child_process";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { writeBigSheet } from "./big-sheet";
import type { CliUnderTest } from "./cli-bundle";
import { progress, round } from "./measure";

const ROOT = path.resolve(__dirname, "..");

export interface BigCheck {
  ms: number;
  /** 0 or 1 when check completed (findings of severity error give 1); else what ended it. */
  exit: number | string;
  /** The last line on stderr when the run failed. */
  error: string | null;
}

export async function timeBigCheck(cli: CliUnderTest, dir: string, rows: number): Promise<BigCheck> {
  const file = path.join(dir, `besar-${rows}.xlsx`);
  await writeBigSheet(file, rows);
  progress(`wrote ${rows.toLocaleString("en-US")} rows; checking them in a separate process…`);
  const args = cli.bundle ? [cli.bundle] : ["--import", "tsx", path.join(ROOT, "src", "cli", "main.ts")];
  const t0 = performance.now();
  const { code, signal, stderr } = await new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [...args, "check", file, "--json"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let text = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (text += d));
    child.on("error", reject);
    child.on("close", (c, s) => resolve({ code: c, signal: s, stderr: text }));
  });
  const ms = round(performance.now() - t0);
  const completed = code === 0 || code === 1;
  const lines = stderr.trim().split("\n").filter((l) => l.trim() !== "");
  const result: BigCheck = {
    ms,
    exit: code ?? `signal ${signal}`,
    error: completed ? null : (lines.find((l) => /heap out of memory|sakip:/i.test(l)) ?? lines[lines.length - 1] ?? "").trim().slice(0, 200),
  };
  progress(`check of ${rows.toLocaleString("en-US")} rows: ${JSON.stringify(result)}`);
  return result;
}
