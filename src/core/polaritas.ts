// Polarity: its names as users write them, and hints from an indicator's wording (DOMAIN §4, §9).
import type { Polaritas } from "./model";
import { remember } from "./remember";

export const POLARITAS: Polaritas[] = ["positif", "negatif", "negatif-rasio"];

const ALIASES: Record<string, Polaritas> = {
  positif: "positif",
  positive: "positif",
  normal: "positif",
  naik: "positif",
  negatif: "negatif",
  negative: "negatif",
  inverse: "negatif",
  terbalik: "negatif",
  "berlaku-terbalik": "negatif",
  turun: "negatif",
  "negatif-rasio": "negatif-rasio",
  "negative-ratio": "negatif-rasio",
  ratio: "negatif-rasio",
  rasio: "negatif-rasio",
};

/** Case-insensitive, with aliases; null for an empty or unknown text. */
export function parsePolaritas(text: string | null): Polaritas | null {
  return text === null ? null : parseKnown(text);
}

const parseKnown = remember((text: string): Polaritas | null => {
  const key = text.trim().toLowerCase().replace(/[\s_]+/g, "-");
  // Own keys only: "constructor" or "toString" in a cell is not a polarity.
  return Object.prototype.hasOwnProperty.call(ALIASES, key) ? ALIASES[key] : null;
}, 1000);

/** Things an indicator would count or rate where less is better. */
const BAD_THINGS = [
  "residivis",
  "pengulangan tindak pidana",
  "pelarian",
  "melarikan diri",
  "kabur",
  "gangguan",
  "kerusuhan",
  "kematian",
  "meninggal",
  "overcrowding",
  "overkapasitas",
  "over kapasitas",
  "kelebihan kapasitas",
  "kelebihan penghuni",
  "kepadatan hunian",
  "pelanggaran",
  "putusan pidana penjara",
  "pidana penjara",
  "penyalahgunaan",
  "peredaran narkoba",
  "peredaran gelap",
  "pungutan liar",
  "pungli",
  "insiden",
  "kecelakaan",
  "temuan",
  "tunggakan",
  "keterlambatan",
  "penyimpangan",
];

const TERBALIK = /berlaku\s+terbalik|polaritas\s+negatif|(?:se)?makin\s+(?:kecil|rendah|sedikit)\W+(?:\w+\W+){0,6}?(?:se)?makin\s+(?:baik|berhasil)/;
/** A measure of the decrease itself: more decrease is better. */
const DECREASE = /\b(?:penurunan|menurunnya|turunnya|berkurangnya|pengurangan|penekanan|menekan|minimalisasi|meminimalisir)\b/;
const NEGATION = /\b(?:tidak|tanpa|bebas|nihil|zero|non)\W+(?:\w+\W+){0,2}$/;
const MENURUN = /\bmenurun\b/;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole words, allowing the suffixes -me and -nya ("residivisme", "pelanggarannya"). */
const BAD = new RegExp(`\\b(?:${BAD_THINGS.map(escape).join("|")})(?:me|nya)?\\b`);

/**
 * Whether an indicator's wording suggests a polarity, with the reason in Indonesian; null when it
 * says nothing either way. A rate of a bad thing ("Persentase residivis") is negative; a measure
 * of its decrease ("Persentase penurunan residivis", "Menurunnya angka pelarian") or of its
 * absence ("klien yang tidak melakukan pelanggaran") is positive.
 */
export function polarityHint(uraian: string): PolarityHint | null {
  return hintOf(uraian);
}

export type PolarityHint = Readonly<{ polaritas: "positif" | "negatif"; reason: string }>;

/** The checks ask for every indicator and table row (remember.ts). */
const hintOf = remember((uraian: string) => readHint(uraian), 20_000);

function readHint(uraian: string): PolarityHint | null {
  const text = uraian.toLowerCase().replace(/\s+/g, " ");
  if (TERBALIK.test(text)) {
    return { polaritas: "negatif", reason: "Uraian menyatakan indikator berlaku terbalik (makin kecil makin baik)" };
  }
  const bad = BAD.exec(text);
  if (bad) {
    const thing = text.slice(bad.index).split(/[^\w-]+/, bad[0].split(" ").length).join(" ");
    if (NEGATION.test(text.slice(0, bad.index))) {
      return {
        polaritas: "positif",
        reason: `Uraian mengukur ketiadaan ${thing}, sehingga makin tinggi makin baik`,
      };
    }
    if (DECREASE.test(text)) {
      return { polaritas: "positif", reason: `Uraian mengukur penurunan ${thing}, sehingga makin tinggi makin baik` };
    }
    return { polaritas: "negatif", reason: `Uraian mengukur ${thing}, hal yang makin rendah makin baik` };
  }
  if (MENURUN.test(text)) {
    return { polaritas: "negatif", reason: "Uraian memakai kata “menurun”: makin rendah makin baik" };
  }
  return null;
}
