// xl/sharedStrings.xml → the text of each shared string as ExcelJS reads it: a plain <t>, or
// the rich-text runs joined, with Excel's "_xHHHH_" escapes undone; phonetic runs (<rPh>, the
// reading aid of Japanese text) are not part of the text. An empty string reads as no value.
import type { Parts } from "./parts";
import type { ZipEntry } from "./zip-directory";
import { decodeText, excelEscapes } from "./xml-text";
import type { TextPool } from "./text-pool";

export async function readSharedStrings(parts: Parts, entry: ZipEntry, texts: TextPool): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  let plain: string | null = null;
  let runs: string[] | null = null;
  let text: string | null = null; // raw text of the <t> being read
  let phonetic = 0;
  await parts.parse(entry, {
    open(name) {
      if (phonetic > 0) {
        if (name === "rPh") phonetic++;
        return;
      }
      switch (name) {
        case "si":
          plain = null;
          runs = null;
          break;
        case "r":
          (runs ??= []).push("");
          break;
        case "t":
          text = "";
          break;
        case "rPh":
          phonetic = 1;
          break;
      }
    },
    close(name) {
      if (phonetic > 0) {
        if (name === "rPh") phonetic--;
        return;
      }
      if (name === "t" && text !== null) {
        const value = excelEscapes(decodeText(text));
        if (runs) runs[runs.length - 1] = value;
        else plain = value;
        text = null;
      } else if (name === "si") {
        const value = runs ? runs.join("") : plain;
        strings.push(value === "" || value === null ? null : texts.take(value));
      }
    },
    text(raw) {
      if (text !== null && phonetic === 0) text += raw;
    },
  });
  return strings;
}
