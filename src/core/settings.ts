// Defaults of the run settings (DESIGN §5 options: --batas, --polaritas-negatif, --periode).
import type { Settings } from "./model";
import { DEFAULT_PITA } from "./predikat";

export const DEFAULT_SETTINGS: Settings = {
  batas: 1.2,
  polaritasNegatif: "negatif",
  periode: "TAHUN",
  tahun: null,
  pita: DEFAULT_PITA,
};
