// buildReport: the model and the settings in, chapter III out (tables and narrative), all
// figures computed here from the data — never the capaian or predikat the user printed.
import type { SakipModel, Settings } from "../core/model";
import { kegiatanGroups, tahunAnggaran } from "./anggaran";
import { tabelEfisiensi } from "./efisiensi";
import { evaluateAll, groupBySasaran, indikatorBab } from "./hasil";
import { kesimpulan } from "./kesimpulan";
import { narasiAnggaran } from "./narasi-anggaran";
import { type NarasiContext, narasiIndikator } from "./narasi-indikator";
import { narasiPerUnit } from "./narasi-unit";
import { pengantar } from "./pengantar";
import { tabelAnggaranKegiatan, tabelJenisBelanja, tabelTahunan } from "./tables-anggaran";
import {
  tabelCapaian,
  tabelRekapPredikat,
  tabelRekapStatus,
  tabelRenstra,
  tabelTahunLalu,
} from "./tables-kinerja";
import type { NarasiSasaran, Report, ReportTable } from "./types";

export function buildReport(model: SakipModel, settings: Settings): Report {
  const tahun = settings.tahun ?? model.unit.tahun ?? null;
  const unit = model.unit.nama?.replace(/\s+/g, " ").trim() || null;
  const sasaranGroups = groupBySasaran(model.indikator);
  const entries = evaluateAll(sasaranGroups, settings);
  const tAnggaran = tahunAnggaran(model, tahun);
  const groups = kegiatanGroups(model, tAnggaran);
  const efisiensi = tabelEfisiensi(entries, model, groups);

  const tables: ReportTable[] = [
    tabelCapaian(entries, tahun),
    tabelTahunLalu(entries, settings, tahun),
    tabelRenstra(entries, settings, tahun),
    tabelRekapPredikat(entries, settings),
    tabelRekapStatus(entries),
    tabelAnggaranKegiatan(groups, tAnggaran),
    tabelJenisBelanja(model, tAnggaran),
    tabelTahunan(model, tAnggaran),
    efisiensi.table,
  ].map((t, i) => ({ ...t, nomor: i + 1 }));

  const byId = (id: ReportTable["id"]) => tables.find((t) => t.id === id) as ReportTable;
  // Renstra rows follow the entries' order; each takes the first entry of its key not yet taken.
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const list = byKey.get(e.hasil.key);
    if (list) list.push(i);
    else byKey.set(e.hasil.key, [i]);
  });
  const renstraRows = new Map<number, number>();
  byId("renstra").rows.forEach((r, row) => {
    const entry = r.key === undefined ? undefined : byKey.get(r.key)?.shift();
    if (entry !== undefined) renstraRows.set(entry, row);
  });
  const ctx: NarasiContext = {
    model,
    settings,
    tahun,
    groups,
    links: efisiensi.links,
    tahunLaluRows: byId("tahun-lalu").rows.length === entries.length && entries.length > 0,
    renstraRows,
    nomorTabel: Object.fromEntries(tables.map((t) => [t.id, t.nomor])) as NarasiContext["nomorTabel"],
  };

  // One section per chapter indicator: a per-UPT indicator's UPT rows get one summary.
  const bab = indikatorBab(entries);
  const sasaran: NarasiSasaran[] = sasaranGroups.map((g) => ({ nomor: g.nomor, uraian: g.uraian, indikator: [] }));
  for (const b of bab) {
    sasaran[b.sasaranNomor - 1].indikator.push({
      key: b.key,
      nomor: b.nomor,
      uraian: b.uraian,
      paragraphs: b.perUnit ? narasiPerUnit(b, entries, ctx) : narasiIndikator(entries[b.entries[0]], b.entries[0], ctx),
    });
  }

  return {
    unit,
    tahun,
    settings,
    indikator: entries.map((e) => e.hasil),
    tables,
    pengantar: pengantar(unit, tahun, settings, byId("capaian"), bab, entries),
    sasaran,
    anggaran: narasiAnggaran(tables, unit, tAnggaran, settings.periode),
    kesimpulan: kesimpulan({
      entries,
      bab,
      sasaranCount: sasaranGroups.filter((g) => g.uraian !== null).length,
      unit,
      tahun,
      settings,
      tables,
    }),
  };
}
