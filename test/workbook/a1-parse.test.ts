// parseA1 reads addresses by character; it accepts exactly what the pattern of A1 addresses
// accepts: an optional "$", one to three letters, an optional "$", a row without leading zero.
import fc from "fast-check";
import { parseA1 } from "../../src/workbook/a1";

function byPattern(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

describe("parseA1", () => {
  it("reads what the A1 pattern reads, and nothing else (property)", () => {
    const chars = fc.constantFrom(..."$aAzZbBxX0199 \t\u00a0.:-@[`{".split(""));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 10 }), (s) => {
        expect(parseA1(s)).toEqual(byPattern(s));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each(["A1", "$A$1", "xfd1048576", "AAAA1", "A0", "A01", " B7 ", "$$A1", "A$$1", "", "$", "1A", "A1$", "A1 2", "ÄB1", "A١"])("reads %p as the pattern does", (s) => {
    expect(parseA1(s)).toEqual(byPattern(s));
  });
});
