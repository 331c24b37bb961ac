// value-unreadable: a value cell that cannot be read as a number with a unit ("7,5,2",
// "12 %%", an Excel error). The reader's own notes are passed through as they are; cells in
// the user's tables and figures in the model add to them, one finding per cell. A cell that
// lists several readable figures ("2,5% 75%" beside "1. … 2. …") is a list, not a slip.
import type { CellRef, Figure, SakipModel } from "../../core/model";
import { readNumber } from "../../core/number";
import type { CheckContext } from "../context";
import { refAt } from "../table";

const PIECE = /\d[\d.,]*\s*(?:%|[A-Za-z]+)?/g;

function isList(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  const pieces = raw.match(PIECE) ?? [];
  const rest = raw.replace(PIECE, "").replace(/[\s;]+/g, "");
  return pieces.length >= 2 && rest === "" && pieces.every((p) => readNumber(p.trim()).status === "ok");
}

function judge(ctx: CheckContext, f: Figure | null, ref: CellRef | null): void {
  if (!f || f.status !== "unreadable" || !ref || isList(f.raw)) return;
  const raw = f.raw === null ? "" : String(f.raw);
  ctx.findings.add("value-unreadable", ref, `Nilai "${raw}" tidak dapat dibaca sebagai angka.`, undefined, raw);
}

/** A figure of the model, judged at its own cell. */
function judgeOwn(ctx: CheckContext, f: Figure | null): void {
  if (f && f.status === "unreadable") judge(ctx, f, f.ref ?? null);
}

function judgeModel(ctx: CheckContext, model: SakipModel): void {
  for (const ind of model.indikator) {
    judgeOwn(ctx, ind.target);
    for (const f of ind.targetTw) judgeOwn(ctx, f);
    judgeOwn(ctx, ind.capaianStated);
    judgeOwn(ctx, ind.standarNasional);
    for (const r of ind.targetRenstra) judgeOwn(ctx, r.figure);
    for (const e of ind.realisasi) {
      judgeOwn(ctx, e.nilai);
      judgeOwn(ctx, e.pembilang);
      judgeOwn(ctx, e.penyebut);
    }
    for (const y of ind.riwayat) {
      judgeOwn(ctx, y.target);
      judgeOwn(ctx, y.realisasi);
      judgeOwn(ctx, y.capaian);
    }
  }
  for (const l of model.anggaran) {
    judgeOwn(ctx, l.volumeTarget);
    judgeOwn(ctx, l.volumeRealisasi);
    judgeOwn(ctx, l.pagu);
    judgeOwn(ctx, l.blokir);
    judgeOwn(ctx, l.realisasi);
    for (const f of l.realisasiTw) judgeOwn(ctx, f);
    judgeOwn(ctx, l.sisa);
    judgeOwn(ctx, l.serapanStated);
    judgeOwn(ctx, l.paguTahunLalu);
    judgeOwn(ctx, l.realisasiTahunLalu);
  }
  for (const e of model.rencanaAksi) {
    judgeOwn(ctx, e.target);
    judgeOwn(ctx, e.pagu);
    judgeOwn(ctx, e.rencanaPenarikan);
    judgeOwn(ctx, e.realisasiAnggaran);
    judgeOwn(ctx, e.capaian);
  }
}

export function checkUnreadable(ctx: CheckContext): void {
  for (const note of ctx.model.readNotes) ctx.findings.keep(note);
  for (const t of ctx.model.tables) {
    if (t.kind === "lain") continue;
    for (const row of t.rows) {
      for (let i = 0; i < t.columns.length; i++) {
        // The address is built only for a figure that cannot be read (refAt makes one for an empty cell).
        const f = row.figures[i];
        if (f && f.status === "unreadable") judge(ctx, f, refAt(t, row, t.columns[i]));
      }
    }
  }
  judgeModel(ctx, ctx.model);
}
