// Test helpers over a report's text: every sentence, the numbers written in them, and the
// numbers the model (and the report's own computed tables) can account for.
import type { Figure, SakipModel, Settings } from "../../src/core/model";
import { buildReport, leakIn } from "../../src/report";
import { SERAPAN_HARAPAN } from "../../src/report/narasi-anggaran";
import type { Paragraph, Report } from "../../src/report/types";

/** Every text the report would print: paragraphs, headings, table titles, notes and text cells. */
export function allTexts(report: Report): string[] {
  const out: string[] = [];
  for (const p of [...report.pengantar, ...report.anggaran, ...report.kesimpulan]) out.push(p.heading, p.text);
  for (const s of report.sasaran) {
    out.push(s.uraian ?? "");
    for (const i of s.indikator) for (const p of i.paragraphs) out.push(p.heading, p.text);
  }
  for (const t of report.tables) {
    out.push(t.title, t.note ?? "", ...t.columns.map((c) => `${c.group ?? ""} ${c.header}`));
    for (const r of t.rows) for (const c of r.cells) if (c.kind === "teks") out.push(c.text);
  }
  return out.filter((t) => t !== "");
}

/** The generated narrative's paragraphs. */
export function allParagraphs(report: Report): Paragraph[] {
  return [
    ...report.pengantar,
    ...report.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.paragraphs)),
    ...report.anggaran,
    ...report.kesimpulan,
  ];
}

/** Paragraph texts only (the generated narrative). */
export function paragraphTexts(report: Report): string[] {
  return allParagraphs(report).map((p) => p.text);
}

export interface WrittenNumber {
  text: string;
  value: number;
  decimals: number;
  percent: boolean;
}

/** Numbers in Indonesian notation: "4.327.073.000", "95,39%", "0,53 poin persen", "3,51". */
export function numbersIn(text: string): WrittenNumber[] {
  // Table numbers ("Tabel 3.1") are labels, not figures.
  const clean = text.replace(/Tabel \d+\.\d+/g, "Tabel");
  const out: WrittenNumber[] = [];
  for (const m of clean.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const token = m[0];
    const [whole, frac = ""] = token.replace(/\./g, "").split(",");
    const after = clean.slice((m.index ?? 0) + token.length);
    out.push({
      text: token,
      value: Number(`${whole}.${frac || "0"}`),
      decimals: frac.length,
      percent: /^\s*(%|poin persen)/.test(after),
    });
  }
  return out;
}

function figureValues(f: Figure | null | undefined): number[] {
  return f && f.status === "ok" && f.value !== null ? [f.value] : [];
}

/** Every number the data holds or the report computed, and the rule constants. */
export function allowedNumbers(model: SakipModel, report: Report, settings: Settings): number[] {
  const v: number[] = [1, SERAPAN_HARAPAN, settings.batas, ...settings.pita.map((b) => b.min)];
  const texts: string[] = [model.unit.nama ?? ""];
  const years = [model.unit.tahun, settings.tahun, report.tahun].filter((y): y is number => y !== null);
  v.push(...years, ...years.map((y) => y - 1));
  const sasaran = new Set(model.indikator.map((i) => i.sasaran));
  v.push(model.indikator.length, sasaran.size);
  for (const ind of model.indikator) {
    texts.push(ind.uraian, ind.sasaran ?? "", ind.formulasi ?? "", ...ind.keterangan.map((k) => k.text), ...ind.kegiatan.map((k) => k.text));
    v.push(...figureValues(ind.target), ...figureValues(ind.standarNasional));
    for (const t of ind.targetRenstra) v.push(...figureValues(t.figure), ...(t.tahun ? [t.tahun] : []));
    for (const y of ind.riwayat) v.push(...figureValues(y.target), ...figureValues(y.realisasi), ...(y.tahun ? [y.tahun] : []));
    for (const r of ind.realisasi) {
      const p = figureValues(r.pembilang);
      const q = figureValues(r.penyebut);
      v.push(...figureValues(r.nilai), ...p, ...q);
      if (p.length && q.length && q[0] !== 0) v.push(p[0] / q[0]);
    }
  }
  for (const l of model.anggaran) {
    texts.push(l.uraian, l.kegiatan ?? "", l.kode ?? "");
    for (const f of [l.pagu, l.realisasi, l.volumeTarget, l.volumeRealisasi, l.paguTahunLalu, l.realisasiTahunLalu]) v.push(...figureValues(f));
    if (l.tahun) v.push(l.tahun);
  }
  for (const r of model.rencanaAksi) texts.push(r.kegiatan ?? "", r.rencanaKegiatan ?? "");
  for (const t of report.tables) {
    texts.push(t.title, ...t.columns.map((c) => `${c.group ?? ""} ${c.header}`));
    for (const r of t.rows)
      for (const c of r.cells) {
        if (c.kind === "persen" || c.kind === "rupiah" || c.kind === "angka") v.push(c.value);
        if (c.kind === "teks") texts.push(c.text);
      }
  }
  for (const t of texts) for (const n of numbersIn(t)) v.push(n.value, n.value / 100);
  return v.flatMap((x) => [x, Math.abs(x)]);
}

/**
 * Whether `x` printed with `decimals` decimals may read `written`: rounded (within half a unit
 * of the last place) or truncated (up to one unit below x), with room for binary noise.
 */
function shownAs(x: number, written: number, decimals: number): boolean {
  const unit = 10 ** -decimals;
  const diff = x - written;
  const noise = 1e-12 * Math.max(1000, Math.abs(x));
  return diff >= -unit / 2 - noise && diff < unit + noise;
}

/** The numbers of `text` that no allowed value explains, at the precision they are written. */
export function unexplained(text: string, allowed: number[]): string[] {
  return numbersIn(text)
    .filter((n) => !allowed.some((a) => shownAs(n.percent ? a * 100 : a, n.value, n.decimals)))
    .map((n) => n.text);
}

/**
 * The aggregate figures a paragraph declares (Paragraph.figures: counts of UPT, a mean capaian)
 * that its text does not write: a declared figure must be one the reader can see, so the list
 * cannot carry numbers past the check. Empty when every declared figure is written.
 */
export function unwritten(p: Paragraph): number[] {
  const written = numbersIn(p.text);
  return (p.figures ?? []).filter((f) => !written.some((n) => shownAs(n.percent ? f * 100 : f, n.value, n.decimals)));
}

/**
 * Builds the report and expects every text clean and every paragraph number accounted for: a
 * figure of the data or of the report's tables, or one of the aggregates that paragraph itself
 * declares (allowed in that paragraph only).
 */
export function expectCleanReport(m: SakipModel, s: Settings): Report {
  const r = buildReport(m, s);
  const problems: string[] = [];
  for (const text of allTexts(r)) {
    const leak = leakIn(text);
    if (leak) problems.push(`${leak} in: ${text}`);
  }
  const allowed = allowedNumbers(m, r, s);
  for (const p of allParagraphs(r)) {
    const odd = unexplained(p.text, p.figures ? [...allowed, ...p.figures] : allowed);
    if (odd.length > 0) problems.push(`${odd.join(", ")} not in the data: ${p.text}`);
    const extra = unwritten(p);
    if (extra.length > 0) problems.push(`declared figures ${extra.join(", ")} not written in: ${p.text}`);
  }
  expect(problems).toEqual([]);
  return r;
}
