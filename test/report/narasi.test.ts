// Paragraphs a–g and the Kesimpulan: wording per case (below, above, capped, negative with
// both formulas, missing realisation, zero target, no last-year data), figures from the data.
import type { Settings } from "../../src/core/model";
import { buildReport } from "../../src/report";
import { PLACEHOLDER } from "../../src/report/text";
import type { Paragraph, Report } from "../../src/report/types";
import { type IndikatorSpec, SASARAN, bapasModel, indikator, model, settings } from "./builders";

function paragraphs(r: Report, nomor: string): Record<string, Paragraph> {
  const ind = r.sasaran.flatMap((s) => s.indikator).find((i) => i.nomor === nomor);
  if (!ind) throw new Error(`no indicator ${nomor}`);
  return Object.fromEntries(ind.paragraphs.map((p) => [p.label, p]));
}

function one(spec: Omit<IndikatorSpec, "sasaran" | "row">, over: Partial<Settings> = {}): Record<string, string> {
  const r = buildReport(model({ indikator: [indikator({ sasaran: SASARAN.klien, row: 7, ...spec })] }), settings(over));
  return Object.fromEntries(Object.entries(paragraphs(r, "1.1")).map(([k, p]) => [k, p.text]));
}

const reference = buildReport(bapasModel(), settings());

describe("paragraph a: target against realisasi", () => {
  test("below target (2% of 2,5%): 80%, Memuaskan, belum tercapai, with pembilang/penyebut", () => {
    const a = paragraphs(reference, "1.1").a.text;
    expect(a).toContain("pada tahun 2025 sebesar 2% dari target 2,5% yang ditetapkan dalam Perjanjian Kinerja");
    expect(a).toContain("Realisasi dihitung dengan formulasi: Jumlah Tahanan di Lapas/Rutan");
    expect(a).not.toContain("Hasil perhitungan");
    expect(a).toContain("Realisasi tersebut belum mencapai target.");
    expect(a).toContain("Capaian kinerja sebesar 80%, dengan predikat Memuaskan, sehingga indikator ini belum tercapai.");
  });

  test("above target and capped: 683 of 716 = 95,39%, 136,27% dikonversi menjadi 120%", () => {
    const a = paragraphs(reference, "2.1").a.text;
    expect(a).toContain("sebesar 95,39% dari target 70%");
    expect(a).toContain("Hasil perhitungan: sebanyak 683 dari total 716, atau 95,39%.");
    expect(a).toContain("Realisasi tersebut melampaui target.");
    expect(a).toContain(
      "Capaian kinerja sebesar 136,27% dikonversi menjadi 120% sesuai ketentuan Konversi Efisiensi Kinerja, dengan predikat Sangat Memuaskan, sehingga indikator ini tercapai.",
    );
  });

  test("pembilang/penyebut win over the rounded stated realisasi: 3/183 = 1,64%, not 2%", () => {
    const a = one({ uraian: "Persentase Tahanan yang mendapatkan pendampingan", target: "2,5%", realisasi: "2%", pembilang: "3", penyebut: "183" }).a;
    expect(a).toContain("sebesar 1,64% dari target 2,5%");
    expect(a).toContain("Hasil perhitungan: sebanyak 3 dari total 183, atau 1,64%.");
    expect(a).toContain("Capaian kinerja sebesar 65,57%, dengan predikat Kurang Memuaskan, sehingga indikator ini belum tercapai.");
    expect(a).not.toMatch(/\b2%/);
  });

  test("cap at 251%", () => {
    const a = one({ uraian: "Persentase layanan", target: "20%", realisasi: "50,2%" }).a;
    expect(a).toContain("Capaian kinerja sebesar 251% dikonversi menjadi 120%");
  });

  test("above target without the cap: the raw figure and no conversion", () => {
    const a = one({ uraian: "Persentase layanan", target: "20%", realisasi: "50,2%" }, { batas: 0 }).a;
    expect(a).toContain("Capaian kinerja sebesar 251%, dengan predikat Sangat Memuaskan, sehingga indikator ini tercapai.");
    expect(a).not.toContain("dikonversi");
  });

  test("a unit word goes with the figure: 4 Layanan", () => {
    const a = one({ uraian: "Layanan dukungan", target: "4 Layanan", satuan: "Layanan", realisasi: "3 Layanan" }).a;
    expect(a).toContain("sebesar 3 Layanan dari target 4 Layanan");
    expect(a).toContain("Capaian kinerja sebesar 75%, dengan predikat Cukup Memuaskan");
  });

  const pidana = { uraian: "Persentase Anak yang mendapat putusan pidana penjara", target: "20%", polaritas: "negatif" as const };

  test.each([
    // formula, realisasi, wording of the formula, capaian sentence
    ["negatif", "22%", "dua kali target dikurangi realisasi, kemudian dibagi target", "Capaian kinerja sebesar 90%, dengan predikat Memuaskan, sehingga indikator ini belum tercapai."],
    ["negatif-rasio", "22%", "target dibagi realisasi", "Capaian kinerja sebesar 90,91%, dengan predikat Memuaskan, sehingga indikator ini belum tercapai."],
  ] as const)("negative polarity, formula %s: a higher realisasi is a shortfall", (rumus, realisasi, wording, capaian) => {
    const a = one({ ...pidana, realisasi }, { polaritasNegatif: rumus }).a;
    expect(a).toContain("Indikator ini berlaku terbalik, semakin kecil realisasi semakin baik.");
    expect(a).toContain("Realisasi tersebut lebih tinggi dari target, sehingga kinerja belum mencapai target.");
    expect(a).toContain(`Capaian dihitung dengan rumus indikator negatif, yaitu ${wording}.`);
    expect(a).toContain(capaian);
  });

  test.each([
    ["negatif", "Capaian kinerja sebesar 125% dikonversi menjadi 120%"],
    ["negatif-rasio", "Capaian kinerja sebesar 133,33% dikonversi menjadi 120%"],
  ] as const)("negative polarity, formula %s: a lower realisasi is the success", (rumus, capaian) => {
    const a = one({ ...pidana, realisasi: "15%" }, { polaritasNegatif: rumus }).a;
    expect(a).toContain("Realisasi tersebut lebih rendah dari target, sehingga kinerja lebih baik dari yang ditargetkan.");
    expect(a).toContain(capaian);
    expect(a).toContain("sehingga indikator ini tercapai.");
  });

  test("negatif-rasio with realisasi 0: the best result, set at the cap", () => {
    const a = one({ uraian: "Jumlah pelarian", target: "2 Orang", satuan: "Orang", realisasi: "0 Orang", polaritas: "negatif" }, { polaritasNegatif: "negatif-rasio" }).a;
    expect(a).toContain("Realisasi nol merupakan hasil terbaik, sehingga capaian ditetapkan sebesar batas konversi.");
    expect(a).toContain("Capaian kinerja sebesar 120%");
  });

  test("negatif-rasio with realisasi 0 and no cap: no figure is claimed", () => {
    const a = one({ uraian: "Jumlah pelarian", target: "2 Orang", satuan: "Orang", realisasi: "0 Orang", polaritas: "negatif" }, { polaritasNegatif: "negatif-rasio", batas: 0 }).a;
    expect(a).toContain("realisasi nol tidak menghasilkan angka capaian sehingga capaian belum dapat dinyatakan");
    expect(a).not.toMatch(/Capaian kinerja sebesar/);
  });

  test("missing realisation: not scored, never 0%", () => {
    const r = buildReport(model({ indikator: [indikator({ uraian: "Persentase klien", sasaran: SASARAN.klien, row: 7, target: "70%", formulasi: "Klien patuh dibagi total klien" })] }), settings());
    const a = paragraphs(r, "1.1").a.text;
    expect(a).toBe(
      "Target indikator Persentase klien pada tahun 2025 sebesar 70%. Realisasi belum tersedia sehingga capaian belum dapat diukur. Realisasi dihitung dengan formulasi: Klien patuh dibagi total klien.",
    );
    expect(a).not.toMatch(/\b0%/);
  });

  test("zero target with a realisation: capaian cannot be computed", () => {
    const a = one({ uraian: "Jumlah layanan tambahan", target: "0", realisasi: "5" }).a;
    expect(a).toContain("sebesar 5 dari target 0");
    expect(a).toContain("Target bernilai nol sehingga capaian tidak dapat dihitung sebagai perbandingan realisasi terhadap target.");
    expect(a).not.toMatch(/Capaian kinerja sebesar/);
  });

  test("zero target and zero realisation: met, 100%", () => {
    const a = one({ uraian: "Jumlah gangguan keamanan", target: "0", realisasi: "0", polaritas: "negatif" }).a;
    expect(a).toContain("Target dan realisasi sama-sama nol sehingga target dianggap terpenuhi.");
    expect(a).toContain("Capaian kinerja sebesar 100%, dengan predikat Sangat Memuaskan, sehingga indikator ini tercapai.");
  });

  test("a target that is not there", () => {
    const a = one({ uraian: "Persentase klien", target: null, realisasi: "80%", satuan: "%" }).a;
    expect(a).toBe("Target indikator Persentase klien belum tercantum dalam data sehingga capaian belum dapat diukur.");
  });

  test("a quarter's report says 'sampai dengan Triwulan II'", () => {
    const ind = indikator({ uraian: "Persentase klien", sasaran: SASARAN.klien, row: 7, target: "70%" });
    ind.realisasi = [{ periode: "TW2", nilai: { ...ind.target!, value: 0.5, raw: "50%" }, pembilang: null, penyebut: null }];
    const a = paragraphs(buildReport(model({ indikator: [ind] }), settings({ periode: "TW2" })), "1.1").a.text;
    expect(a).toContain("sampai dengan Triwulan II tahun 2025 sebesar 50% dari target 70%");
  });
});

describe("paragraph b: last year", () => {
  test("no data: the sentence that there is no comparison", () => {
    expect(paragraphs(reference, "1.1").b.text).toBe(
      "Tidak terdapat perbandingan dengan realisasi tahun lalu karena indikator ini merupakan indikator baru atau data realisasi tahun sebelumnya tidak tersedia.",
    );
  });

  test("same as last year", () => {
    expect(paragraphs(reference, "4.1").b.text).toBe(
      "Realisasi tahun 2024 sebesar 100% dari target 100% dengan capaian 100%. Realisasi pada tahun 2025 sebesar 100%, sama dengan realisasi tahun 2024. Capaian kinerja tahun ini sama dengan tahun 2024, yaitu 100%.",
    );
  });

  test("an increase in points, capaian before and after, and earlier years", () => {
    const b = one({
      uraian: "Persentase klien",
      target: "70%",
      realisasi: "95,39%",
      riwayat: [
        { tahun: 2023, target: "65%", realisasi: "90%" },
        { tahun: 2024, target: "80%", realisasi: "93%" },
      ],
    }).b;
    expect(b).toBe(
      "Realisasi tahun 2024 sebesar 93% dari target 80% dengan capaian 116,25%. Realisasi pada tahun 2025 sebesar 95,39%, meningkat 2,39 poin persen dibandingkan tahun 2024. Capaian kinerja naik dari 116,25% menjadi 120%. Realisasi tahun-tahun sebelumnya: tahun 2023 sebesar 90%.",
    );
  });

  test("a negative indicator that went down improved", () => {
    const b = one({ uraian: "Persentase pelanggaran", target: "10%", realisasi: "8%", polaritas: "negatif", riwayat: [{ tahun: 2024, realisasi: "12%" }] }).b;
    expect(b).toContain("menurun 4 poin persen dibandingkan tahun 2024, yang menunjukkan perbaikan kinerja karena indikator ini berlaku terbalik");
  });
});

describe("paragraphs c and d: Renstra and national standard", () => {
  test("below the Renstra target, with its year and share", () => {
    expect(paragraphs(reference, "1.1").c.text).toBe(
      "Target jangka menengah Renstra tahun 2029 untuk indikator ini sebesar 4,5%. Realisasi pada tahun 2025 sebesar 2% masih di bawah target akhir Renstra tersebut, atau 44,44% dari target Renstra.",
    );
  });

  test("above the Renstra target", () => {
    expect(paragraphs(reference, "2.1").c.text).toContain("Realisasi pada tahun 2025 sebesar 95,39% telah melampaui target akhir Renstra tersebut.");
  });

  test("no Renstra target", () => {
    expect(one({ uraian: "Persentase klien", target: "70%", realisasi: "80%" }).c).toBe(
      "Target jangka menengah dalam Renstra untuk indikator ini tidak tercantum dalam data sehingga perbandingan belum dapat dilakukan.",
    );
  });

  test("no national standard", () => {
    expect(paragraphs(reference, "1.1").d.text).toBe("Tidak terdapat standar nasional untuk indikator ini.");
  });

  test("a national standard, compared with the polarity in mind", () => {
    expect(one({ uraian: "Persentase klien", target: "70%", realisasi: "80%", standar: "75%" }).d).toBe(
      "Standar nasional untuk indikator ini sebesar 75%. Realisasi pada tahun 2025 sebesar 80% lebih tinggi dari standar nasional, sehingga kinerja lebih baik dari standar.",
    );
    expect(one({ uraian: "Tingkat hunian", target: "70%", realisasi: "80%", standar: "75%", polaritas: "negatif" }).d).toContain(
      "80% lebih tinggi dari standar nasional, sehingga kinerja belum memenuhi standar",
    );
  });
});

describe("paragraphs e, f, g: only the user's own words, else placeholders", () => {
  test("e: the keterangan as written", () => {
    const e = paragraphs(reference, "3.2").e;
    expect(e.text).toBe(
      "Tingkat Pemberdayaan Masyarakat Untuk Pembimbingan Kemasyarakatan Dalam Pelaksanaan Keadilan Restoratif masih di bawah target karena belum adanya pembaharuan Perjanjian kerjasama Pokmas yang lama.",
    );
    expect(e.placeholder).toBe(false);
    expect(e.sources).toEqual([{ sheet: "Capaian 2025", cell: "J9" }]);
  });

  test("e: no keterangan, the marked placeholder", () => {
    const e = paragraphs(reference, "2.1").e;
    expect(e.text).toBe(PLACEHOLDER.analisis);
    expect(e.text).toBe("[isi analisis penyebab keberhasilan/kegagalan serta alternatif solusi]");
    expect(e.placeholder).toBe(true);
  });

  test("f: capaian next to the serapan of the linked kegiatan", () => {
    const f = paragraphs(reference, "2.1").f;
    expect(f.text).toBe(
      "Indikator ini didukung oleh kegiatan Penyelenggaraan Pemasyarakatan di Wilayah dengan pagu Rp 215.828.000 dan realisasi Rp 182.572.600. Capaian 120% dengan serapan anggaran 84,59% menunjukkan hasil dicapai dengan biaya lebih rendah dari rencana.",
    );
    expect(f.refs).toEqual([{ table: "efisiensi", row: 0 }]);
  });

  test("f: capaian below target although the budget was spent", () => {
    const m = bapasModel();
    m.indikator[0].kegiatan = [{ text: "Layanan Dukungan Manajemen Internal", ref: null }];
    const f = paragraphs(buildReport(m, settings()), "1.1").f.text;
    expect(f).toContain(
      "Capaian 80% dengan serapan anggaran 97,18% menunjukkan target belum tercapai meskipun serapan anggaran lebih tinggi dari capaian, sehingga penggunaan anggaran belum efisien.",
    );
  });

  test("f: no linked kegiatan, says so and leaves the placeholder", () => {
    const f = paragraphs(reference, "1.2").f;
    expect(f.text).toBe("Belum terdapat kegiatan anggaran yang terhubung dengan indikator ini. [isi analisis efisiensi penggunaan sumber daya]");
    expect(f.placeholder).toBe(true);
  });

  test("g: the activities the user named, else the placeholder", () => {
    expect(paragraphs(reference, "2.1").g.text).toBe(
      "Kegiatan yang menunjang pencapaian indikator ini: Bimbingan Kemasyarakatan dan Pengawasan; Fasilitas dan Pembinaan Masyarakat. Rencana aksi yang dilaksanakan: Melaksanakan pengawasan program bimbingan klien.",
    );
    expect(paragraphs(reference, "1.2").g.text).toBe(PLACEHOLDER.program);
  });

  test("causes are never invented: without keterangan no paragraph explains why", () => {
    const r = buildReport(model({ indikator: [indikator({ uraian: "Persentase klien", sasaran: SASARAN.klien, row: 7, target: "70%", realisasi: "50%" })] }), settings());
    const p = paragraphs(r, "1.1");
    expect(p.e.text).toBe(PLACEHOLDER.analisis);
    for (const label of ["a", "c", "d", "f", "g"]) expect(p[label].text).not.toMatch(/\b(karena|disebabkan|akibat)\b/);
    expect(r.kesimpulan.map((k) => k.text).join(" ")).not.toMatch(/\b(karena|disebabkan|akibat)\b/);
  });
});

describe("every paragraph cites its table row and a source cell", () => {
  test("the order a–g with their headings", () => {
    for (const s of reference.sasaran)
      for (const i of s.indikator) {
        expect(i.paragraphs.map((p) => p.label)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
        for (const p of i.paragraphs) {
          expect(p.refs.length).toBeGreaterThan(0);
          expect(p.sources.length).toBeGreaterThan(0);
        }
      }
    for (const p of [...reference.anggaran, ...reference.kesimpulan]) expect(p.refs.length).toBeGreaterThan(0);
  });
});

describe("kesimpulan", () => {
  test("the reference LKjIP: 4 sasaran, 7 indicators, 5 achieved, the 2 shortfalls with their figures", () => {
    expect(reference.kesimpulan.map((p) => p.text)).toEqual([
      "Ada 4 (empat) sasaran kegiatan yang dijabarkan dalam 7 (tujuh) indikator kinerja yang menjadi target kinerja Balai Pemasyarakatan Kelas II Magelang pada tahun 2025.",
      "5 (lima) dari 7 (tujuh) indikator kinerja berhasil dicapai bahkan dilampaui pada tahun 2025.",
      "2 (dua) indikator kinerja yang belum tercapai yaitu indikator Persentase Tahanan yang mendapatkan pendampingan dan indikator Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif.",
      "Indikator Persentase Tahanan yang mendapatkan pendampingan mencapai realisasi 2% dari target tahun 2025 sebesar 2,5%, dengan capaian 80% dan predikat Memuaskan. Persentase masih di bawah target tahun 2025 karena pada tahun 2025 belum ada permintaan pendampingan untuk tahanan. Sekalipun ada baru permintaan litmas perawatan tahanan. KUHP baru berlaku pada awal tahun 2026.",
      "Indikator Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif mencapai realisasi 18% dari target tahun 2025 sebesar 20%, dengan capaian 90% dan predikat Memuaskan. Tingkat Pemberdayaan Masyarakat Untuk Pembimbingan Kemasyarakatan Dalam Pelaksanaan Keadilan Restoratif masih di bawah target karena belum adanya pembaharuan Perjanjian kerjasama Pokmas yang lama.",
      "Realisasi anggaran tahun 2025 sebesar Rp 3.831.896.908 (tiga miliar delapan ratus tiga puluh satu juta delapan ratus sembilan puluh enam ribu sembilan ratus delapan rupiah) dari pagu Rp 3.971.227.000, atau serapan sebesar 96,49%. Serapan tersebut telah memenuhi harapan Kementerian Keuangan agar realisasi anggaran mencapai sekurang-kurangnya 90%.",
    ]);
    expect(reference.kesimpulan.map((p) => p.label)).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  test("indicators that cannot be measured are named with the reason", () => {
    const m = bapasModel();
    m.indikator[6].realisasi = [];
    const k = buildReport(m, settings()).kesimpulan.map((p) => p.text);
    expect(k[1]).toBe("4 (empat) dari 7 (tujuh) indikator kinerja berhasil dicapai bahkan dilampaui pada tahun 2025.");
    expect(k).toContain(
      "1 (satu) indikator kinerja belum dapat diukur, yaitu indikator Indeks Kepuasan Unit Kerja Lingkup UPT Pemasyarakatan terhadap Layanan Kesekretariatan (realisasi belum tersedia).",
    );
  });

  test("all achieved; serapan below 90% at year end", () => {
    const m = bapasModel();
    m.indikator = m.indikator.filter((_, i) => i !== 0 && i !== 4);
    m.anggaran = m.anggaran.filter((l) => l.uraian === "Layanan Manajemen Kinerja Internal");
    const k = buildReport(m, settings()).kesimpulan.map((p) => p.text);
    expect(k[1]).toBe("Seluruh 5 (lima) indikator kinerja berhasil dicapai bahkan dilampaui pada tahun 2025.");
    expect(k[k.length - 1]).toBe(
      "Realisasi anggaran tahun 2025 sebesar Rp 6.737.000 (enam juta tujuh ratus tiga puluh tujuh ribu rupiah) dari pagu Rp 18.278.000, atau serapan sebesar 36,86%. Serapan tersebut belum memenuhi harapan Kementerian Keuangan agar realisasi anggaran mencapai sekurang-kurangnya 90%.",
    );
  });

  test("an empty workbook: one sentence, nothing invented", () => {
    const r = buildReport(model(), settings());
    expect(r.kesimpulan.map((p) => p.text)).toEqual([
      "Tidak terdapat indikator kinerja dalam data Balai Pemasyarakatan Kelas II Magelang tahun 2025 sehingga capaian kinerja belum dapat disimpulkan.",
    ]);
  });

  test("budget only: no indicator sentence beyond that, but the budget sentence", () => {
    const k = buildReport(model({ anggaran: bapasModel().anggaran }), settings()).kesimpulan.map((p) => p.text);
    expect(k).toHaveLength(2);
    expect(k[1]).toMatch(/^Realisasi anggaran tahun 2025 sebesar Rp 3\.831\.896\.908 /);
  });

  test("indicators without sasaran: counted without claiming a number of sasaran", () => {
    const m = bapasModel();
    m.indikator.forEach((i) => (i.sasaran = null));
    expect(buildReport(m, settings()).kesimpulan[0].text).toBe(
      "Ada 7 (tujuh) indikator kinerja yang menjadi target kinerja Balai Pemasyarakatan Kelas II Magelang pada tahun 2025.",
    );
  });
});

describe("realisasi anggaran paragraphs", () => {
  test("total with terbilang, highest and lowest serapan, jenis belanja, year on year", () => {
    expect(reference.anggaran.map((p) => p.text)).toEqual([
      "Realisasi anggaran Balai Pemasyarakatan Kelas II Magelang tahun 2025 sebesar Rp 3.831.896.908 (tiga miliar delapan ratus tiga puluh satu juta delapan ratus sembilan puluh enam ribu sembilan ratus delapan rupiah) dari pagu sebesar Rp 3.971.227.000, atau serapan sebesar 96,49%. Serapan tersebut telah memenuhi harapan Kementerian Keuangan agar realisasi anggaran mencapai sekurang-kurangnya 90%. Serapan tertinggi terdapat pada Layanan Manajemen SDM Internal sebesar 99,13% dan terendah pada Layanan Manajemen Kinerja Internal sebesar 36,86%.",
      "Menurut jenis belanja, total pagu sebesar Rp 4.374.073.000 terealisasi sebesar Rp 3.817.025.712, atau serapan sebesar 87,26%. Serapan 51 Belanja Pegawai sebesar 97,96% dan 52 Belanja Barang sebesar 58,41%. 53 Belanja Modal dan 57 Belanja Bantuan Sosial tidak memiliki pagu pada tahun ini.",
      "Pada tahun 2024, realisasi anggaran sebesar Rp 3.882.144.474 dari pagu Rp 4.001.129.000, atau serapan sebesar 97,03%. Serapan tahun 2025 sebesar 96,49% mengalami penurunan sebesar 0,53 poin persen dibandingkan tahun 2024.",
    ]);
  });

  test("realisasi above pagu is not praised as meeting the expectation", () => {
    const m = bapasModel();
    m.anggaran = [{ ...m.anggaran[0], realisasi: { ...m.anggaran[0].realisasi!, value: 250_000_000 } }];
    const text = buildReport(m, settings()).anggaran[0].text;
    expect(text).toContain("atau serapan sebesar 115,83%. Realisasi anggaran melebihi pagu; data pagu dan realisasi perlu diperiksa kembali.");
    expect(text).not.toContain("memenuhi harapan");
  });

  test("before year end the 90% expectation is not judged", () => {
    const r = buildReport(bapasModel(), settings({ periode: "TW2" }));
    expect(r.anggaran[0].text).toContain("Harapan Kementerian Keuangan atas penyerapan anggaran sekurang-kurangnya 90% berlaku pada akhir tahun anggaran.");
  });
});
