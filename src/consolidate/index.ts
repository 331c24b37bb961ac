export { buildRekap, unitName, type Rekap, type UnitInput } from "./rekap";
export { planRekap } from "./sheet";
