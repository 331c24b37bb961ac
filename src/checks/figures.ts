// Small judgements on stated figures shared by the rules: is there a value, which readings
// a percentage may have, do two units agree, and how to write a figure in a message.
import type { Figure, Indikator, NumberReading } from "../core/model";
import { agrees } from "../core/precision";
import { formatAngka, formatFigure, formatPersen } from "../core/format";
import { remember } from "../core/remember";

export type OkFigure = Figure & { status: "ok"; value: number };

export function isOk(f: Figure | null | undefined): f is OkFigure {
  return !!f && f.status === "ok" && f.value !== null && Number.isFinite(f.value);
}

/** No value at all: absent, empty, "-", "n/a", "nan %" (never an unreadable text). */
export function isBlank(f: Figure | null | undefined): boolean {
  return !f || f.status === "empty";
}

/**
 * The readings of a stated percentage as a fraction. A figure read as a percent is itself;
 * a plain number in a percent place may be a fraction (0,8459) or points (84,59), so both
 * are tried — the reader normalises headed columns ("Capaian (%)"), this covers the rest.
 */
export function asFractions(f: NumberReading): NumberReading[] {
  if (f.percent || f.value === null || (f.unit !== null && f.unit !== "%")) return [f];
  const asFraction: NumberReading = { ...f, percent: true, decimals: f.decimals === null ? null : Math.max(0, f.decimals - 2) };
  const asPoints: NumberReading = { ...f, percent: true, value: f.value / 100 };
  return [asFraction, asPoints];
}

/**
 * The core's agrees(), after a cheap test that settles most calls: equal numbers agree, and
 * numbers further apart than one unit of the last stated decimal cannot (rounding or cutting
 * moves a value by less). The checks call this for every stated figure of every table.
 */
export function matches(stated: NumberReading, computed: number): boolean {
  if (stated.status !== "ok" || stated.value === null || !Number.isFinite(computed)) return false;
  const scale = stated.percent ? 100 : 1;
  const diff = Math.abs(stated.value - computed) * scale;
  if (diff === 0) return true;
  const size = Math.max(1, Math.abs(stated.value * scale), Math.abs(computed * scale));
  const unit = stated.decimals === null ? 1e-8 * size : 1.5 * 10 ** -stated.decimals + 1e-9 * size;
  return diff <= unit && agrees(stated, computed);
}

/** True when some reading of the stated percentage agrees with one of the computed values. */
export function agreesPercent(stated: NumberReading, ...computed: number[]): boolean {
  return asFractions(stated).some((s) => computed.some((c) => matches(s, c)));
}

/** A unit word for comparison: lower case, no gloss in brackets, "Persen" is "%". */
export function normUnit(unit: string | null): string | null {
  return unit === null ? null : normalised(unit);
}

/** The checks compare units for every figure (remember.ts). */
const normalised = remember((unit: string) => normaliseUnit(unit), 1000);

function normaliseUnit(unit: string): string | null {
  const u = unit
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[.,:;]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (u === "") return null;
  return u === "persen" || u === "percent" || u === "prosen" ? "%" : u;
}

/** The unit of a figure for comparison ("%" for percentages). */
export function unitOf(f: NumberReading): string | null {
  return f.percent ? "%" : normUnit(f.unit);
}

/** Two stated units that both say something and say different things ("Orang/Klien" includes "orang"). */
export function unitsDiffer(a: string | null, b: string | null): boolean {
  const x = normUnit(a);
  const y = normUnit(b);
  if (x === null || y === null || x === y) return false;
  const words = (u: string) => u.split(/[/\s]+/);
  return !words(x).includes(y) && !words(y).includes(x);
}

/** A figure as the user wrote it, in Indonesian notation. */
export function shown(f: NumberReading): string {
  if (f.status === "ok") return formatFigure(f);
  return f.raw === null ? "(kosong)" : String(f.raw);
}

/** A computed value written the way the stated figure is (percent, decimals, unit word). */
export function formatLike(stated: NumberReading, value: number): string {
  if (stated.percent) return stated.decimals === null ? formatPersen(value) : formatPersen(value, stated.decimals);
  const number = stated.decimals === null ? formatAngka(value) : formatAngka(value, stated.decimals);
  if (stated.unit === "Rp") return `Rp ${number}`;
  return stated.unit === null ? number : `${number} ${stated.unit}`;
}

/** A short form of an indicator's wording for messages. */
export function shortText(text: string, max = 70): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A rate or an index rather than a count: over the quarters it is held, not summed. */
export function isLevel(ind: Indikator): boolean {
  const target = ind.target;
  const unit = normUnit(ind.satuan) ?? (target ? unitOf(target) : null);
  return unit === "%" || unit === "indeks" || (isOk(target) && (target.percent || !Number.isInteger(target.value)));
}
