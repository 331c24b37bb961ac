// Efficiency of resource use (DOMAIN §6): the capaian of the indicators a kegiatan serves next
// to the serapan of its budget. An indicator serves a kegiatan when the user's own activity
// texts (Indikator.kegiatan, the Rencana Aksi "Kegiatan" column) name that kegiatan or one of
// its outputs; nothing is linked by guesswork beyond small spelling differences.
import type { CellRef, Indikator, SakipModel } from "../core/model";
import type { KegiatanGroup } from "./anggaran";
import { GABUNG, KOSONG, persenCell, rupiahCell, teks } from "./cells";
import type { Entry } from "./hasil";
import { menyebut, normalizeNama, splitItems } from "./names";
import type { ReportRow, ReportTable } from "./types";

export interface UserText {
  text: string;
  ref: CellRef | null;
}

function distinct(texts: UserText[]): UserText[] {
  const seen = new Set<string>();
  return texts.filter((t) => {
    const k = normalizeNama(t.text);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Activities the user names for the indicator: its own kegiatan cells, then the Rencana Aksi's. */
export function kegiatanTexts(ind: Indikator, model: SakipModel): UserText[] {
  const ra = model.rencanaAksi.filter((r) => r.indikatorKey === ind.key);
  return distinct([
    ...ind.kegiatan.map((k) => ({ text: k.text, ref: k.ref })),
    ...ra.filter((r) => r.kegiatan).map((r) => ({ text: r.kegiatan as string, ref: r.ref })),
  ]);
}

/** Planned actions of the Rencana Aksi for the indicator ("Melaksanakan pendampingan …"). */
export function rencanaKegiatanTexts(ind: Indikator, model: SakipModel): UserText[] {
  return distinct(
    model.rencanaAksi
      .filter((r) => r.indikatorKey === ind.key && r.rencanaKegiatan)
      .map((r) => ({ text: r.rencanaKegiatan as string, ref: r.ref })),
  );
}

function serves(texts: UserText[], group: KegiatanGroup): boolean {
  const names = [group.nama, ...group.lines.filter((l) => l.kind === "output").map((l) => l.uraian)].filter(
    (n): n is string => n !== null,
  );
  return texts.some((t) => splitItems(t.text).some((item) => names.some((n) => menyebut(item, n))));
}

/** What capaian next to serapan says about the use of the budget. */
export function efisiensiKeterangan(capaian: number | null, serapan: number | null): string {
  if (capaian === null) return "capaian belum dapat diukur sehingga efisiensi belum dapat dinilai";
  if (serapan === null) return "serapan anggaran tidak dapat dihitung sehingga efisiensi belum dapat dinilai";
  if (serapan > 1) return "realisasi anggaran melebihi pagu";
  if (capaian >= 1) {
    return serapan < 1
      ? "hasil dicapai dengan biaya lebih rendah dari rencana"
      : "hasil dicapai dengan anggaran sesuai rencana";
  }
  return serapan > capaian
    ? "target belum tercapai meskipun serapan anggaran lebih tinggi dari capaian, sehingga penggunaan anggaran belum efisien"
    : "target belum tercapai dan serapan anggaran juga belum optimal";
}

export interface Link {
  /** Index into the report's entries. */
  entry: number;
  group: number;
  /** Row of the efficiency table. */
  row: number;
}

export function tabelEfisiensi(
  entries: Entry[],
  model: SakipModel,
  groups: KegiatanGroup[],
): { table: Omit<ReportTable, "nomor">; links: Link[] } {
  const texts = entries.map((e) => kegiatanTexts(e.ind, model));
  const rows: ReportRow[] = [];
  const links: Link[] = [];
  groups.forEach((g, gi) => {
    const served = entries.map((_, i) => i).filter((i) => serves(texts[i], g));
    const start = rows.length;
    const base = [teks(String(gi + 1)), teks(g.nama)];
    const uang = [rupiahCell(g.pagu), rupiahCell(g.realisasi), persenCell(g.serapan)];
    const sources = g.lines.map((l) => l.ref);
    if (served.length === 0) {
      rows.push({
        kind: "data",
        sources,
        cells: [...base, teks("Tidak ada indikator yang terhubung"), ...uang, KOSONG, teks("Kegiatan ini belum dihubungkan dengan indikator kinerja")],
      });
      return;
    }
    served.forEach((i, n) => {
      const e = entries[i];
      const c = e.hasil.evaluasi.capaian;
      links.push({ entry: i, group: gi, row: rows.length });
      rows.push({
        kind: "data",
        key: e.hasil.key,
        sources: [...sources, ...texts[i].map((t) => t.ref).filter((r): r is CellRef => r !== null)],
        cells: [
          ...(n === 0 ? base : [GABUNG, GABUNG]),
          teks(`${e.hasil.nomor} ${e.hasil.uraian}${e.hasil.unit === null ? "" : ` (${e.hasil.unit})`}`),
          ...(n === 0 ? uang : [GABUNG, GABUNG, GABUNG]),
          persenCell(c),
          teks(efisiensiKeterangan(c, g.serapan)),
        ],
      });
    });
    if (served.length > 1) rows[start].rowSpans = [0, 1, 3, 4, 5].map((col) => ({ col, rows: served.length }));
  });
  // Counted per chapter indicator (the UPT rows of a per-unit indicator share its number): one
  // is linked when any of its rows is.
  const linked = new Set(links.map((l) => entries[l.entry].hasil.nomor));
  const unlinked = new Set(entries.map((e) => e.hasil.nomor).filter((n) => !linked.has(n))).size;
  return {
    table: {
      id: "efisiensi",
      title: "Efisiensi Penggunaan Sumber Daya",
      columns: [
        { header: "No" },
        { header: "Kegiatan" },
        { header: "Indikator Kinerja yang Didukung" },
        { header: "Pagu" },
        { header: "Realisasi" },
        { header: "Serapan" },
        { header: "Capaian" },
        { header: "Keterangan", span: 3 },
      ],
      rows,
      note:
        groups.length === 0
          ? "Tidak terdapat data anggaran per kegiatan untuk dibandingkan dengan capaian."
          : unlinked > 0
            ? `${unlinked} indikator belum terhubung dengan kegiatan anggaran; isi kolom Kegiatan pada SAKIP Rencana Aksi dengan nama kegiatan atau keluaran sesuai DIPA.`
            : null,
    },
    links,
  };
}
