// Nothing goes over the network (DESIGN §6). The built bundles make no request of their own —
// the one thing allowed is webpack's loader of the task pane's lazy chunks, which adds a
// <script> for a file beside taskpane.js (same origin) — the sources name no remote address
// but Office.js's CDN, and taskpane.html's Content-Security-Policy allows nothing else. The
// CLI is also run with every Node network entry point trapped.
import * as fs from "node:fs";
import * as path from "node:path";
// Default imports are the modules themselves (not namespace copies), so replacing a function
// on them reaches every user of the module.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import dns from "node:dns";
import { ROOT, sakip, tempDir, removeDir } from "../robustness/cli";
import { networkUses, withoutWebpackChunkLoader, withoutPolyfillFeatureTests, OFFICE_CDN } from "./scan";
import { parseCsp } from "./csp";

const DIST = path.join(ROOT, "dist");

function distFile(relative: string): string {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) throw new Error(`dist/${relative} is missing: run \`npx webpack --mode production\` first.`);
  return file;
}

/** A built script with what is known to load nothing taken out (see scan.ts). */
const scanned = (file: string) => withoutPolyfillFeatureTests(withoutWebpackChunkLoader(fs.readFileSync(file, "utf8")));

function bundles(): string[] {
  distFile("taskpane.html");
  const web = fs.readdirSync(DIST).filter((n) => n.endsWith(".js")).map((n) => path.join(DIST, n));
  const cli = fs.readdirSync(path.join(DIST, "cli")).filter((n) => n.endsWith(".js")).map((n) => path.join(DIST, "cli", n));
  return [...web, ...cli];
}

describe("the built bundles", () => {
  it("include the task pane, the functions and the CLI", () => {
    const names = bundles().map((b) => path.relative(DIST, b));
    expect(names).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", path.join("cli", "sakip.js")]));
  });

  it.each(["taskpane.js", "functions.js", path.join("cli", "sakip.js")])("%s contains no network call (webpack's same-origin chunk loader aside)", (name) => {
    expect(networkUses(scanned(distFile(name)))).toEqual([]);
  });

  it("no other built script (lazy chunks) contains a network call either", () => {
    for (const file of bundles()) {
      expect({ file: path.relative(DIST, file), uses: networkUses(scanned(file)) }).toEqual({ file: path.relative(DIST, file), uses: [] });
    }
  });
});

describe("the sources", () => {
  /** Every file under src/, whatever its type (HTML, TS, TSX, CSS, JSON). */
  function sources(dir = path.join(ROOT, "src")): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  }

  it("name no web address but Office.js's CDN and localhost", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(50);
    const foreign: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\]]+/gi)) {
        const url = new URL(m[0].replace(/[.,;]+$/, ""));
        const allowed = url.origin === OFFICE_CDN || url.hostname === "localhost" || url.hostname === "127.0.0.1";
        if (!allowed) foreign.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe("taskpane.html", () => {
  const html = () => fs.readFileSync(distFile("taskpane.html"), "utf8");

  it("loads scripts only from its own origin and Office.js from Microsoft's CDN", () => {
    const sources = [...html().matchAll(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)\s*=\s*"?([^"\s>]+)/gi)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) expect(new URL(src, "https://addin.invalid/").origin).toBe(OFFICE_CDN);
    }
    expect(sources).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("has a Content-Security-Policy allowing only the add-in's origin and the Office.js CDN", () => {
    const csp = parseCsp(html());
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(expect.arrayContaining(["'self'"]));
    expect(["'self'", "'none'"]).toEqual(expect.arrayContaining(csp.get("frame-src") ?? ["'none'"]));
    expect(csp.get("form-action") ?? ["'none'"]).toEqual(["'none'"]);
    // Every source of every directive: our origin, nothing, the CDN for scripts, inline styles
    // (Fluent UI inserts them) and data: images. No wildcard, no scheme-wide source, no eval.
    const allowed: Record<string, string[]> = { "script-src": [OFFICE_CDN], "style-src": ["'unsafe-inline'"], "img-src": ["data:"], "font-src": ["data:"] };
    for (const [directive, list] of csp) {
      for (const source of list) {
        expect({ directive, source, ok: ["'self'", "'none'", ...(allowed[directive] ?? [])].includes(source) }).toEqual({ directive, source, ok: true });
      }
    }
  });
});

describe("the CLI, with every network entry point of Node trapped", () => {
  const calls: string[] = [];
  const restore: (() => void)[] = [];
  let dir: string;

  function trap<T extends object>(owner: T, key: keyof T & string, label: string): void {
    const original = owner[key];
    Object.defineProperty(owner, key, {
      configurable: true,
      writable: true,
      value: () => {
        calls.push(label);
        throw new Error(`network call: ${label}`);
      },
    });
    restore.push(() => Object.defineProperty(owner, key, { configurable: true, writable: true, value: original }));
  }

  beforeAll(() => {
    dir = tempDir("jaringan");
    trap(http, "request", "http.request");
    trap(http, "get", "http.get");
    trap(https, "request", "https.request");
    trap(https, "get", "https.get");
    trap(net, "connect", "net.connect");
    trap(net, "createConnection", "net.createConnection");
    trap(net.Socket.prototype, "connect", "net.Socket.connect");
    trap(tls, "connect", "tls.connect");
    trap(dns, "lookup", "dns.lookup");
    trap(dns, "resolve", "dns.resolve");
    trap(globalThis, "fetch", "fetch");
  });

  afterAll(() => {
    restore.reverse().forEach((undo) => undo());
    removeDir(dir);
  });

  it("runs every command without touching the network", async () => {
    const example = path.join(ROOT, "examples", "contoh-bapas-magelang.xlsx");
    const out = (n: string) => path.join(dir, n);
    const runs = [
      await sakip("check", example, "--json"),
      await sakip("convert", example, "-o", out("pk.xlsx")),
      await sakip("summarize", example, "-o", out("ringkas.xlsx"), "--docx", out("bab3.docx")),
      await sakip("template", "-o", out("templat.xlsx")),
      await sakip("consolidate", example, path.join(ROOT, "test", "fixtures", "xlsx"), "-o", out("rekap.xlsx")),
    ];
    expect(runs.map((r) => r.code === 1 ? 0 : r.code)).toEqual([0, 0, 0, 0, 0]);
    expect(calls).toEqual([]);
    expect(() => http.get("http://localhost/")).toThrow(/network call/); // the trap works
  });
});
