// Rencana Aksi layouts: an indicator row followed by rows TW I … TW IV (or the indicator row
// itself carrying TW I). Each quarter row becomes a RencanaAksiEntry; its target is the
// indicator's quarterly target and its realisasi (if the table has one) the quarter's.
import type { ColumnRole, Figure, Indikator, RencanaAksiEntry, TableRow } from "../../core/model";
import type { ScannedTable } from "../detect/table-read";
import { twLabel } from "../detect/text";
import { cellRef } from "./figures";
import { entryOf } from "./indikator-row";

export interface PendingEntry {
  /** The indicator (as read from the row above) the entry belongs to. */
  indikator: Indikator;
  entry: RencanaAksiEntry;
}

/**
 * The quarter entry of a row (kind "periode", or a data row carrying a quarter label),
 * updating the indicator's quarterly figures. On an indicator row the target cell holds the
 * year's target, so the entry of that row has none.
 */
export function rencanaAksiEntry(t: ScannedTable, row: TableRow, ind: Indikator): PendingEntry | null {
  const { table } = t;
  const iPeriode = table.columns.findIndex((c) => c.role === "periode");
  if (iPeriode < 0) return null;
  const label = row.texts[iPeriode];
  const periode = label ? twLabel(label) : null;
  if (periode === null) return null;
  const quarterRow = row.kind === "periode";
  const text = (role: ColumnRole): string | null => {
    const i = table.columns.findIndex((c, k) => c.role === role && row.texts[k] !== null);
    return i < 0 ? null : row.texts[i];
  };
  const figure = (role: ColumnRole): Figure | null => {
    const i = table.columns.findIndex((c, k) => c.role === role && row.figures[k] !== null);
    return i < 0 ? null : row.figures[i];
  };
  const tw = Number(periode.slice(2)) - 1;
  const target = quarterRow ? figure("target") : null;
  if (target !== null) ind.targetTw[tw] ??= target;
  // A Rencana Aksi without a realisasi column states each quarter's achieved figure in its
  // CAPAIAN column, next to the quarter label (as the reference's layout does).
  const hasRealisasi = table.columns.some((c) => c.role === "realisasi");
  const realisasi = hasRealisasi ? figure("realisasi") : figure("capaian");
  if (realisasi !== null) entryOf(ind, periode).nilai ??= realisasi;
  const entry: RencanaAksiEntry = {
    indikatorKey: ind.key,
    periode,
    kegiatan: text("kegiatan"),
    rencanaKegiatan: text("rencana-kegiatan"),
    target,
    pagu: figure("pagu"),
    rencanaPenarikan: figure("rencana-penarikan"),
    realisasiAnggaran: figure("realisasi-anggaran"),
    capaian: figure("capaian"),
    dataDukung: text("data-dukung"),
    status: text("status"),
    keterangan: text("keterangan"),
    ref: cellRef(table.sheet, row.row, table.columns[iPeriode].col),
  };
  return { indikator: ind, entry };
}
