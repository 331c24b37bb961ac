import fc from "fast-check";
import { IndikatorMatcher, MATCH_THRESHOLD, contentWords, indikatorKey, keyParts, likeness } from "../../src/workbook/match";

describe("indikatorKey", () => {
  test.each([
    ["Persentase Tahanan yang mendapatkan pendampingan", "persentase tahanan yang mendapatkan pendampingan"],
    ["1. Persentase Tahanan yang mendapatkan pendampingan", "persentase tahanan yang mendapatkan pendampingan"],
    ["1.2. Persentase Tahanan yang Mendapatkan Pendampingan", "persentase tahanan yang mendapatkan pendampingan"],
    ["Prosentase Pelaksanaan Rencana Aksi", "persentase pelaksanaan rencana aksi"],
    ["Presentase Klien usia produktif", "persentase klien usia produktif"],
    ["Indeks Kepuasan Unit Kerja Lingkup UPT Pemasarakatan terhadap Layanan Kesekretariatan)", "indeks kepuasan unit kerja lingkup upt pemasyarakatan terhadap layanan kesekretariatan"],
    ["Persentase klien pemsarakatan yang siap bermasyarakat", "persentase klien pemasyarakatan yang siap bermasyarakat"],
    ["memperoleh atau melanjutkan pekerjaan di luar lembaga", "memperoleh melanjutkan pekerjaan di luar lembaga"],
    ["memperoleh/melanjutkan pekerjaan diluar lembaga", "memperoleh melanjutkan pekerjaan di luar lembaga"],
    ["Persentase Anak yang Berkonflik dengan Hukum (ABH) yang Mendapatkan Pendampingan Untuk Upaya Keadilan Restoratif", "persentase abh yang mendapatkan pendampingan"],
    ["Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan", "persentase abh yang mendapatkan pendampingan"],
    ["Persentase residivis (berlaku terbalik)", "persentase residivis"],
  ])("%s", (uraian, key) => {
    expect(indikatorKey(uraian)).toBe(key);
  });

  test("ignores case, spacing and punctuation, and is idempotent", () => {
    const word = fc.constantFrom("Persentase", "klien", "Pemasyarakatan", "yang", "siap", "bermasyarakat", "Indeks", "ABH", "3,51");
    const sep = fc.constantFrom(" ", "  ", " - ", ", ", "\u00a0", " ( ", " ) ", "\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join("");
        const plain = parts.map(([w]) => w).join(" ");
        const key = indikatorKey(text);
        expect(key).toBe(indikatorKey(plain.toUpperCase()));
        expect(indikatorKey(key)).toBe(key);
      }),
    );
  });
});

describe("indikatorKey of a unit's indicator", () => {
  test.each([
    ["Persentase residivis (berlaku terbalik)", "Lapas Kelas IIA Semarang", "persentase residivis | lapas kelas iia semarang"],
    ["1. Persentase Tahanan yang mendapatkan pendampingan", "BAPAS KELAS II  MAGELANG", "persentase tahanan yang mendapatkan pendampingan | bapas kelas ii magelang"],
    ["Persentase residivis", "Rutan Kls. I Surakarta", "persentase residivis | rutan kls i surakarta"],
    // No unit, or a unit cell without a name: the workbook's own indicator.
    ["Persentase residivis", null, "persentase residivis"],
    ["Persentase residivis", "-", "persentase residivis"],
  ])("%s of %s", (uraian, unit, key) => {
    expect(indikatorKey(uraian, unit)).toBe(key);
  });

  test("the wording and the unit come back apart; units differing only in case and spacing are one", () => {
    const uraian = fc.constantFrom("Persentase residivis", "Indeks Kepuasan Masyarakat", "Jumlah kejadian pelarian");
    const unit = fc.constantFrom("Lapas Kelas IIA Semarang", "Bapas Kelas II Magelang", "LPKA Kelas I Kutoarjo");
    fc.assert(
      fc.property(uraian, unit, (u, n) => {
        const key = indikatorKey(u, n);
        expect(keyParts(key)).toEqual({ wording: indikatorKey(u), unit: indikatorKey(n) });
        expect(indikatorKey(u, ` ${n.toUpperCase().replace(/ /g, "  ")} `)).toBe(key);
        expect(keyParts(indikatorKey(u))).toEqual({ wording: indikatorKey(u), unit: "" });
      }),
    );
  });
});

/** Pairs from the reference (and its kin) that are one indicator, and pairs that are two. */
const SAME: [string, string][] = [
  ["Persentase Meningkatnya Klien Pemasarakatan yang Sudah Siap Bermasyarakat)", "Persentase klien pemsarakatan yang siap bermasyarakat"],
  ["Persentase Tahanan yang Mendapatkan Pendampingan", "Persentase Tahanan yang mendapatkan pendampinagn"],
  ["Persentase Pelaksanaan Rencana Aksi RB di Lingkup UPT Pemasyarakatan", "Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasarakatan"],
  ["Presentase Klien usia produktif yang memperoleh atau melanjutkan pekerjaan di luar Lembaga", "Persentase Klien usia produktif yang memperoleh/melanjutkan pekerjaan diluar lembaga"],
  ["Indeks Kepuasan Unit Kerja Lingkup UPT Pemasarakatan terhadap Layanan Kesekretariatan)", "Indeks Kepuasan Unit Kerja Lingkup UPT Pemsarakatan terhadap Layanan Kesekretariatan"],
];
const DIFFERENT: [string, string][] = [
  ["Persentase Tahanan yang mendapatkan pendampingan", "Persentase Anak yang Berkonflik dengan Hukum (ABH) yang mendapatkan pendampingan"],
  ["Tingkat penerimaan Masyarakat sekitar terhadap mantan narapidana dan anak binaan selama masa reintegrasi sosial", "Tingkat pemberdayaan masyarakat untuk pembimbingan kemasyarakatan dalam pelaksanaan keadilan Restoratif"],
  ["Persentase narapidana yang mengikuti pembinaan kemandirian", "Persentase narapidana yang mengikuti pembinaan kepribadian"],
  ["Persentase klien anak yang memperoleh pembimbingan", "Persentase klien dewasa yang memperoleh pembimbingan"],
  ["Persentase Klien usia produktif yang memperoleh atau melanjutkan pelajaran di luar Lembaga", "Persentase Klien usia produktif yang memperoleh atau melanjutkan pekerjaan di luar Lembaga"],
  ["Persentase klien yang memperoleh pembimbingan", "Persentase klien anak yang memperoleh pembimbingan"],
  // The LKjIP's heading 4.1 against its table: a change of scope is kept apart (see MATCH_THRESHOLD).
  ["Prosentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup UPT Pemasarakatan", "Persentase Pelaksanaan Rencana Aksi Reformasi Birokrasi di Lingkup Kewilayahan"],
];

function match(a: string, b: string, sasaranA: string | null = null, sasaranB: string | null = null): boolean {
  const ka = indikatorKey(a);
  const kb = indikatorKey(b);
  const m = new IndikatorMatcher([ka, kb]);
  m.add(0, ka, sasaranA);
  m.commit();
  return m.find(kb, sasaranB, new Set()) === 0;
}

describe("matching one indicator across tables", () => {
  test.each(SAME)("same: %s ~ %s", (a, b) => {
    expect(match(a, b)).toBe(true);
  });
  test.each(DIFFERENT)("different: %s / %s", (a, b) => {
    expect(match(a, b)).toBe(false);
  });

  test("siblings score as high as rewordings: the score alone would merge them, the substitution rule does not", () => {
    const like = ([a, b]: [string, string]) => likeness(contentWords(indikatorKey(a)), contentWords(indikatorKey(b)));
    expect(Math.min(...SAME.map((p) => like(p).score))).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(SAME.every((p) => !like(p).substitution && !like(p).distinguishing)).toBe(true);
    const kemandirian = like(DIFFERENT[2]);
    expect([kemandirian.score, kemandirian.substitution]).toEqual([0.8, true]);
    expect(DIFFERENT.every((p) => { const l = like(p); return l.substitution || l.distinguishing || l.score < MATCH_THRESHOLD; })).toBe(true);
  });

  test("the same sasaran lowers the bar: a shortened name under its own sasaran still matches", () => {
    const a = "Persentase pelaksanaan rencana aksi";
    const b = "Persentase pelaksanaan rencana aksi reformasi birokrasi di lingkup UPT";
    const sasaran = "Meningkatnya Pelaksanaan Reformasi Birokrasi di Lingkup UPT Pemasyarakatan";
    expect(match(a, b)).toBe(false);
    expect(match(a, b, sasaran, sasaran)).toBe(true);
  });

  test("rows of one table are different indicators: not findable by near wording before commit, nor when excluded", () => {
    const before = new IndikatorMatcher([indikatorKey(SAME[0][0])]);
    before.add(0, indikatorKey(SAME[0][0]), null);
    expect(before.find(indikatorKey(SAME[0][1]), null, new Set())).toBeNull();
    const ka = indikatorKey(SAME[0][0]);
    const kb = indikatorKey(SAME[0][1]);
    const m = new IndikatorMatcher([ka, kb]);
    m.add(0, ka, null);
    m.commit();
    expect(m.find(kb, null, new Set([0]))).toBeNull();
    // The very same wording is the same indicator, even twice in one table.
    expect(m.find(ka, null, new Set([0]))).toBe(0);
  });

  test("finds the right one among many (inverted index, prefix filtering)", () => {
    const keys = Array.from({ length: 3000 }, (_, i) => indikatorKey(`Persentase layanan nomor${i} yang diselesaikan tepat waktu kode${i * 7}`));
    const m = new IndikatorMatcher(keys);
    keys.forEach((k, i) => m.add(i, k, null));
    m.commit();
    const t0 = Date.now();
    for (let i = 0; i < keys.length; i += 7) {
      expect(m.find(indikatorKey(`Prosentase layanan nomor${i} yg diselesaikan tepat waktu kode${i * 7}`), null, new Set())).toBe(i);
    }
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
