export { buildRekap, unitName, RekapBuilder, type Rekap, type RekapAnggaran, type RekapRanking, type SkippedFile, type UnitInput } from "./rekap";
export { JENIS_BELANJA } from "./anggaran";
export { RANKING_RULE } from "./ranking";
export { planRekap } from "./sheet";
