// The BUILT dist/functions.js, loaded the way Excel's runtime loads it: alone, in a fresh
// global scope that only has Excel's CustomFunctions object (no DOM, no Office, no React, no
// other chunk), then called with the values Excel passes — numbers, texts, null for empty
// cells and omitted optional arguments, 2-D arrays for ranges.
import * as vm from "node:vm";
import { readDist } from "./dist";
import { ERROR_CODE as ErrorCode, StandInError as CustomFunctionsError } from "../support/custom-functions";



type CustomFunction = (...args: unknown[]) => unknown;

interface Metadata {
  functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[]; result: { type: string } }[];
}

function loadFunctions(code: string): Map<string, CustomFunction> {
  const associated = new Map<string, CustomFunction>();
  const CustomFunctions = {
    associate(id: string, fn: CustomFunction) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      if (typeof fn !== "function") throw new Error(`${id} associated with a ${typeof fn}`);
      associated.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode,
  };
  vm.runInNewContext(code, { CustomFunctions }, { filename: "dist/functions.js" });
  return associated;
}

const code = readDist("functions.js").toString("utf8");
const metadata = JSON.parse(readDist("functions.json").toString("utf8")) as Metadata;
const functions = loadFunctions(code);

/** Calls a function as Excel does: every declared parameter gets a value, null when omitted. */
function call(id: string, ...args: unknown[]): unknown {
  const fn = functions.get(id);
  const meta = metadata.functions.find((f) => f.id === id);
  if (!fn || !meta) throw new Error(`${id} is not a built custom function`);
  const padded = meta.parameters.map((_, i) => (i < args.length ? args[i] : null));
  return fn(...padded);
}

function failure(id: string, ...args: unknown[]): CustomFunctionsError {
  try {
    const result = call(id, ...args);
    throw new Error(`${id} returned ${JSON.stringify(result)} instead of an error`);
  } catch (e) {
    if (e instanceof CustomFunctionsError) return e;
    throw e;
  }
}

describe("dist/functions.js stands alone", () => {
  it("associates every function of dist/functions.json, and nothing else", () => {
    expect([...functions.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(["AGREGAT", "ANGKA", "CAPAIAN", "PREDIKAT", "SERAPAN", "TERBILANG", "TERCAPAI"]);
  });

  it("associates functions that take the declared parameters", () => {
    for (const meta of metadata.functions) {
      expect([meta.id, functions.get(meta.id)?.length]).toEqual([meta.id, meta.parameters.length]);
    }
  });

  it("contains no React, no Fluent UI and no Office.js calls", () => {
    for (const marker of ["react.element", "react.transitional.element", "__SECRET_INTERNALS", "@fluentui", "griffel", "Excel.run", "Office.onReady", "context.sync"]) {
      expect([marker, code.includes(marker)]).toEqual([marker, false]);
    }
  });

  it("has no chunk loading, so no other file is needed", () => {
    // Any webpack runtime that can load a chunk names its JSONP global "webpackChunk…".
    expect(code).not.toMatch(/webpackChunk|importScripts|\bimport\(/);
  });
});

describe("the functions as Excel calls them", () => {
  // [function, arguments, expected result]
  const results: [string, unknown[], number | string | boolean][] = [
    ["CAPAIAN", [0.02, 0.025], 0.8],
    ["CAPAIAN", [1, 0.75, "negatif"], 0.6667],
    ["CAPAIAN", [1, 0.75, "Terbalik", null], 0.6667],
    ["CAPAIAN", [0.9, 0.6, "negatif-rasio"], 0.6667],
    ["CAPAIAN", ["75 %", "60%"], 1.2],
    ["CAPAIAN", ["75 %", "60%", null, 0], 1.25],
    ["CAPAIAN", ["75 %", "60%", "positif", 1.5], 1.25],
    ["CAPAIAN", ["1 Layanan", "1 Layanan"], 1],
    ["CAPAIAN", ["3,51", "3,6 Indeks"], 0.975],
    ["CAPAIAN", [0, 0], 1],
    ["CAPAIAN", [3, 0, "negatif"], 0],
    ["CAPAIAN", [0, 2, "negatif-rasio"], 1.2],
    ["CAPAIAN", [{ type: "FormattedNumber", basicValue: 0.02, numberFormat: "0%" }, 0.025], 0.8],
    ["PREDIKAT", [1.2], "Sangat Memuaskan"],
    ["PREDIKAT", [0.95], "Memuaskan"],
    ["PREDIKAT", ["75%"], "Cukup Memuaskan"],
    ["PREDIKAT", [0.65], "Kurang Memuaskan"],
    ["PREDIKAT", [0.5], "Tidak Memuaskan"],
    ["PREDIKAT", [0.95, [[0.9, "Baik"], [0, "Perlu Perbaikan"], [null, null]]], "Baik"],
    ["PREDIKAT", [0.5, [["90%", "Baik"], [0, "Perlu Perbaikan"], ["", ""]]], "Perlu Perbaikan"],
    ["TERCAPAI", [1], true],
    ["TERCAPAI", ["100%"], true],
    ["TERCAPAI", [0.999], false],
    ["SERAPAN", [182572600, 215828000], 0.8459],
    ["SERAPAN", ["Rp 182.572.600", "Rp 215.828.000,-"], 0.8459],
    ["SERAPAN", [0, 0], 0],
    ["AGREGAT", [[[1, 2, 3, 4]]], 10],
    ["AGREGAT", [[[1], [2], [null], [4]], "jumlah"], 7],
    ["AGREGAT", [[[0.25, 0.5, 0.75, null]], "akhir"], 0.75],
    ["AGREGAT", [[[2, "", 4, null]], "rata"], 3],
    ["AGREGAT", [[["60%", "75 %", "70%", null]], "maks"], 0.75],
    ["ANGKA", ["Rp 4.327.073.000,-"], 4327073000],
    ["ANGKA", ["Rp. 484,708,000,-"], 484708000],
    ["ANGKA", ["2,5%"], 0.025],
    ["ANGKA", ["1 Layanan"], 1],
    ["ANGKA", [3.51], 3.51],
    ["TERBILANG", [1250000, "rupiah"], "satu juta dua ratus lima puluh ribu rupiah"],
    ["TERBILANG", [11], "sebelas"],
    ["TERBILANG", [1000], "seribu"],
    // One "." followed by three digits is a decimal mark outside money (DOMAIN §7); two are thousands.
    ["TERBILANG", ["1.000.000"], "satu juta"],
  ];

  it.each(results)("%s(%j) = %j", (id, args, expected) => {
    const result = call(id, ...args);
    const type = metadata.functions.find((f) => f.id === id)?.result.type;
    expect(typeof result).toBe(type);
    if (typeof expected === "number") expect(result).toBeCloseTo(expected, 4);
    else expect(result).toBe(expected);
  });

  // [function, arguments, Excel error, words of the message]
  const errors: [string, unknown[], string, RegExp][] = [
    ["CAPAIAN", [null, 0.6], "#N/A", /Realisasi belum diisi/],
    ["CAPAIAN", [0.5, null], "#N/A", /Target belum diisi/],
    ["CAPAIAN", ["n/a", 0.6], "#N/A", /Realisasi belum diisi/],
    ["CAPAIAN", ["1 Layanan", "2 Dokumen"], "#VALUE!", /Satuan/],
    ["CAPAIAN", [1, 1, "ke atas"], "#VALUE!", /positif.*negatif.*negatif-rasio/],
    ["CAPAIAN", [5, 0], "#VALUE!", /Target 0/i],
    ["CAPAIAN", ["7,5,2", 1], "#VALUE!", /tidak terbaca/],
    ["CAPAIAN", [1, 1, null, 0.5], "#VALUE!", /Batas/],
    ["PREDIKAT", [0.9, [["x", "Baik"]]], "#VALUE!", /Pita/],
    ["SERAPAN", [5, 0], "#VALUE!", /Pagu 0/],
    ["AGREGAT", [[[null, ""]]], "#N/A", /Belum ada nilai/],
    ["AGREGAT", [[[1, 2]], "median"], "#VALUE!", /kumulatif/],
    ["ANGKA", ["7,5,2"], "#VALUE!", /tidak terbaca/],
    ["ANGKA", [null], "#N/A", /belum diisi/],
  ];

  it.each(errors)("%s(%j) is %s", (id, args, errorCode, message) => {
    const error = failure(id, ...args);
    expect(error.code).toBe(errorCode);
    expect(error.message).toMatch(message);
  });
});
