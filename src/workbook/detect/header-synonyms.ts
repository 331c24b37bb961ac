// What a header cell says: its column role by synonym ("IKK", "Indikator Kinerja Kegiatan" →
// indikator; "Alokasi Anggaran", "Pagu", "Jumlah Anggaran" → pagu), plus the year, period,
// percent-point and money marks it carries ("Target 2025", "Realisasi s.d. TW II",
// "Capaian (%)", "Realisasi (Rp)"). Labels are matched as whole phrases (after those marks
// are taken off) or by a few anchored prefixes, never as substrings, so a sentence that
// merely mentions "target" is not a header.
import type { ColumnRole, PeriodKey, Tingkat } from "../../core/model";
import { fold } from "./text";

/** Words that need their group header or table to get a role: "Jumlah" under "TARGET". */
export type GenericLabel = "jumlah" | "persen" | "nilai";

export interface HeaderInfo {
  role: ColumnRole | null;
  generic: GenericLabel | null;
  tahun: number | null;
  periode: PeriodKey | null;
  money: boolean;
  percentPoints: boolean;
  /** "s.d." / "kumulatif": to-date figures. */
  kumulatif: boolean;
  /** Level named by the header: "Sasaran Kegiatan", "IKU" … */
  tingkat: Tingkat | null;
  /** A group label carrying only a year or period ("Tahun 2022", "B03", "TW I"). */
  periodOnly: boolean;
  /** "Realisasi Tahun Lalu", "Target Tahun Sebelumnya": the year before the report's. */
  lastYear: boolean;
  /**
   * The jenis belanja (2-digit account, "51") a column of amounts is for: "Belanja Pegawai",
   * "52 Belanja Barang", "Belanja Modal (53)". Its role comes from the group above it
   * ("PAGU", "REALISASI") or, alone, is pagu.
   */
  jenis: string | null;
}

// Maps, not objects: a label such as "constructor" must not find Object's own properties.
const EXACT = new Map<string, ColumnRole>();
const GENERIC = new Map<string, GenericLabel>([
  ["jumlah", "jumlah"],
  ["nilai", "nilai"],
  ["persentase", "persen"],
  ["persen", "persen"],
  ["prosentase", "persen"],
  ["presentase", "persen"],
  ["", "persen"],
]);
const TINGKAT = new Map<string, Tingkat>();

function add(role: ColumnRole, labels: string[]): void {
  for (const l of labels) EXACT.set(l, role);
}
add("no", ["no", "nomor", "no urut", "nmr", "no urt"]);
add("tingkat", ["tingkat", "tingkat sasaran", "level", "level sasaran", "jenis sasaran"]);
add("sasaran", [
  "sasaran",
  "sasaran strategis",
  "sasaran program",
  "sasaran kegiatan",
  "sasaran kinerja",
  "uraian sasaran",
]);
add("indikator", [
  "indikator",
  "indikator kinerja",
  "iku",
  "ikp",
  "ikk",
  "indikator kinerja utama",
  "indikator kinerja program",
  "indikator kinerja kegiatan",
  "indikator kinerja sasaran",
  "indikator sasaran",
  "iku / ikp / ikk",
  "iku / ikk",
  "uraian indikator",
  "indikator kinerja iku",
]);
add("satuan", ["satuan", "sat", "satuan target", "satuan indikator"]);
add("polaritas", ["polaritas", "polarisasi", "sifat indikator", "polaritas indikator"]);
add("formulasi", [
  "formulasi",
  "formula",
  "rumus",
  "rumus perhitungan",
  "formulasi perhitungan",
  "formulasi penghitungan",
  "cara perhitungan",
  "metode perhitungan",
]);
add("target", ["target", "target kinerja", "target pk", "target tahunan", "tgt", "target indikator"]);
add("realisasi", ["realisasi", "realisasi kinerja", "realisasi indikator", "jumlah realisasi", "total realisasi", "realisasi total"]);
add("capaian", [
  "capaian",
  "capaian kinerja",
  "kinerja",
  "persentase capaian",
  "capaian target",
  "tingkat capaian",
  "persentase capaian kinerja",
]);
add("predikat", ["predikat", "kategori", "predikat capaian", "kategori capaian"]);
add("pembilang", ["pembilang", "numerator"]);
add("penyebut", ["penyebut", "denominator"]);
add("target-renstra", ["target renstra", "target jangka menengah", "target akhir renstra", "renstra"]);
add("standar-nasional", ["standar nasional", "standar"]);
add("program", ["program", "nama program"]);
add("kegiatan", [
  "kegiatan",
  "nama kegiatan",
  "program / kegiatan",
  "kegiatan / program",
  "kegiatan pendukung",
  "sub kegiatan",
  "kegiatan penunjang",
]);
add("output", [
  "keluaran",
  "output",
  "keluaran / output",
  "output / keluaran",
  "ro",
  "rincian output",
  "output kegiatan",
  "keluaran kegiatan",
  "indikator keluaran",
  "indikator keluaran / output",
  "indikator output",
]);
add("jenis-belanja", ["jenis belanja", "akun", "akun 2 digit", "kode akun", "belanja", "uraian belanja"]);
add("unit", [
  "unit kerja",
  "upt",
  "satuan kerja",
  "satker",
  "nama satker",
  "nama satuan kerja",
  "nama upt",
  "uraian satker",
  "unit",
  "nama unit kerja",
  "upt pemasyarakatan",
  "nama upt pemasyarakatan",
  "unit pelaksana teknis",
]);
add("volume-target", ["volume target", "target volume", "volume", "target output", "target keluaran", "vol"]);
add("volume-realisasi", [
  "realisasi volume",
  "volume realisasi",
  "realisasi output",
  "realisasi keluaran",
  "realisasi fisik",
]);
add("pagu", [
  "pagu",
  "pagu anggaran",
  "jumlah anggaran",
  "alokasi",
  "alokasi anggaran",
  "anggaran",
  "pagu dipa",
  "pagu revisi",
  "pagu awal",
  "jumlah dana",
  "nilai anggaran",
  "total pagu",
  "jumlah pagu",
  "dana",
]);
add("blokir", ["blokir", "pagu blokir", "anggaran blokir", "blokir anggaran"]);
add("realisasi-anggaran", [
  "realisasi anggaran",
  "realisasi belanja",
  "realisasi keuangan",
  "realisasi dana",
  "realisasi pagu",
  "realisasi dipa",
  "realisasi penyerapan",
]);
add("sisa", ["sisa", "sisa anggaran", "sisa pagu", "sisa dana", "saldo"]);
add("serapan", ["serapan", "penyerapan", "daya serap", "persentase serapan", "serapan anggaran", "penyerapan anggaran"]);
add("total", ["total", "jumlah total", "grand total"]);
add("rencana-penarikan", ["rencana penarikan dana", "rencana penarikan", "rpd", "rencana penarikan anggaran"]);
add("rencana-kegiatan", ["rencana kegiatan", "rencana aksi", "uraian rencana aksi", "rencana aksi kegiatan"]);
add("periode", ["periode", "triwulan", "tw", "waktu", "waktu pelaksanaan", "bulan"]);
add("data-dukung", ["data dukung", "data", "bukti dukung", "dokumen pendukung", "data pendukung", "eviden", "bukti"]);
add("status", ["status", "status pelaksana", "status pelaksanaan", "status kegiatan"]);
add("keterangan", [
  "keterangan",
  "ket",
  "catatan",
  "catatan monitoring",
  "penjelasan",
  "kendala",
  "permasalahan",
  "analisis",
]);

for (const l of ["sasaran strategis", "iku", "indikator kinerja utama", "indikator kinerja iku"]) TINGKAT.set(l, "Sasaran Strategis");
for (const l of ["sasaran program", "ikp", "indikator kinerja program"]) TINGKAT.set(l, "Sasaran Program");
for (const l of ["sasaran kegiatan", "ikk", "indikator kinerja kegiatan"]) TINGKAT.set(l, "Sasaran Kegiatan");

/** Anchored prefixes for labels not in the exact list ("Target Kinerja Tahunan PK"). */
const PREFIXES: [string, ColumnRole][] = [
  ["indikator keluaran", "output"],
  ["indikator output", "output"],
  ["indikator", "indikator"],
  ["target renstra", "target-renstra"],
  ["target", "target"],
  ["realisasi anggaran", "realisasi-anggaran"],
  ["realisasi belanja", "realisasi-anggaran"],
  ["realisasi keuangan", "realisasi-anggaran"],
  ["realisasi", "realisasi"],
  ["capaian", "capaian"],
  ["sasaran", "sasaran"],
  ["pagu", "pagu"],
  ["alokasi", "pagu"],
  ["anggaran", "pagu"],
  ["sisa", "sisa"],
  ["keterangan", "keterangan"],
  ["unit kerja", "unit"],
  ["satuan kerja", "unit"],
  ["nama upt", "unit"],
  ["nama satker", "unit"],
  ["kegiatan", "kegiatan"],
  ["program", "program"],
  ["data dukung", "data-dukung"],
  ["rumus", "formulasi"],
  ["formulasi", "formulasi"],
  ["rencana penarikan", "rencana-penarikan"],
  ["rencana aksi", "rencana-kegiatan"],
  ["rencana kegiatan", "rencana-kegiatan"],
  ["status", "status"],
  ["polaritas", "polaritas"],
];

const MONTHS: [RegExp, number][] = [
  [/\b(?:januari|jan)\b/, 1],
  [/\b(?:februari|pebruari|feb|peb)\b/, 2],
  [/\b(?:maret|mar)\b/, 3],
  [/\b(?:april|apr)\b/, 4],
  [/\bmei\b/, 5],
  [/\b(?:juni|jun)\b/, 6],
  [/\b(?:juli|jul)\b/, 7],
  [/\b(?:agustus|agu|ags|agt|aug)\b/, 8],
  [/\b(?:september|sept|sep)\b/, 9],
  [/\b(?:oktober|okt|oct)\b/, 10],
  [/\b(?:november|nopember|nov|nop)\b/, 11],
  [/\b(?:desember|des|dec)\b/, 12],
];
const PERCENT = /\(\s*%\s*\)|%/g;
const MONEY = /\(\s*rp\.?\s*\)|\brp\.?(?=\s|$)|\brupiah\b/g;
const KUMULATIF = /\bs\s*[./]\s*d\s*\.?(?=\s|$)|\bsampai dengan\b|\bkumulatif\b|\bsd\b/g;
const TW = /\b(?:tw|trw|triwulan|tri wulan)\s*[-.]?\s*(iv|i{1,3}|[1-4])\b/;
const SEMESTER = /\b(?:semester|smt|sem)\s*[-.]?\s*(ii|i|[12])\b/;
const BULAN = /\bb\s*[-.]?\s*(0[1-9]|1[0-2])\b/;
const YEAR = /\b(?:tahun|thn|th|ta)?\.?\s*((?:19[5-9]|20\d|21\d)\d)\b/;
const N_TAHUN = /\b\d+\s*(?:tahun|thn)\b/g;
const YEAR_WORDS = /\b(?:tahun|thn|th|ta|anggaran tahun)\b/g;
const LAST_YEAR = /\b(?:tahun|thn|th)\s+(?:lalu|sebelumnya)\b/;
const PUNCT = /[^a-z0-9/ ]+/g;
const SLASH = /\s*\/\s*/g;
const SPACES = / +/g;
const DIGIT = /\d/;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Jenis belanja columns: the word "belanja" or the account code is required ("Pegawai" alone may count staff). */
const JENIS_WORDS: [RegExp, string][] = [
  [/^pegawai$/, "51"],
  [/^barang(?: dan jasa)?$/, "52"],
  [/^modal$/, "53"],
  [/^(?:bantuan sosial|bansos)$/, "57"],
];
const JENIS_COLUMN = /^(?:(5[1-7]) )?(belanja )?([a-z ]+?)(?: (5[1-7]))?$/;

/** "Pagu Belanja Pegawai", "Realisasi Belanja Barang": the amount and its jenis in one label. */
const AMOUNT_OF = /^(pagu|anggaran|alokasi|realisasi)(?: anggaran)? (.+)$/;

function jenisOf(s: string): string | null {
  const m = JENIS_COLUMN.exec(s);
  if (!m) return null;
  const code = m[1] ?? m[4];
  if (m[2] === undefined && code === undefined) return null;
  const found = JENIS_WORDS.find(([re]) => re.test(m[3]));
  if (!found || (code !== undefined && code !== found[1])) return null;
  return found[1];
}

const MAX_WORDS = 7;
const MAX_LENGTH = 70;

/** Reads a header cell; null when the text cannot be a header (too long, a sentence, a number). */
export function parseHeader(label: string): HeaderInfo | null {
  let s = fold(label);
  if (s === "" || s.length > MAX_LENGTH) return null;
  const info: HeaderInfo = {
    role: null,
    generic: null,
    tahun: null,
    periode: null,
    money: false,
    percentPoints: false,
    kumulatif: false,
    tingkat: null,
    periodOnly: false,
    lastYear: false,
    jenis: null,
  };
  if (LAST_YEAR.test(s)) {
    info.lastYear = true;
    s = s.replace(LAST_YEAR, " ");
  }
  if (PERCENT.test(s)) {
    info.percentPoints = true;
    s = s.replace(PERCENT, " ");
  }
  PERCENT.lastIndex = 0;
  if (MONEY.test(s)) {
    info.money = true;
    s = s.replace(MONEY, " ");
  }
  MONEY.lastIndex = 0;
  if (KUMULATIF.test(s)) {
    info.kumulatif = true;
    s = s.replace(KUMULATIF, " ");
  }
  KUMULATIF.lastIndex = 0;
  s = s.replace(N_TAHUN, " ");
  const y = YEAR.exec(s);
  if (y) {
    info.tahun = Number(y[1]);
    s = s.replace(y[0], " ");
  }
  const tw = TW.exec(s);
  if (tw) {
    info.periode = `TW${ROMAN[tw[1]] ?? Number(tw[1])}`;
    s = s.replace(tw[0], " ");
  } else {
    const sem = SEMESTER.exec(s);
    const b = sem ? null : BULAN.exec(s);
    if (sem) {
      info.periode = `S${ROMAN[sem[1]] ?? Number(sem[1])}`;
      s = s.replace(sem[0], " ");
    } else if (b) {
      info.periode = `B${b[1]}`;
      s = s.replace(b[0], " ");
    } else {
      for (const [re, n] of MONTHS) {
        const m = re.exec(s);
        if (m) {
          info.periode = `B${String(n).padStart(2, "0")}`;
          s = s.replace(m[0], " ");
          break;
        }
      }
    }
  }
  if (info.tahun !== null || info.periode !== null) s = s.replace(YEAR_WORDS, " ");
  s = s.replace(PUNCT, " ").replace(SLASH, " / ").replace(SPACES, " ").trim();
  s = s.replace(/^\/\s*|\s*\/$/g, "").trim();

  const exact = EXACT.get(s);
  const generic = GENERIC.get(s);
  const amount = exact === undefined ? AMOUNT_OF.exec(s) : null;
  const jenis = exact === undefined ? jenisOf(amount ? amount[2] : s) : null;
  if (exact !== undefined) {
    info.role = exact;
  } else if (jenis !== null) {
    info.jenis = jenis;
    if (amount) info.role = amount[1] === "realisasi" ? "realisasi-anggaran" : "pagu";
  } else if (generic !== undefined && (s !== "" || info.percentPoints)) {
    info.generic = generic;
  } else if (s === "" || s === "tahun" || s === "realisasi tahun") {
    if (info.tahun === null && info.periode === null) return null;
    if (s === "realisasi tahun") info.role = "realisasi";
    else info.periodOnly = true;
  } else {
    if (DIGIT.test(s) || s.split(" ").length > MAX_WORDS) return null;
    for (const [prefix, role] of PREFIXES) {
      if (s === prefix || s.startsWith(prefix + " ")) {
        info.role = role;
        break;
      }
    }
    if (info.role === null) return null;
  }
  info.tingkat = TINGKAT.get(s) ?? null;
  if (info.role === "realisasi" && info.money) info.role = "realisasi-anggaran";
  return info;
}
