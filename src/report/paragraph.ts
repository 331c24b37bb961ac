import type { CellRef } from "../core/model";
import { uniqueRefs } from "./hasil";
import type { Paragraph, RowRef } from "./types";

export function paragraph(
  label: string,
  heading: string,
  text: string,
  refs: RowRef[],
  sources: (CellRef | null)[],
  figures?: number[],
): Paragraph {
  const p: Paragraph = { label, heading, text, placeholder: text.includes("[isi "), refs, sources: uniqueRefs(sources) };
  if (figures && figures.length > 0) p.figures = figures;
  return p;
}
