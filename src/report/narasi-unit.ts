// Paragraphs a–g of DOMAIN §8 for an indicator a Kanwil measures on each of its UPT: one section
// that summarises the indicator's UPT rows of the capaian table — how many UPT have data, how
// many reached the target, the range and plain mean of their capaian, the UPT at either end —
// rather than one section per UPT that nobody would read. Every figure comes from the UPT's
// evaluations; the counts and means no table cell holds travel with the paragraph (figures).
import type { CellRef } from "../core/model";
import { efisiensiKeterangan, kegiatanTexts, rencanaKegiatanTexts } from "./efisiensi";
import { banding, isNegatif, renstraOf, riwayatOf, valueOf } from "./figures";
import { type Entry, type IndikatorBab, indikatorSources } from "./hasil";
import { JUDUL, type NarasiContext, TERBALIK, arah, items, namaKegiatan, padaPeriode } from "./narasi-indikator";
import { paragraph } from "./paragraph";
import { ALASAN, STATUS, statusOf } from "./tables-kinerja";
import { capaianOf, mean, rekapUnit } from "./rekap-unit";
import { PLACEHOLDER, angka, daftar, kalimat, kapital, nilai, paragraf, persen, rupiah, tahunText } from "./text";
import type { Paragraph, RowRef } from "./types";

/** UPT named by name in one list; the rest are counted ("dan 12 UPT lainnya"). */
const DISEBUT = 5;
/** Keterangan quoted from UPT in paragraph e. */
const DIKUTIP = 5;
/** Kegiatan groups and activity items named in paragraphs f and g. */
const KEGIATAN_DISEBUT = 3;
const ITEM_DISEBUT = 10;

/** A paragraph's sentences with the aggregate figures they state. */
class Draft {
  readonly s: (string | null | false)[] = [];
  readonly figures: number[] = [];
  /** `n` as written in the text, remembered as a figure of the paragraph. */
  n(value: number): string {
    this.figures.push(value);
    return angka(value);
  }
  p(value: number): string {
    this.figures.push(value);
    return persen(value);
  }
  /** "A, B, dan C" or, past `max` names, "A, …, E, dan 12 UPT lainnya". */
  daftar(names: string[], max = DISEBUT, kata = "UPT"): string {
    if (names.length <= max) return daftar(names);
    return daftar([...names.slice(0, max), `${this.n(names.length - max)} ${kata} lainnya`]);
  }
}

export const nama = (e: Entry): string => e.hasil.unit ?? "unit kerja";
const rowRef = (e: Entry): RowRef => ({ table: "capaian", row: e.hasil.row });

/** The one value every row has, or null when they differ (or none has one). */
function sama(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.every((v) => Math.abs(v - present[0]) < 1e-12) ? present[0] : null;
}

function paragrafA(rows: Entry[], u: string, ctx: NarasiContext): Paragraph {
  const k = new Draft();
  const first = rows[0].hasil;
  const sat = first.satuan;
  const pada = padaPeriode(ctx.settings.periode, ctx.tahun);
  const tabel = `Tabel 3.${ctx.nomorTabel.capaian}`;
  const { diukur, tercapai, gagal, belum, rataRata } = rekapUnit(rows);

  const targets = rows.map((e) => e.hasil.evaluasi.target);
  const target = sama(targets);
  const targetText =
    target !== null && targets.every((t) => t !== null)
      ? ` dengan target yang sama sebesar ${nilai(target, sat)}`
      : targets.some((t) => t !== null)
        ? ` dengan target masing-masing UPT sebagaimana ${tabel}`
        : "";
  k.s.push(`Indikator ${u} ditetapkan pada ${k.n(rows.length)} UPT${targetText}`);
  const formulasi = rows.map((e) => e.ind.formulasi?.replace(/\s+/g, " ").trim()).find((f) => f);
  if (formulasi) k.s.push(`Realisasi dihitung dengan formulasi: ${formulasi}`);
  if (isNegatif(first.polaritas)) {
    k.s.push(TERBALIK);
    const pol = (diukur[0] ?? rows[0]).hasil.evaluasi.polaritas;
    k.s.push(
      pol === "negatif-rasio"
        ? "Capaian setiap UPT dihitung dengan rumus indikator negatif, yaitu target dibagi realisasi"
        : "Capaian setiap UPT dihitung dengan rumus indikator negatif, yaitu dua kali target dikurangi realisasi, kemudian dibagi target",
    );
  }

  if (diukur.length === 0) {
    k.s.push(`Capaian indikator ini ${pada} belum dapat diukur pada UPT mana pun`);
  } else {
    const jumlah = k.n(diukur.length);
    const hasil =
      tercapai.length === diukur.length
        ? "seluruhnya telah mencapai target"
        : gagal.length === diukur.length
          ? "seluruhnya belum mencapai target"
          : `${k.n(tercapai.length)} UPT telah mencapai target dan ${k.n(gagal.length)} UPT belum mencapai target`;
    k.s.push(`${kapital(pada)}, dari ${jumlah} UPT yang capaiannya dapat diukur, ${hasil}`);

    // diukur is sorted by capaian: its ends are the lowest and the highest UPT.
    const min = capaianOf(diukur[0]);
    const max = capaianOf(diukur[diukur.length - 1]);
    if (diukur.length === 1) {
      k.s.push(`Capaian ${nama(diukur[0])} sebesar ${persen(min)}`);
    } else if (Math.abs(max - min) < 1e-12) {
      k.s.push(`Seluruh UPT tersebut memperoleh capaian yang sama, yaitu ${persen(min)}`);
    } else {
      const ujung = (c: number) => {
        const at = diukur.filter((e) => Math.abs(capaianOf(e) - c) < 1e-12);
        return at.length === 1 ? nama(at[0]) : `${k.n(at.length)} UPT, antara lain ${nama(at[0])}`;
      };
      k.s.push(
        `Capaian UPT berkisar antara ${persen(min)} (${ujung(min)}) sampai dengan ${persen(max)} (${ujung(max)}), ` +
          `dengan rata-rata capaian ${k.p(rataRata as number)} (rata-rata sederhana capaian ${jumlah} UPT setelah konversi)`,
      );
    }
    if (diukur.some((e) => e.hasil.evaluasi.dikonversi)) {
      const b = persen(ctx.settings.batas);
      k.s.push(`Capaian UPT yang melebihi ${b} dikonversi menjadi ${b} sesuai ketentuan Konversi Efisiensi Kinerja`);
    }
    if (gagal.length > 0 && diukur.length > 1) {
      const label = gagal.length > DISEBUT ? "UPT dengan capaian terendah yang belum mencapai target" : "UPT yang belum mencapai target";
      k.s.push(`${label} yaitu ${k.daftar(gagal.map((e) => `${nama(e)} (${persen(capaianOf(e))})`))}`);
    }
  }
  if (belum.length > 0) {
    const alasan = belum.map((e) => `${nama(e)} (${ALASAN[e.hasil.evaluasi.status] ?? "data belum lengkap"})`);
    k.s.push(`Capaian ${k.n(belum.length)} UPT belum dapat diukur, yaitu ${k.daftar(alasan)}`);
  }

  const ends = diukur.length > 0 ? diukur : rows;
  const cited = [...new Set([ends[0], ends[ends.length - 1]])];
  return paragraph(
    "a",
    JUDUL.a,
    paragraf(k.s),
    cited.map(rowRef),
    cited.flatMap((e) => [e.hasil.evaluasi.realisasiRef, e.ind.target?.ref ?? null]),
    k.figures,
  );
}

function paragrafB(rows: Entry[], indices: number[], ctx: NarasiContext): Paragraph {
  const k = new Draft();
  const lalu = rows.map((e) => riwayatOf(e.ind, ctx.settings)[0] ?? null);
  const ada = rows.filter((_, i) => lalu[i] !== null);
  const at = rows.findIndex((_, i) => lalu[i] !== null);
  const refs: RowRef[] = ctx.tahunLaluRows ? [{ table: "tahun-lalu", row: indices[Math.max(at, 0)] }] : [];
  if (ada.length === 0) {
    return paragraph(
      "b",
      JUDUL.b,
      "Tidak terdapat perbandingan dengan realisasi tahun lalu karena indikator ini merupakan indikator baru atau data realisasi tahun sebelumnya tidak tersedia pada UPT mana pun.",
      refs,
      [],
    );
  }
  const tahun = sama(lalu.map((y) => y?.tahun ?? null));
  const th = tahun === null ? "tahun lalu" : tahunText(tahun);
  k.s.push(
    ada.length === rows.length
      ? `Data realisasi ${th} tersedia pada seluruh ${k.n(rows.length)} UPT`
      : `Data realisasi ${th} tersedia pada ${k.n(ada.length)} dari ${k.n(rows.length)} UPT`,
  );
  const counts = { meningkat: 0, menurun: 0, tetap: 0 };
  const capaianIni: number[] = [];
  const capaianLalu: number[] = [];
  rows.forEach((e, i) => {
    const y = lalu[i];
    const ev = e.hasil.evaluasi;
    if (!y || ev.realisasi === null) return;
    counts[arah(ev.realisasi - y.realisasi)]++;
    if (y.capaian !== null && ev.capaian !== null) {
      capaianLalu.push(y.capaian);
      capaianIni.push(ev.capaian);
    }
  });
  const bagian = (["meningkat", "menurun", "tetap"] as const)
    .filter((a) => counts[a] > 0)
    .map((a) => `${a} pada ${k.n(counts[a])} UPT`);
  if (bagian.length > 0) {
    const terbalik = isNegatif(rows[0].hasil.polaritas) ? "; karena indikator ini berlaku terbalik, penurunan realisasi menunjukkan perbaikan kinerja" : "";
    k.s.push(`Dibandingkan ${th}, realisasi ${daftar(bagian)}${terbalik}`);
  } else {
    k.s.push("Realisasi tahun ini belum tersedia pada UPT tersebut sehingga belum dapat dibandingkan dengan tahun sebelumnya");
  }
  if (capaianIni.length > 0) {
    const ini = mean(capaianIni);
    const dulu = mean(capaianLalu);
    const c = arah(ini - dulu);
    const atas = `Rata-rata capaian ${k.n(capaianIni.length)} UPT yang memiliki capaian kedua tahun`;
    k.s.push(
      c === "tetap"
        ? `${atas} sama dengan ${th}, yaitu ${k.p(ini)}`
        : `${atas} ${c === "meningkat" ? "naik" : "turun"} dari ${k.p(dulu)} menjadi ${k.p(ini)}`,
    );
  }
  k.s.push(`Perbandingan setiap UPT disajikan pada Tabel 3.${ctx.nomorTabel["tahun-lalu"]}`);
  const y0 = at >= 0 ? rows[at].ind.riwayat.find((y) => y.realisasi?.ref)?.realisasi?.ref ?? null : null;
  return paragraph("b", JUDUL.b, paragraf(k.s), refs, [y0], k.figures);
}

function paragrafC(rows: Entry[], indices: number[], ctx: NarasiContext): Paragraph {
  const k = new Draft();
  const sat = rows[0].hasil.satuan;
  const renstra = rows.map((e) => renstraOf(e.ind, e.hasil.evaluasi.realisasi, ctx.settings));
  const at = renstra.findIndex((r) => r !== null);
  const row = at >= 0 ? ctx.renstraRows.get(indices[at]) : undefined;
  const refs: RowRef[] = row === undefined ? [] : [{ table: "renstra", row }];
  if (at < 0) {
    return paragraph(
      "c",
      JUDUL.c,
      "Target jangka menengah dalam Renstra untuk indikator ini tidak tercantum dalam data UPT sehingga perbandingan belum dapat dilakukan.",
      refs,
      [],
    );
  }
  const ada = renstra.filter((r) => r !== null).length;
  const target = sama(renstra.map((r) => r?.target ?? null));
  const tahun = sama(renstra.map((r) => r?.tahun ?? null));
  const tahunR = tahun === null ? "" : ` tahun ${tahun}`;
  const pada = ada === rows.length ? `seluruh ${k.n(rows.length)} UPT` : `${k.n(ada)} dari ${k.n(rows.length)} UPT`;
  k.s.push(
    target !== null
      ? `Target jangka menengah Renstra${tahunR} untuk indikator ini sebesar ${nilai(target, sat)} dan tercantum pada ${pada}`
      : `Target jangka menengah Renstra${tahunR} untuk indikator ini tercantum pada ${pada} dengan nilai yang berbeda-beda`,
  );
  const neg = isNegatif(rows[0].hasil.polaritas);
  let capai = 0;
  let bawah = 0;
  rows.forEach((e, i) => {
    const r = renstra[i];
    const R = e.hasil.evaluasi.realisasi;
    if (!r || R === null) return;
    if (banding(R, r.target, neg) === "lebih-buruk") bawah++;
    else capai++;
  });
  if (capai + bawah === 0) {
    k.s.push("Realisasi tahun ini belum tersedia pada UPT tersebut sehingga belum dapat dibandingkan dengan target Renstra");
  } else {
    const kurang = neg ? "masih lebih tinggi dari target Renstra" : "masih di bawah target Renstra";
    const bagian = [capai > 0 ? `${k.n(capai)} UPT telah mencapai target Renstra` : null, bawah > 0 ? `${k.n(bawah)} UPT ${kurang}` : null].filter(
      (s): s is string => s !== null,
    );
    k.s.push(`Berdasarkan realisasi ${padaPeriode(ctx.settings.periode, ctx.tahun)}, ${bagian.join(", sedangkan ")}`);
  }
  k.s.push(`Perbandingan setiap UPT disajikan pada Tabel 3.${ctx.nomorTabel.renstra}`);
  const e = rows[at];
  const src = e.ind.targetRenstra.find((t) => valueOf(t.figure) === renstra[at]?.target)?.figure.ref ?? null;
  return paragraph("c", JUDUL.c, paragraf(k.s), refs, [src, e.hasil.evaluasi.realisasiRef], k.figures);
}

function paragrafD(rows: Entry[]): Paragraph {
  const k = new Draft();
  const sat = rows[0].hasil.satuan;
  const std = rows.map((e) => valueOf(e.ind.standarNasional));
  const ada = rows.filter((_, i) => std[i] !== null);
  if (ada.length === 0) return paragraph("d", JUDUL.d, "Tidak terdapat standar nasional untuk indikator ini.", [], []);
  const satu = sama(std);
  k.s.push(
    satu !== null && ada.length === rows.length
      ? `Standar nasional untuk indikator ini sebesar ${nilai(satu, sat)}`
      : `Standar nasional untuk indikator ini tercantum pada ${k.n(ada.length)} dari ${k.n(rows.length)} UPT`,
  );
  const neg = isNegatif(rows[0].hasil.polaritas);
  const dibanding: Entry[] = [];
  const belum: Entry[] = [];
  rows.forEach((e, i) => {
    const s = std[i];
    const R = e.hasil.evaluasi.realisasi;
    if (s === null || R === null) return;
    dibanding.push(e);
    if (banding(R, s, neg) === "lebih-buruk") belum.push(e);
  });
  if (dibanding.length === 0) {
    k.s.push("Realisasi tahun ini belum tersedia sehingga belum dapat dibandingkan dengan standar nasional");
  } else if (belum.length === 0) {
    k.s.push(`Realisasi seluruh ${k.n(dibanding.length)} UPT yang memiliki data telah memenuhi standar nasional`);
  } else {
    const memenuhi = dibanding.length - belum.length;
    const daftarBelum = k.daftar(belum.map((e) => `${nama(e)} (${nilai(e.hasil.evaluasi.realisasi as number, sat)})`));
    k.s.push(
      memenuhi > 0
        ? `Realisasi ${k.n(memenuhi)} dari ${k.n(dibanding.length)} UPT telah memenuhi standar nasional; UPT yang belum memenuhi standar yaitu ${daftarBelum}`
        : `Realisasi seluruh UPT yang memiliki data belum memenuhi standar nasional, yaitu ${daftarBelum}`,
    );
  }
  const cited = belum[0] ?? ada[0];
  return paragraph("d", JUDUL.d, paragraf(k.s), [rowRef(cited)], [cited.ind.standarNasional?.ref ?? null, cited.hasil.evaluasi.realisasiRef], k.figures);
}

/** Causes only in the UPT's own words: shortfalls first (lowest capaian first), then the rest. */
function paragrafE(rows: Entry[]): Paragraph {
  const k = new Draft();
  const order = (e: Entry) => {
    const s = statusOf(e);
    return s === STATUS.tidakTercapai ? 0 : s === STATUS.belumDiukur ? 1 : 2;
  };
  const withNotes = rows
    .map((e) => ({ e, notes: e.ind.keterangan.filter((x) => x.text.trim() !== "") }))
    .filter((x) => x.notes.length > 0)
    .sort((a, b) => order(a.e) - order(b.e) || (a.e.hasil.evaluasi.capaian ?? 0) - (b.e.hasil.evaluasi.capaian ?? 0));
  if (withNotes.length === 0) return paragraph("e", JUDUL.e, PLACEHOLDER.analisis, [], []);
  const quoted = withNotes.slice(0, DIKUTIP);
  const text = quoted.map((x) => `Keterangan ${nama(x.e)}: ${x.notes.map((n) => kalimat(n.text)).join(" ")}`);
  if (withNotes.length > quoted.length) text.push(kalimat(`Keterangan dari ${k.n(withNotes.length - quoted.length)} UPT lainnya tercantum pada data sumber`));
  return paragraph(
    "e",
    JUDUL.e,
    text.join(" "),
    quoted.map((x) => rowRef(x.e)),
    quoted.flatMap((x) => x.notes.map((n) => n.ref)),
    k.figures,
  );
}

function paragrafF(rows: Entry[], indices: number[], ctx: NarasiContext): Paragraph {
  const k = new Draft();
  const mine = new Set(indices);
  const links = ctx.links.filter((l) => mine.has(l.entry));
  if (links.length === 0) {
    return paragraph("f", JUDUL.f, `Belum terdapat kegiatan anggaran yang terhubung dengan indikator ini. ${PLACEHOLDER.efisiensi}`, [], []);
  }
  const groups = [...new Set(links.map((l) => l.group))];
  const capaian = new Map(indices.map((i, n) => [i, rows[n].hasil.evaluasi.capaian]));
  for (const gi of groups.slice(0, KEGIATAN_DISEBUT)) {
    const g = ctx.groups[gi];
    const served = [...new Set(links.filter((l) => l.group === gi).map((l) => l.entry))];
    const uang =
      g.pagu !== null && g.realisasi !== null
        ? ` dengan pagu ${rupiah(g.pagu)} dan realisasi ${rupiah(g.realisasi)}`
        : g.pagu !== null
          ? ` dengan pagu ${rupiah(g.pagu)}`
          : "";
    k.s.push(`Indikator ini pada ${k.n(served.length)} UPT didukung oleh ${namaKegiatan(g)}${uang}`);
    const diukur = served.map((i) => capaian.get(i) ?? null).filter((c): c is number => c !== null);
    const rata = diukur.length > 0 ? mean(diukur) : null;
    if (rata !== null && g.serapan !== null) {
      k.s.push(`Rata-rata capaian UPT tersebut ${k.p(rata)} dengan serapan anggaran ${persen(g.serapan)} menunjukkan ${efisiensiKeterangan(rata, g.serapan)}`);
    } else {
      k.s.push(kapital(efisiensiKeterangan(rata, g.serapan)));
    }
  }
  if (groups.length > KEGIATAN_DISEBUT) k.s.push(`Indikator ini juga didukung oleh ${k.n(groups.length - KEGIATAN_DISEBUT)} kegiatan lainnya`);
  k.s.push(`Perbandingan capaian dan serapan anggaran setiap UPT disajikan pada Tabel 3.${ctx.nomorTabel.efisiensi}`);
  const first = groups.map((gi) => links.find((l) => l.group === gi) as (typeof links)[number]);
  const sources: CellRef[] = groups.slice(0, KEGIATAN_DISEBUT).map((gi) => ctx.groups[gi].lines[0].ref);
  return paragraph("f", JUDUL.f, paragraf(k.s), first.slice(0, KEGIATAN_DISEBUT).map((l) => ({ table: "efisiensi", row: l.row })), sources, k.figures);
}

function paragrafG(rows: Entry[], ctx: NarasiContext): Paragraph {
  const k = new Draft();
  const kegiatan = rows.flatMap((e) => kegiatanTexts(e.ind, ctx.model));
  const rencana = rows.flatMap((e) => rencanaKegiatanTexts(e.ind, ctx.model));
  const ki = items(kegiatan);
  const ri = items(rencana);
  if (ki.length === 0 && ri.length === 0) return paragraph("g", JUDUL.g, PLACEHOLDER.program, [], []);
  const list = (xs: string[]) =>
    xs.length <= ITEM_DISEBUT ? xs.join("; ") : `${xs.slice(0, ITEM_DISEBUT).join("; ")}; serta ${k.n(xs.length - ITEM_DISEBUT)} kegiatan lainnya`;
  // Items may themselves contain "dan", so they are listed with semicolons.
  if (ki.length > 0) k.s.push(`Kegiatan yang menunjang pencapaian indikator ini pada UPT: ${list(ki)}`);
  if (ri.length > 0) k.s.push(`Rencana aksi yang dilaksanakan UPT: ${list(ri)}`);
  return paragraph("g", JUDUL.g, paragraf(k.s), [], [...kegiatan, ...rencana].map((t) => t.ref), k.figures);
}

/** Paragraphs a–g of a per-UPT indicator (its UPT rows are `bab.entries`, in table order). */
export function narasiPerUnit(bab: IndikatorBab, entries: Entry[], ctx: NarasiContext): Paragraph[] {
  const rows = bab.entries.map((i) => entries[i]);
  const own = indikatorSources(rows[0].ind, rows[0].hasil);
  return [
    paragrafA(rows, bab.uraian, ctx),
    paragrafB(rows, bab.entries, ctx),
    paragrafC(rows, bab.entries, ctx),
    paragrafD(rows),
    paragrafE(rows),
    paragrafF(rows, bab.entries, ctx),
    paragrafG(rows, ctx),
  ].map((p) => ({
    ...p,
    refs: p.refs.length > 0 ? p.refs : [rowRef(rows[0])],
    sources: p.sources.length > 0 ? p.sources : own,
  }));
}
