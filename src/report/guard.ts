// Programming values that must never reach a report sentence: they mean a figure was
// missing and the text was built anyway. Tests run every generated sentence through this.
const LEAKS: { pattern: RegExp; what: string }[] = [
  { pattern: /\bNaN\b/, what: "NaN" },
  { pattern: /\bundefined\b/i, what: "undefined" },
  { pattern: /\bnull\b/i, what: "null" },
  { pattern: /-?\bInfinity\b|∞/, what: "Infinity" },
  { pattern: /\[object \w+\]/, what: "[object …]" },
  { pattern: /[{}]/, what: "{…}" },
  { pattern: /#(?:DIV\/0!|N\/A|VALUE!|REF!|NUM!|NAME\?)/, what: "Excel error" },
];

/** The first leaked value found in `text`, or null when the text is clean. */
export function leakIn(text: string): string | null {
  for (const { pattern, what } of LEAKS) if (pattern.test(text)) return what;
  return null;
}
