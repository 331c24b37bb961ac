// The texts the fast reader puts into grids. A text cut from a chunk of XML is, in V8, a slice
// that keeps the whole chunk alive: a sheet of a million rows would keep all its XML in memory
// through its cells. So every text is copied out; and a text seen before (a unit's name on
// 30 000 rows) is given as the one string already kept.

/** Longer texts are copied but not pooled: they rarely repeat. */
const MAX_POOLED_LENGTH = 200;
/** Past this many distinct texts the pool stops growing (a sheet of unique texts gains nothing). */
const MAX_POOLED_TEXTS = 200_000;
/** V8 copies shorter slices anyway. */
const MIN_SLICE_LENGTH = 13;

export class TextPool {
  private readonly texts = new Map<string, string>();

  take(text: string): string {
    if (text.length < MIN_SLICE_LENGTH) return text;
    if (text.length > MAX_POOLED_LENGTH) return copy(text);
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    const own = copy(text);
    if (this.texts.size < MAX_POOLED_TEXTS) this.texts.set(own, own);
    return own;
  }
}

/** A flat string of its own: the concatenation is flattened into a new string when sliced. */
function copy(text: string): string {
  return (" " + text).slice(1);
}
