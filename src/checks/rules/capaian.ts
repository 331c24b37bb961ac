// capaian-mismatch, cap-not-applied and predikat-mismatch: a stated capaian against
// realisasi/target by the row's polarity (negative rows by the configured formula), at the
// precision it was written with; a figure above the cap that equals the raw one is a cap
// not applied, not a wrong sum. Tables as the user laid them out first, then the model's
// indicators for stated figures no table row could judge (target and realisasi elsewhere).
import type { CellRef, DetectedTable, Indikator, NumberReading, Polaritas, TableColumn, TableKind, TableRow } from "../../core/model";
import { capaian } from "../../core/capaian";
import { evaluateIndikator, type Evaluation } from "../../core/evaluate";
import { formatAngka, formatPersen } from "../../core/format";
import { parsePolaritas, polarityHint } from "../../core/polaritas";
import type { CheckContext } from "../context";
import { agreesPercent, formatLike, isOk, shown, unitOf, unitsDiffer, type OkFigure } from "../figures";
import { columnsOf, figureAt, partner, partners, refAt, textAt, textOf } from "../table";
import { judgePredikat } from "./predikat";

/** Tables whose capaian are performance scores (polarity, cap); others hold plain ratios. */
export const SCORED_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(["kinerja", "sakip-input", "rencana-aksi"]);

interface Computed {
  mentah: number;
  nilai: number;
  dikonversi: boolean;
  /** How it was computed, for the message (written only when there is one). */
  rumus: () => string;
}

function rumusText(p: Polaritas, r: string, t: string): string {
  if (p === "negatif") return `(2 × target ${t} − realisasi ${r}) / target ${t}, polaritas negatif`;
  if (p === "negatif-rasio") return `target ${t} / realisasi ${r}, polaritas negatif (rasio)`;
  return `realisasi ${r} / target ${t}`;
}

/** The formula a polarity is scored with: "negatif" means the configured negative formula. */
function rumusOf(ctx: CheckContext, p: Polaritas): Polaritas {
  return p === "negatif" ? ctx.settings.polaritasNegatif : p;
}

/**
 * The values a figure may stand for beside a partner: a plain number next to a percentage is
 * read as points first ("95" beside "70%") and as a fraction second.
 */
function valuesBeside(f: OkFigure, other: OkFigure): number[] {
  if (f.percent || !other.percent || f.unit !== null) return [f.value];
  return f.value > 1 ? [f.value / 100, f.value] : [f.value, f.value / 100];
}

/** The value a computation used, in the figure's style at full precision (a formula's 1,64% shown as 2%). */
function used(f: OkFigure, value: number): string {
  return formatLike({ ...f, percent: f.percent || value !== f.value, decimals: null }, value);
}

/** Every way the stated figures may be scored, the most plausible first. */
function scorings(ctx: CheckContext, r: OkFigure, t: OkFigure, polaritas: readonly Polaritas[]): Computed[] {
  const out: Computed[] = [];
  for (const p of polaritas) {
    const rumus = rumusOf(ctx, p);
    for (const rv of valuesBeside(r, t)) {
      for (const tv of valuesBeside(t, r)) {
        const res = capaian(rv, tv, rumus, ctx.settings.batas);
        if (res.ok) out.push({ mentah: res.mentah, nilai: res.nilai, dikonversi: res.dikonversi, rumus: () => rumusText(rumus, used(r, rv), used(t, tv)) });
      }
    }
  }
  return out;
}

/** Judges a stated capaian against the ways it may have been computed (the first is reported). */
function judgeCapaian(ctx: CheckContext, stated: OkFigure, ref: CellRef, options: Computed[]): void {
  ctx.findings.examine(ref, "capaian-mismatch");
  if (options.some((o) => agreesPercent(stated, o.nilai))) return;
  const uncapped = options.find((o) => o.dikonversi && agreesPercent(stated, o.mentah));
  if (uncapped) {
    const expected = formatPersen(uncapped.nilai);
    ctx.findings.add(
      "cap-not-applied",
      ref,
      `Capaian tertulis ${shown(stated)} melebihi batas ${formatPersen(ctx.settings.batas)} dan belum dikonversi; seharusnya ${expected} (${uncapped.rumus()}).`,
      expected,
      shown(stated),
    );
    return;
  }
  const main = options[0];
  const expected = formatLike({ ...stated, percent: true }, main.nilai);
  const konversi = main.dikonversi ? `; ${formatPersen(main.mentah, 2)} dikonversi menjadi ${formatPersen(main.nilai)}` : "";
  ctx.findings.add(
    "capaian-mismatch",
    ref,
    `Capaian tertulis ${shown(stated)}, hasil hitung ${formatPersen(main.nilai)} (${main.rumus()}${konversi}).`,
    expected,
    shown(stated),
  );
}

/** A stated capaian as a fraction ("120" in a plain column is points, "1,2" a fraction). */
function asFraction(stated: OkFigure): number {
  return stated.percent ? stated.value : stated.value > 10 ? stated.value / 100 : stated.value;
}

/** A stated capaian as a fraction after the cap, to band it. */
function statedFraction(ctx: CheckContext, stated: OkFigure): number {
  return ctx.settings.batas > 0 ? Math.min(asFraction(stated), ctx.settings.batas) : asFraction(stated);
}

/**
 * A stated capaian above the cap with nothing to compute it from. Not marked as judged: the
 * model, knowing realisasi from elsewhere, may still compute it.
 */
function judgeAboveCap(ctx: CheckContext, stated: OkFigure, ref: CellRef): void {
  const batas = ctx.settings.batas;
  if (batas <= 0 || agreesPercent(stated, batas) || asFraction(stated) <= batas) return;
  const expected = formatPersen(batas);
  ctx.findings.add(
    "cap-not-applied",
    ref,
    `Capaian tertulis ${shown(stated)} melebihi batas ${expected} dan belum dikonversi menjadi ${expected}.`,
    expected,
    shown(stated),
  );
}

/**
 * The polarities a row may be scored with: its own, and the negative formula when its words
 * say so and nothing states a polarity. `ind` is the model's indicator of the row.
 */
function rowPolaritas(t: DetectedTable, row: TableRow, ind: Indikator | null): readonly Polaritas[] {
  const written = parsePolaritas(textOf(t, row, "polaritas"));
  if (written) return ONLY[written];
  const uraian = textOf(t, row, "indikator");
  const polaritas = ind?.polaritas ?? "positif";
  if (ind?.polaritasStated || polaritas !== "positif" || !uraian) return ONLY[polaritas] ?? [polaritas];
  return polarityHint(uraian)?.polaritas === "negatif" ? EITHER : ONLY.positif;
}

/** The lists rowPolaritas gives (one per row of every table, never changed). */
const ONLY: Record<Polaritas, readonly Polaritas[]> = { positif: ["positif"], negatif: ["negatif"], "negatif-rasio": ["negatif-rasio"] };
const EITHER: readonly Polaritas[] = ["positif", "negatif"];

/** The first figure with a value among the given columns of a row. */
function firstOk(t: DetectedTable, row: TableRow, cols: readonly TableColumn[]): OkFigure | null {
  for (const c of cols) {
    const f = figureAt(t, row, c);
    if (isOk(f)) return f;
  }
  return null;
}

/** Another capaian column of the row already showing the converted figure ("251%" beside "120%"). */
function convertedBeside(ctx: CheckContext, t: DetectedTable, row: TableRow, c: TableColumn): boolean {
  return columnsOf(t, "capaian").some((o) => {
    const f = o !== c ? figureAt(t, row, o) : null;
    return isOk(f) && agreesPercent(f, ctx.settings.batas);
  });
}

function checkRow(ctx: CheckContext, t: DetectedTable, row: TableRow): void {
  const ind = ctx.indikatorAt(t, row);
  const polaritas = rowPolaritas(t, row, ind);
  // What a row cannot compute, the model may (realisasi read elsewhere): it judges those then.
  const modelled = ind !== null;
  const banded = new Map<TableColumn, number>();
  for (const c of columnsOf(t, "capaian")) {
    const stated = figureAt(t, row, c);
    if (!isOk(stated)) continue;
    const ref = refAt(t, row, c);
    const rc = partner(t, c, "realisasi");
    const r = rc ? figureAt(t, row, rc) : null;
    const tg = firstOk(t, row, partners(t, c, "target"));
    if (isOk(r) && tg) {
      if (unitsDiffer(unitOf(r), unitOf(tg))) continue;
      const options = scorings(ctx, r, tg, polaritas);
      if (options.length === 0) continue;
      judgeCapaian(ctx, stated, ref, options);
      banded.set(c, options.find((o) => agreesPercent(stated, o.nilai))?.nilai ?? options[0].nilai);
    } else if (!modelled && !convertedBeside(ctx, t, row, c)) {
      judgeAboveCap(ctx, stated, ref);
    }
  }
  for (const p of columnsOf(t, "predikat")) {
    const text = textAt(t, row, p);
    if (text === null) continue;
    const cc = partner(t, p, "capaian");
    let value = cc ? banded.get(cc) ?? null : null;
    let basis = "hasil hitung";
    if (value === null && cc && !modelled) {
      const stated = figureAt(t, row, cc);
      if (isOk(stated)) {
        value = statedFraction(ctx, stated);
        basis = "capaian tertulis";
      }
    }
    if (value === null && !modelled) {
      const rc = partner(t, p, "realisasi");
      const r = rc ? figureAt(t, row, rc) : null;
      const tg = firstOk(t, row, partners(t, p, "target"));
      if (isOk(r) && tg && !unitsDiffer(unitOf(r), unitOf(tg))) value = scorings(ctx, r, tg, polaritas)[0]?.nilai ?? null;
    }
    if (value !== null) judgePredikat(ctx, { text, ref: refAt(t, row, p) }, refAt(t, row, p), [value], basis);
  }
}

export function checkCapaianTables(ctx: CheckContext): void {
  for (const t of ctx.model.tables) {
    if (!SCORED_KINDS.has(t.kind)) continue;
    for (const row of t.rows) if (row.kind === "data") checkRow(ctx, t, row);
  }
}

/** The ways the model scores an indicator: its evaluation, and the negative formula when only its words suggest one. */
function modelScorings(ctx: CheckContext, ind: Indikator, ev: Evaluation): Computed[] {
  if (ev.status !== "ok" || ev.capaian === null || ev.capaianMentah === null || ev.target === null || ev.realisasi === null) return [];
  const style: NumberReading | null = ind.target && ind.target.status === "ok" ? { ...ind.target, decimals: null } : null;
  const write = (v: number) => (style ? formatLike(style, v) : formatAngka(v));
  const [r, t] = [ev.realisasi, ev.target];
  const out: Computed[] = [
    { mentah: ev.capaianMentah, nilai: ev.capaian, dikonversi: ev.dikonversi, rumus: () => rumusText(rumusOf(ctx, ev.polaritas), write(r), write(t)) },
  ];
  if (!ind.polaritasStated && ev.polaritas === "positif" && polarityHint(ind.uraian)?.polaritas === "negatif") {
    const rumus = rumusOf(ctx, "negatif");
    const res = capaian(r, t, rumus, ctx.settings.batas);
    if (res.ok) out.push({ mentah: res.mentah, nilai: res.nilai, dikonversi: res.dikonversi, rumus: () => rumusText(rumus, write(r), write(t)) });
  }
  return out;
}

/** Stated capaian and predikat of the model's indicators that no table row judged. */
export function checkCapaianModel(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) {
    const stated = ind.capaianStated;
    const said = ind.predikatStated;
    const capaianOpen = isOk(stated) && stated.ref !== null && !ctx.findings.wasExamined(stated.ref, "capaian-mismatch");
    const predikatOpen = said !== null && said.ref !== null && !ctx.findings.wasExamined(said.ref, "predikat-mismatch");
    if (!capaianOpen && !predikatOpen) continue;
    // A capaian column does not say its period: the report's one first, else the year's end.
    const options = [
      ...modelScorings(ctx, ind, evaluateIndikator(ind, ctx.settings)),
      ...(ctx.settings.periode === "TAHUN" ? [] : modelScorings(ctx, ind, evaluateIndikator(ind, { ...ctx.settings, periode: "TAHUN" }))),
    ];
    if (capaianOpen && isOk(stated) && stated.ref) {
      if (options.length > 0) judgeCapaian(ctx, stated, stated.ref, options);
      else judgeAboveCap(ctx, stated, stated.ref);
    }
    if (predikatOpen && said?.ref) {
      const agreed = isOk(stated) ? options.filter((o) => agreesPercent(stated, o.nilai)) : [];
      if (options.length > 0) judgePredikat(ctx, said, said.ref, [...agreed, ...options].map((o) => o.nilai), "hasil hitung");
      else if (isOk(stated)) judgePredikat(ctx, said, said.ref, [statedFraction(ctx, stated)], "capaian tertulis");
    }
  }
}
