// A small push parser for the XML of workbook parts, fed text a chunk at a time: it reports
// element starts and ends by local name (a "x:" namespace prefix, as some .NET writers put on
// every element, is dropped) and raw character data, and leaves attribute and entity decoding
// to the handler, which does it only for what it keeps. Enough XML for OOXML parts (which may
// not contain a DTD); malformed markup is an XmlError, never a guess.
import { decodeAttribute } from "./xml-text";

export interface XmlHandler {
  /** An element starts; `attributes` is the raw text between its name and ">" (see readAttributes). */
  open(name: string, attributes: string): void;
  /** An element ends (right after `open` for a self-closing element). */
  close(name: string): void;
  /** Raw character data inside the root element, entities still encoded (see decodeText). */
  text(raw: string): void;
}

export class XmlError extends Error {}

/** Longest markup or text run held while waiting for its end; a cell holds at most 32 767 characters. */
const MAX_PENDING = 16 * 1024 * 1024;

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;

export class XmlScanner {
  private pending = "";
  private readonly open: string[] = [];
  private sawRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.pending + chunk;
    let p = 0;
    for (;;) {
      const lt = s.indexOf("<", p);
      if (lt < 0) break;
      if (lt > p && this.open.length > 0) this.handler.text(s.slice(p, lt));
      p = lt;
      const next = this.markup(s, lt);
      if (next < 0) break;
      p = next;
    }
    this.pending = p === 0 ? s : s.slice(p);
    if (this.pending.length > MAX_PENDING) throw new XmlError("teks atau tag XML terlalu panjang");
  }

  end(): void {
    if (this.pending.includes("<")) throw new XmlError("XML terpotong");
    if (this.open.length > 0) throw new XmlError(`elemen <${this.open[this.open.length - 1]}> tidak ditutup`);
    if (!this.sawRoot) throw new XmlError("bukan XML");
  }

  /** Handles the markup at `lt`; the index after it, or -1 when it is not complete yet. */
  private markup(s: string, lt: number): number {
    if (lt + 1 >= s.length) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) return this.endTag(s, lt);
    if (c === 63 /* ? */) return skipPast(s, "?>", lt + 2);
    if (c === 33 /* ! */) return this.declaration(s, lt);
    return this.startTag(s, lt);
  }

  private startTag(s: string, lt: number): number {
    let nameEnd = -1;
    let i = lt + 1;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === GT) break;
      if (nameEnd < 0 && (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH)) nameEnd = i;
      if (c === QUOTE || c === APOSTROPHE) {
        const close = s.indexOf(s[i], i + 1);
        if (close < 0) return -1;
        i = close;
      }
    }
    if (i >= s.length) return -1;
    if (nameEnd < 0) nameEnd = i;
    const qname = s.slice(lt + 1, nameEnd);
    if (!isNameStart(qname.charCodeAt(0))) throw new XmlError(`tanda "<" tidak sah di XML`);
    if (this.open.length === 0 && this.sawRoot) throw new XmlError("XML memiliki lebih dari satu elemen akar");
    this.sawRoot = true;
    const selfClosing = s.charCodeAt(i - 1) === SLASH && i - 1 >= nameEnd;
    const name = localName(qname);
    this.handler.open(name, s.slice(nameEnd, selfClosing ? i - 1 : i));
    if (selfClosing) this.handler.close(name);
    else this.open.push(qname);
    return i + 1;
  }

  private endTag(s: string, lt: number): number {
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    const qname = s.slice(lt + 2, gt).trimEnd();
    if (this.open.pop() !== qname) throw new XmlError(`penutup </${qname}> tidak cocok`);
    this.handler.close(localName(qname));
    return gt + 1;
  }

  private declaration(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) return skipPast(s, "-->", lt + 4);
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      // Character data that needs no decoding: escaped so the handler's decodeText restores it.
      if (this.open.length > 0) this.handler.text(s.slice(lt + 9, end).replace(/&/g, "&amp;").replace(/\r/g, "&#13;"));
      return end + 3;
    }
    if (s.startsWith("<!DOCTYPE", lt)) {
      const gt = s.indexOf(">", lt);
      const bracket = s.indexOf("[", lt);
      return bracket >= 0 && (gt < 0 || bracket < gt) ? skipPast(s, "]>", bracket) : gt < 0 ? -1 : gt + 1;
    }
    if (s.length - lt < 9) return -1;
    throw new XmlError(`tanda "<!" tidak sah di XML`);
  }
}

function skipPast(s: string, marker: string, from: number): number {
  const at = s.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** XML 1.0 NameStartChar, coarsely: a letter, "_", ":" or any non-ASCII character. */
function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c > 127;
}

/**
 * The attributes of a start tag by local name, values decoded. Namespace declarations are left
 * out, so "r:id" reads as "id" and no "xmlns:r" can stand in for an attribute "r".
 */
export function readAttributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  const attributes = new AttributeReader(raw);
  while (attributes.next()) out[attributes.name] = attributes.value;
  return out;
}

/** Steps through a start tag's attributes without building an object (for the hot cell tags). */
export class AttributeReader {
  /** Local name and decoded value of the current attribute. */
  name = "";
  value = "";
  private p = 0;

  constructor(private raw: string) {}

  reset(raw: string): void {
    this.raw = raw;
    this.p = 0;
  }

  next(): boolean {
    const raw = this.raw;
    for (;;) {
      const eq = raw.indexOf("=", this.p);
      if (eq < 0) return false;
      let start = this.p;
      while (isSpace(raw.charCodeAt(start))) start++;
      let end = eq;
      while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
      let q = eq + 1;
      while (isSpace(raw.charCodeAt(q))) q++;
      const quote = raw.charCodeAt(q);
      if (quote !== QUOTE && quote !== APOSTROPHE) return false;
      const close = raw.indexOf(quote === QUOTE ? '"' : "'", q + 1);
      if (close < 0) return false;
      this.p = close + 1;
      const qname = raw.slice(start, end);
      if (qname === "xmlns" || qname.startsWith("xmlns:")) continue;
      this.name = localName(qname);
      this.value = plainValue(raw, q + 1, close) ? raw.slice(q + 1, close) : decodeAttribute(raw.slice(q + 1, close));
      return true;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** No entity and no whitespace that XML turns into a space. */
function plainValue(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 || c === 9 || c === 10 || c === 13) return false;
  }
  return true;
}
