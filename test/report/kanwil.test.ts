// A Kanwil's chapter III: indicators measured on each UPT (a per-unit table) are one indicator
// each, with one section that summarises their UPT rows, a "Unit Kerja" column in the tables,
// and a Kesimpulan that counts indicators and UPT measurements apart. Figures are worked out by
// hand below from the targets and realisasi of four UPT of Kanwil Jawa Tengah.
import JSZip from "jszip";
import type { Indikator, SakipModel } from "../../src/core/model";
import { buildReport, planNarasi, planRingkasan, renderDocx } from "../../src/report";
import { PLACEHOLDER } from "../../src/report/text";
import type { Paragraph, Report, ReportTable, TableId } from "../../src/report/types";
import { type IndikatorSpec, bapasModel, indikator, line, model, settings, upt } from "./builders";
import { expectCleanReport, unwritten } from "./sentences";

const KANWIL = "Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah";
const SEMARANG = "Lapas Kelas IIA Semarang";
const SURAKARTA = "Rutan Kelas I Surakarta";
const KLATEN = "Lapas Kelas IIB Klaten";
const PEREMPUAN = "Lapas Perempuan Kelas IIA Semarang";
const UPT = [SEMARANG, SURAKARTA, KLATEN, PEREMPUAN];

const SASARAN = {
  pembinaan: "Meningkatnya kualitas pembinaan narapidana",
  keamanan: "Menurunnya gangguan keamanan dan ketertiban",
  tataKelola: "Meningkatnya kualitas tata kelola pemasyarakatan di wilayah",
};
const KEPRIBADIAN = "Persentase WBP yang mengikuti pembinaan kepribadian";
const KEMANDIRIAN = "Persentase WBP yang mengikuti pembinaan kemandirian";
const PELARIAN = "Persentase pelarian";
const LAPORAN = "Persentase UPT Pemasyarakatan yang menyampaikan laporan kinerja tepat waktu";

type Spec = Omit<IndikatorSpec, "row">;

/**
 * Per UPT: kepribadian (target 90%) reached everywhere; kemandirian (target 60%) 75% → 125%
 * capped at 120%, 54% → 90%, 45% → 75%, and no realisasi; pelarian (target 1%, negatif,
 * (2T − R)/T) 0,5% → 150% → 120%, 1% → 100%, 1,5% → 50%, 0% → 200% → 120%.
 */
const PER_UPT: Record<string, Spec[]> = {
  [SEMARANG]: [
    { uraian: KEPRIBADIAN, sasaran: SASARAN.pembinaan, target: "90%", realisasi: "92%" },
    {
      uraian: KEMANDIRIAN,
      sasaran: SASARAN.pembinaan,
      target: "60%",
      realisasi: "75%",
      riwayat: [{ tahun: 2024, target: "60%", realisasi: "70%" }],
      renstra: [{ tahun: 2029, target: "70%" }],
      keterangan: ["Kerja sama dengan BLK Semarang untuk pelatihan las dan menjahit."],
    },
    { uraian: PELARIAN, sasaran: SASARAN.keamanan, target: "1%", realisasi: "0,5%", polaritas: "negatif", standar: "1%" },
  ],
  [SURAKARTA]: [
    { uraian: KEPRIBADIAN, sasaran: SASARAN.pembinaan, target: "90%", realisasi: "95%" },
    {
      uraian: KEMANDIRIAN,
      sasaran: SASARAN.pembinaan,
      target: "60%",
      realisasi: "54%",
      riwayat: [{ tahun: 2024, target: "60%", realisasi: "58%" }],
      renstra: [{ tahun: 2029, target: "70%" }],
    },
    { uraian: PELARIAN, sasaran: SASARAN.keamanan, target: "1%", realisasi: "1%", polaritas: "negatif", standar: "1%" },
  ],
  [KLATEN]: [
    { uraian: KEPRIBADIAN, sasaran: SASARAN.pembinaan, target: "90%", realisasi: "90%" },
    {
      uraian: KEMANDIRIAN,
      sasaran: SASARAN.pembinaan,
      target: "60%",
      realisasi: "45%",
      renstra: [{ tahun: 2029, target: "70%" }],
      keterangan: ["Keterbatasan instruktur keterampilan dan sarana bengkel kerja."],
    },
    { uraian: PELARIAN, sasaran: SASARAN.keamanan, target: "1%", realisasi: "1,5%", polaritas: "negatif", standar: "1%" },
  ],
  [PEREMPUAN]: [
    { uraian: KEPRIBADIAN, sasaran: SASARAN.pembinaan, target: "90%", realisasi: "91%" },
    { uraian: KEMANDIRIAN, sasaran: SASARAN.pembinaan, target: "60%", realisasi: null, renstra: [{ tahun: 2029, target: "70%" }] },
    { uraian: PELARIAN, sasaran: SASARAN.keamanan, target: "1%", realisasi: "0%", polaritas: "negatif", standar: "1%" },
  ],
};

/** The per-unit table as a Kanwil keeps it: one UPT after another, each with its indicators. */
function uptRows(units: string[] = UPT): Indikator[] {
  let row = 5;
  return units.flatMap((u, i) => PER_UPT[UPT[i % UPT.length]].map((s) => upt(u, { ...s, row: row++ })));
}

const IKU: Spec = { uraian: LAPORAN, sasaran: SASARAN.tataKelola, target: "100%", realisasi: "95%" };

function kanwil(indikator: Indikator[]): SakipModel {
  return model({ unit: { nama: KANWIL, tahun: 2025 }, indikator });
}

const perUpt = kanwil(uptRows());
/** The Kanwil's own IKU (a table of its own) beside the per-UPT table. */
const campuran = kanwil([indikator({ ...IKU, row: 5 }), ...uptRows()]);
const report = expectCleanReport(perUpt, settings());
const mixed = expectCleanReport(campuran, settings());

function table(r: Report, id: TableId): ReportTable {
  return r.tables.find((t) => t.id === id) as ReportTable;
}

function section(r: Report, uraian: string): Record<string, Paragraph> {
  const ind = r.sasaran.flatMap((s) => s.indikator).find((i) => i.uraian === uraian);
  if (!ind) throw new Error(`no section ${uraian}`);
  return Object.fromEntries(ind.paragraphs.map((p) => [p.label, p]));
}

const texts = (t: ReportTable, col: number) => t.rows.map((r) => (r.cells[col].kind === "teks" ? r.cells[col].text : r.cells[col].kind));

describe("tables: a Unit Kerja column where indicators are per UPT", () => {
  test("capaian: each row says its UPT; one indicator's UPT rows together, sharing its number", () => {
    const t = table(report, "capaian");
    expect(t.columns.map((c) => c.header)).toEqual([
      "No", "Sasaran", "Indikator Kinerja", "Unit Kerja", "Target", "Realisasi", "Capaian", "Capaian setelah Konversi", "Predikat", "Keterangan", "Sumber",
    ]);
    expect(texts(t, 0)).toEqual(["1.1", "1.1", "1.1", "1.1", "1.2", "1.2", "1.2", "1.2", "2.1", "2.1", "2.1", "2.1"]);
    expect(texts(t, 2)).toEqual([...Array(4).fill(KEPRIBADIAN), ...Array(4).fill(KEMANDIRIAN), ...Array(4).fill(PELARIAN)]);
    expect(texts(t, 3)).toEqual([...UPT, ...UPT, ...UPT]);
    expect(t.rows[4].cells[7]).toEqual({ kind: "persen", value: 1.2 });
    // Kemandirian of the first UPT: its second row (row 6) of the per-unit table.
    expect(t.rows[4].sources[0]).toEqual({ sheet: "Kinerja UPT", cell: "E6" });
  });

  test.each([
    ["tahun-lalu", 2],
    ["renstra", 2],
  ] as const)("%s: Unit Kerja after the indicator", (id, col) => {
    const t = table(report, id);
    expect(t.columns[col - 1].header).toBe("Indikator Kinerja");
    expect(t.columns[col].header).toBe("Unit Kerja");
    expect(t.rows.every((r) => r.cells.length === t.columns.length)).toBe(true);
  });

  test("renstra rows name the UPT whose Renstra target they show", () => {
    expect(texts(table(report, "renstra"), 2)).toEqual(UPT);
  });

  test("the tallies say how a per-UPT indicator is counted", () => {
    for (const id of ["rekap-predikat", "rekap-status"] as const) expect(table(report, id).note).toContain("dihitung satu kali untuk setiap UPT");
  });

  test("a workbook without UPT keeps its columns", () => {
    const r = buildReport(bapasModel(), settings());
    expect(r.tables.flatMap((t) => t.columns.map((c) => c.header))).not.toContain("Unit Kerja");
    expect(r.indikator.every((h) => h.unit === null)).toBe(true);
  });

  test("Ringkasan sheet: the UPT in column D under a Unit Kerja header", () => {
    const plan = planRingkasan(report);
    const title = plan.rows.findIndex((r) => r[0]?.v === "Tabel 3.1 Capaian Kinerja Tahun 2025");
    expect(plan.rows[title + 1][3]?.v).toBe("Unit Kerja");
    expect(plan.rows[title + 2][3]?.v).toBe(SEMARANG);
    expect(plan.rows[title + 2][10]?.link).toEqual({ sheet: "Kinerja UPT", cell: "E5" });
  });
});

describe("one section per indicator, summarising its UPT", () => {
  test("three sections for twelve UPT rows, numbered as the table", () => {
    const sections = report.sasaran.map((s) => s.indikator.map((i) => `${i.nomor} ${i.uraian}`));
    expect(sections).toEqual([[`1.1 ${KEPRIBADIAN}`, `1.2 ${KEMANDIRIAN}`], [`2.1 ${PELARIAN}`]]);
    for (const i of report.sasaran.flatMap((s) => s.indikator)) expect(i.paragraphs.map((p) => p.label)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  test.each([
    [
      "some UPT below target, one without realisasi, one capped",
      KEMANDIRIAN,
      [
        `Indikator ${KEMANDIRIAN} ditetapkan pada 4 UPT dengan target yang sama sebesar 60%.`,
        "Pada tahun 2025, dari 3 UPT yang capaiannya dapat diukur, 1 UPT telah mencapai target dan 2 UPT belum mencapai target.",
        // (120% + 90% + 75%) / 3
        `Capaian UPT berkisar antara 75% (${KLATEN}) sampai dengan 120% (${SEMARANG}), dengan rata-rata capaian 95% (rata-rata sederhana capaian 3 UPT setelah konversi).`,
        "Capaian UPT yang melebihi 120% dikonversi menjadi 120% sesuai ketentuan Konversi Efisiensi Kinerja.",
        `UPT yang belum mencapai target yaitu ${KLATEN} (75%) dan ${SURAKARTA} (90%).`,
        `Capaian 1 UPT belum dapat diukur, yaitu ${PEREMPUAN} (realisasi belum tersedia).`,
      ],
    ],
    [
      "a negative indicator: lower is better, ties at the cap",
      PELARIAN,
      [
        "Indikator ini berlaku terbalik, semakin kecil realisasi semakin baik.",
        "Capaian setiap UPT dihitung dengan rumus indikator negatif, yaitu dua kali target dikurangi realisasi, kemudian dibagi target.",
        "dari 4 UPT yang capaiannya dapat diukur, 3 UPT telah mencapai target dan 1 UPT belum mencapai target.",
        // (120% + 100% + 50% + 120%) / 4
        `berkisar antara 50% (${KLATEN}) sampai dengan 120% (2 UPT, antara lain ${SEMARANG}), dengan rata-rata capaian 97,5%`,
        `UPT yang belum mencapai target yaitu ${KLATEN} (50%).`,
      ],
    ],
    [
      "every UPT reached the target",
      KEPRIBADIAN,
      [
        "dari 4 UPT yang capaiannya dapat diukur, seluruhnya telah mencapai target.",
        // (92 + 95 + 90 + 91) / 90 / 4 = 102,22%
        `berkisar antara 100% (${KLATEN}) sampai dengan 105,56% (${SURAKARTA}), dengan rata-rata capaian 102,22%`,
      ],
    ],
  ])("paragraph a: %s", (_case, uraian, expected) => {
    const a = section(report, uraian).a.text;
    for (const s of expected) expect(a).toContain(s);
    expect(a).not.toContain("belum dapat diukur, yaitu undefined");
  });

  test("paragraph a cites the lowest and the highest UPT's rows and cells", () => {
    const a = section(report, KEMANDIRIAN).a;
    expect(a.refs).toEqual([
      { table: "capaian", row: 6 },
      { table: "capaian", row: 4 },
    ]);
    expect(a.sources).toEqual([
      { sheet: "Kinerja UPT", cell: "E12" },
      { sheet: "Kinerja UPT", cell: "D12" },
      { sheet: "Kinerja UPT", cell: "E6" },
      { sheet: "Kinerja UPT", cell: "D6" },
    ]);
    // 4 UPT, 3 measured, 1 reached, 2 short, the mean, 1 not measured.
    expect(a.figures?.map((f) => Math.round(f * 1e9) / 1e9)).toEqual([4, 3, 1, 2, 0.95, 1]);
  });

  test("paragraph b: last year per UPT, counted, with the mean capaian of both years", () => {
    const b = section(report, KEMANDIRIAN).b.text;
    expect(b).toContain("Data realisasi tahun 2024 tersedia pada 2 dari 4 UPT.");
    expect(b).toContain("Dibandingkan tahun 2024, realisasi meningkat pada 1 UPT dan menurun pada 1 UPT.");
    // 2024: 70/60 → 116,67% and 58/60 → 96,67%, mean 106,67%; 2025: 120% and 90%, mean 105%.
    expect(b).toContain("Rata-rata capaian 2 UPT yang memiliki capaian kedua tahun turun dari 106,67% menjadi 105%.");
    expect(b).toContain(`Tabel 3.${table(report, "tahun-lalu").nomor}`);
    expect(section(report, PELARIAN).b.text).toContain("tidak tersedia pada UPT mana pun");
  });

  test("paragraph c: the Renstra target and how many UPT already reached it", () => {
    const c = section(report, KEMANDIRIAN).c;
    expect(c.text).toContain("Target jangka menengah Renstra tahun 2029 untuk indikator ini sebesar 70% dan tercantum pada seluruh 4 UPT.");
    expect(c.text).toContain("Berdasarkan realisasi pada tahun 2025, 1 UPT telah mencapai target Renstra, sedangkan 2 UPT masih di bawah target Renstra.");
    expect(c.refs).toEqual([{ table: "renstra", row: 0 }]);
  });

  test("paragraph d: the national standard, and the UPT that do not meet it", () => {
    expect(section(report, PELARIAN).d.text).toBe(
      `Standar nasional untuk indikator ini sebesar 1%. Realisasi 3 dari 4 UPT telah memenuhi standar nasional; UPT yang belum memenuhi standar yaitu ${KLATEN} (1,5%).`,
    );
    expect(section(report, KEPRIBADIAN).d.text).toBe("Tidak terdapat standar nasional untuk indikator ini.");
  });

  test("paragraph e: causes in the UPT's own words, shortfalls first, with the UPT named", () => {
    const e = section(report, KEMANDIRIAN).e;
    expect(e.text).toBe(
      `Keterangan ${KLATEN}: Keterbatasan instruktur keterampilan dan sarana bengkel kerja. Keterangan ${SEMARANG}: Kerja sama dengan BLK Semarang untuk pelatihan las dan menjahit.`,
    );
    expect(e.placeholder).toBe(false);
    expect(e.sources).toEqual([
      { sheet: "Kinerja UPT", cell: "J12" },
      { sheet: "Kinerja UPT", cell: "J6" },
    ]);
    expect(section(report, PELARIAN).e.text).toBe(PLACEHOLDER.analisis);
  });

  test("paragraphs f and g: placeholders without budget links or activities", () => {
    const s = section(report, KEMANDIRIAN);
    expect(s.f.text).toContain(PLACEHOLDER.efisiensi);
    expect(s.g.text).toBe(PLACEHOLDER.program);
  });

  test("paragraphs f and g from the UPT's own activities and the budget they name", () => {
    const rows = uptRows().map((ind) => (ind.uraian === KEMANDIRIAN && ind.unit !== PEREMPUAN ? { ...ind, kegiatan: [{ text: "Pembinaan Kemandirian", ref: null }] } : ind));
    const anggaran = [line({ kind: "kegiatan", uraian: "Pembinaan Kemandirian", row: 5, pagu: "1.250.000.000", realisasi: "1.125.000.000" })];
    const r = expectCleanReport({ ...kanwil(rows), anggaran }, settings());
    const s = section(r, KEMANDIRIAN);
    // Three UPT name the kegiatan; their mean capaian (120% + 90% + 75%) / 3 = 95% against 90% serapan.
    expect(s.f.text).toBe(
      "Indikator ini pada 3 UPT didukung oleh kegiatan Pembinaan Kemandirian dengan pagu Rp 1.250.000.000 dan realisasi Rp 1.125.000.000. " +
        "Rata-rata capaian UPT tersebut 95% dengan serapan anggaran 90% menunjukkan target belum tercapai dan serapan anggaran juga belum optimal. " +
        `Perbandingan capaian dan serapan anggaran setiap UPT disajikan pada Tabel 3.${table(r, "efisiensi").nomor}.`,
    );
    expect(s.f.refs).toEqual([{ table: "efisiensi", row: 0 }]);
    expect(s.g.text).toBe("Kegiatan yang menunjang pencapaian indikator ini pada UPT: Pembinaan Kemandirian.");
    expect(texts(table(r, "efisiensi"), 2)[1]).toBe(`1.2 ${KEMANDIRIAN} (${SURAKARTA})`);
    // The note counts chapter indicators, not UPT rows: kepribadian and pelarian are not linked.
    expect(table(r, "efisiensi").note).toMatch(/^2 indikator belum terhubung/);
  });

  test("more UPT below target than are named: the five lowest, then a count", () => {
    const kota = ["Semarang", "Surakarta", "Magelang", "Pekalongan", "Purwokerto", "Kudus", "Pati", "Cilacap"];
    const rows = kota.map((k, i) =>
      upt(`Lapas Kelas IIA ${k}`, { uraian: KEMANDIRIAN, sasaran: SASARAN.pembinaan, row: 5 + i, target: "60%", realisasi: `${47 - i}%` }),
    );
    const r = expectCleanReport(kanwil(rows), settings());
    // 40% … 47% of 60%: 66,67% (Cilacap) up to 78,33% (Semarang).
    expect(section(r, KEMANDIRIAN).a.text).toContain(
      "UPT dengan capaian terendah yang belum mencapai target yaitu Lapas Kelas IIA Cilacap (66,67%), Lapas Kelas IIA Pati (68,33%), Lapas Kelas IIA Kudus (70%), Lapas Kelas IIA Purwokerto (71,67%), Lapas Kelas IIA Pekalongan (73,33%), dan 3 UPT lainnya.",
    );
    expect(section(r, KEMANDIRIAN).a.text).toContain("dari 8 UPT yang capaiannya dapat diukur, seluruhnya belum mencapai target");
  });

  test("the narrative does not grow with the number of UPT", () => {
    const many = UPT.flatMap((u) => Array.from({ length: 10 }, (_, i) => `${u} ${i + 1}`));
    const big = buildReport(kanwil(uptRows(many)), settings());
    expect(table(big, "capaian").rows).toHaveLength(120);
    expect(planNarasi(big).rows).toHaveLength(planNarasi(report).rows.length);
  });
});

describe("Kesimpulan and pengantar count indicators and UPT apart", () => {
  test("per-UPT indicators only", () => {
    expect(report.kesimpulan.map((p) => p.text)).toEqual([
      `Ada 2 (dua) sasaran kegiatan yang dijabarkan dalam 3 (tiga) indikator kinerja yang menjadi target kinerja ${KANWIL} pada tahun 2025. Seluruh indikator tersebut diukur pada masing-masing UPT, yaitu 4 (empat) UPT, sehingga terdapat 12 (dua belas) capaian indikator UPT.`,
      "Dari 12 (dua belas) capaian indikator UPT pada tahun 2025, 8 (delapan) tercapai bahkan dilampaui, 3 (tiga) belum tercapai, dan 1 (satu) belum dapat diukur.",
      `1 (satu) indikator tercapai pada setiap UPT yang capaiannya dapat diukur, yaitu indikator ${KEPRIBADIAN}.`,
      `2 (dua) indikator belum tercapai pada satu UPT atau lebih, yaitu indikator ${KEMANDIRIAN} dan indikator ${PELARIAN}.`,
      `Indikator ${KEMANDIRIAN} belum tercapai pada 2 (dua) dari 3 (tiga) UPT yang capaiannya dapat diukur, dengan rata-rata capaian 95% dan capaian terendah 75% pada ${KLATEN}.`,
      `Indikator ${PELARIAN} (indikator berlaku terbalik) belum tercapai pada 1 (satu) dari 4 (empat) UPT yang capaiannya dapat diukur, dengan rata-rata capaian 97,5% dan capaian terendah 50% pada ${KLATEN}.`,
      `1 (satu) capaian indikator UPT belum dapat diukur, yaitu indikator ${KEMANDIRIAN} pada 1 UPT (realisasi belum tersedia).`,
    ]);
    // The tally table counts the 12 UPT measurements; the points cite its rows.
    expect(report.kesimpulan[1].refs).toEqual([{ table: "rekap-status", row: 0 }]);
  });

  test("the Kanwil's own IKU beside per-UPT indicators", () => {
    const k = mixed.kesimpulan.map((p) => p.text);
    expect(k[0]).toBe(
      `Ada 3 (tiga) sasaran kegiatan yang dijabarkan dalam 4 (empat) indikator kinerja yang menjadi target kinerja ${KANWIL} pada tahun 2025. Sebanyak 3 (tiga) indikator di antaranya diukur pada masing-masing UPT, yaitu 4 (empat) UPT dengan 12 (dua belas) capaian indikator UPT, sedangkan 1 (satu) indikator lainnya diukur pada tingkat Kantor Wilayah.`,
    );
    expect(k[1]).toBe("Dari 1 (satu) indikator kinerja tingkat Kantor Wilayah, belum ada yang tercapai pada tahun 2025.");
    expect(k[2]).toBe(`1 (satu) indikator kinerja tingkat Kantor Wilayah yang belum tercapai yaitu indikator ${LAPORAN}.`);
    expect(k[3]).toContain(`Indikator ${LAPORAN} mencapai realisasi 95% dari target tahun 2025 sebesar 100%, dengan capaian 95%`);
    expect(k[4]).toBe("Dari 12 (dua belas) capaian indikator UPT pada tahun 2025, 8 (delapan) tercapai bahkan dilampaui, 3 (tiga) belum tercapai, dan 1 (satu) belum dapat diukur.");
    // With both kinds the tally table mixes them: the points cite capaian rows instead.
    expect(mixed.kesimpulan.slice(1).flatMap((p) => p.refs).every((r) => r.table === "capaian")).toBe(true);
  });

  test("the Kanwil's own IKU keeps the section a single unit's indicator gets", () => {
    const alone = buildReport(kanwil([indikator({ ...IKU, row: 5 })]), settings());
    const own = (r: Report) => Object.values(section(r, LAPORAN)).map((p) => p.text);
    expect(own(mixed)).toEqual(own(alone));
    expect(texts(table(mixed, "capaian"), 3)[0]).toBe("kosong");
  });

  test.each([
    ["per-UPT only", report, "Seluruh indikator diukur pada masing-masing UPT, yaitu 4 (empat) UPT."],
    ["with the Kanwil's own IKU", mixed, "3 (tiga) indikator diukur pada masing-masing UPT, yaitu 4 (empat) UPT."],
  ])("pengantar, %s: how a per-UPT indicator is summarised", (_case, r, expected) => {
    const text = r.pengantar[0].text;
    expect(text).toContain(expected);
    expect(text).toContain("rata-rata sederhana capaian UPT setelah konversi");
    expect(text).toContain("Rincian capaian setiap indikator dan setiap UPT disajikan pada Tabel 3.1.");
  });

  test("a single unit's pengantar and Kesimpulan keep their wording", () => {
    const r = buildReport(bapasModel(), settings());
    expect(r.pengantar[0].text).toMatch(/Rincian capaian setiap indikator disajikan pada Tabel 3\.1\.$/);
    expect(r.kesimpulan[0].text).toBe(
      "Ada 4 (empat) sasaran kegiatan yang dijabarkan dalam 7 (tujuh) indikator kinerja yang menjadi target kinerja Balai Pemasyarakatan Kelas II Magelang pada tahun 2025.",
    );
    expect([...r.pengantar, ...r.kesimpulan, ...r.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.paragraphs))].some((p) => p.figures)).toBe(false);
  });
});

describe("the sentence guard and the Word document", () => {
  test("declared figures are written in their paragraph", () => {
    for (const p of [...report.pengantar, ...report.kesimpulan, ...report.sasaran.flatMap((s) => s.indikator.flatMap((i) => i.paragraphs))]) {
      expect([p.text, unwritten(p)]).toEqual([p.text, []]);
    }
    const p: Paragraph = { label: "a", heading: "", text: "Dari 3 UPT, 2 UPT tercapai.", placeholder: false, refs: [], sources: [], figures: [3, 2, 0.95] };
    expect(unwritten(p)).toEqual([0.95]);
  });

  test("the Word document renders the Unit Kerja column and the summaries", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(mixed));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(">Unit Kerja<");
    expect(xml).toContain(">Lapas Perempuan Kelas IIA Semarang<");
    expect(xml).toContain("rata-rata sederhana capaian 3 UPT setelah konversi");
  });
});
