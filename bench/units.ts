// Realistic, deterministic data for generated workbooks: the units of a Kanwil, the 30
// indicators of a unit's PK, its 20 budget lines. Used by the benchmark and by the tests of
// consolidation, so both measure and check workbooks shaped like the real ones.

export const KOTA = [
  "Semarang", "Surakarta", "Magelang", "Pekalongan", "Purwokerto", "Kudus", "Pati", "Cilacap", "Kendal",
  "Klaten", "Salatiga", "Tegal", "Batang", "Wonosobo", "Jepara", "Rembang", "Blora", "Boyolali", "Sragen", "Demak",
];
const JENIS_UPT = ["LAPAS KELAS IIA", "RUTAN KELAS IIB", "BAPAS KELAS II", "LPKA KELAS I", "LAPAS PEREMPUAN KELAS IIA"];

/** "LAPAS KELAS IIA SEMARANG", then numbered once the cities run out. */
export function unitNama(i: number): string {
  const kota = KOTA[i % KOTA.length].toUpperCase();
  const round = Math.floor(i / (KOTA.length * JENIS_UPT.length));
  return `${JENIS_UPT[Math.floor(i / KOTA.length) % JENIS_UPT.length]} ${kota}${round > 0 ? ` ${round + 1}` : ""}`;
}

export interface IndikatorSpec {
  sasaran: string;
  uraian: string;
  satuan: string;
  polaritas: "Positif" | "Negatif";
  target: number;
}

const SUBJEK = ["narapidana", "tahanan", "klien pemasyarakatan", "anak binaan", "WBP lanjut usia", "WBP perempuan"];
const UKURAN: [string, string, number][] = [
  ["Meningkatnya kualitas pembinaan", "yang mengikuti pembinaan kepribadian", 0.9],
  ["Meningkatnya kualitas pembinaan", "yang mengikuti pembinaan kemandirian", 0.6],
  ["Meningkatnya kualitas perawatan", "yang memperoleh layanan kesehatan", 0.95],
  ["Meningkatnya pemenuhan hak", "yang memperoleh hak integrasi tepat waktu", 0.8],
  ["Meningkatnya kualitas perawatan", "yang mengikuti program rehabilitasi", 0.5],
];
const NEGATIF: IndikatorSpec[] = [
  { sasaran: "Menurunnya gangguan keamanan dan ketertiban", uraian: "Jumlah kejadian pelarian", satuan: "Kali", polaritas: "Negatif", target: 0 },
  { sasaran: "Menurunnya gangguan keamanan dan ketertiban", uraian: "Persentase tingkat hunian (overcrowding)", satuan: "%", polaritas: "Negatif", target: 1.5 },
  { sasaran: "Menurunnya pengulangan tindak pidana", uraian: "Persentase residivis", satuan: "%", polaritas: "Negatif", target: 0.1 },
];

/** The 30 indicators of a unit's PK (27 positive percentages, 3 negative). */
export const INDIKATOR: IndikatorSpec[] = [
  ...SUBJEK.flatMap((s) => UKURAN.map(([sasaran, u, target]) => ({ sasaran, uraian: `Persentase ${s} ${u}`, satuan: "%", polaritas: "Positif" as const, target }))).slice(0, 27),
  ...NEGATIF,
];

export interface AnggaranSpec {
  uraian: string;
  pagu: number;
}

const KEGIATAN = [
  "Layanan Dukungan Manajemen Internal", "Layanan Manajemen SDM Internal", "Layanan Manajemen Kinerja Internal",
  "Layanan Perkantoran", "Layanan Sarana dan Prasarana Internal", "Pembinaan Kepribadian", "Pembinaan Kemandirian",
  "Layanan Kesehatan Tahanan", "Layanan Makan Tahanan", "Layanan Keamanan dan Ketertiban", "Layanan Registrasi",
  "Layanan Integrasi Sosial", "Layanan Pendampingan Peradilan", "Layanan Bimbingan Kemasyarakatan",
  "Layanan Penelitian Kemasyarakatan", "Layanan Pengawasan Klien", "Layanan Reformasi Kinerja",
  "Layanan Pemantauan dan Evaluasi", "Layanan Hubungan Masyarakat", "Layanan Data dan Informasi",
];

/** A small deterministic PRNG (mulberry32): the same unit always gets the same figures. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 20 budget lines of a unit: pagu in thousands of rupiah, realisasi 70–100% of it. */
export function anggaranUnit(i: number): { uraian: string; pagu: number; realisasi: number }[] {
  const rnd = prng(1000 + i);
  return KEGIATAN.map((uraian) => {
    const pagu = Math.round(5_000 + rnd() * 900_000) * 1000;
    return { uraian, pagu, realisasi: Math.round(pagu * (0.7 + rnd() * 0.3)) };
  });
}

/**
 * Jenis belanja (2-digit account, DOMAIN §2) of each budget line: salaries sit in Layanan
 * Perkantoran and the SDM line, buildings and equipment in Sarana dan Prasarana, the rest is
 * Belanja Barang.
 */
export const JENIS_KEGIATAN: Record<string, "51" | "52" | "53"> = Object.fromEntries(
  KEGIATAN.map((k) => [k, k === "Layanan Perkantoran" || k === "Layanan Manajemen SDM Internal" ? "51" : k === "Layanan Sarana dan Prasarana Internal" ? "53" : "52"]),
);

const JENIS_BELANJA_UNIT: { kode: "51" | "52" | "53"; uraian: string }[] = [
  { kode: "51", uraian: "Belanja Pegawai" },
  { kode: "52", uraian: "Belanja Barang" },
  { kode: "53", uraian: "Belanja Modal" },
];

/** The unit's budget per jenis belanja: its 20 lines summed by account. */
export function jenisBelanjaUnit(i: number): { kode: string; uraian: string; pagu: number; realisasi: number }[] {
  const lines = anggaranUnit(i);
  return JENIS_BELANJA_UNIT.map(({ kode, uraian }) => {
    const own = lines.filter((l) => JENIS_KEGIATAN[l.uraian] === kode);
    return { kode, uraian, pagu: own.reduce((s, l) => s + l.pagu, 0), realisasi: own.reduce((s, l) => s + l.realisasi, 0) };
  });
}

/** Cumulative quarterly realisasi (s.d. TW) of indicator k of unit i; never decreasing. */
export function realisasiTw(i: number, k: number): number[] {
  const rnd = prng(i * 100 + k);
  const spec = INDIKATOR[k];
  if (spec.satuan === "Kali") {
    const kejadian = rnd() < 0.3 ? 1 : 0;
    return [0, 0, kejadian, kejadian];
  }
  const end = spec.target * (0.75 + rnd() * 0.4);
  return [0.4, 0.65, 0.85, 1].map((f) => Math.round(end * (spec.polaritas === "Negatif" ? 1 : f) * 10000) / 10000);
}

export interface AksiRb {
  aksi: string;
  /** Per reporting month: how many steps of the action were planned and done (cumulative). */
  bulan: Record<"B03" | "B06", { target: number; realisasi: number }>;
}

const AKSI_RB = ["Penyusunan SOP layanan", "Survei kepuasan masyarakat", "Pembangunan Zona Integritas", "Pengelolaan pengaduan"];

/**
 * The reform (RB) action plan of unit i: four actions with B03 and B06 target and realisasi,
 * cumulative (B06 never below B03), different from unit to unit.
 */
export function rencanaAksiRb(i: number): AksiRb[] {
  const rnd = prng(5000 + i);
  return AKSI_RB.map((aksi) => {
    const t3 = 1 + Math.floor(rnd() * 4);
    const r3 = t3 - Math.floor(rnd() * 2);
    const t6 = 2 * t3;
    const r6 = Math.max(r3, t6 - Math.floor(rnd() * 3));
    return { aksi, bulan: { B03: { target: t3, realisasi: r3 }, B06: { target: t6, realisasi: r6 } } };
  });
}
