// One indicator across the tables of a workbook, however it is worded there: the PK says
// "Persentase klien pemasyarakatan yang siap bermasyarakat", chapter III "Persentase
// Meningkatnya Klien Pemasarakatan yang Sudah Siap Bermasyarakat)". indikatorKey() normalises
// the wording; IndikatorMatcher then compares keys by their content words (Dice coefficient),
// finding candidates through an inverted index of rare words so matching stays near-linear.
import { remember } from "../core/remember";

const SPELLING: [RegExp, string][] = [
  [/\b(?:prosentase|presentase|persentasi|prosentasi|presentasi)\b/g, "persentase"],
  [/\b(?:pemasarakatan|pemsarakatan|pemasyrakatan|pemasyarakat|pemasyaraktan)\b/g, "pemasyarakatan"],
  [/\b(?:kemasarakatan|kemsyarakatan)\b/g, "kemasyarakatan"],
  [/\bdi(luar|dalam)\b/g, "di $1"],
  [/\b(?:anak yang berkonflik dengan hukum|anak berkonflik dengan hukum)(?:\s*\(?\s*abh\s*\)?)?/g, "abh"],
  [/\bwarga binaan pemasyarakatan(?:\s*\(?\s*wbp\s*\)?)?/g, "wbp"],
  [/\breformasi birokrasi(?:\s*\(?\s*rb\s*\)?)?/g, "rb"],
  [/\b(?:thd|trhdp)\b/g, "terhadap"],
  [/\b(?:yg)\b/g, "yang"],
  [/\b(?:dgn)\b/g, "dengan"],
];
/** Suffixes some tables add to the same indicator's name. */
const SUFFIXES = [/\s+untuk upaya keadilan restoratif$/, /\s+\((?:negatif|positif|berlaku terbalik)\)$/, /\s+berlaku terbalik$/];
const ENUM = /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s+/;
const ATAU = /\s(?:atau|dan\/atau)\s/g;
const NON_WORD = /[^a-z0-9% ]+/g;
const SPACES = /\s+/g;

/**
 * Wording → key, remembered: the key is a pure function of the text, and a workbook repeats
 * its wordings (a Kanwil table has the same 30 for every unit; the checks ask again per row).
 */
const wordingKeyOf = remember((uraian: string) => wordingKey(uraian), 20_000);

/**
 * The normalised wording of an indicator: lower case, no punctuation or enumerator,
 * "atau" and "/" alike, "diluar" = "di luar", spelling variants (Prosentase, Pemasarakatan)
 * unified, known suffixes ("Untuk Upaya Keadilan Restoratif", "(negatif)") dropped. With a
 * unit (a row of a Kanwil's per-unit table), the unit's normalised name follows the wording:
 * "persentase residivis | lapas kelas iia semarang".
 */
export function indikatorKey(uraian: string, unit?: string | null): string {
  const s = wordingKeyOf(uraian);
  return unit ? withUnit(s, unitKey(unit)) : s;
}

function wordingKey(uraian: string): string {
  let s = uraian.toLowerCase().replace(SPACES, " ").trim().replace(ENUM, "");
  s = s.replace(/\//g, " ").replace(ATAU, " ");
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  s = s.replace(NON_WORD, " ").replace(SPACES, " ").trim();
  for (const re of SUFFIXES) s = s.replace(re, "");
  return s.trim();
}

/** Between an indicator's wording and its unit in a key; normalised texts never contain it. */
const UNIT_SEPARATOR = " | ";

/** A unit's name normalised as wordings are ("LAPAS KELAS IIA  Semarang" = "Lapas Kelas IIA Semarang"). */
export function unitKey(unit: string): string {
  return indikatorKey(unit);
}

/** The key of a unit's indicator from its wording's key and the unit's key. */
export function withUnit(wording: string, unit: string): string {
  return unit === "" ? wording : wording + UNIT_SEPARATOR + unit;
}

/** A key's wording and unit parts (unit "" for the workbook's own indicators). */
export function keyParts(key: string): { wording: string; unit: string } {
  const at = key.indexOf(UNIT_SEPARATOR);
  return at < 0 ? { wording: key, unit: "" } : { wording: key.slice(0, at), unit: key.slice(at + UNIT_SEPARATOR.length) };
}

/** Words that say nothing about which indicator it is. */
const STOPWORDS = new Set([
  "yang",
  "dan",
  "di",
  "ke",
  "dari",
  "dalam",
  "pada",
  "untuk",
  "dengan",
  "terhadap",
  "oleh",
  "atas",
  "serta",
  "sudah",
  "telah",
  "atau",
  "the",
  "of",
]);

/**
 * Words that make an indicator a different one when only one wording has them ("Persentase
 * klien anak …" is not "Persentase klien …").
 */
const DISTINGUISHING = new Set([
  "anak",
  "dewasa",
  "abh",
  "tahanan",
  "narapidana",
  "klien",
  "wbp",
  "pria",
  "wanita",
  "laki",
  "perempuan",
  "lansia",
  "pegawai",
  "petugas",
  "masyarakat",
  "residivis",
  "negatif",
  "positif",
]);

export function contentWords(key: string): string[] {
  const out: string[] = [];
  for (const w of key.split(" ")) if (w !== "" && !STOPWORDS.has(w) && !out.includes(w)) out.push(w);
  return out;
}

/** Dice coefficient of two word sets. */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let common = 0;
  for (const w of a) if (set.has(w)) common++;
  return (2 * common) / (a.length + b.length);
}

const ROW_A = new Int32Array(64);
const ROW_B = new Int32Array(64);

/** Levenshtein distance of two short words, giving up (returning max + 1) beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (b.length >= ROW_A.length) return max + 1;
  let prev = ROW_A;
  let cur = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

const LETTERS = /^[a-z]+$/;

/** Edits allowed between two words for one to be a typo of the other; -1 when none. */
function typoBudget(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  if (n < 5) return -1;
  const max = n >= 9 ? 2 : 1;
  return Math.abs(a.length - b.length) <= max && LETTERS.test(a) && LETTERS.test(b) ? max : -1;
}

/** A typo of the same word: one edit in words of 5+ letters, two in words of 9+ (not codes or numbers). */
function sameWord(a: string, b: string): boolean {
  const max = typoBudget(a, b);
  return max >= 0 && distance(a, b, max) <= max;
}

export interface Likeness {
  /** Dice coefficient, typos counted as the same word. */
  score: number;
  /** Both wordings have words the other lacks: one word put for another ("kemandirian" / "kepribadian"). */
  substitution: boolean;
  /** A word that tells indicators apart is in one wording only ("anak", "tahanan" …). */
  distinguishing: boolean;
}

export function likeness(a: readonly string[], b: readonly string[], setA?: ReadonlySet<string>): Likeness {
  const sa = setA ?? new Set(a);
  const sb = new Set(b);
  const onlyA = a.filter((w) => !sb.has(w));
  const onlyB = b.filter((w) => !sa.has(w));
  // A rewording only adds words: every word of the side with fewer extra words must be a
  // typo of one on the other side, else one word was put for another.
  const [fewer, more] = onlyA.length <= onlyB.length ? [onlyA, onlyB] : [onlyB, onlyA];
  const left = [...more];
  // Cheap test first: a word with no possible typo partner at all is a substitution.
  let substitution = fewer.some((w) => !more.some((x) => typoBudget(w, x) >= 0));
  for (const w of substitution ? [] : fewer) {
    const j = left.findIndex((x) => sameWord(w, x));
    if (j < 0) {
      substitution = true;
      break;
    }
    left.splice(j, 1);
  }
  const common = a.length - onlyA.length + (substitution ? 0 : fewer.length);
  return {
    score: a.length + b.length === 0 ? 0 : (2 * common) / (a.length + b.length),
    substitution,
    distinguishing: !substitution && left.some((w) => DISTINGUISHING.has(w)),
  };
}

/**
 * Two wordings are the same indicator when one only adds or drops words to the other (typos
 * aside) and their content words have a Dice coefficient of at least 0.8: the reference's
 * rewording "Persentase Meningkatnya Klien … Sudah Siap Bermasyarakat" vs "Persentase klien …
 * siap bermasyarakat" scores 0.91. A word put for another is a different indicator however
 * high the score: siblings such as "… pembinaan kemandirian" / "… pembinaan kepribadian"
 * score exactly 0.8, "… melanjutkan pelajaran …" / "… melanjutkan pekerjaan …" 0.93. Under
 * the same sasaran 0.7 suffices (a shortened name beside its own sasaran). Merging two
 * indicators loses one; keeping a reworded one apart only shows it twice, so the rule errs
 * on the side of keeping apart.
 */
export const MATCH_THRESHOLD = 0.8;
export const SAME_SASARAN_THRESHOLD = 0.7;
/** Candidate lists longer than this are only searched for a wording's rarest word. */
const MAX_POSTINGS = 256;

interface MatchEntry {
  id: number;
  key: string;
  /** Content words, computed when first compared. */
  words: string[] | null;
  sasaran: string | null;
}

/** The words of the indicators seen so far, indexed for matching by their rare words. */
export class IndikatorMatcher {
  /** By id: ids are the model's indicator indexes, shared by the matchers of all units. */
  private readonly entries = new Map<number, MatchEntry>();
  private readonly byKey = new Map<string, number[]>();
  /** Inverted index word → indicators; built on the first search by near wording. */
  private readonly index = new Map<string, number[]>();
  /** Indicators committed but not yet in the index. */
  private unindexed: number[] = [];
  private pending: number[] = [];
  private readonly allKeys: Iterable<string>;
  /** Word frequencies over all wordings to match (rare words first in candidate search). */
  private df: Map<string, number> | null = null;
  /** Content words of each sasaran text (many indicators share one). */
  private readonly sasaranCache = new Map<string, string[]>();

  /** `allKeys`: every wording that will be added or searched (for word frequencies). */
  constructor(allKeys: Iterable<string>) {
    this.allKeys = allKeys;
  }

  private sasaranWords(sasaran: string | null): string[] | null {
    if (sasaran === null) return null;
    let words = this.sasaranCache.get(sasaran);
    if (!words) {
      words = contentWords(indikatorKey(sasaran));
      this.sasaranCache.set(sasaran, words);
    }
    return words;
  }

  /**
   * Adds an indicator. Its exact wording is found at once; by near wordings it is found only
   * after the next commit(), so the rows of one table (different indicators) are not
   * compared with each other.
   */
  add(id: number, key: string, sasaran: string | null): void {
    this.entries.set(id, { id, key, words: null, sasaran });
    const same = this.byKey.get(key);
    if (same) same.push(id);
    else this.byKey.set(key, [id]);
    this.pending.push(id);
  }

  /** Makes the indicators added since the last commit findable by near wordings. */
  commit(): void {
    for (const id of this.pending) this.unindexed.push(id);
    this.pending = [];
  }

  private words(e: MatchEntry): string[] {
    e.words ??= contentWords(e.key);
    return e.words;
  }

  private prepare(): Map<string, number> {
    if (this.df === null) {
      this.df = new Map();
      for (const k of this.allKeys) for (const w of contentWords(k)) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    }
    for (const id of this.unindexed) {
      for (const w of this.words(this.entries.get(id) as MatchEntry)) {
        const list = this.index.get(w);
        if (list) list.push(id);
        else this.index.set(w, [id]);
      }
    }
    this.unindexed = [];
    return this.df;
  }

  /**
   * The best indicator for a wording: an identical key first (even one the same table already
   * named: the same wording twice is the same indicator), else — among those not `excluded`,
   * i.e. not already matched by rows of the same table, which are different indicators — the
   * highest score over the threshold, the same sasaran breaking ties and lowering it.
   */
  find(key: string, sasaran: string | null, excluded: ReadonlySet<number>): number | null {
    const same = this.byKey.get(key);
    if (same) return same.find((id) => !excluded.has(id)) ?? same[0];
    if (this.unindexed.length === 0 && this.index.size === 0) return null;
    const df = this.prepare();
    const words = contentWords(key);
    if (words.length === 0) return null;
    // Prefix filtering: a match at Dice ≥ t shares at least t·n/(2 − t) of the n words, so it
    // shares one of the n − that + 1 rarest of them.
    const minShared = Math.ceil((SAME_SASARAN_THRESHOLD * words.length) / (2 - SAME_SASARAN_THRESHOLD));
    const probe = [...words].sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0));
    const prefix = probe.slice(0, Math.max(1, words.length - minShared + 1));
    const sasaranWords = this.sasaranWords(sasaran);
    const wordSet = new Set(words);
    const seen = new Set<number>();
    let best: number | null = null;
    let bestScore = 0;
    for (let k = 0; k < prefix.length; k++) {
      const list = this.index.get(prefix[k]) ?? [];
      // Words shared by very many indicators ("persentase") add candidates that the rarer
      // words already reached; skipping them keeps matching linear in the workbook.
      if (k > 0 && list.length > MAX_POSTINGS) break;
      for (const id of list) {
        if (seen.has(id) || excluded.has(id)) continue;
        seen.add(id);
        const e = this.entries.get(id) as MatchEntry;
        const like = likeness(words, this.words(e), wordSet);
        if (like.substitution || like.distinguishing) continue;
        const other = this.sasaranWords(e.sasaran);
        const sameSasaran = sasaranWords !== null && other !== null && dice(sasaranWords, other) >= MATCH_THRESHOLD;
        if (like.score < (sameSasaran ? SAME_SASARAN_THRESHOLD : MATCH_THRESHOLD)) continue;
        const ranked = like.score + (sameSasaran ? 0.05 : 0);
        if (ranked > bestScore) {
          bestScore = ranked;
          best = id;
        }
      }
    }
    return best;
  }
}
