// Text and attribute values of XML as a conforming parser gives them (XML 1.0 §2.11 line ends,
// §3.3.3 attribute whitespace, §4.6 predefined entities, §4.1 character references), plus the
// two extra decodings ExcelJS applies on top, which the fast reader repeats so both readers
// give the same text.

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function entity(match: string, name: string | undefined, decimal: string | undefined, hex: string | undefined): string {
  if (name) return NAMED[name];
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
  // Not a character XML allows: kept as written, as a lenient parser does.
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Character data between tags. An unknown entity (&nbsp;) is kept as written. */
export function decodeText(raw: string): string {
  let text = raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return text.includes("&") ? text.replace(ENTITY, entity) : text;
}

/** An attribute's value: line ends and literal tabs/newlines become spaces, then entities. */
export function decodeAttribute(raw: string): string {
  let text = raw;
  if (/[\t\n\r]/.test(text)) text = text.replace(/\r\n?|[\t\n]/g, " ");
  return text.includes("&") ? text.replace(ENTITY, entity) : text;
}

/**
 * Excel's escape of characters XML cannot hold ("_x000D_" for a carriage return), which ExcelJS
 * undoes in shared strings and rich-text runs (upper-case hex digits only, as ExcelJS).
 */
export function excelEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

/**
 * ExcelJS decodes the five named entities a second time in texts of t="str" cells and in
 * sheet names (utils.xmlDecode); a sheet whose text literally reads "&amp;" reads "&" there.
 */
export function exceljsDecode(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (m) => {
    switch (m) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return m;
    }
  });
}
