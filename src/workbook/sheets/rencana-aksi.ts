// SAKIP Rencana Aksi: an indicator's plan per quarter (kegiatan, target, pagu, rencana
// penarikan dana, realisasi anggaran, capaian, data dukung, status, keterangan).
import type { Indikator, PeriodKey, RencanaAksiEntry, SakipModel } from "../../core/model";
import type { PlanCell, SheetPlan } from "../grid";
import { PERIODE_CHOICES, RENCANA_AKSI_HEADERS, SHEET } from "./layout";
import { columnsOf, figureCell, moneyCell, PERSEN, RUPIAH, sumberText, text, value } from "./cells";
import { BLANK_ROWS, columnRange, framePlan } from "./frame";
import { satuanOf } from "./indikator-row";

const RA = columnsOf(RENCANA_AKSI_HEADERS);

/** "TW1" → "TW I"; other periods (months, semesters) as they are. */
function periodeLabel(p: PeriodKey): string {
  const m = /^TW([1-4])$/.exec(p);
  return m ? PERIODE_CHOICES[Number(m[1]) - 1] : p;
}


function entryRow(e: RencanaAksiEntry, no: number, ind: Indikator | undefined): (PlanCell | null)[] {
  const satuan = ind ? satuanOf(ind) : null;
  const cells: (PlanCell | null)[] = new Array(RENCANA_AKSI_HEADERS.length).fill(null);
  cells[RA.No] = value(no);
  // The key is what the reader matches on; the uraian is what a person reads.
  cells[RA.Indikator] = text(ind?.uraian ?? e.indikatorKey);
  cells[RA.Periode] = text(periodeLabel(e.periode));
  cells[RA.Kegiatan] = text(e.kegiatan);
  cells[RA["Rencana Kegiatan"]] = text(e.rencanaKegiatan);
  cells[RA.Target] = figureCell(e.target, satuan, null);
  cells[RA.Pagu] = moneyCell(e.pagu);
  cells[RA["Rencana Penarikan Dana"]] = moneyCell(e.rencanaPenarikan);
  cells[RA["Realisasi Anggaran"]] = moneyCell(e.realisasiAnggaran);
  cells[RA.Capaian] = figureCell(e.capaian, null, PERSEN);
  cells[RA["Data Dukung"]] = text(e.dataDukung);
  cells[RA.Status] = text(e.status);
  cells[RA.Keterangan] = text(e.keterangan);
  cells[RA.Sumber] = text(sumberText([e.ref]));
  return cells;
}

/** One row per entry; the entries of one indicator share its number. */
export function planRencanaAksi(model: SakipModel): SheetPlan {
  const byKey = new Map(model.indikator.map((ind) => [ind.key, ind]));
  const numbers = new Map<string, number>();
  const body = model.rencanaAksi.map((e) => {
    if (!numbers.has(e.indikatorKey)) numbers.set(e.indikatorKey, numbers.size + 1);
    return entryRow(e, numbers.get(e.indikatorKey)!, byKey.get(e.indikatorKey));
  });
  const n = body.length;
  const plan = framePlan(
    {
      name: SHEET.rencanaAksi,
      headers: RENCANA_AKSI_HEADERS,
      widths: {
        No: 5,
        Indikator: 45,
        Periode: 9,
        Kegiatan: 30,
        "Rencana Kegiatan": 40,
        Pagu: 16,
        "Rencana Penarikan Dana": 16,
        "Realisasi Anggaran": 16,
        "Data Dukung": 30,
        Status: 14,
        Keterangan: 35,
        Sumber: 30,
      },
      wrap: ["Indikator", "Kegiatan", "Rencana Kegiatan", "Data Dukung", "Keterangan", "Sumber"],
    },
    n > 0 ? body : blankRows(),
  );
  plan.validations = [{ range: columnRange(RA.Periode, n), list: PERIODE_CHOICES }];
  return plan;
}

function blankRows(): (PlanCell | null)[][] {
  return Array.from({ length: BLANK_ROWS }, () => {
    const row: (PlanCell | null)[] = new Array(RENCANA_AKSI_HEADERS.length).fill(null);
    for (const h of ["Pagu", "Rencana Penarikan Dana", "Realisasi Anggaran"] as const) row[RA[h]] = { fmt: RUPIAH };
    row[RA.Capaian] = { fmt: PERSEN };
    return row;
  });
}
