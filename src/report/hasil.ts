// Indicators in chapter order: grouped by sasaran (in order of first appearance), numbered
// "1.1", "1.2", "2.1" like the LKjIP, each with its evaluation from the core.
import { evaluateIndikator } from "../core/evaluate";
import type { CellRef, Indikator, Settings } from "../core/model";
import type { IndikatorHasil } from "./types";

export interface SasaranGroup {
  nomor: number;
  uraian: string | null;
  indikator: Indikator[];
}

function sasaranKey(sasaran: string | null): string {
  return (sasaran ?? "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function groupBySasaran(indikator: Indikator[]): SasaranGroup[] {
  const groups = new Map<string, SasaranGroup>();
  for (const ind of indikator) {
    const key = sasaranKey(ind.sasaran);
    let group = groups.get(key);
    if (!group) {
      group = { nomor: groups.size + 1, uraian: ind.sasaran?.replace(/\s+/g, " ").trim() || null, indikator: [] };
      groups.set(key, group);
    }
    group.indikator.push(ind);
  }
  return [...groups.values()];
}

/** The unit the indicator is measured in: "%" for percentages, else its unit word, or null. */
export function satuanOf(ind: Indikator): string | null {
  if (ind.satuan) return ind.satuan;
  const t = ind.target;
  if (t?.percent) return "%";
  return t?.unit && t.unit !== "Rp" ? t.unit : null;
}

/** An indicator of the model with its computed figures. */
export interface Entry {
  ind: Indikator;
  hasil: IndikatorHasil;
}

export function evaluateAll(groups: SasaranGroup[], settings: Settings): Entry[] {
  const out: Entry[] = [];
  for (const group of groups) {
    group.indikator.forEach((ind, i) => {
      const hasil: IndikatorHasil = {
        key: ind.key,
        nomor: `${group.nomor}.${i + 1}`,
        sasaranNomor: group.nomor,
        sasaran: group.uraian,
        uraian: ind.uraian.replace(/\s+/g, " ").trim(),
        satuan: satuanOf(ind),
        polaritas: ind.polaritas,
        evaluasi: evaluateIndikator(ind, settings),
        row: out.length,
      };
      out.push({ ind, hasil });
    });
  }
  return out;
}

/** Distinct cells, in order, without nulls. */
export function uniqueRefs(refs: (CellRef | null | undefined)[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const r of refs) {
    if (!r) continue;
    const k = `${r.sheet}!${r.cell}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/** The cells an indicator's figures come from: target, the realisasi used, then its rows. */
export function indikatorSources(ind: Indikator, hasil: IndikatorHasil): CellRef[] {
  return uniqueRefs([hasil.evaluasi.realisasiRef, ind.target?.ref, ...ind.sources]);
}
