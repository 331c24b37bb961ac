// Parses the `sakip` command line (DESIGN §5) into a command, its files and settings.
// No dependency: the grammar is small and every message must be Indonesian.
import type { Periode, RumusNegatif, Settings } from "../core/model";
import { DEFAULT_SETTINGS } from "../core/settings";

export const COMMANDS = ["check", "convert", "summarize", "template", "consolidate"] as const;
export type Command = (typeof COMMANDS)[number];

export interface ParsedArgs {
  command: Command | "help" | "version";
  files: string[];
  output: string | null;
  docx: string | null;
  json: boolean;
  /** Confirms replacing existing SAKIP input sheets (convert). */
  timpa: boolean;
  settings: Settings;
}

/** A usage mistake: reported as one Indonesian line, exit code 2. */
export class UsageError extends Error {}

const PERIODE: readonly Periode[] = ["TW1", "TW2", "TW3", "TW4", "S1", "TAHUN"];
const RUMUS: readonly RumusNegatif[] = ["negatif", "negatif-rasio"];

function readBatas(text: string): number {
  const n = Number(text.replace(",", "."));
  if (!Number.isFinite(n) || (n !== 0 && (n < 1 || n > 10))) {
    throw new UsageError(`Nilai --batas tidak sah: "${text}". Gunakan 0 (tanpa batas) atau angka 1 sampai 10, misalnya 1.2.`);
  }
  return n;
}

function readTahun(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`Nilai --tahun tidak sah: "${text}".`);
  return n;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = {
    command: "help",
    files: [],
    output: null,
    docx: null,
    json: false,
    timpa: false,
    settings: { ...DEFAULT_SETTINGS },
  };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return out;
  if (first === "--version" || first === "-v") return { ...out, command: "version" };
  if (!(COMMANDS as readonly string[]).includes(first)) {
    throw new UsageError(`Perintah tidak dikenal: "${first}". Pilihan: ${COMMANDS.join(", ")}.`);
  }
  out.command = first as Command;

  const value = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined || v.startsWith("--")) throw new UsageError(`Opsi ${flag} memerlukan nilai.`);
    return v;
  };
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const take = (): string => (inline !== undefined ? inline : value(flag));
    switch (flag) {
      case "-o":
      case "--output":
        out.output = take();
        break;
      case "--docx":
        out.docx = take();
        break;
      case "--json":
        out.json = true;
        break;
      case "--timpa":
        out.timpa = true;
        break;
      case "--batas":
        out.settings.batas = readBatas(take());
        break;
      case "--polaritas-negatif": {
        const v = take().toLowerCase();
        if (!(RUMUS as readonly string[]).includes(v)) {
          throw new UsageError(`Nilai --polaritas-negatif tidak sah: "${v}". Pilihan: ${RUMUS.join(", ")}.`);
        }
        out.settings.polaritasNegatif = v as RumusNegatif;
        break;
      }
      case "--periode": {
        const v = take().toUpperCase();
        if (!(PERIODE as readonly string[]).includes(v)) {
          throw new UsageError(`Nilai --periode tidak sah: "${v}". Pilihan: ${PERIODE.join(", ")}.`);
        }
        out.settings.periode = v as Periode;
        break;
      }
      case "--tahun":
        out.settings.tahun = readTahun(take());
        break;
      default:
        if (flag.startsWith("-")) throw new UsageError(`Opsi tidak dikenal: "${flag}".`);
        out.files.push(arg);
    }
  }
  return out;
}

export const USAGE = `Penggunaan: sakip <perintah> [berkas] [opsi]

Perintah:
  check FILE.xlsx [--json]                 periksa buku kerja; kode keluar 0 tanpa galat, 1 ada galat, 2 berkas tak dapat dipakai
  convert FILE.xlsx -o OUT.xlsx [--timpa]  salin buku kerja + lembar masukan SAKIP (PK, Realisasi, Anggaran, Rencana Aksi)
  summarize FILE.xlsx -o OUT.xlsx [--docx BAB3.docx]
                                           tulis SAKIP Validasi, Ringkasan dan Narasi (dan Bab III dalam Word)
  template -o FILE.xlsx                    buku kerja terstruktur kosong dengan baris contoh
  consolidate FILE... -o OUT.xlsx          rekap lintas satker (Kanwil); FILE boleh berupa folder

Opsi bersama:
  --batas 1.2|0                            batas konversi capaian (0 = tanpa batas; bawaan 1.2 = 120%)
  --polaritas-negatif negatif|negatif-rasio
                                           rumus indikator negatif: (2T − R)/T atau T/R
  --periode TW1|TW2|TW3|TW4|S1|TAHUN       periode laporan (bawaan TAHUN)
  --tahun 2025                             tahun laporan (bawaan: dari buku kerja)
`;
