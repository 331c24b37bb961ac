// Indonesian number words, as reports spell amounts ("seratus dua puluh tiga miliar … rupiah").
import { cleanDouble } from "./number";

const SATUAN = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
const DIGIT = ["nol", ...SATUAN.slice(1)];
const SKALA = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun"];
/** 10^18: past the largest scale word, and past the integers a double can hold exactly anyway. */
const LIMIT = 1e18;

/** 1..999 in words. */
function ratusan(n: number): string {
  const words: string[] = [];
  const ratus = Math.floor(n / 100);
  const sisa = n % 100;
  if (ratus === 1) words.push("seratus");
  else if (ratus > 1) words.push(SATUAN[ratus], "ratus");
  if (sisa === 10) words.push("sepuluh");
  else if (sisa === 11) words.push("sebelas");
  else if (sisa > 11 && sisa < 20) words.push(SATUAN[sisa - 10], "belas");
  else {
    const puluh = Math.floor(sisa / 10);
    if (puluh > 0) words.push(SATUAN[puluh], "puluh");
    if (sisa % 10 > 0) words.push(SATUAN[sisa % 10]);
  }
  return words.join(" ");
}

function bilanganBulat(digits: string): string {
  if (/^0*$/.test(digits)) return "nol";
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 3) {
    groups.unshift(Number(digits.slice(Math.max(0, end - 3), end)));
  }
  const words: string[] = [];
  groups.forEach((g, i) => {
    const scale = groups.length - 1 - i;
    if (g === 0) return;
    // "seribu", but "satu juta", "satu miliar".
    if (g === 1 && scale === 1) words.push("seribu");
    else words.push(ratusan(g), SKALA[scale]);
  });
  return words.filter((w) => w !== "").join(" ");
}

/** Plain decimal digits of |x| without exponent: 1e-7 → "0.0000001". */
function decimalText(x: number): string {
  const s = String(x);
  return s.includes("e") ? x.toFixed(20).replace(/\.?0+$/, "") : s;
}

/**
 * terbilang(1250000, "rupiah") = "satu juta dua ratus lima puluh ribu rupiah";
 * decimals are read digit by digit after "koma": 2.05 = "dua koma nol lima".
 */
export function terbilang(n: number, akhiran?: string): string {
  if (!Number.isFinite(n)) throw new RangeError("Bukan angka");
  if (Math.abs(n) >= LIMIT) throw new RangeError("Angka terlalu besar untuk dieja");
  const x = cleanDouble(n);
  const [whole, fraction = ""] = decimalText(Math.abs(x)).split(".");
  const words = [bilanganBulat(whole)];
  if (fraction !== "") words.push("koma", ...[...fraction].map((d) => DIGIT[Number(d)]));
  if (x < 0) words.unshift("minus");
  const suffix = akhiran?.trim();
  if (suffix) words.push(suffix);
  return words.join(" ");
}
