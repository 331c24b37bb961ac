// Finding network calls in built JavaScript. The browser APIs that send or load anything
// (fetch, XMLHttpRequest, WebSocket, EventSource, sendBeacon, importScripts, workers, a
// <script> element) and Node's network modules, as they appear in minified code.

export const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const PATTERNS: [string, RegExp][] = [
  ["fetch(", /\bfetch\s*\(/g],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/g],
  ["WebSocket", /\bWebSocket\b/g],
  ["EventSource", /\bEventSource\b/g],
  ["sendBeacon", /\bsendBeacon\b/g],
  ["importScripts", /\bimportScripts\b/g],
  ["Worker", /\bnew\s+(?:Shared)?Worker\s*\(/g],
  ["serviceWorker", /\bserviceWorker\b/g],
  ["WebTransport", /\bWebTransport\b/g],
  ["RTCPeerConnection", /\bRTCPeerConnection\b/g],
  ['createElement("script")', /createElement\(\s*["'`]script["'`]\s*\)/gi],
  ["node network module", /\brequire\(\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["'`]\s*\)/g],
  ["node network module (import)", /\bfrom\s*["'`](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["'`]/g],
];

/** Each network API the code mentions, with a little context. */
export function networkUses(code: string): string[] {
  const out: string[] = [];
  for (const [name, re] of PATTERNS) {
    for (const m of code.matchAll(re)) out.push(`${name}: …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
  }
  return out;
}

/**
 * Webpack 5's runtime for lazy chunks of a web build, as it minifies it (checked against
 * webpack 5.112; a runtime that looks different is not recognised and the scan fails, to be
 * looked at):
 *  - the script loader `X.l=(url,done,key,chunkId)=>{… document.createElement("script") … src=url …}`,
 *    which webpack only ever calls as `X.l(X.p+X.u(chunkId), …)`: the public path plus the
 *    chunk's file name;
 *  - the automatic public path, which tests `importScripts` only to know whether it runs in a
 *    worker, then takes the directory of the running script (document.currentScript.src): the
 *    chunks come from where taskpane.js came from, the add-in's own origin.
 * Both are removed from the text only when the chunk file names (X.u) are relative file names
 * and the public path is that automatic one or a relative one; what is left is scanned.
 */
export function withoutWebpackChunkLoader(code: string): string {
  let out = code;
  const loader = /([\w$]+)\.l=\(([\w$]+),[\w$]+,[\w$]+,[\w$]+\)=>\{(?:(?!\1\.l=).){0,900}?createElement\("script"\)(?:(?!\1\.l=).){0,600}?\.src=\2(?:(?!\1\.l=).){0,900}?document\.head\.appendChild\([\w$]+\)\}/s;
  const m = loader.exec(out);
  if (m) {
    const r = m[1].replace(/\$/g, "\\$");
    const calls = [...out.matchAll(new RegExp(`\\b${r}\\.l\\(([^,]+),`, "g"))].map((c) => c[1]);
    const chunkNames = [...out.matchAll(new RegExp(`\\b${r}\\.u=([\\w$]+)=>(.{0,400}?\\.js")`, "gs"))].map((u) => u[2]);
    const sameOrigin =
      calls.length > 0 &&
      calls.every((c) => c.startsWith(`${m[1]}.p+${m[1]}.u(`)) &&
      chunkNames.length > 0 &&
      chunkNames.every((body) => !/\/\/|https?:|:\/|\.\.\//i.test(body)) &&
      publicPathIsLocal(out, m[1]);
    if (sameOrigin) out = out.replace(m[0], "");
  }
  out = out.replace(/\b([\w$.]+)\.importScripts&&\(([\w$]+)=\1\.location\+""\)/g, "");
  return out;
}

/** X.p is assigned only the automatic public path (the current script's folder) or a relative path. */
function publicPathIsLocal(code: string, r: string): boolean {
  const esc = r.replace(/\$/g, "\\$");
  const assignments = [...code.matchAll(new RegExp(`\\b${esc}\\.p=([^,;)}]+)`, "g"))].map((a) => a[1]);
  return (
    assignments.length > 0 &&
    assignments.every((a) => {
      const literal = /^["'`](.*)["'`]$/.exec(a);
      if (literal) return !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(literal[1]);
      // The automatic public path: the folder of document.currentScript.src.
      return /^[\w$]+$/.test(a) && /currentScript/.test(code) && /Automatic publicPath is not supported/.test(code);
    })
  );
}

/**
 * Feature tests and tricks of setImmediate polyfills (core-js, setimmediate, immediate — in
 * the ExcelJS/JSZip chunk) that mention the APIs without loading anything:
 *  - `!self.importScripts`, a negated property read (never a call) telling a page from a worker;
 *  - `"onreadystatechange" in document.createElement("script")`, a feature test whose element
 *    is dropped, and old IE's way to run a callback soon: an empty <script> (no src, no text)
 *    whose onreadystatechange fires when it is inserted; it is removed again and loads nothing.
 * Each pattern is removed only in exactly that shape; anything else stays to be scanned.
 */
export function withoutPolyfillFeatureTests(code: string): string {
  return code
    .replace(/!\s*[\w$.]+\.importScripts\b(?!\s*\()/g, "")
    .replace(/"onreadystatechange"\s*in\s*[\w$.]+\.createElement\("script"\)/g, "")
    .replace(/\b(?:var |let |const )?([\w$]+)=[\w$.]+\.createElement\("script"\);\1\.onreadystatechange=function\(\)\{(?:(?!\.src\b|setAttribute|\.text\b|\.innerHTML\b)[^{}])*\}/g, "");
}
