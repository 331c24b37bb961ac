// Paragraphs a–g of DOMAIN §8 for one indicator, in formal Indonesian, in the order and tone of
// the LKjIP. Every figure comes from the indicator's evaluation or the report's tables; causes
// and activities come only from the user's own texts, else a visibly marked placeholder.
import type { Periode, RealisasiEntry, SakipModel, Settings } from "../core/model";
import type { KegiatanGroup } from "./anggaran";
import { type Link, efisiensiKeterangan, kegiatanTexts, rencanaKegiatanTexts } from "./efisiensi";
import { banding, isNegatif, renstraOf, riwayatOf, valueOf } from "./figures";
import { type Entry, indikatorSources } from "./hasil";
import { splitItems, normalizeNama } from "./names";
import { paragraph } from "./paragraph";
import { PLACEHOLDER, angka, daftar, kalimat, kapital, nilai, paragraf, periodeText, persen, rupiah, tahunText } from "./text";
import type { Paragraph, RowRef, TableId } from "./types";

export interface NarasiContext {
  model: SakipModel;
  settings: Settings;
  tahun: number | null;
  groups: KegiatanGroup[];
  links: Link[];
  /** Whether the "tahun-lalu" table lists every indicator (row = entry index). */
  tahunLaluRows: boolean;
  /** Entry index → row of the "renstra" table. */
  renstraRows: Map<number, number>;
  /** Number in the chapter ("Tabel 3.n") of each table. */
  nomorTabel: Record<TableId, number>;
}

export const JUDUL = {
  a: "Perbandingan antara target dan realisasi kinerja tahun ini",
  b: "Perbandingan antara realisasi serta capaian kinerja tahun ini dengan tahun lalu dan beberapa tahun terakhir",
  c: "Perbandingan antara realisasi kinerja dengan target jangka menengah yang terdapat dalam dokumen Renstra",
  d: "Perbandingan realisasi kinerja dengan standar nasional",
  e: "Analisis penyebab keberhasilan/kegagalan atau peningkatan/penurunan kinerja serta alternatif solusi yang telah dilakukan",
  f: "Analisis atas efisiensi penggunaan sumber daya",
  g: "Analisis program/kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian pernyataan kinerja",
} as const;

export const TERBALIK = "Indikator ini berlaku terbalik, semakin kecil realisasi semakin baik";

/** "pada tahun 2025", "sampai dengan Triwulan II tahun 2025". */
export function padaPeriode(periode: Periode, tahun: number | null): string {
  const p = periodeText(periode, tahun);
  return periode === "TAHUN" || periode === "TW4" ? `pada ${p}` : `sampai dengan ${p}`;
}

/** The realisasi entry of the period with pembilang and penyebut (the ratio evaluate uses). */
function rasioEntry(e: Entry, periode: Periode): RealisasiEntry | null {
  const withBoth = e.ind.realisasi.filter((r) => valueOf(r.pembilang) !== null && valueOf(r.penyebut) !== null);
  const keys = periode === "TAHUN" || periode === "TW4" ? ["TAHUN", "TW4"] : periode === "S1" ? ["S1", "TW2"] : [periode];
  for (const k of keys) {
    const found = withBoth.find((r) => r.periode.toUpperCase() === k);
    if (found) return found;
  }
  return null;
}

/** How a negative indicator's capaian was computed; evaluasi.polaritas is the formula used. */
function rumusText(e: Entry): string | null {
  const ev = e.hasil.evaluasi;
  const pol = ev.polaritas;
  if (pol === "negatif" && ev.target === 0 && (ev.realisasi ?? 0) > 0) return "Dengan target nol pada indikator yang berlaku terbalik, setiap realisasi di atas nol berarti target tidak tercapai";
  if (pol === "negatif-rasio" && ev.realisasi === 0) return "Realisasi nol merupakan hasil terbaik, sehingga capaian ditetapkan sebesar batas konversi";
  if (pol === "negatif") return "Capaian dihitung dengan rumus indikator negatif, yaitu dua kali target dikurangi realisasi, kemudian dibagi target";
  if (pol === "negatif-rasio") return "Capaian dihitung dengan rumus indikator negatif, yaitu target dibagi realisasi";
  return null;
}

/** Realisasi against target, read with the polarity in mind. */
function perbandinganText(realisasi: number, target: number, neg: boolean): string {
  if (target === 0 && realisasi === 0) return "Target dan realisasi sama-sama nol sehingga target dianggap terpenuhi";
  const cmp = banding(realisasi, target, neg);
  if (cmp === "sama") return "Realisasi tersebut sama dengan target";
  if (neg) {
    return cmp === "lebih-baik"
      ? "Realisasi tersebut lebih rendah dari target, sehingga kinerja lebih baik dari yang ditargetkan"
      : "Realisasi tersebut lebih tinggi dari target, sehingga kinerja belum mencapai target";
  }
  return cmp === "lebih-baik" ? "Realisasi tersebut melampaui target" : "Realisasi tersebut belum mencapai target";
}

/** "Capaian kinerja sebesar 136,27% dikonversi menjadi 120% …, sehingga indikator ini tercapai". */
function capaianText(e: Entry): string | null {
  const ev = e.hasil.evaluasi;
  if (ev.capaian === null) return null;
  const predikat = ev.predikat ? `, dengan predikat ${ev.predikat}` : "";
  const status = ev.tercapai ? "indikator ini tercapai" : "indikator ini belum tercapai";
  if (ev.dikonversi && ev.capaianMentah !== null) {
    return `Capaian kinerja sebesar ${persen(ev.capaianMentah)} dikonversi menjadi ${persen(ev.capaian)} sesuai ketentuan Konversi Efisiensi Kinerja${predikat}, sehingga ${status}`;
  }
  return `Capaian kinerja sebesar ${persen(ev.capaian)}${predikat}, sehingga ${status}`;
}

function paragrafA(e: Entry, ctx: NarasiContext): Paragraph {
  const ev = e.hasil.evaluasi;
  const sat = e.hasil.satuan;
  const u = e.hasil.uraian;
  const pada = padaPeriode(ctx.settings.periode, ctx.tahun);
  const neg = isNegatif(ev.polaritas);
  const formulasi = e.ind.formulasi?.replace(/\s+/g, " ").trim();
  const rasio = sat === "%" ? rasioEntry(e, ctx.settings.periode) : null;
  const s: (string | null | false)[] = [];

  if (ev.status === "no-target" || ev.target === null) {
    s.push(`Target indikator ${u} belum tercantum dalam data sehingga capaian belum dapat diukur`);
  } else if (ev.status === "no-realisasi" || ev.realisasi === null) {
    s.push(`Target indikator ${u} ${pada} sebesar ${nilai(ev.target, sat)}`);
    s.push("Realisasi belum tersedia sehingga capaian belum dapat diukur");
    if (formulasi) s.push(`Realisasi dihitung dengan formulasi: ${formulasi}`);
  } else {
    const T = nilai(ev.target, sat);
    const R = nilai(ev.realisasi, sat);
    s.push(`Realisasi indikator ${u} ${pada} sebesar ${R} dari target ${T} yang ditetapkan dalam Perjanjian Kinerja`);
    if (formulasi) s.push(`Realisasi dihitung dengan formulasi: ${formulasi}`);
    if (rasio) {
      const p = valueOf(rasio.pembilang) as number;
      const q = valueOf(rasio.penyebut) as number;
      const unitP = rasio.pembilang?.unit && rasio.pembilang.unit !== "%" ? ` ${rasio.pembilang.unit}` : "";
      const unitQ = rasio.penyebut?.unit && rasio.penyebut.unit !== "%" ? ` ${rasio.penyebut.unit}` : "";
      // Only the ratio the realisasi was computed from (another period's figures would not add up).
      if (q !== 0 && Math.abs(p / q - ev.realisasi) < 1e-9) {
        s.push(`Hasil perhitungan: sebanyak ${angka(p)}${unitP} dari total ${angka(q)}${unitQ}, atau ${R}`);
      }
    }
    if (neg) s.push(TERBALIK);
    if (ev.status === "unit-mismatch") {
      s.push("Satuan target dan realisasi berbeda sehingga capaian belum dapat diukur; data target dan realisasi perlu diperiksa kembali");
    } else if (ev.status === "target-nol") {
      s.push("Target bernilai nol sehingga capaian tidak dapat dihitung sebagai perbandingan realisasi terhadap target");
    } else if (ev.status === "tanpa-batas") {
      s.push("Dengan rumus rasio tanpa batas konversi, realisasi nol tidak menghasilkan angka capaian sehingga capaian belum dapat dinyatakan");
    } else if (ev.capaian !== null) {
      s.push(perbandinganText(ev.realisasi, ev.target, neg), rumusText(e), capaianText(e));
    }
  }
  return paragraph("a", JUDUL.a, paragraf(s), [{ table: "capaian", row: e.hasil.row }], [
    ev.realisasiRef,
    e.ind.target?.ref ?? null,
    rasio?.pembilang?.ref ?? null,
    rasio?.penyebut?.ref ?? null,
  ]);
}

export function arah(selisih: number): "meningkat" | "menurun" | "tetap" {
  return Math.abs(selisih) < 1e-12 ? "tetap" : selisih > 0 ? "meningkat" : "menurun";
}

/** "2,39 poin persen" for percentages, "0,3 Indeks" otherwise. */
function selisihText(d: number, satuan: string | null): string {
  return satuan === "%" ? `${angka(Math.abs(d) * 100)} poin persen` : nilai(Math.abs(d), satuan);
}

function paragrafB(e: Entry, index: number, ctx: NarasiContext): Paragraph {
  const ev = e.hasil.evaluasi;
  const sat = e.hasil.satuan;
  const riwayat = riwayatOf(e.ind, ctx.settings);
  const refs: RowRef[] = ctx.tahunLaluRows ? [{ table: "tahun-lalu", row: index }] : [];
  const sources = e.ind.riwayat.map((y) => y.realisasi?.ref ?? null);
  if (riwayat.length === 0) {
    return paragraph(
      "b",
      JUDUL.b,
      "Tidak terdapat perbandingan dengan realisasi tahun lalu karena indikator ini merupakan indikator baru atau data realisasi tahun sebelumnya tidak tersedia.",
      refs,
      [],
    );
  }
  const [lalu, ...sebelumnya] = riwayat;
  const s: (string | null)[] = [];
  const targetLalu = lalu.target !== null ? ` dari target ${nilai(lalu.target, sat)}` : "";
  const capaianLalu = lalu.capaian !== null ? ` dengan capaian ${persen(lalu.capaian)}` : "";
  s.push(`Realisasi ${tahunText(lalu.tahun)} sebesar ${nilai(lalu.realisasi, sat)}${targetLalu}${capaianLalu}`);
  if (ev.realisasi === null) {
    s.push("Realisasi tahun ini belum tersedia sehingga belum dapat dibandingkan dengan tahun sebelumnya");
  } else {
    const d = ev.realisasi - lalu.realisasi;
    const a = arah(d);
    const ini = `Realisasi ${padaPeriode(ctx.settings.periode, ctx.tahun)} sebesar ${nilai(ev.realisasi, sat)}`;
    if (a === "tetap") {
      s.push(`${ini}, sama dengan realisasi ${tahunText(lalu.tahun)}`);
    } else {
      const makna = isNegatif(ev.polaritas)
        ? a === "menurun"
          ? ", yang menunjukkan perbaikan kinerja karena indikator ini berlaku terbalik"
          : ", yang menunjukkan penurunan kinerja karena indikator ini berlaku terbalik"
        : "";
      s.push(`${ini}, ${a} ${selisihText(d, sat)} dibandingkan ${tahunText(lalu.tahun)}${makna}`);
    }
    if (lalu.capaian !== null && ev.capaian !== null) {
      const c = arah(ev.capaian - lalu.capaian);
      s.push(
        c === "tetap"
          ? `Capaian kinerja tahun ini sama dengan ${tahunText(lalu.tahun)}, yaitu ${persen(ev.capaian)}`
          : `Capaian kinerja ${c === "meningkat" ? "naik" : "turun"} dari ${persen(lalu.capaian)} menjadi ${persen(ev.capaian)}`,
      );
    }
  }
  if (sebelumnya.length > 0) {
    s.push(`Realisasi tahun-tahun sebelumnya: ${daftar(sebelumnya.map((y) => `${tahunText(y.tahun)} sebesar ${nilai(y.realisasi, sat)}`))}`);
  }
  return paragraph("b", JUDUL.b, paragraf(s), refs, sources);
}

function paragrafC(e: Entry, index: number, ctx: NarasiContext): Paragraph {
  const ev = e.hasil.evaluasi;
  const sat = e.hasil.satuan;
  const r = renstraOf(e.ind, ev.realisasi, ctx.settings);
  const row = ctx.renstraRows.get(index);
  const refs: RowRef[] = row === undefined ? [] : [{ table: "renstra", row }];
  if (!r) {
    return paragraph(
      "c",
      JUDUL.c,
      "Target jangka menengah dalam Renstra untuk indikator ini tidak tercantum dalam data sehingga perbandingan belum dapat dilakukan.",
      refs,
      [],
    );
  }
  const src = e.ind.targetRenstra.find((t) => valueOf(t.figure) === r.target)?.figure.ref ?? null;
  const tahunR = r.tahun === null ? "" : ` tahun ${r.tahun}`;
  const s: string[] = [`Target jangka menengah Renstra${tahunR} untuk indikator ini sebesar ${nilai(r.target, sat)}`];
  if (ev.realisasi === null) {
    s.push("Realisasi tahun ini belum tersedia sehingga belum dapat dibandingkan dengan target tersebut");
  } else {
    const neg = isNegatif(ev.polaritas);
    const cmp = banding(ev.realisasi, r.target, neg);
    const R = `Realisasi ${padaPeriode(ctx.settings.periode, ctx.tahun)} sebesar ${nilai(ev.realisasi, sat)}`;
    if (cmp === "sama") s.push(`${R} telah mencapai target Renstra tersebut`);
    else if (neg)
      s.push(
        cmp === "lebih-baik"
          ? `${R} lebih rendah dari target Renstra tersebut, yang berarti telah memenuhi target Renstra karena indikator ini berlaku terbalik`
          : `${R} masih lebih tinggi dari target Renstra tersebut, sehingga perlu terus diturunkan untuk memenuhi target Renstra`,
      );
    else if (cmp === "lebih-baik") s.push(`${R} telah melampaui target akhir Renstra tersebut`);
    else {
      const porsi = r.capaian !== null ? `, atau ${persen(r.capaian)} dari target Renstra` : "";
      s.push(`${R} masih di bawah target akhir Renstra tersebut${porsi}`);
    }
  }
  return paragraph("c", JUDUL.c, paragraf(s), refs, [src, ev.realisasiRef]);
}

function paragrafD(e: Entry, ctx: NarasiContext): Paragraph {
  const ev = e.hasil.evaluasi;
  const sat = e.hasil.satuan;
  const std = valueOf(e.ind.standarNasional);
  if (std === null) return paragraph("d", JUDUL.d, "Tidak terdapat standar nasional untuk indikator ini.", [], []);
  const s: string[] = [`Standar nasional untuk indikator ini sebesar ${nilai(std, sat)}`];
  if (ev.realisasi === null) {
    s.push("Realisasi tahun ini belum tersedia sehingga belum dapat dibandingkan dengan standar nasional");
  } else {
    const neg = isNegatif(ev.polaritas);
    const cmp = banding(ev.realisasi, std, neg);
    const R = `Realisasi ${padaPeriode(ctx.settings.periode, ctx.tahun)} sebesar ${nilai(ev.realisasi, sat)}`;
    s.push(
      cmp === "sama"
        ? `${R} sama dengan standar nasional`
        : cmp === "lebih-baik"
          ? `${R} ${neg ? "lebih rendah" : "lebih tinggi"} dari standar nasional, sehingga kinerja lebih baik dari standar`
          : `${R} ${neg ? "lebih tinggi" : "lebih rendah"} dari standar nasional, sehingga kinerja belum memenuhi standar`,
    );
  }
  return paragraph("d", JUDUL.d, paragraf(s), [{ table: "capaian", row: e.hasil.row }], [e.ind.standarNasional?.ref ?? null, ev.realisasiRef]);
}

function paragrafE(e: Entry): Paragraph {
  const notes = e.ind.keterangan.filter((k) => k.text.trim() !== "");
  if (notes.length === 0) return paragraph("e", JUDUL.e, PLACEHOLDER.analisis, [], []);
  return paragraph(
    "e",
    JUDUL.e,
    notes.map((k) => kalimat(k.text)).join(" "),
    [],
    notes.map((k) => k.ref),
  );
}

export function namaKegiatan(g: KegiatanGroup): string {
  if (g.nama) return `kegiatan ${g.nama}`;
  return `keluaran ${daftar(g.lines.map((l) => l.uraian.replace(/\s+/g, " ").trim()))}`;
}

function paragrafF(e: Entry, index: number, ctx: NarasiContext): Paragraph {
  const links = ctx.links.filter((l) => l.entry === index);
  if (links.length === 0) {
    return paragraph("f", JUDUL.f, `Belum terdapat kegiatan anggaran yang terhubung dengan indikator ini. ${PLACEHOLDER.efisiensi}`, [], []);
  }
  const c = e.hasil.evaluasi.capaian;
  const s: string[] = [];
  for (const l of links) {
    const g = ctx.groups[l.group];
    const uang =
      g.pagu !== null && g.realisasi !== null
        ? ` dengan pagu ${rupiah(g.pagu)} dan realisasi ${rupiah(g.realisasi)}`
        : g.pagu !== null
          ? ` dengan pagu ${rupiah(g.pagu)}`
          : "";
    s.push(`Indikator ini didukung oleh ${namaKegiatan(g)}${uang}`);
    if (c !== null && g.serapan !== null) {
      s.push(`Capaian ${persen(c)} dengan serapan anggaran ${persen(g.serapan)} menunjukkan ${efisiensiKeterangan(c, g.serapan)}`);
    } else {
      s.push(kapital(efisiensiKeterangan(c, g.serapan)));
    }
  }
  return paragraph(
    "f",
    JUDUL.f,
    paragraf(s),
    links.map((l) => ({ table: "efisiensi", row: l.row })),
    links.flatMap((l) => ctx.groups[l.group].lines.map((x) => x.ref)),
  );
}

/** The distinct items the user's activity texts list, in order. */
export function items(texts: { text: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts)
    for (const item of splitItems(t.text)) {
      const k = normalizeNama(item);
      if (k === "" || seen.has(k)) continue;
      seen.add(k);
      out.push(item.replace(/[.;,]+$/, ""));
    }
  return out;
}

function paragrafG(e: Entry, ctx: NarasiContext): Paragraph {
  const kegiatan = kegiatanTexts(e.ind, ctx.model);
  const rencana = rencanaKegiatanTexts(e.ind, ctx.model);
  const k = items(kegiatan);
  const r = items(rencana);
  if (k.length === 0 && r.length === 0) return paragraph("g", JUDUL.g, PLACEHOLDER.program, [], []);
  const s: string[] = [];
  // Items may themselves contain "dan", so they are listed with semicolons.
  if (k.length > 0) s.push(`Kegiatan yang menunjang pencapaian indikator ini: ${k.join("; ")}`);
  if (r.length > 0) s.push(`Rencana aksi yang dilaksanakan: ${r.join("; ")}`);
  return paragraph("g", JUDUL.g, paragraf(s), [], [...kegiatan, ...rencana].map((t) => t.ref));
}

/** Paragraphs a–g; one without a table row or cell of its own cites the indicator's row. */
export function narasiIndikator(e: Entry, index: number, ctx: NarasiContext): Paragraph[] {
  const own = indikatorSources(e.ind, e.hasil);
  return [
    paragrafA(e, ctx),
    paragrafB(e, index, ctx),
    paragrafC(e, index, ctx),
    paragrafD(e, ctx),
    paragrafE(e),
    paragrafF(e, index, ctx),
    paragrafG(e, ctx),
  ].map((p) => ({
    ...p,
    refs: p.refs.length > 0 ? p.refs : [{ table: "capaian", row: e.hasil.row }],
    sources: p.sources.length > 0 ? p.sources : own,
  }));
}
