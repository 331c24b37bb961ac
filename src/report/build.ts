// buildReport: the model and the settings in, chapter III out (tables and narrative), all
// figures computed here from the data — never the capaian or predikat the user printed.
import type { SakipModel, Settings } from "../core/model";
import { kegiatanGroups, tahunAnggaran } from "./anggaran";
import { tabelEfisiensi } from "./efisiensi";
import { evaluateAll, groupBySasaran } from "./hasil";
import { kesimpulan } from "./kesimpulan";
import { narasiAnggaran } from "./narasi-anggaran";
import { type NarasiContext, narasiIndikator } from "./narasi-indikator";
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
  const renstraRows = new Map<number, number>();
  byId("renstra").rows.forEach((r, row) => {
    const entry = entries.findIndex((e, i) => e.hasil.key === r.key && !renstraRows.has(i));
    if (entry >= 0) renstraRows.set(entry, row);
  });
  const ctx: NarasiContext = {
    model,
    settings,
    tahun,
    groups,
    links: efisiensi.links,
    tahunLaluRows: byId("tahun-lalu").rows.length === entries.length && entries.length > 0,
    renstraRows,
  };

  const sasaran: NarasiSasaran[] = sasaranGroups.map((g) => ({ nomor: g.nomor, uraian: g.uraian, indikator: [] }));
  entries.forEach((e, i) => {
    sasaran[e.hasil.sasaranNomor - 1].indikator.push({
      key: e.hasil.key,
      nomor: e.hasil.nomor,
      uraian: e.hasil.uraian,
      paragraphs: narasiIndikator(e, i, ctx),
    });
  });

  return {
    unit,
    tahun,
    settings,
    indikator: entries.map((e) => e.hasil),
    tables,
    pengantar: pengantar(unit, tahun, settings, byId("capaian")),
    sasaran,
    anggaran: narasiAnggaran(tables, unit, tAnggaran, settings.periode),
    kesimpulan: kesimpulan({
      entries,
      sasaranCount: sasaranGroups.filter((g) => g.uraian !== null).length,
      unit,
      tahun,
      settings,
      tables,
    }),
  };
}
