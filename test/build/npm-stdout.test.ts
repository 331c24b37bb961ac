// `npm run bench -- --json` must print the JSON object and nothing else on stdout (issue #7):
// npm's own banner ("> sakip-excel-addin@0.1.0 bench") would precede it unless the project's
// .npmrc keeps npm silent. An unknown option makes the bench stop at once, so what reaches
// stdout here is npm's part alone.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

test("npm run bench writes nothing of npm's own to stdout", () => {
  const env = { ...process.env };
  // `npm test --loglevel=warn` (CI) passes its level down; a user's plain shell does not.
  for (const key of Object.keys(env)) if (key.toLowerCase() === "npm_config_loglevel") delete env[key];
  const run = spawnSync("npm", ["run", "bench", "--", "--no-such-option"], { cwd: path.resolve(__dirname, "../.."), env, encoding: "utf8" });
  expect(run.stderr).toContain("unknown option(s): --no-such-option");
  expect(run.status).not.toBe(0);
  expect(run.stdout).toBe("");
}, 60_000);
