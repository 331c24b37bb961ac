// buildModel: a workbook's grids → DOMAIN §3's model. Tables are detected wherever they are
// (detect/), each row stating an indicator becomes a draft, and drafts that are the same
// indicator (match.ts) are merged. A row of a Kanwil's per-unit table is an indicator of its
// UPT (Indikator.unit), matched only with the same UPT's. When the workbook has a SAKIP PK
// sheet, its indicators are the indicators: other tables only add sources, missing figures
// and conflicts to them.
import type { AnggaranLine, Finding, Indikator, RencanaAksiEntry, SakipModel, Settings } from "../core/model";
import type { Grid } from "./grid";
import { scanWorkbook } from "./detect/tables";
import type { ScannedTable } from "./detect/table-read";
import { anggaranLines } from "./build/anggaran";
import { indikatorFromRow, satuanFrom, unitsOf } from "./build/indikator-row";
import { mergeIndikator } from "./build/merge";
import { rencanaAksiEntry, type PendingEntry } from "./build/rencana-aksi";
import { anggaranInput, applyRealisasi, isPk, pkIndikator, pkUnit, rencanaAksiInput } from "./build/sakip-input";
import { tableYear, unitInfo } from "./build/unit";
import { IndikatorMatcher, indikatorKey, keyParts } from "./match";
import { SHEET } from "./sheets/layout";

interface Draft {
  ind: Indikator;
  entries: PendingEntry[];
}

/** The indicators one table states, with the Rencana Aksi quarters under each. */
function tableDrafts(t: ScannedTable, year: number | null): Draft[] {
  const kind = t.table.kind;
  if (kind !== "kinerja" && kind !== "rencana-aksi") return [];
  // A table about a later year (a Rencana Aksi 2026 in a 2025 report) stays in the tables.
  const ty = tableYear(t);
  if (ty !== null && year !== null && ty > year) return [];
  const ctx = { table: t, year, tableYear: ty, units: unitsOf(t.table), keys: new Map() };
  const out: Draft[] = [];
  for (const row of t.table.rows) {
    if (row.kind === "data") {
      const ind = indikatorFromRow(row, ctx);
      if (ind === null) continue;
      const draft: Draft = { ind, entries: [] };
      out.push(draft);
      const own = kind === "rencana-aksi" ? rencanaAksiEntry(t, row, ind) : null;
      if (own) draft.entries.push(own);
    } else if (row.kind === "periode" && out.length > 0) {
      const last = out[out.length - 1];
      const e = rencanaAksiEntry(t, row, last.ind);
      if (e) last.entries.push(e);
    }
  }
  return out;
}

/** Tables whose rows may be budget lines: budget tables, and any table of a Kanwil's UPTs. */
function hasBudget(t: ScannedTable): boolean {
  const kind = t.table.kind;
  return kind === "anggaran" || kind === "per-unit" || (kind === "kinerja" && t.table.columns.some((c) => c.role === "unit"));
}

const NO_TABLE = "Tidak ditemukan tabel kinerja maupun anggaran di buku kerja ini.";

export function buildModel(grids: Grid[], settings?: Partial<Settings>): SakipModel {
  const scan = scanWorkbook(grids);
  const tables = scan.tables;
  const unit = unitInfo(tables);
  const input = (sheet: string): ScannedTable | undefined =>
    tables.find((t) => t.table.kind === "sakip-input" && t.table.sheet === sheet);
  const pk = tables.find(isPk);
  if (pk) {
    const u = pkUnit(pk);
    unit.nama ??= u.nama;
    unit.tahun ??= u.tahun;
  }
  const year = settings?.tahun ?? unit.tahun;

  // Drafts in the order their tables are trusted: SAKIP PK first when there is one.
  const groups: Draft[][] = [];
  if (pk) {
    const pkRows = pkIndikator(pk, year);
    const realisasi = input(SHEET.realisasi);
    if (realisasi) applyRealisasi(realisasi, pkRows);
    groups.push([...pkRows.values()].map((ind) => ({ ind, entries: [] })));
  }
  for (const t of tables) if (t.table.kind !== "sakip-input") groups.push(tableDrafts(t, year));

  // Indicators are matched within their unit only: one matcher per unit ("" = the workbook's
  // own), so two UPTs' same indicator never meet and matching stays linear in the rows.
  const parts = groups.map((g) => g.map((d) => keyParts(d.ind.key)));
  const wordings = new Map<string, string[]>();
  for (const g of parts) {
    for (const { wording, unit } of g) {
      const list = wordings.get(unit);
      if (list) list.push(wording);
      else wordings.set(unit, [wording]);
    }
  }
  const matchers = new Map<string, IndikatorMatcher>();
  const matcherOf = (unit: string): IndikatorMatcher => {
    let m = matchers.get(unit);
    if (!m) matchers.set(unit, (m = new IndikatorMatcher(wordings.get(unit) ?? [])));
    return m;
  };
  const indikator: Indikator[] = [];
  const entries: RencanaAksiEntry[] = [];
  groups.forEach((group, gi) => {
    const used = new Set<number>();
    const touched = new Set<IndikatorMatcher>();
    const authoritative = pk !== undefined && gi > 0;
    for (let k = 0; k < group.length; k++) {
      const d = group[k];
      const { wording, unit } = parts[gi][k];
      const matcher = matcherOf(unit);
      let id = matcher.find(wording, d.ind.sasaran, used);
      if (id !== null) {
        mergeIndikator(indikator[id], d.ind);
      } else if (!authoritative) {
        id = indikator.length;
        indikator.push(d.ind);
        matcher.add(id, wording, d.ind.sasaran);
        touched.add(matcher);
      } else {
        continue;
      }
      used.add(id);
      const key = indikator[id].key;
      for (const p of d.entries) entries.push({ ...p.entry, indikatorKey: key });
    }
    for (const m of touched) m.commit();
  });
  for (const ind of indikator) ind.satuan ??= satuanFrom(ind.target);

  const raInput = input(SHEET.rencanaAksi);
  const rencanaAksi = raInput
    ? rencanaAksiInput(raInput, (uraian) => {
        const key = indikatorKey(uraian);
        const id = matcherOf("").find(key, null, new Set());
        return id === null ? key : indikator[id].key;
      })
    : entries;

  const agInput = input(SHEET.anggaran);
  const anggaran: AnggaranLine[] = agInput ? anggaranInput(agInput) : tables.flatMap((t) => (hasBudget(t) ? anggaranLines(t, year) : []));

  const readNotes: Finding[] = [...scan.notes];
  if (tables.length === 0 && grids.length > 0) {
    readNotes.push({ rule: "target-missing", severity: "info", sheet: grids[0].name, cell: "A1", message: NO_TABLE });
  }
  return { unit, indikator, anggaran, rencanaAksi, tables: tables.map((t) => t.table), readNotes };
}
