// Work that must stay linear in the model: counted, not timed. Quarterly targets taken from the
// Rencana Aksi are looked up by indicator key once grouped; scanning every entry for every
// indicator would read each entry's key once per indicator.
import type { RencanaAksiEntry } from "../../src/core/model";
import { entry, fig, indikator, model, settings } from "./builders";
import { rencanaAksi } from "../support/model";
import { runChecks } from "../../src/checks";

describe("tw-sum-mismatch over many indicators", () => {
  it.each([50, 400])("reads each Rencana Aksi entry's key a bounded number of times (%i indicators)", (n) => {
    let reads = 0;
    const counted = (e: RencanaAksiEntry): RencanaAksiEntry => {
      const key = e.indikatorKey;
      return Object.defineProperty({ ...e }, "indikatorKey", {
        enumerable: true,
        get: () => {
          reads++;
          return key;
        },
      });
    };
    const inds = Array.from({ length: n }, (_, i) =>
      indikator({ uraian: `Persentase layanan nomor ${i} yang tepat waktu`, target: fig("100", `PK!C${i + 5}`), realisasi: [entry("TAHUN", fig("100", `PK!D${i + 5}`))] }),
    );
    const plans = inds.flatMap((ind, i) =>
      ["TW1", "TW2", "TW3", "TW4"].map((p, q) => counted(rencanaAksi(ind.key, p, { target: fig("25", `Rencana Aksi!C${4 * i + q + 5}`) }))),
    );
    runChecks(model({ indikator: inds, rencanaAksi: plans }), settings());
    expect(reads).toBeLessThanOrEqual(8 * plans.length);
  });
});
