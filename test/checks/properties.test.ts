// Properties: a stated figure that is the computed one rounded or cut at its own decimals is
// never a finding; one that is further off than a unit of its last decimal always is.
import fc from "fast-check";
import { formatAngka } from "../../src/core/format";
import { roundTo, truncTo } from "../../src/core/precision";
import { check, table } from "./builders";

const written = (fraction: number, decimals: number, cut: boolean): string =>
  `${formatAngka((cut ? truncTo : roundTo)(fraction * 100, decimals), decimals)}%`;

const realisasiTable = (p: number, q: number, stated: string) =>
  table("Pengukuran", "kinerja", [{ role: "indikator" }, { role: "pembilang" }, { role: "penyebut" }, { role: "realisasi" }], [
    ["Persentase klien pemasyarakatan yang siap bermasyarakat", p, q, stated],
  ]);

const capaianTable = (target: string, realisasi: string, stated: string) =>
  table("Capaian", "kinerja", [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }, { role: "capaian" }], [
    ["Persentase klien pemasyarakatan yang siap bermasyarakat", target, realisasi, stated],
  ]);

const ratio = fc
  .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }))
  .map(([a, b]) => ({ p: Math.min(a, b), q: Math.max(a, b) }));

describe("stated figures at their precision", () => {
  it("accepts pembilang / penyebut rounded or cut at 0–2 decimals", () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 0, max: 2 }), fc.boolean(), ({ p, q }, d, cut) => {
        expect(check({ tables: [realisasiTable(p, q, written(p / q, d, cut))] })).toEqual([]);
      }),
    );
  });

  it("flags a realisasi two units of its last decimal off", () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 0, max: 2 }), fc.constantFrom(-2, 2), ({ p, q }, d, off) => {
        const value = roundTo((p / q) * 100, d) + off * 10 ** -d;
        fc.pre(value >= 0);
        const f = check({ tables: [realisasiTable(p, q, `${formatAngka(value, d)}%`)] });
        expect(f.map((x) => `${x.rule} ${x.cell}`)).toEqual(["realisasi-mismatch D2"]);
      }),
    );
  });

  it("accepts a capaian of two percentages at its precision, capped at 120%", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 2 }), fc.boolean(), (t, r, d, cut) => {
        const capaian = Math.min(r / t, 1.2);
        expect(check({ tables: [capaianTable(`${t}%`, `${r}%`, written(capaian, d, cut))] })).toEqual([]);
      }),
    );
  });
});
