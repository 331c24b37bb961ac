// DESIGN §6 on the built page: the JavaScript taskpane.html loads stays within 150 kB gzipped
// and functions.js within 10 kB; the page loads Office.js from Microsoft's CDN and nothing
// else from outside, under a Content-Security-Policy that allows only those two origins.
import * as zlib from "node:zlib";
import { readDist } from "./dist";

const TASKPANE_BUDGET = 150_000; // bytes of gzip (1 kB = 1000 B)
const FUNCTIONS_BUDGET = 10_000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const html = readDist("taskpane.html").toString("utf8");

interface Tag {
  name: string;
  attributes: Map<string, string>;
  index: number;
}

/** Start tags with their attributes (quoted or not, as the minified page writes them). */
function tags(source: string): Tag[] {
  const found: Tag[] = [];
  for (const m of source.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attributes = new Map<string, string>();
    for (const a of m[2].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attributes.set(a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    }
    found.push({ name: m[1].toLowerCase(), attributes, index: m.index ?? 0 });
  }
  return found;
}

const pageTags = tags(html);
const scripts = pageTags.filter((t) => t.name === "script");
const remote = (src: string) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src);
const localScripts = scripts.map((s) => s.attributes.get("src") ?? "").filter((src) => !remote(src));
const localFiles = localScripts.map((src) => src.replace(/^\.?\//, "").replace(/[?#].*$/, ""));

function gzip(file: string): number {
  return zlib.gzipSync(readDist(file)).length;
}

describe("size budgets (DESIGN §6)", () => {
  it("taskpane.html loads functions.js, then taskpane.js, both deferred", () => {
    expect(localFiles).toEqual(["functions.js", "taskpane.js"]);
    for (const s of scripts.filter((t) => !remote(t.attributes.get("src") ?? ""))) {
      expect(s.attributes.has("defer")).toBe(true);
    }
  });

  it(`the JavaScript taskpane.html loads is at most ${TASKPANE_BUDGET / 1000} kB gzipped`, () => {
    const sizes = localFiles.map((file) => [file, gzip(file)] as const);
    const total = sizes.reduce((sum, [, size]) => sum + size, 0);
    expect({ sizes, total, withinBudget: total <= TASKPANE_BUDGET }).toEqual({ sizes, total, withinBudget: true });
  });

  it(`functions.js is at most ${FUNCTIONS_BUDGET / 1000} kB gzipped`, () => {
    const size = gzip("functions.js");
    expect({ size, withinBudget: size <= FUNCTIONS_BUDGET }).toEqual({ size, withinBudget: true });
  });
});

describe("taskpane.html loads nothing from outside but Office.js", () => {
  it("loads Office.js from Microsoft's CDN first, blocking, before the add-in's scripts", () => {
    const first = scripts[0];
    expect(first.attributes.get("src")).toBe(OFFICE_JS);
    expect(first.attributes.has("defer") || first.attributes.has("async")).toBe(false);
  });

  it("has no other remote script, stylesheet, image or frame", () => {
    const remoteRefs = pageTags
      .flatMap((t) => ["src", "href"].map((a) => t.attributes.get(a)).filter((v): v is string => v !== undefined))
      .filter(remote);
    expect(remoteRefs).toEqual([OFFICE_JS]);
  });

  it("has no inline script", () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i);
  });

  it("runs no code from strings (the CSP has no 'unsafe-eval')", () => {
    for (const file of localFiles) {
      const code = readDist(file).toString("utf8");
      expect([file, code.match(/(?<![.\w$])eval\s*\(|\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*["'`]/g)]).toEqual([file, null]);
    }
  });
});

describe("Content-Security-Policy", () => {
  const metas = pageTags.filter((t) => t.name === "meta" && t.attributes.get("http-equiv")?.toLowerCase() === "content-security-policy");
  const policy = new Map(
    (metas[0]?.attributes.get("content") ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );

  it("is one meta tag placed before any script", () => {
    expect(metas).toHaveLength(1);
    expect(metas[0].index).toBeLessThan(scripts[0].index);
  });

  it("allows scripts only from the add-in's origin and the Office.js CDN, without eval or inline", () => {
    expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
  });

  it("limits everything else to the add-in's own origin", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:"]);
    expect(policy.get("frame-src")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("names no other host, no wildcard and no http source", () => {
    const sources = [...policy.values()].flat();
    expect(sources.filter((s) => s.includes("*") || s.startsWith("http:"))).toEqual([]);
    expect(sources.filter((s) => /^https:\/\//.test(s) && s !== OFFICE_CDN)).toEqual([]);
    expect(sources).not.toContain("'unsafe-eval'");
  });
});
