// A pure function of a text, remembered: a workbook writes a handful of formats, units and
// polarity words — and a Kanwil table the same 30 wordings — over thousands of cells, and the
// readers and checks ask again for every one. Bounded: past `max` texts it starts over, so a
// workbook of endless distinct texts costs time, never unbounded memory.
export function remember<T>(fn: (text: string) => T, max: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= max) known.clear();
    const value = fn(text);
    known.set(text, value);
    return value;
  };
}
