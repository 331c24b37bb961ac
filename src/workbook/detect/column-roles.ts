// What a table's columns mean once the whole header is known, and what kind of table it is.
// A header alone is sometimes not enough: "Realisasi 2024" next to "Anggaran 2024" is money,
// "(%)" after a pagu is serapan but after a target is capaian, "Jumlah" alone is a pagu.
import type { ColumnRole, TableKind } from "../../core/model";
import type { HeaderColumn } from "./header-block";

export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "pagu",
  "blokir",
  "realisasi-anggaran",
  "sisa",
  "rencana-penarikan",
]);

/** Roles whose cells are figures (the rest are texts). */
export const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "pembilang",
  "penyebut",
  "target-renstra",
  "standar-nasional",
  "volume-target",
  "volume-realisasi",
  "pagu",
  "blokir",
  "realisasi-anggaran",
  "sisa",
  "serapan",
  "persen",
  "total",
  "rencana-penarikan",
]);

/** Roles that are always percentages: plain numbers in them are percent points or fractions. */
export const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["capaian", "serapan", "persen"]);

function sameTime(a: HeaderColumn, b: HeaderColumn): boolean {
  return a.tahun === b.tahun && a.periode === b.periode && a.lastYear === b.lastYear;
}

export interface Resolved {
  columns: HeaderColumn[];
  kind: TableKind | null;
}

export function resolveColumns(input: HeaderColumn[]): Resolved {
  const cols = input.map((c) => ({ ...c }));
  // "Belanja Pegawai | Belanja Barang | Belanja Modal" without a group above: pagu per jenis.
  for (const c of cols) if (c.jenis !== null && c.role === null) c.role = "pagu";
  const has = (role: ColumnRole): boolean => cols.some((c) => c.role === role);
  const hasIndikator = has("indikator");
  const hasMoney = cols.some((c) => (c.role !== null && MONEY_ROLES.has(c.role)) || c.jenis !== null);

  // "TARGET TAHUN 2025" over INDIKATOR KELUARAN | REALISASI: the volume and its realisation.
  const volumeGroups = new Set(cols.filter((c) => c.role === "volume-target" && c.group).map((c) => c.group));
  for (const c of cols) {
    if (c.role === "realisasi" && c.group !== null && volumeGroups.has(c.group)) c.role = "volume-realisasi";
  }

  if (hasMoney && !hasIndikator) {
    for (const c of cols) {
      if (c.role === "realisasi") {
        if (c.percentPoints && !c.money) c.role = "serapan";
        else if (c.jenis === null && cols.some((o) => o.role === "realisasi-anggaran" && o.jenis === null && sameTime(o, c)))
          c.role = "volume-realisasi";
        else c.role = "realisasi-anggaran";
      } else if (c.role === "target") {
        c.role = "volume-target";
      }
    }
  }

  for (const c of cols) {
    if (c.role !== null) continue;
    if (c.generic === "jumlah") {
      if (hasIndikator) continue;
      c.role = cols.some((o) => o.role === "pagu" && sameTime(o, c)) ? "total" : "pagu";
    } else if (c.generic === "persen") {
      c.percentPoints = true;
      if (hasMoney) c.role = "serapan";
      else if ((has("target") || has("realisasi")) && !cols.some((o) => o.role === "capaian" && sameTime(o, c)))
        c.role = "capaian";
      else c.role = "persen";
    } else if (c.generic === null && c.periode !== null) {
      // Bare period columns (TW I … TW IV, Jan … Des) hold realisations.
      c.role = hasMoney && !hasIndikator ? "realisasi-anggaran" : "realisasi";
    }
  }

  // Beside pagu per jenis belanja, the other pagu columns of the same time are their row
  // totals ("Total Pagu", "Pagu / Jumlah"), as the checks read them.
  const jenisPagu = cols.filter((c) => c.role === "pagu" && c.jenis !== null);
  for (const c of cols) {
    if (c.role === "pagu" && c.jenis === null && jenisPagu.some((j) => sameTime(j, c))) c.role = "total";
  }

  // "Anggaran 2024 | Realisasi 2024 | % | Anggaran 2025 | …": a percent column without a
  // year of its own belongs to the year of the columns just before it.
  cols.forEach((c, i) => {
    if (c.tahun === null && i > 0 && (c.role === "serapan" || c.role === "capaian" || c.role === "persen")) {
      const prev = cols[i - 1];
      if (prev.tahun !== null && prev.col === c.col - 1) c.tahun = prev.tahun;
    }
  });

  // A kinerja table with a target and a "Capaian" column but no realisasi column (the LKjIP
  // summary "TARGET | CAPAIAN" holding 2%, 100%, 95% …) uses that column for what was
  // achieved: the report reads it as the realisasi, and so do we.
  // Rencana Aksi tables keep their per-quarter "Capaian" as it is.
  if (hasIndikator && has("target") && has("capaian") && !has("realisasi") && !hasMoney && !has("rencana-kegiatan")) {
    for (const c of cols) if (c.role === "capaian") c.role = "realisasi";
  }

  for (const c of cols) {
    if (c.role !== null && MONEY_ROLES.has(c.role)) c.money = true;
    if (c.role === "total" && hasMoney) c.money = true;
  }
  const columns = cols.filter((c) => c.role !== null);
  return { columns, kind: kindOf(columns) };
}

function kindOf(cols: HeaderColumn[]): TableKind | null {
  const roles = new Set(cols.map((c) => c.role));
  const any = (...rs: ColumnRole[]): boolean => rs.some((r) => roles.has(r));
  const hasIndikator = roles.has("indikator");
  // Per UPT: budgets, or targets with their realisasi ("Jan … Des" ticks alone are no table).
  // With an indicator column it is a kinerja table whose rows name their unit: each row is an
  // indicator of its UPT (src/workbook/build), checked like any kinerja table.
  if (roles.has("unit") && !hasIndikator && any("pagu", "realisasi-anggaran", "target", "capaian")) return "per-unit";
  if (hasIndikator && any("rencana-penarikan", "rencana-kegiatan", "periode")) return "rencana-aksi";
  if (hasIndikator && any("target", "realisasi", "capaian", "target-renstra", "sasaran", "satuan", "formulasi"))
    return "kinerja";
  if (!hasIndikator && any("pagu", "realisasi-anggaran")) return "anggaran";
  // Targets and realisasi of something other than PK indicators (an RB action plan per action
  // and month): kept for the checks and the Kanwil recap, never read as indicators.
  if (any("target", "realisasi") && any("rencana-kegiatan", "kegiatan", "program", "output", "sasaran")) return "lain";
  return null;
}
