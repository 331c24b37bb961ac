// bin/sakip.js and the bundled CLI dist/cli/sakip.js: the command runs exactly once whether
// Node starts the bin or the bundle, requiring the bundle runs nothing, exit codes pass
// through, and a missing build is one Indonesian line with exit code 2.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { distFile, ROOT } from "./dist";

const BIN = path.join(ROOT, "bin", "sakip.js");

function node(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, args, { cwd, encoding: "utf8", timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the sakip command", () => {
  const bundle = distFile("cli/sakip.js");

  it("runs the command once through bin/sakip.js", () => {
    expect(node([BIN, "--version"])).toEqual({ status: 0, stdout: expect.stringMatching(/^sakip \d+\.\d+\.\d+\n$/), stderr: "" });
  });

  it("runs the command once when Node starts the bundle itself", () => {
    expect(node([bundle, "--version"])).toEqual({ status: 0, stdout: expect.stringMatching(/^sakip \d+\.\d+\.\d+\n$/), stderr: "" });
  });

  it("runs nothing when the bundle is required, and exports main", () => {
    const probe = `const m = require(${JSON.stringify(bundle)}); process.stdout.write(typeof m.main);`;
    expect(node(["-e", probe, "--", "--version"])).toEqual({ status: 0, stdout: "function", stderr: "" });
  });

  it("passes the exit code through and reports unusable input in one line, without a stack trace", () => {
    const missing = path.join(os.tmpdir(), `sakip-tidak-ada-${process.pid}.xlsx`);
    const run = node([BIN, "check", missing]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^sakip: [^\n]+\n$/);
  });

  it("says to build first when dist/cli/sakip.js is missing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-bin-"));
    try {
      fs.mkdirSync(path.join(dir, "bin"));
      fs.copyFileSync(BIN, path.join(dir, "bin", "sakip.js"));
      const run = node([path.join(dir, "bin", "sakip.js"), "--version"], dir);
      expect(run).toEqual({ status: 2, stdout: "", stderr: expect.stringMatching(/^sakip: [^\n]*npm run build:cli[^\n]*\n$/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
