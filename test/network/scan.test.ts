// The bundle scan itself, on real webpack output: a tiny entry with one lazy import built with
// the add-in's web settings. Webpack's chunk loader is recognised and nothing else is; a
// loader pointed at another origin, a public path on another origin and a fetch are caught.
import * as fs from "node:fs";
import * as path from "node:path";
import webpack from "webpack";
import { tempDir, removeDir } from "../robustness/cli";
import { networkUses, withoutWebpackChunkLoader, withoutPolyfillFeatureTests } from "./scan";

let dir: string;

async function build(entry: string, publicPath?: string): Promise<string> {
  fs.writeFileSync(path.join(dir, "entry.js"), entry);
  fs.writeFileSync(path.join(dir, "lazy.js"), "export function rekap() { return 42; }\n");
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(
      {
        mode: "production",
        context: dir,
        target: ["web", "es2020"],
        entry: { taskpane: "./entry.js" },
        output: { path: path.join(dir, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js", clean: true, ...(publicPath ? { publicPath } : {}) },
        optimization: { runtimeChunk: false, splitChunks: { chunks: "async" } },
      },
      (err, s) => (err || !s ? reject(err) : resolve(s)),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return fs.readFileSync(path.join(dir, "dist", "taskpane.js"), "utf8");
}

const LAZY = 'document.body.onclick = () => import("./lazy").then((m) => console.log(m.rekap()));\n';

beforeAll(() => (dir = tempDir("webpack")));
afterAll(() => removeDir(dir));

it("recognises webpack's same-origin chunk loader, which the raw scan flags", async () => {
  const code = await build(LAZY);
  expect(networkUses(code).map((u) => u.split(":")[0])).toEqual(expect.arrayContaining(["importScripts", 'createElement("script")']));
  expect(networkUses(withoutWebpackChunkLoader(code))).toEqual([]);
}, 60_000);

it("still finds a fetch next to the loader", async () => {
  const code = await build(`${LAZY}fetch("https://telemetri.invalid/" + location.href);\n`);
  expect(networkUses(withoutWebpackChunkLoader(code))).toEqual([expect.stringMatching(/^fetch\(/)]);
}, 60_000);

it("does not excuse chunks loaded from another origin", async () => {
  const code = await build(LAZY, "https://cdn.invalid/sakip/");
  expect(networkUses(withoutWebpackChunkLoader(code))).toEqual([expect.stringMatching(/^createElement\("script"\)/)]);
}, 60_000);

describe("setImmediate polyfills' feature tests", () => {
  // As they appear minified in the ExcelJS chunk (setimmediate, immediate, core-js).
  const polyfills = [
    'if(e.postMessage&&!e.importScripts){var t=!0}',
    'r="document"in e&&"onreadystatechange"in e.document.createElement("script")?function(){var t=e.document.createElement("script");t.onreadystatechange=function(){h(),t.onreadystatechange=null,t.parentNode.removeChild(t),t=null},e.document.documentElement.appendChild(t)}:function(){setTimeout(h,0)}',
  ];

  it.each(polyfills)("are excused: %s", (code) => {
    expect(networkUses(code)).not.toEqual([]);
    expect(networkUses(withoutPolyfillFeatureTests(code))).toEqual([]);
  });

  it.each([
    'self.importScripts("https://x.invalid/a.js")',
    'var t=document.createElement("script");t.onreadystatechange=function(){t.src="https://x.invalid/a.js"}',
    'var t=document.createElement("script");t.src="https://x.invalid/a.js";document.head.appendChild(t)',
  ])("are told from a real load: %s", (code) => {
    expect(networkUses(withoutPolyfillFeatureTests(code))).not.toEqual([]);
  });
});
