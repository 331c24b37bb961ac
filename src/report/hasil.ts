// Indicators in chapter order: grouped by sasaran (in order of first appearance), numbered
// "1.1", "1.2", "2.1" like the LKjIP, each with its evaluation from the core. In a Kanwil's
// per-unit tables the same indicator comes once per UPT: its UPT rows are kept together and
// share one number, so the chapter has one indicator (and one narrative section) for them.
import { evaluateIndikator } from "../core/evaluate";
import type { CellRef, Indikator, Settings } from "../core/model";
import { indikatorKey } from "../workbook/match";
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

/** The UPT an indicator belongs to, as its row names it; null for the workbook's own. */
export function unitOf(ind: Indikator): string | null {
  return ind.unit?.replace(/\s+/g, " ").trim() || null;
}

/**
 * A sasaran's indicators as the chapter lists them: each of the workbook's own indicators on
 * its own, the UPT rows of one indicator wording together (in order of first appearance).
 */
function slotsOf(indikator: Indikator[]): Indikator[][] {
  const slots: Indikator[][] = [];
  const byWording = new Map<string, Indikator[]>();
  for (const ind of indikator) {
    if (unitOf(ind) === null) {
      slots.push([ind]);
      continue;
    }
    const k = indikatorKey(ind.uraian);
    const slot = byWording.get(k);
    if (slot) slot.push(ind);
    else {
      const fresh = [ind];
      byWording.set(k, fresh);
      slots.push(fresh);
    }
  }
  return slots;
}

export function evaluateAll(groups: SasaranGroup[], settings: Settings): Entry[] {
  const out: Entry[] = [];
  for (const group of groups) {
    slotsOf(group.indikator).forEach((slot, i) => {
      for (const ind of slot) {
        const hasil: IndikatorHasil = {
          key: ind.key,
          nomor: `${group.nomor}.${i + 1}`,
          sasaranNomor: group.nomor,
          sasaran: group.uraian,
          uraian: ind.uraian.replace(/\s+/g, " ").trim(),
          unit: unitOf(ind),
          satuan: satuanOf(ind),
          polaritas: ind.polaritas,
          evaluasi: evaluateIndikator(ind, settings),
          row: out.length,
        };
        out.push({ ind, hasil });
      }
    });
  }
  return out;
}

/**
 * One indicator of the chapter: a single entry, or the UPT rows of a per-unit indicator
 * (consecutive entries with the same number). `entries` are indices into the report's entries.
 */
export interface IndikatorBab {
  /** The indicator's key; for a per-UPT indicator its wording's key (without a unit). */
  key: string;
  nomor: string;
  sasaranNomor: number;
  uraian: string;
  /** True for an indicator measured per UPT. */
  perUnit: boolean;
  entries: number[];
}

export function indikatorBab(entries: Entry[]): IndikatorBab[] {
  const out: IndikatorBab[] = [];
  entries.forEach((e, i) => {
    const last = out[out.length - 1];
    const perUnit = e.hasil.unit !== null;
    if (last && perUnit && last.perUnit && last.nomor === e.hasil.nomor) last.entries.push(i);
    else {
      const key = perUnit ? indikatorKey(e.ind.uraian) : e.hasil.key;
      out.push({ key, nomor: e.hasil.nomor, sasaranNomor: e.hasil.sasaranNomor, uraian: e.hasil.uraian, perUnit, entries: [i] });
    }
  });
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
