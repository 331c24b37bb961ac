// What the browser tests need around Chromium: the production build served from 127.0.0.1,
// the fake office.js bundled with webpack's Node API, and a Chromium with no way out to the
// network (every request that is neither local nor the Office.js URL is refused and recorded).
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import webpack from "webpack";
import { chromium, type BrowserContext } from "playwright-core";
import type { Grid } from "../../src/workbook/grid";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(__dirname, "screenshots");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Served {
  base: string;
  /** Paths requested so far ("/taskpane.js"), in order. */
  requested: string[];
  close(): Promise<void>;
}

/** A static server of dist/ on 127.0.0.1 at a free port. */
export async function serveDist(): Promise<Served> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html tidak ada: jalankan `npm run build` (atau `npx webpack --mode production --config-name web`) dahulu.",
    );
  }
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requested.push(url.pathname);
    const file = path.join(DIST, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Bundles fake-office-entry.ts for the browser with the workbook's grids inlined as JSON. */
export async function buildFakeOffice(grids: Grid[], outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    // No eval-based source maps: taskpane.html's CSP forbids eval.
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: path.join(__dirname, "fake-office-entry.ts"),
    output: { path: outDir, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    plugins: [new webpack.DefinePlugin({ FIXTURE_GRIDS: JSON.stringify(grids) })],
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    }),
  );
  return fs.readFileSync(path.join(outDir, "office.js"), "utf8");
}

export interface Browser {
  context: BrowserContext;
  /** Every URL the pages asked for that was refused (neither local nor Office.js). */
  refused: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless, 350 × 900 like a task pane; only `base` and Office.js are reachable. */
export async function launch(base: string, officeJs: string): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 350, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const refused: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) await route.continue();
    else if (url.startsWith(OFFICE_JS)) await route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    else {
      refused.push(url);
      await route.abort("blockedbyclient");
    }
  });
  return {
    context,
    refused,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
