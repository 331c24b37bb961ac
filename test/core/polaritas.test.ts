import type { Polaritas } from "../../src/core/model";
import { parsePolaritas, polarityHint } from "../../src/core/polaritas";

describe("parsePolaritas", () => {
  it.each([
    ["positif", "positif"],
    ["Positif", "positif"],
    ["NORMAL", "positif"],
    ["naik", "positif"],
    ["negatif", "negatif"],
    ["Negatif", "negatif"],
    ["inverse", "negatif"],
    ["terbalik", "negatif"],
    ["Berlaku terbalik", "negatif"],
    ["turun", "negatif"],
    ["negatif-rasio", "negatif-rasio"],
    ["Negatif-rasio", "negatif-rasio"],
    ["negatif rasio", "negatif-rasio"],
    ["negatif_rasio", "negatif-rasio"],
    ["ratio", "negatif-rasio"],
    ["RASIO", "negatif-rasio"],
    ["  positif  ", "positif"],
    ["", null],
    ["netral", null],
    [null, null],
  ] as [string | null, Polaritas | null][])("%j → %p", (text, expected) => {
    expect(parsePolaritas(text)).toBe(expected);
  });
});

describe("polarityHint", () => {
  it.each([
    // Rates and counts of bad things: lower is better.
    ["Persentase residivis", "negatif", /residivis/],
    ["Angka residivisme narapidana", "negatif", /residivisme/],
    ["Jumlah pelarian tahanan", "negatif", /pelarian/],
    ["Jumlah narapidana yang melarikan diri", "negatif", /melarikan diri/],
    ["Jumlah gangguan keamanan dan ketertiban", "negatif", /gangguan/],
    ["Angka kematian warga binaan", "negatif", /kematian/],
    ["Tingkat overcrowding", "negatif", /overcrowding/],
    ["Persentase pelanggaran disiplin pegawai", "negatif", /pelanggaran/],
    ["Persentase Anak yang mendapat putusan pidana penjara", "negatif", /putusan pidana penjara/],
    ["Jumlah temuan BPK", "negatif", /temuan/],
    ["Kepadatan hunian menurun", "negatif", /kepadatan hunian/],
    ["Jumlah kasus yang menurun", "negatif", /menurun/],
    // The ABH indicator of Bapas Magelang, described as "berlaku terbalik".
    [
      "Pada indikator kinerja ini berlaku terbalik, sehingga makin kecil prosentase capaian, makin berhasil mencapai target",
      "negatif",
      /berlaku terbalik/,
    ],
    ["Semakin kecil angka ini semakin baik", "negatif", /berlaku terbalik/],
    // A measure of the decrease, or of the absence, of a bad thing: higher is better.
    ["Persentase penurunan residivis", "positif", /penurunan residivis/],
    ["Menurunnya angka pelarian dan gangguan keamanan", "positif", /penurunan pelarian/],
    ["Persentase pengurangan overcrowding", "positif", /penurunan overcrowding/],
    ["Klien yang tidak melakukan pelanggaran syarat umum dan khusus", "positif", /ketiadaan pelanggaran/],
    ["Persentase Lapas tanpa gangguan kamtib", "positif", /ketiadaan gangguan/],
  ])("%j → %s", (uraian, polaritas, reason) => {
    const hint = polarityHint(uraian);
    expect(hint?.polaritas).toBe(polaritas);
    expect(hint?.reason).toMatch(reason);
  });

  it.each([
    "Persentase Tahanan yang mendapatkan pendampingan",
    "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan",
    "Persentase klien pemasyarakatan yang siap bermasyarakat",
    "Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan",
    "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif",
    "Pengawasan insidental di Kabupaten Magelang",
  ])("says nothing about %j", (uraian) => {
    expect(polarityHint(uraian)).toBeNull();
  });
});
