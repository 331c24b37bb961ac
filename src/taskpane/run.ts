// The task pane's controller: what each button does, without React. Every workbook access
// goes through the Office.js gateway (src/excel, the only code that syncs) inside the
// `excelRun` it is given — Excel.run in the pane, the strict fake in tests.
import type { CellRef, Finding, Settings, Severity } from "../core/model";
import type { Grid, SheetPlan } from "../workbook/grid";
import type { ApplyResult } from "../excel";
import { selectCell } from "../excel/select";
import { INPUT_SHEETS } from "../workbook/sheets/layout";
import { groupBySheet, type FindingGroup } from "./findings";
import { UserFacingError } from "./errors";
import type { StepId } from "./steps";
import type { RekapTools } from "./rekap-files";

/** The pipeline (engine.ts); loaded on demand in the pane, imported directly in tests. */
export type Engine = typeof import("./engine.js");

/** Excel.run, or a stand-in with the same shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A workbook file the user picked (a browser File has this shape). */
export interface UnitFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ControllerDeps {
  excelRun: ExcelRun;
  loadEngine: () => Promise<Engine>;
  /** Loads the file reader (ExcelJS) and the recap code; a dynamic import in the pane. */
  loadRekapTools: () => Promise<RekapTools>;
  /** Resolves once the UI has shown a new step, before CPU-heavy work blocks the thread. */
  afterStep?: () => Promise<void>;
}

export type OnStep = (step: StepId) => void;

export interface ValidasiOutcome {
  counts: Record<Severity, number>;
  total: number;
  groups: FindingGroup[];
  written: string[];
  unit: string | null;
  tahun: number | null;
  indikator: number;
  anggaran: number;
}

export type SheetsOutcome = { status: "written"; written: string[]; skipped: string[] } | { status: "cancelled"; existing: string[] };

export interface RekapOutcome {
  written: string[];
  units: string[];
  skipped: { file: string; message: string }[];
  findings: number;
}

/** Asked before SAKIP input sheets that already exist are replaced; true = replace them. */
export type ConfirmReplace = (existing: string[]) => Promise<boolean>;

export interface Controller {
  validasiRingkas(settings: Settings, onStep: OnStep): Promise<ValidasiOutcome>;
  buatLembar(settings: Settings, confirm: ConfirmReplace, onStep: OnStep): Promise<SheetsOutcome>;
  sisipkanTemplat(settings: Settings, confirm: ConfirmReplace, onStep: OnStep): Promise<SheetsOutcome>;
  gabungkan(files: readonly UnitFile[], settings: Settings, onStep: OnStep): Promise<RekapOutcome>;
  pilihSel(ref: CellRef): Promise<void>;
}

const names = (grids: readonly Grid[]) => grids.map((g) => g.name);

/** Input sheets among `plans` that the workbook already has (Excel ignores letter case). */
function inputClashes(plans: readonly SheetPlan[], existing: readonly string[]): string[] {
  const have = new Map(existing.map((n) => [n.toLowerCase(), n]));
  return plans
    .filter((p) => p.kind === "input" && INPUT_SHEETS.includes(p.name))
    .map((p) => have.get(p.name.toLowerCase()))
    .filter((n): n is string => n !== undefined);
}

export function createController(deps: ControllerDeps): Controller {
  const { excelRun } = deps;
  const step = async (onStep: OnStep, id: StepId) => {
    onStep(id);
    if (deps.afterStep) await deps.afterStep();
  };

  /**
   * Writes input sheets: at once when none exists yet; otherwise asks first, outside any
   * Excel.run (a dialog must not hold the workbook), and writes in a second run.
   */
  async function writeInputs(
    { readGrids, applyPlans }: Engine,
    confirm: ConfirmReplace,
    onStep: OnStep,
    makePlans: (grids: Grid[]) => Promise<SheetPlan[]>,
  ): Promise<SheetsOutcome> {
    type First = { done: true; result: ApplyResult } | { done: false; plans: SheetPlan[]; clashes: string[] };
    const first = await excelRun(async (context): Promise<First> => {
      await step(onStep, "read");
      const grids = await readGrids(context);
      const plans = await makePlans(grids);
      const existing = names(grids);
      const clashes = inputClashes(plans, existing);
      if (clashes.length > 0) return { done: false, plans, clashes };
      await step(onStep, "write");
      return { done: true, result: await applyPlans(context, plans, { replaceInputs: false, existing }) };
    });
    if (first.done) return { status: "written", ...first.result };
    if (!(await confirm(first.clashes))) return { status: "cancelled", existing: first.clashes };
    const result = await excelRun(async (context) => {
      await step(onStep, "write");
      // Read again: the user may have added or renamed sheets while the question was open.
      const existing = names(await readGrids(context));
      return applyPlans(context, first.plans, { replaceInputs: true, existing });
    });
    return { status: "written", ...result };
  }

  return {
    async validasiRingkas(settings, onStep) {
      await step(onStep, "read");
      const { analyse, countBySeverity, planSummary, readGrids, applyPlans } = await deps.loadEngine();
      return excelRun(async (context) => {
        const grids = await readGrids(context);
        await step(onStep, "check");
        const analysis = analyse(grids, settings);
        await step(onStep, "summarize");
        const summary = planSummary(analysis, settings);
        await step(onStep, "write");
        const result = await applyPlans(context, summary.plans, { replaceInputs: false, existing: names(grids) });
        const findings: Finding[] = analysis.findings;
        return {
          counts: countBySeverity(findings),
          total: findings.length,
          groups: groupBySheet(findings, names(grids)),
          written: result.written,
          unit: summary.report.unit,
          tahun: summary.report.tahun,
          indikator: analysis.model.indikator.length,
          anggaran: analysis.model.anggaran.length,
        };
      });
    },

    async buatLembar(settings, confirm, onStep) {
      const engine = await deps.loadEngine();
      const { analyse, planConvert } = engine;
      return writeInputs(engine, confirm, onStep, async (grids) => {
        await step(onStep, "check");
        const analysis = analyse(grids, settings);
        if (analysis.model.indikator.length === 0 && analysis.model.anggaran.length === 0) {
          throw new UserFacingError(
            'Tidak ada tabel kinerja atau anggaran yang dikenali di buku kerja ini. Gunakan "Sisipkan templat kosong" untuk mulai dari lembar terstruktur.',
          );
        }
        return planConvert(analysis, settings);
      });
    },

    async sisipkanTemplat(settings, confirm, onStep) {
      const engine = await deps.loadEngine();
      return writeInputs(engine, confirm, onStep, async () => engine.planTemplate(settings));
    },

    async gabungkan(files, settings, onStep) {
      if (files.length === 0) throw new UserFacingError("Pilih sedikitnya satu file .xlsx UPT.");
      await step(onStep, "read"); // includes fetching the file reader the first time
      const [{ analyse, readGrids, applyPlans }, tools] = await Promise.all([deps.loadEngine(), deps.loadRekapTools()]);
      const units: Parameters<RekapTools["buildRekap"]>[0] = [];
      const skipped: RekapOutcome["skipped"] = [];
      for (const [i, file] of files.entries()) {
        if (i > 0) await step(onStep, "read");
        let grids: Grid[];
        try {
          grids = await tools.readUnitGrids(await file.arrayBuffer());
        } catch (e) {
          if (!tools.isUnusableInput(e)) throw e;
          skipped.push({ file: file.name, message: (e as Error).message });
          continue;
        }
        await step(onStep, "check");
        units.push({ file: file.name, ...analyse(grids, settings) });
      }
      if (units.length === 0) throw new UserFacingError("Tidak ada file yang dapat dibaca untuk direkap.");
      await step(onStep, "summarize");
      const rekap = tools.buildRekap(units, settings);
      const plan = tools.planRekap(rekap);
      const written = await excelRun(async (context) => {
        await step(onStep, "write");
        const existing = names(await readGrids(context));
        return (await applyPlans(context, [plan], { replaceInputs: false, existing })).written;
      });
      return {
        written,
        units: rekap.units,
        skipped,
        findings: rekap.findings.length,
      };
    },

    pilihSel(ref) {
      return excelRun((context) => selectCell(context, ref));
    },
  };
}
