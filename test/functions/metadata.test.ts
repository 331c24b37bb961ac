// The functions.json that custom-functions-metadata-plugin will generate from the JSDoc of
// src/functions/functions.ts at build time: the contract of DESIGN §3 as Excel will see it.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const source = path.join(__dirname, "../../src/functions/functions.ts");
let functions: FunctionMetadata[];
let associate: { id: string; functionName: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
  associate = result.associate;
}, 30000);

const fn = (id: string): FunctionMetadata => {
  const f = functions.find((x) => x.id === id);
  if (!f) throw new Error(`no metadata for ${id}`);
  return f;
};

describe("functions.json generated from the JSDoc", () => {
  it("declares exactly the seven functions of DESIGN §3, named as their ids", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(
      ["AGREGAT", "ANGKA", "CAPAIAN", "PREDIKAT", "SERAPAN", "TERBILANG", "TERCAPAI"].sort(),
    );
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
  });

  it.each([
    ["CAPAIAN", ["realisasi", "target", "polaritas", "batas"], ["polaritas", "batas"], "number"],
    ["PREDIKAT", ["capaian", "pita"], ["pita"], "string"],
    ["TERCAPAI", ["capaian"], [], "boolean"],
    ["SERAPAN", ["realisasi", "pagu"], [], "number"],
    ["AGREGAT", ["nilai", "metode"], ["metode"], "number"],
    ["ANGKA", ["teks"], [], "number"],
    ["TERBILANG", ["angka", "akhiran"], ["akhiran"], "string"],
  ])("%s(%j), optional %j, returns %s", (id, names, optional, result) => {
    const f = fn(id);
    expect(f.parameters.map((p) => p.name)).toEqual(names);
    expect(f.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(optional);
    expect(f.result.type).toBe(result);
  });

  it("takes cells as type any, so an empty cell is not turned into 0", () => {
    for (const f of functions) {
      for (const p of f.parameters) expect(p.type).toBe("any");
    }
  });

  it("takes ranges where a range is expected", () => {
    const matrix = functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality === "matrix").map((p) => `${f.id}.${p.name}`));
    expect(matrix.sort()).toEqual(["AGREGAT.nilai", "PREDIKAT.pita"]);
  });

  it("associates every id with its exported function (the plugin appends these calls)", () => {
    expect(associate.map((a) => [a.id, a.functionName]).sort()).toEqual(
      [
        ["AGREGAT", "agregat"],
        ["ANGKA", "angka"],
        ["CAPAIAN", "capaian"],
        ["PREDIKAT", "predikat"],
        ["SERAPAN", "serapan"],
        ["TERBILANG", "terbilang"],
        ["TERCAPAI", "tercapai"],
      ].sort(),
    );
  });
});
