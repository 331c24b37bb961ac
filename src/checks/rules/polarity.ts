// polarity-suspect: the indicator's words suggest the other polarity than the one it is scored
// with. The wording is read by the core's polarityHint ("Menurunnya …" as a goal is not
// negative; a rate of residivis, pelarian, overcrowding … is). A note or formula that says the
// indicator "berlaku terbalik" counts too, and the finding then points at that note; other
// words in notes do not (a note saying the figure "menurun" describes the year, not the
// polarity). Otherwise the finding points at the stated polarity, or at the indicator's name
// when no polarity is written.
import type { CellRef, Indikator } from "../../core/model";
import { polarityHint } from "../../core/polaritas";
import type { CheckContext } from "../context";
import { shortText } from "../figures";
import { cellFor } from "../locate";
import { columnsOf } from "../table";

const REVERSED = /terbalik|makin kecil|semakin kecil|semakin rendah/i;

interface Hint {
  polaritas: "positif" | "negatif";
  reason: string;
  /** The note that says so, when the hint comes from one. */
  ref: CellRef | null;
}

function hintOf(ind: Indikator): Hint | null {
  const own = polarityHint(ind.uraian);
  if (own) return { ...own, ref: null };
  const notes = [...ind.keterangan, ...(ind.formulasi ? [{ text: ind.formulasi, ref: null }] : [])];
  for (const note of notes) {
    if (REVERSED.test(note.text) && polarityHint(note.text)?.polaritas === "negatif") {
      return { polaritas: "negatif", reason: "keterangannya menyatakan indikator berlaku terbalik (makin kecil makin baik)", ref: note.ref };
    }
  }
  return null;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export function checkPolarity(ctx: CheckContext): void {
  for (const ind of ctx.model.indikator) {
    const hint = hintOf(ind);
    if (!hint) continue;
    const scored = ind.polaritas === "positif" ? "positif" : "negatif";
    if (hint.polaritas === scored) continue;
    const ref =
      hint.ref ??
      cellFor(ctx.model.tables, ind, (t) => (ind.polaritasStated ? columnsOf(t, "polaritas")[0] : undefined) ?? columnsOf(t, "indikator")[0]);
    if (!ref) continue;
    const how = ind.polaritasStated ? `dinilai berpolaritas ${scored}` : `dinilai berpolaritas ${scored} (bawaan, tidak tertulis)`;
    ctx.findings.add(
      "polarity-suspect",
      ref,
      `Indikator "${shortText(ind.uraian)}" ${how}, padahal ${lowerFirst(hint.reason)}. Periksa polaritasnya.`,
      hint.polaritas,
      scored,
    );
  }
}
