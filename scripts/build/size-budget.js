// Size budgets of DESIGN §6, enforced by the production build: the JavaScript that
// taskpane.html loads from the add-in's own origin, gzipped, and functions.js on its own
// (it is parsed before anything else each time Excel starts the shared runtime).
"use strict";

const zlib = require("node:zlib");
const { Compilation, WebpackError } = require("webpack");

const PLUGIN = "SizeBudgetPlugin";

/**
 * The src of every <script> in an HTML text, in document order.
 * @param {string} html
 * @returns {string[]}
 */
function scriptSources(html) {
  const sources = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (src) sources.push(src[1] ?? src[2] ?? src[3]);
  }
  return sources;
}

/** A script src of the add-in's own origin, as an output path ("taskpane.js?abc" → "taskpane.js"). */
function localAsset(src) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return null;
  return src.replace(/^\.?\//, "").replace(/[?#].*$/, "");
}

/** gzip at zlib's default level, what a static server or CDN typically sends. */
function gzipSize(buffer) {
  return zlib.gzipSync(buffer).length;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

class SizeBudgetPlugin {
  /**
   * @param {{ html: string, pageBudget: number, files: Record<string, number> }} options
   *   pageBudget: max gzipped bytes of the local scripts the html loads, together;
   *   files: max gzipped bytes per asset. Going over either fails the build.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { html, pageBudget, files } = this.options;
    let lines = [];
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        lines = [];
        const page = compilation.getAsset(html);
        if (!page) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${html} tidak dihasilkan`));
          return;
        }
        const over = [];
        const measure = (name) => {
          const asset = compilation.getAsset(name);
          const buffer = asset ? asset.source.buffer() : null;
          return buffer && { raw: buffer.length, gzip: gzipSize(buffer) };
        };
        const scripts = scriptSources(page.source.source().toString()).map(localAsset).filter(Boolean);
        let total = 0;
        for (const name of [...new Set([...scripts, ...Object.keys(files)])]) {
          const size = measure(name);
          if (!size) {
            over.push(`${name} tidak ada di keluaran`);
            continue;
          }
          const budget = files[name];
          lines.push(`  ${name}: ${kB(size.raw)} mentah, ${kB(size.gzip)} gzip${budget ? ` (batas ${kB(budget)})` : ""}`);
          if (budget && size.gzip > budget) over.push(`${name} ${kB(size.gzip)} gzip > ${kB(budget)}`);
          if (scripts.includes(name)) total += size.gzip;
        }
        lines.push(`  JS yang dimuat ${html}: ${kB(total)} gzip (batas ${kB(pageBudget)})`);
        if (total > pageBudget) over.push(`JS yang dimuat ${html} ${kB(total)} gzip > ${kB(pageBudget)}`);
        for (const problem of over) compilation.errors.push(new WebpackError(`Anggaran ukuran terlampaui: ${problem}`));
      });
    });
    compiler.hooks.done.tap(PLUGIN, () => {
      if (lines.length > 0) process.stdout.write(`Ukuran bundel:\n${lines.join("\n")}\n`);
    });
  }
}

module.exports = { SizeBudgetPlugin };
