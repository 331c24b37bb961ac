// Reading a number as staff write it (DOMAIN §7 "Reading a number written as text"), and as
// Excel holds it (a double plus the cell's number format).
import type { CellValue, NumberReading } from "./model";
import { remember } from "./remember";

export interface ReadOptions {
  /** The cell is in a money column (pagu, realisasi anggaran): "4.327" reads as thousands. */
  money?: boolean;
  /** The cell's Excel number format ("0.00%", "#,##0", "General"); null or absent = General. */
  format?: string | null;
}

/** Computed doubles show more decimals than this in General format; their precision is unknown. */
const MAX_GENERAL_DECIMALS = 6;

const EMPTY_TEXTS = new Set(["n/a", "na", "nan", "nan %", "nan%", "-", "--", "—", "–", "−"]);
/** Scale words are not units: "4,3 Miliar" would need a guess about precision, so it is unreadable. */
const SCALE_WORDS = new Set(["ribu", "rb", "juta", "jt", "miliar", "milyar", "m", "triliun", "t"]);
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

function reading(
  raw: CellValue,
  status: NumberReading["status"],
  value: number | null = null,
  unit: string | null = null,
  percent = false,
  decimals: number | null = null,
): NumberReading {
  return { status, value, unit, percent, decimals, raw };
}

export function readNumber(value: CellValue | undefined, opts: ReadOptions = {}): NumberReading {
  const raw = value === undefined ? null : value;
  if (raw === null) return reading(raw, "empty");
  if (typeof raw === "boolean") return reading(raw, "unreadable");
  if (typeof raw === "number") return readDouble(raw, opts.format ?? null);
  return readText(raw, opts.money === true);
}

/**
 * Units agree when they are the same word (case aside) or when one side has none:
 * "1" is compatible with "1 Layanan", "75%" is not compatible with "1 Layanan".
 */
export function unitsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------- real numbers

interface FormatInfo {
  general: boolean;
  percent: boolean;
  minDecimals: number;
  maxDecimals: number;
  scientific: boolean;
  unit: string | null;
}

const GENERAL: FormatInfo = { general: true, percent: false, minDecimals: 0, maxDecimals: 0, scientific: false, unit: null };

/** Each format is parsed once (remember.ts). */
const formatOf = remember(parseFormat, 1000);

function formatInfo(format: string | null): FormatInfo {
  if (format === null || format === "General") return GENERAL;
  return formatOf(format);
}

function readDouble(x: number, format: string | null): NumberReading {
  if (!Number.isFinite(x)) return reading(x, "unreadable");
  const info = formatInfo(format);
  if (info.general) {
    const d = shortestDecimals(x);
    return reading(x, "ok", x, info.unit, false, d > MAX_GENERAL_DECIMALS ? null : d);
  }
  // A format with a fixed number of decimals ("0.00%") shows that many, whatever the value.
  const decimals = info.scientific
    ? null
    : info.minDecimals === info.maxDecimals
      ? info.maxDecimals
      : Math.min(info.maxDecimals, Math.max(info.minDecimals, shortestDecimals(info.percent ? cleanDouble(x * 100) : x)));
  return reading(x, "ok", x, info.percent ? "%" : info.unit, info.percent, decimals);
}

/** Splits off the first section of a format, outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\") i++;
    else if (ch === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

function parseFormat(format: string | null): FormatInfo {
  const info: FormatInfo = {
    general: true,
    percent: false,
    minDecimals: 0,
    maxDecimals: 0,
    scientific: false,
    unit: null,
  };
  if (format === null) return info;
  const section = firstSection(format);
  const literals: string[] = [];
  // Keep only the placeholders: drop quoted text, escapes, [..] blocks, fill and padding marks.
  const code = section
    .replace(/"([^"]*)"/g, (_m, text: string) => {
      literals.push(text);
      return "";
    })
    .replace(/\\(.)/g, (_m, ch: string) => {
      literals.push(ch);
      return "";
    })
    .replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
      const currency = /^\$([^-\]]+)/.exec(inner);
      if (currency) literals.push(currency[1]);
      return "";
    })
    .replace(/[_*]./g, "");
  if (!/[0#?]/.test(code) || /[dmyhs]/i.test(code.replace(/E[+-]/gi, ""))) return info;
  info.general = false;
  info.percent = code.includes("%");
  info.scientific = /E[+-]/i.test(code);
  const point = code.indexOf(".");
  if (point >= 0) {
    const after = /^[0#?]*/.exec(code.slice(point + 1))?.[0] ?? "";
    info.maxDecimals = after.length;
    info.minDecimals = after.replace(/#/g, "").length;
  }
  const word = literals.join(" ").replace(SPACES, " ").trim();
  if (/^rp\.?$/i.test(word)) info.unit = "Rp";
  else if (/^[A-Za-z]{2,}$/.test(word)) info.unit = word;
  return info;
}

/** Removes binary noise (0.1 + 0.2, 0.4477 × 100) by going through 15 significant digits. */
export function cleanDouble(x: number): number {
  // An integer below 10^15 has at most 15 digits: it is its own 15-digit rounding (-0 → 0).
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  return Number.isFinite(x) ? Number(x.toPrecision(15)) : x;
}

/** Decimals of the shortest text that reads back as x (2.5 → 1, 4327073000 → 0, 1e-7 → 7). */
export function shortestDecimals(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return 0; // written without a fraction or exponent
  const text = String(Math.abs(x));
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const point = mantissa.indexOf(".");
  const fraction = point < 0 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - (e < 0 ? 0 : Number(text.slice(e + 1))));
}

// ---------------------------------------------------------------- text

const ZERO = 48;
const NINE = 57;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
/** Tab, line breaks, space and the no-break spaces copied text brings (all in SPACES). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Leading zeros dropped, one digit kept ("007" → "7", "0" → "0"), as stripZeros does. */
function withoutLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === ZERO) i++;
  return i === 0 ? digits : digits.slice(i);
}

/**
 * The shapes most cells hold — "75 %", "3,51", "1 Layanan", "44,77%", "4.327" — read in one
 * pass without regular expressions: digits, at most one decimal mark, then "%" or one unit
 * word, spaces around. Anything else (signs, Rp, several marks, other spaces, special
 * words) returns null and goes through readText's full rules, which this agrees with (a
 * property test checks it against the full path).
 */
function readSimpleText(raw: string, moneyColumn: boolean): NumberReading | null {
  const n = raw.length;
  let i = 0;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  const intStart = i;
  while (i < n && isDigit(raw.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = -1;
  if (i < n && (raw.charCodeAt(i) === 44 || raw.charCodeAt(i) === 46)) {
    fracStart = ++i;
    while (i < n && isDigit(raw.charCodeAt(i))) i++;
    if (i === fracStart) return null;
  } else if (intEnd === intStart) {
    return null;
  }
  const numberEnd = i;
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  let percent = false;
  let unit: string | null = null;
  if (i < n && raw.charCodeAt(i) === 37) {
    percent = true;
    i++;
  } else if (i < n && isLetter(raw.charCodeAt(i))) {
    const wordStart = i;
    while (i < n && isLetter(raw.charCodeAt(i))) i++;
    if (i - wordStart < 2) return null;
    unit = raw.slice(wordStart, i);
    const lower = unit.toLowerCase();
    if (SCALE_WORDS.has(lower) || lower === "persen" || lower === "rupiah" || lower === "rp") return null;
  }
  while (i < n && isSpace(raw.charCodeAt(i))) i++;
  if (i !== n) return null;

  const integer = raw.slice(intStart, intEnd);
  let digits: string;
  let decimals = 0;
  if (fracStart < 0) {
    digits = withoutLeadingZeros(integer);
  } else {
    const fraction = raw.slice(fracStart, numberEnd);
    const money = moneyColumn && !percent;
    if (fraction.length === 3 && money && integer.length >= 1 && integer.length <= 3 && integer.charCodeAt(0) !== ZERO) {
      digits = integer + fraction; // "4.327" in a money column: thousands
    } else {
      digits = `${withoutLeadingZeros(integer || "0")}.${fraction}`;
      decimals = fraction.length;
    }
  }
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return null;
  return reading(raw, "ok", value === 0 ? 0 : value, percent ? "%" : unit, percent, decimals);
}

function readText(raw: string, moneyColumn: boolean): NumberReading {
  const simple = readSimpleText(raw, moneyColumn);
  if (simple !== null) return simple;
  const unreadable = reading(raw, "unreadable");
  let s = raw.replace(SPACES, " ").trim();
  if (s === "" || EMPTY_TEXTS.has(s.toLowerCase())) return reading(raw, "empty");
  if (s.startsWith("#")) return unreadable;

  let negative = false;
  let hasRp = false;
  let money = moneyColumn;
  /** Rupiah notation in the text itself (not just a money column). */
  let moneyText = false;
  let parenthesised = false;
  const takeSign = (): void => {
    const m = /^[-−]\s*/.exec(s);
    if (m) {
      if (negative) return;
      negative = true;
      s = s.slice(m[0].length);
    } else if (s.startsWith("+")) {
      s = s.slice(1).trimStart();
    }
  };

  takeSign();
  const rp = /^rp\.?\s*/i.exec(s);
  if (rp) {
    hasRp = true;
    money = moneyText = true;
    s = s.slice(rp[0].length);
    takeSign();
  }
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    if (negative) return unreadable;
    parenthesised = true;
    negative = true;
    s = paren[1].trim();
  }
  const dash = /\s*[.,]\s*-+$/.exec(s);
  if (dash) {
    // ",-" and ".-" close a rupiah amount ("Rp 4.327.073.000,-").
    money = moneyText = true;
    s = s.slice(0, dash.index);
  }
  if (s === "" || EMPTY_TEXTS.has(s.toLowerCase())) return reading(raw, "empty");

  let percent = false;
  let unit: string | null = hasRp ? "Rp" : null;
  const pct = /\s*%$/.exec(s);
  if (pct) {
    percent = true;
    s = s.slice(0, pct.index);
  }
  const word = /\s*([A-Za-z][A-Za-z.]*(?: [A-Za-z]+){0,2})$/.exec(s);
  if (word) {
    const w = word[1].replace(/\.$/, "");
    const lower = w.toLowerCase();
    s = s.slice(0, word.index);
    if (SCALE_WORDS.has(lower) || percent) return unreadable;
    if (lower === "persen") {
      percent = true;
    } else if (lower === "rupiah" || lower === "rp") {
      money = moneyText = true;
      if (unit === null) unit = "Rp";
    } else {
      if (hasRp || !/^[A-Za-z]{2,}( [A-Za-z]{2,})*$/.test(w)) return unreadable;
      unit = w;
    }
  }
  if (percent && moneyText) return unreadable;
  if (parenthesised && !money) return unreadable;

  const n = readDigits(s.trim(), money && !percent);
  if (n === null) return unreadable;
  const digits = (negative ? "-" : "") + n.digits;
  const value = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return unreadable;
  return reading(raw, "ok", value === 0 ? 0 : value, percent ? "%" : unit, percent, n.decimals);
}

interface Digits {
  /** Plain decimal text: "4327073000.5". */
  digits: string;
  decimals: number;
}

/** Valid thousands grouping: first group 1–3 digits (no leading zero), then groups of exactly 3. */
function groupedByThree(groups: string[]): boolean {
  if (groups.length < 2) return false;
  const [first, ...rest] = groups;
  return /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** Reads the numeric core with "." / "," / space marks by the rules of DOMAIN §7. */
function readDigits(s: string, money: boolean): Digits | null {
  // Spaces only ever group thousands ("4 327 073").
  if (s.includes(" ") ? !/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s) : !/^[\d.,]*\d[\d.,]*$/.test(s)) {
    return null;
  }
  const t = s.replace(/ /g, "");
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { digits: stripZeros(t), decimals: 0 };

  const whole = (mark: string): Digits | null => {
    const groups = t.split(mark);
    return groupedByThree(groups) ? { digits: groups.join(""), decimals: 0 } : null;
  };
  const decimal = (intPart: string, frac: string, groupMark: string | null): Digits | null => {
    if (frac === "" || !/^\d+$/.test(frac)) return null;
    let integer = intPart;
    if (groupMark !== null && integer.includes(groupMark)) {
      const groups = integer.split(groupMark);
      if (!groupedByThree(groups)) return null;
      integer = groups.join("");
    }
    if (!/^\d*$/.test(integer)) return null;
    return { digits: `${stripZeros(integer || "0")}.${frac}`, decimals: frac.length };
  };

  if (dots > 0 && commas > 0) {
    const last = Math.max(t.lastIndexOf("."), t.lastIndexOf(","));
    const lastMark = t[last];
    const other = lastMark === "." ? "," : ".";
    const frac = t.slice(last + 1);
    const otherGroupsByThree = t
      .slice(0, last)
      .split(other)
      .slice(1)
      .every((g) => /^\d{3}/.test(g));
    if (frac.length === 3 && otherGroupsByThree) {
      // "3,529.557.791": both marks group thousands.
      const groups = t.split(/[.,]/);
      return groupedByThree(groups) ? { digits: groups.join(""), decimals: 0 } : null;
    }
    const intPart = t.slice(0, last);
    if (intPart.includes(lastMark)) return null;
    return decimal(intPart, frac, other);
  }

  const mark = dots > 0 ? "." : ",";
  if (dots + commas > 1) return whole(mark);
  const [intPart, frac] = t.split(mark);
  if (frac.length === 3 && money && /^[1-9]\d{0,2}$/.test(intPart)) return whole(mark);
  return decimal(intPart, frac, null);
}

function stripZeros(integer: string): string {
  return integer.replace(/^0+(?=\d)/, "");
}
