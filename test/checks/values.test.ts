// unit-mismatch and value-unreadable, in tables and in the model; the reader's notes pass through.
import type { Finding } from "../../src/core/model";
import { check, entry, fig, indikator, table, where } from "./builders";
import { anggaranOutput } from "./reference";

describe("unit-mismatch", () => {
  const output = (realisasi: string) =>
    table(
      "Output",
      "anggaran",
      [{ role: "output" }, { role: "volume-target" }, { role: "volume-realisasi" }],
      [["Layanan Dukungan Manajemen Internal", "4 Layanan", realisasi], ["Fasilitas dan Pembinaan Masyarakat", "200 orang", "184 Orang"]],
    );

  it("flags realisasi in another unit than its target, at the realisasi cell", () => {
    const f = check({ tables: [output("4 Dokumen")] });
    expect(f).toEqual([expect.objectContaining({ rule: "unit-mismatch", severity: "error", cell: "C2", expected: "Layanan", actual: "Dokumen" })]);
  });

  it("accepts the same unit in another case, and a bare number", () => {
    expect(check({ tables: [output("4 layanan"), anggaranOutput()] }, { periode: "TW2" })).toEqual([]);
    expect(check({ tables: [output("4")] })).toEqual([]);
  });

  it("flags a target whose unit contradicts the Satuan column", () => {
    const t = table("PK", "kinerja", [{ role: "indikator" }, { role: "satuan" }, { role: "target" }], [
      ["Layanan Dukungan Manajemen Internal", "Layanan", "2 Dokumen"],
      ["Persentase klien pemasyarakatan yang siap bermasyarakat", "Persen", "70%"],
      ["Indeks Kepuasan Masyarakat", "Indeks", "3,6"],
    ]);
    expect(where(check({ tables: [t] }))).toEqual(["PK!C2"]);
  });

  it("flags a model realisasi against the target read elsewhere", () => {
    const ind = indikator({
      uraian: "Jumlah layanan informasi publik",
      satuan: "Layanan",
      target: fig("1 Layanan", "PK!D8"),
      realisasi: [entry("TAHUN", fig("2 Dokumen", "Capaian!J12"))],
      sources: [{ sheet: "PK", cell: "C8" }],
    });
    expect(where(check({ indikator: [ind] }), "unit-mismatch")).toEqual(["Capaian!J12"]);
  });
});

describe("value-unreadable", () => {
  const t = (realisasi: string) =>
    table("Kinerja", "kinerja", [{ role: "indikator" }, { role: "target" }, { role: "realisasi" }], [
      ["Persentase pegawai yang mengikuti pengembangan kompetensi", "20%", realisasi],
    ]);

  it.each(["7,5,2", "12 %%"])("flags %s at its cell", (text) => {
    expect(check({ tables: [t(text)] }, { periode: "TW2" })).toEqual([
      expect.objectContaining({ rule: "value-unreadable", severity: "error", cell: "C2", actual: text }),
    ]);
  });

  it("does not take n/a, -, or a list of figures for unreadable", () => {
    expect(check({ tables: [t("n/a"), t("-")] }, { periode: "TW2" })).toEqual([]);
    const pk = table("PK", "kinerja", [{ role: "indikator" }, { role: "target" }], [
      ["1. Persentase Tahanan yang mendapatkan pendampingan 2. Persentase ABH yang mendapatkan pendampingan", "2,5% 75%"],
    ]);
    expect(check({ tables: [pk] })).toEqual([]);
  });

  it("passes the reader's notes through, once per cell", () => {
    const note: Finding = {
      rule: "value-unreadable",
      severity: "error",
      sheet: "Kinerja",
      cell: "C2",
      message: 'Nilai "7,5,2" di sel C2 (kolom "REALISASI") tidak dapat dibaca sebagai angka.',
      actual: "7,5,2",
    };
    const formula: Finding = { rule: "value-unreadable", severity: "warning", sheet: "Kinerja", cell: "D9", message: "Sel D9 berisi rumus tanpa nilai tersimpan." };
    const f = check({ tables: [t("7,5,2")], readNotes: [note, formula] }, { periode: "TW2" });
    expect(f).toEqual([note, formula]);
  });

  it("flags unreadable figures of the model", () => {
    const ind = indikator({ uraian: "Indeks Kepuasan Masyarakat", target: fig("3,6", "PK!D9"), targetTw: [null, null, null, fig("3,6,1", "PK!H9")] });
    expect(where(check({ indikator: [ind] }))).toEqual(["PK!H9"]);
  });
});
