// Running the `sakip` command in tests: in-process through main(argv, io), and as a real
// child process through bin/sakip.js (the built dist/cli/sakip.js) for the stderr/exit-code
// contract of DESIGN §5. Also the temporary folders the tests write into.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "sakip.js");
export const CLI_BUNDLE = path.join(ROOT, "dist", "cli", "sakip.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function sakip(...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** bin/sakip.js in a child process; the bundle must have been built (see the message). */
export function sakipProcess(argv: string[], timeoutMs = 60_000): Promise<Run> {
  if (!fs.existsSync(CLI_BUNDLE)) {
    throw new Error("dist/cli/sakip.js is missing: run `npx webpack --mode production --config-name cli` first.");
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`sakip ${argv.join(" ")} ended by ${signal}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sakip-${prefix}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Words every user-facing message of the CLI is built from (it speaks Indonesian). */
const INDONESIAN = /\b(berkas|buku kerja|folder|tidak|bukan|kosong|rusak|terlalu|dilindungi|sandi|wajib|perintah|opsi|dilewati|ditemukan|simpan)\b/i;

/**
 * DESIGN §5's contract for unusable input: one line on stderr, "sakip: " and an Indonesian
 * message, no stack frame and no JavaScript error name; nothing on stdout; exit code 2.
 */
export function expectOneLineRefusal(run: Run): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  expect(run.stderr).toMatch(/^sakip: [^\n]+\n$/);
  expectCleanMessage(run.stderr);
}

/** No stack frame ("    at f (file:1:2)"), no "Error:"/"TypeError:" prefix, Indonesian words. */
export function expectCleanMessage(text: string): void {
  expect(text).not.toMatch(/^\s*at\s/m);
  expect(text).not.toMatch(/\(?[\w/\\.-]+\.(?:js|ts):\d+:\d+\)?/);
  expect(text).not.toMatch(/\b[A-Za-z]*Error\b:/);
  expect(text).toMatch(INDONESIAN);
}
