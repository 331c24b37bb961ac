// The pane's state: which operation is running (with its steps), the last outcome of each
// action, and the problem to show. Components render this; the work is in run.ts.
import { useCallback, useRef, useState } from "react";
import type { CellRef, Settings } from "../core/model";
import type { Controller, RekapOutcome, SheetsOutcome, UnitFile, ValidasiOutcome, ConfirmReplace } from "./run";
import { describeError, type ProblemMessage } from "./errors";
import { CONVERT_STEPS, REKAP_STEPS, RUN_STEPS, type Step, type StepId } from "./steps";

export type TaskId = "validasi" | "lembar" | "templat" | "rekap";

export interface Busy {
  task: TaskId;
  steps: readonly Step[];
  current: StepId | null;
}

export interface PaneState {
  busy: Busy | null;
  problem: ProblemMessage | null;
  validasi: ValidasiOutcome | null;
  sheets: { task: "lembar" | "templat"; outcome: SheetsOutcome } | null;
  rekap: RekapOutcome | null;
}

const TEMPLATE_STEPS: readonly Step[] = CONVERT_STEPS.filter((s) => s.id !== "check");

export function usePane(controller: Controller, settings: Settings, confirm: ConfirmReplace) {
  const [state, setState] = useState<PaneState>({ busy: null, problem: null, validasi: null, sheets: null, rekap: null });
  // One operation at a time: a second click while Excel is busy would interleave two runs.
  const running = useRef(false);

  const perform = useCallback(
    async <T>(
      task: TaskId,
      steps: readonly Step[],
      work: (onStep: (id: StepId) => void) => Promise<T>,
      done: (s: PaneState, r: T) => PaneState,
    ) => {
      if (running.current) return;
      running.current = true;
      setState((s) => ({ ...s, busy: { task, steps, current: null }, problem: null }));
      const onStep = (id: StepId) => setState((s) => (s.busy ? { ...s, busy: { ...s.busy, current: id } } : s));
      try {
        const result = await work(onStep);
        setState((s) => done({ ...s, busy: null }, result));
      } catch (e) {
        setState((s) => ({ ...s, busy: null, problem: describeError(e) }));
      } finally {
        running.current = false;
      }
    },
    [],
  );

  return {
    state,
    dismissProblem: useCallback(() => setState((s) => ({ ...s, problem: null })), []),
    validasiRingkas: useCallback(
      () =>
        perform(
          "validasi",
          RUN_STEPS,
          (onStep) => controller.validasiRingkas(settings, onStep),
          (s, r) => ({ ...s, validasi: r }),
        ),
      [controller, settings, perform],
    ),
    buatLembar: useCallback(
      () =>
        perform(
          "lembar",
          CONVERT_STEPS,
          (onStep) => controller.buatLembar(settings, confirm, onStep),
          (s, r) => ({
            ...s,
            sheets: { task: "lembar", outcome: r },
          }),
        ),
      [controller, settings, confirm, perform],
    ),
    sisipkanTemplat: useCallback(
      () =>
        perform(
          "templat",
          TEMPLATE_STEPS,
          (onStep) => controller.sisipkanTemplat(settings, confirm, onStep),
          (s, r) => ({
            ...s,
            sheets: { task: "templat", outcome: r },
          }),
        ),
      [controller, settings, confirm, perform],
    ),
    gabungkan: useCallback(
      (files: UnitFile[]) =>
        perform(
          "rekap",
          REKAP_STEPS,
          (onStep) => controller.gabungkan(files, settings, onStep),
          (s, r) => ({ ...s, rekap: r }),
        ),
      [controller, settings, perform],
    ),
    // Selecting a cell is quick: no progress shown, the finding keeps the keyboard focus.
    pilihSel: useCallback(
      async (ref: CellRef) => {
        if (running.current) return;
        running.current = true;
        try {
          await controller.pilihSel(ref);
        } catch (e) {
          setState((s) => ({ ...s, problem: describeError(e) }));
        } finally {
          running.current = false;
        }
      },
      [controller],
    ),
  };
}
