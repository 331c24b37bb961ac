// Gzipped sizes of the built add-in (DESIGN §6 budgets), measured like the build's own
// SizeBudgetPlugin: zlib's default level, 1 kB = 1000 B. null when dist/ has not been built.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { round } from "./measure";

export interface BundleKb {
  /** Every script of our own origin that taskpane.html loads (the pane's initial JavaScript). */
  taskpane_initial: number;
  taskpane: number;
  functions: number;
}

const gzipKb = (file: string) => round(zlib.gzipSync(fs.readFileSync(file)).length / 1000, 1);

/** Local script paths of an HTML page ("taskpane.js?hash" → "taskpane.js"); CDN scripts skipped. */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src && (src[1] ?? src[2] ?? src[3]);
    if (value && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) out.push(value.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
  }
  return out;
}

export function bundleKb(dist: string): BundleKb | null {
  const html = path.join(dist, "taskpane.html");
  const taskpane = path.join(dist, "taskpane.js");
  const functions = path.join(dist, "functions.js");
  if (![html, taskpane, functions].every((f) => fs.existsSync(f))) return null;
  const initial = localScripts(fs.readFileSync(html, "utf8")).reduce((sum, s) => sum + gzipKb(path.join(dist, s)), 0);
  return { taskpane_initial: round(initial, 1), taskpane: gzipKb(taskpane), functions: gzipKb(functions) };
}
