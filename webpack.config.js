// Two builds (run one with `webpack --config-name web|cli`):
//   web — the add-in: dist/taskpane.html hosting the shared runtime, dist/taskpane.js (React UI),
//         dist/functions.js (custom functions, standalone), dist/functions.json (their metadata),
//         dist/manifest.xml and dist/assets/.
//   cli — the `sakip` command: dist/cli/sakip.js for Node, packages left as runtime requires.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { SizeBudgetPlugin } = require("./scripts/build/size-budget");
const { resolveAddinUrl, substituteAddinUrl } = require("./scripts/build/addin-url");

const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS = "./src/functions/functions.ts";
// DESIGN §6, in bytes (1 kB = 1000 B) of gzip.
const TASKPANE_BUDGET = 150_000;
const FUNCTIONS_BUDGET = 10_000;

const resolve = {
  extensions: [".ts", ".tsx", ".js", ".json"],
  // Sources may import "./x.js" (node16 style) for a file that is x.ts.
  extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
};

/** ts-loader without type checking (`npm run typecheck` does that), with module options per build. */
function typescript(compilerOptions) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions } },
  };
}

/** office-addin-dev-certs' files when present; else webpack-dev-server makes its own certificate. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
  }
  return { type: "https" };
}

function web(mode) {
  const production = mode === "production";
  const addinUrl = resolveAddinUrl(process.env.ADDIN_URL, mode);
  return {
    name: "web",
    mode,
    // Office's current webviews (WebView2, Safari/WKWebView, browsers for Excel on the web);
    // React 18 and Fluent UI 9 do not support the old IE/EdgeHTML webviews, so no polyfills.
    target: ["web", "es2020"],
    entry: {
      // functions first: it runs in the shared runtime page before the UI.
      functions: FUNCTIONS,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/cli belongs to the other build, which may finish first.
      clean: { keep: /^cli\// },
    },
    // The task pane's "Gabungkan file UPT" reads workbooks in the browser with the xlsx gateway
    // (src/xlsx/read.ts → input.ts), which imports node:fs for paths; the pane passes bytes
    // only, so fs is an empty module here. ExcelJS itself resolves to its browser build.
    resolve: { ...resolve, fallback: { fs: false } },
    // ESM output so webpack can tree-shake Fluent UI; tsconfig's node16 is for tsc and jest.
    module: { rules: [typescript({ module: "esnext", moduleResolution: "bundler" })] },
    // No eval-based source maps: the page's CSP has no 'unsafe-eval', in development too.
    devtool: production ? false : "source-map",
    optimization: {
      // Each entry carries its own runtime and nothing is split out of the initial chunks, so
      // functions.js needs no other file (it must not pull in the task pane's React).
      runtimeChunk: false,
      splitChunks: { chunks: "async" },
    },
    // Replaced by the gzip budgets below, which are what DESIGN §6 asks for.
    performance: { hints: false },
    plugins: [
      // A "node:" request is a URL scheme to webpack, which resolve.fallback does not see.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        inject: "head",
        // ?hash on the script URLs: Office's webviews cache hard.
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: { transformer: (content) => substituteAddinUrl(content.toString("utf8"), addinUrl) },
          },
        ],
      }),
      ...(production
        ? [
            new SizeBudgetPlugin({
              html: "taskpane.html",
              pageBudget: TASKPANE_BUDGET,
              files: { "functions.js": FUNCTIONS_BUDGET },
            }),
          ]
        : []),
    ],
    devServer: {
      port: 3000,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // A full reload on change; HMR adds a client to functions.js too and cannot re-register
      // custom functions in a running shared runtime anyway.
      hot: false,
      liveReload: true,
      // The overlay is an iframe, which the page's CSP (kept in development) forbids.
      client: { overlay: false },
    },
  };
}

function cli(mode) {
  return {
    name: "cli",
    mode,
    target: "node20",
    entry: "./src/cli/main.ts",
    output: {
      path: path.join(DIST, "cli"),
      filename: "sakip.js",
      library: { type: "commonjs2" },
      clean: true,
    },
    resolve,
    // tsconfig's module (node16 → CommonJS here) keeps `require.main === module` meaningful.
    module: { rules: [typescript({})] },
    externalsPresets: { node: true },
    // Packages (exceljs, docx, jszip, …) stay `require`s resolved from node_modules at run time.
    externals: [
      ({ request }, callback) =>
        /^(?![./])(?![a-zA-Z]:)[^:]+$/.test(request) ? callback(null, `commonjs ${request}`) : callback(),
    ],
    // Inside a bundle webpack turns `require.main` into "the bundle's entry module", so
    // main.ts's `require.main === module` would be true even when bin/sakip.js requires the
    // bundle (and main would run twice). This makes it true only when Node runs this file.
    plugins: [
      new webpack.DefinePlugin({
        "require.main": "(require.main && require.main.filename === __filename ? module : undefined)",
      }),
    ],
    node: { __filename: false, __dirname: false },
    devtool: false,
    optimization: { minimize: false },
  };
}

module.exports = (_env, argv) => {
  const mode = argv.mode ?? "production";
  return [web(mode), cli(mode)];
};
