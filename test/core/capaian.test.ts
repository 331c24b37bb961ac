import fc from "fast-check";
import { capaian, type CapaianResult } from "../../src/core/capaian";
import type { Polaritas } from "../../src/core/model";

const value = (r: CapaianResult): { mentah: number; nilai: number; dikonversi: boolean } => {
  if (!r.ok) throw new Error(`expected a capaian, got ${r.code}`);
  return r;
};

describe("capaian: the three formulas on real figures (LKjIP 2025 Bapas Magelang)", () => {
  it.each([
    // realisasi, target, polaritas, batas, mentah, nilai, dikonversi
    [3 / 183, 0.025, "positif", 1.2, 3 / 183 / 0.025, 3 / 183 / 0.025, false],
    [683 / 716, 0.7, "positif", 1.2, 683 / 716 / 0.7, 1.2, true],
    [683 / 716, 0.7, "positif", 0, 683 / 716 / 0.7, 683 / 716 / 0.7, false],
    [(13 - 11) / 11, 0.2, "positif", 1.2, 2 / 11 / 0.2, 2 / 11 / 0.2, false],
    [716 / 716, 0.25, "positif", 1.2, 4, 1.2, true],
    [3.51, 3.51, "positif", 1.2, 1, 1, false],
    [4, 4, "positif", 1.2, 1, 1, false],
    [184, 200, "positif", 1.2, 0.92, 0.92, false],
    // "Pada indikator kinerja ini berlaku terbalik": 401 of 401 ABH against 75%.
    [401 / 401, 0.75, "negatif", 1.2, (1.5 - 1) / 0.75, (1.5 - 1) / 0.75, false],
    [401 / 401, 0.75, "negatif-rasio", 1.2, 0.75, 0.75, false],
    [0.5, 0.75, "negatif", 1.2, (1.5 - 0.5) / 0.75, 1.2, true],
    [0.3, 0.75, "negatif-rasio", 1.2, 2.5, 1.2, true],
    [0.3, 0.75, "negatif-rasio", 0, 2.5, 2.5, false],
    [2, 0.75, "negatif", 1.2, 0, 0, false], // (2T − R)/T below zero is 0
    [2, 0.75, "negatif", 0, 0, 0, false],
  ] as [number, number, Polaritas, number, number, number, boolean][])(
    "R=%p T=%p %s batas %p",
    (r, t, polaritas, batas, mentah, nilai, dikonversi) => {
      const c = value(capaian(r, t, polaritas, batas));
      expect(c.mentah).toBeCloseTo(mentah, 12);
      expect(c.nilai).toBeCloseTo(nilai, 12);
      expect(c.dikonversi).toBe(dikonversi);
    },
  );
});

describe("capaian: zero cases are defined (DESIGN §3)", () => {
  it.each(["positif", "negatif", "negatif-rasio"] as Polaritas[])("T = 0 and R = 0 is 100%% (%s)", (p) => {
    expect(value(capaian(0, 0, p, 1.2)).nilai).toBe(1);
    expect(value(capaian(0, 0, p, 0)).nilai).toBe(1);
  });

  it("positive with T = 0 < R cannot be scored", () => {
    expect(capaian(5, 0, "positif", 1.2)).toEqual({ ok: false, code: "target-nol", message: "Target 0" });
  });

  it("negative with T = 0 < R is 0", () => {
    expect(capaian(3, 0, "negatif", 1.2)).toEqual({ ok: true, mentah: 0, nilai: 0, dikonversi: false });
  });

  it("negatif-rasio with R = 0 is the cap, or not scorable without one", () => {
    expect(capaian(0, 0.1, "negatif-rasio", 1.2)).toEqual({ ok: true, mentah: 1.2, nilai: 1.2, dikonversi: false });
    const none = capaian(0, 0.1, "negatif-rasio", 0);
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.code).toBe("tanpa-batas");
      expect(none.message).toMatch(/tanpa batas/);
    }
  });

  it("negatif-rasio with T = 0 < R is 0", () => {
    expect(value(capaian(2, 0, "negatif-rasio", 1.2)).nilai).toBe(0);
  });
});

describe("capaian properties", () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
  const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
  const batas = fc.constantFrom(0, 1, 1.2, 1.5, 10);
  const polaritas = fc.constantFrom<Polaritas>("positif", "negatif", "negatif-rasio");

  it("never below 0, never above the cap, nilai = min(mentah, cap)", () => {
    fc.assert(
      fc.property(amount, positive, polaritas, batas, (r, t, p, b) => {
        const c = capaian(r, t, p, b);
        if (!c.ok) return;
        expect(c.nilai).toBeGreaterThanOrEqual(0);
        expect(c.mentah).toBeGreaterThanOrEqual(0);
        if (b > 0) expect(c.nilai).toBeLessThanOrEqual(b);
        expect(c.nilai).toBe(b > 0 ? Math.min(c.mentah, b) : c.mentah);
        expect(c.dikonversi).toBe(b > 0 && c.mentah > b);
      }),
    );
  });

  it("rises with realisasi for positif, falls for negatif and negatif-rasio", () => {
    fc.assert(
      fc.property(amount, amount, positive, polaritas, batas, (a, b, t, p, cap) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cLo = capaian(lo, t, p, cap);
        const cHi = capaian(hi, t, p, cap);
        if (!cLo.ok || !cHi.ok) return;
        if (p === "positif") expect(cHi.nilai).toBeGreaterThanOrEqual(cLo.nilai);
        else expect(cHi.nilai).toBeLessThanOrEqual(cLo.nilai);
      }),
    );
  });

  it("realisasi equal to target is exactly 100% for every formula", () => {
    fc.assert(
      fc.property(positive, polaritas, batas, (t, p, b) => {
        expect(value(capaian(t, t, p, b)).nilai).toBe(1);
      }),
    );
  });
});
