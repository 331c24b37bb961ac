// SAKIP PK: the Perjanjian Kinerja, one row per indicator (DESIGN §4).
import type { Figure, Indikator, SakipModel, Settings } from "../../core/model";
import type { PlanCell, SheetPlan } from "../grid";
import { PK_HEADERS, POLARITAS_CHOICES, SATUAN_CHOICES, SHEET, TINGKAT_CHOICES } from "./layout";
import { columnsOf, figureCell, sumberText, text, value } from "./cells";
import { columnRange, framePlan, BLANK_ROWS } from "./frame";
import { emptyFormat, polaritasLabel, polaritasOf, satuanOf } from "./indikator-row";

export const PK = columnsOf(PK_HEADERS);

/** The reporting year: the settings' when given, else the workbook's. */
function tahunOf(model: SakipModel, settings: Settings): number | null {
  return settings.tahun ?? model.unit.tahun;
}

/** The Renstra target of the plan's last year (the "target akhir Renstra" reports compare with). */
function renstraAkhir(ind: Indikator): { tahun: number | null; figure: Figure } | null {
  let best: { tahun: number | null; figure: Figure } | null = null;
  for (const r of ind.targetRenstra) {
    if (best === null || (r.tahun !== null && (best.tahun === null || r.tahun > best.tahun))) best = r;
  }
  return best;
}

/** Last year's realisasi: the earlier year right before `tahun` (or the latest when years are unknown). */
function realisasiTahunLalu(ind: Indikator, tahun: number | null): Figure | null {
  const lalu = ind.riwayat.find((y) => tahun === null || y.tahun === null || y.tahun === tahun - 1);
  return lalu?.realisasi ?? null;
}

function pkRow(ind: Indikator, no: number, model: SakipModel, settings: Settings): (PlanCell | null)[] {
  const satuan = satuanOf(ind);
  const fmt = emptyFormat(satuan);
  const renstra = renstraAkhir(ind);
  const tahun = tahunOf(model, settings);
  const row: (PlanCell | null)[] = new Array(PK_HEADERS.length).fill(null);
  row[PK.No] = value(no);
  row[PK.Kode] = text(ind.kode);
  row[PK.Tingkat] = text(ind.tingkat);
  row[PK.Sasaran] = text(ind.sasaran);
  row[PK.Indikator] = text(ind.uraian);
  row[PK.Satuan] = text(satuan);
  row[PK.Polaritas] = text(polaritasLabel(polaritasOf(ind, settings)));
  row[PK.Formulasi] = text(ind.formulasi);
  row[PK.Target] = figureCell(ind.target, satuan, fmt);
  const twHeaders = ["Target TW I", "Target TW II", "Target TW III", "Target TW IV"] as const;
  twHeaders.forEach((h, q) => (row[PK[h]] = figureCell(ind.targetTw[q] ?? null, satuan, fmt)));
  row[PK["Target Renstra"]] = figureCell(renstra?.figure ?? null, satuan, fmt);
  row[PK["Tahun Renstra"]] = value(renstra?.tahun ?? null);
  row[PK["Realisasi Tahun Lalu"]] = figureCell(realisasiTahunLalu(ind, tahun), satuan, fmt);
  row[PK["Standar Nasional"]] = figureCell(ind.standarNasional, satuan, fmt);
  // A Kanwil's per-unit indicator is its UPT's; the reader keeps them apart by this column.
  row[PK["Unit Kerja"]] = text(ind.unit ?? model.unit.nama);
  row[PK.Tahun] = value(tahun);
  row[PK.Sumber] = text(sumberText(ind.sources));
  return row;
}

/** SAKIP PK. Indicator i (0-based) is on sheet row i + 2; SAKIP Realisasi relies on that. */
export function planPk(model: SakipModel, settings: Settings): SheetPlan {
  const body = model.indikator.map((ind, i) => pkRow(ind, i + 1, model, settings));
  const plan = framePlan(
    {
      name: SHEET.pk,
      headers: PK_HEADERS,
      widths: { No: 5, Kode: 10, Tingkat: 18, Sasaran: 40, Indikator: 50, Satuan: 10, Polaritas: 13, Formulasi: 40, "Unit Kerja": 28, Tahun: 7, Sumber: 30 },
      wrap: ["Sasaran", "Indikator", "Formulasi", "Unit Kerja", "Sumber"],
    },
    body.length > 0 ? body : blankRows(),
  );
  const n = body.length;
  plan.validations = [
    { range: columnRange(PK.Tingkat, n), list: TINGKAT_CHOICES },
    // Units beyond the list occur ("Klien", "Aksi"): offered, not enforced.
    { range: columnRange(PK.Satuan, n), list: SATUAN_CHOICES, strict: false },
    { range: columnRange(PK.Polaritas, n), list: POLARITAS_CHOICES },
  ];
  return plan;
}

function blankRows(): (PlanCell | null)[][] {
  return Array.from({ length: BLANK_ROWS }, () => new Array(PK_HEADERS.length).fill(null));
}
