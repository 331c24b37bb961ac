// predikat-mismatch: a stated predikat that is not the band of the capaian. Labels are
// compared without case, spacing or an English gloss ("Memuaskan (Good)"); "Tercapai" /
// "Tidak tercapai" written in a predikat column are judged against 100%. A word that is no
// label of the configured bands is left alone: it may come from another institution's table.
import type { CellRef, TextCell } from "../../core/model";
import { predikat, tercapai } from "../../core/predikat";
import { formatPersen } from "../../core/format";
import type { CheckContext } from "../context";

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ACHIEVED = new Set(["tercapai", "tercapai bahkan dilampaui", "terlampaui", "melampaui target"]);
const NOT_ACHIEVED = new Set(["tidak tercapai", "belum tercapai"]);

/** What a capaian (fraction, after the cap) should be called in the vocabulary the user used; null for an unknown word. */
function expectedWord(ctx: CheckContext, said: string, capaianFraction: number): string | null {
  if (ctx.settings.pita.some((b) => fold(b.label) === said)) return predikat(capaianFraction, ctx.settings.pita);
  if (ACHIEVED.has(said) || NOT_ACHIEVED.has(said)) return tercapai(capaianFraction) ? "Tercapai" : "Tidak tercapai";
  return null;
}

/** Whether the stated (folded) word says what the expected word says. */
function fits(said: string, word: string): boolean {
  if (word === "Tercapai") return ACHIEVED.has(said);
  if (word === "Tidak tercapai") return NOT_ACHIEVED.has(said);
  return fold(word) === said;
}

/**
 * Judges the stated predikat at `ref` against the capaian it may stand for (fractions after
 * the cap; the first is reported when it fits none).
 */
export function judgePredikat(ctx: CheckContext, stated: TextCell, ref: CellRef, capaianFractions: number[], basis: string): void {
  ctx.findings.examine(ref, "predikat-mismatch");
  const said = fold(stated.text);
  if (said === "" || capaianFractions.length === 0) return;
  const words = capaianFractions.map((c) => expectedWord(ctx, said, c));
  const expectedText = words[0];
  if (expectedText === null || words.some((w) => w !== null && fits(said, w))) return;
  const capaianFraction = capaianFractions[0];
  ctx.findings.add(
    "predikat-mismatch",
    ref,
    `Predikat tertulis "${stated.text.trim()}", seharusnya "${expectedText}" untuk capaian ${formatPersen(capaianFraction)} (${basis}).`,
    expectedText,
    stated.text.trim(),
  );
}
