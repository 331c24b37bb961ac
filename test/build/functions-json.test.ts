// dist/functions.json, the metadata Excel reads to offer =SAKIP.… in cells, against the
// reviewed golden copy. After an intended change to the JSDoc in src/functions/functions.ts:
//   npm run build && node -e 'const f=require("fs");f.writeFileSync("test/build/functions.golden.json",
//     JSON.stringify(JSON.parse(f.readFileSync("dist/functions.json","utf8")),null,2)+"\n")'
// then read the diff before committing it.
import { readDist, readRoot } from "./dist";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type: string; dimensionality?: string };
}

const built = JSON.parse(readDist("functions.json").toString("utf8")) as { functions: FunctionMetadata[] };
const golden = JSON.parse(readRoot("test/build/functions.golden.json").toString("utf8")) as { functions: FunctionMetadata[] };

// Words that give away an English (generator default or forgotten) description.
const ENGLISH = /\b(the|and|of|returns?|value|number|text|optional|range)\b/i;
// Common words of these descriptions; every Indonesian description has at least one.
const INDONESIAN = /\b(angka|teks|atau|dan|sebagai|bila|dari|nilai|capaian|realisasi|target|pagu|predikat|rentang|menjadi|kata|yang|per)\b/i;

describe("dist/functions.json", () => {
  it("equals the reviewed golden copy", () => {
    expect(built).toEqual(golden);
  });

  it("declares the seven functions of DESIGN §3 with their parameters, in order", () => {
    const signature = (f: FunctionMetadata) =>
      `${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")}) → ${f.result.type}`;
    expect(built.functions.map(signature)).toEqual([
      "CAPAIAN(realisasi, target, [polaritas], [batas]) → number",
      "PREDIKAT(capaian, [pita]) → string",
      "TERCAPAI(capaian) → boolean",
      "SERAPAN(realisasi, pagu) → number",
      "AGREGAT(nilai, [metode]) → number",
      "ANGKA(teks) → number",
      "TERBILANG(angka, [akhiran]) → string",
    ]);
  });

  it("takes ranges where a range is meant", () => {
    const matrix = built.functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`));
    expect(matrix).toEqual(["PREDIKAT.pita", "AGREGAT.nilai"]);
  });

  it("keeps each id equal to its name (saved formulas refer to the id)", () => {
    for (const f of built.functions) expect(f.id).toBe(f.name);
  });

  it("describes every function and parameter in Indonesian", () => {
    const descriptions = built.functions.flatMap((f) => [
      [f.id, f.description ?? ""],
      ...f.parameters.map((p) => [`${f.id}.${p.name}`, p.description ?? ""]),
    ]);
    for (const [where, text] of descriptions) {
      expect([where, text.trim().length > 0, ENGLISH.test(text), INDONESIAN.test(text)]).toEqual([where, true, false, true]);
    }
  });
});
