// The named steps a run goes through, in order, as the progress list shows them.

export type StepId = "read" | "check" | "summarize" | "write";

export interface Step {
  id: StepId;
  label: string;
}

export const RUN_STEPS: readonly Step[] = [
  { id: "read", label: "Membaca buku kerja" },
  { id: "check", label: "Memeriksa" },
  { id: "summarize", label: "Menyusun ringkasan" },
  { id: "write", label: "Menulis lembar SAKIP" },
];

/** The steps of "Buat lembar SAKIP": read, check (build the model), write. */
export const CONVERT_STEPS: readonly Step[] = [
  { id: "read", label: "Membaca buku kerja" },
  { id: "check", label: "Memeriksa" },
  { id: "write", label: "Menulis lembar SAKIP" },
];

/** The steps of "Gabungkan file UPT": read the files, check each, build the recap, write it. */
export const REKAP_STEPS: readonly Step[] = [
  { id: "read", label: "Membaca file UPT" },
  { id: "check", label: "Memeriksa" },
  { id: "summarize", label: "Menyusun rekap" },
  { id: "write", label: "Menulis lembar SAKIP Rekap" },
];

/** Fraction done when `current` has started (for the progress bar); 1 when finished. */
export function progressValue(steps: readonly Step[], current: StepId | null): number {
  if (current === null) return 0;
  const i = steps.findIndex((s) => s.id === current);
  return i < 0 ? 0 : (i + 0.5) / steps.length;
}
