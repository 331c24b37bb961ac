// The `sakip` command as it ships: the benchmark times check, summarize and consolidate in the
// CLI bundle built from the current sources with the project's own webpack "cli" config (the
// same as `npm run build:cli`), not in the sources as tsx runs them — tsx compiles with
// esbuild's keepNames, which wraps every inner function in a __name() call and made the
// analysis 30–80 % slower than the shipped code in our measurements. The bundle goes under
// node_modules/.cache so that its requires of exceljs, docx … resolve as in dist/cli.
// Should the build fail (a module mid-edit), the sources are measured instead, and said so.
import * as path from "node:path";
import webpack from "webpack";
import { main as srcMain } from "../src/cli/main";
import { progress } from "./measure";

export type Main = typeof srcMain;

export interface CliUnderTest {
  main: Main;
  /** "bundle" (webpack production build of src/cli) or "src" (the sources through tsx). */
  code: "bundle" | "src";
  /** The bundle's path, to run it in a process of its own; null when measuring the sources. */
  bundle: string | null;
}

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "node_modules", ".cache", "sakip-bench", "cli");

type ConfigFactory = (env: unknown, argv: { mode: string }) => webpack.Configuration[];

async function buildBundle(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const cli = factory({}, { mode: "production" }).find((c) => c.name === "cli");
  if (!cli) throw new Error('webpack.config.js has no "cli" configuration');
  const config: webpack.Configuration = { ...cli, context: ROOT, output: { ...cli.output, path: OUT } };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("no stats")) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only").split("\n").slice(0, 3).join(" "));
  return path.join(OUT, String(cli.output?.filename ?? "sakip.js"));
}

export async function cliUnderTest(): Promise<CliUnderTest> {
  const started = Date.now();
  try {
    const file = await buildBundle();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(file) as { main: Main };
    progress(`built the CLI bundle in ${Math.round((Date.now() - started) / 1000)} s: ${path.relative(ROOT, file)}`);
    return { main: bundle.main, code: "bundle", bundle: file };
  } catch (e) {
    progress(`CLI bundle build failed, measuring the sources through tsx instead: ${e instanceof Error ? e.message : String(e)}`);
    return { main: srcMain, code: "src", bundle: null };
  }
}
