// Workbooks written part by part with JSZip, for what ExcelJS's writer cannot produce (inline
// and rich strings, shared formulas, phonetic runs, namespace prefixes, cells without r…): each
// test gives the XML that matters and this adds the package parts around it.
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandSheet {
  name: string;
  /** What goes inside <worksheet>: <sheetData>…</sheetData> and what follows it. */
  body: string;
  state?: "hidden" | "veryHidden";
  /** The workbook relationship's Target; default "worksheets/sheetN.xml". */
  target?: string;
  /** <Relationship> elements of the sheet's own relationships part. */
  rels?: string;
  /** The root element instead of <worksheet> (a chart sheet is <chartsheet>). */
  root?: string;
}

export interface HandBook {
  sheets: HandSheet[];
  /** The inner XML of each <si>. */
  sharedStrings?: string[];
  /** <numFmt> elements. */
  numFmts?: string;
  /** numFmtId of each cell style (cellXfs); default one General style. */
  styles?: number[];
  /** Attributes of <workbookPr>. */
  workbookPr?: string;
  compression?: "STORE" | "DEFLATE";
  /** The workbook part's content type (an .xlsm's is "…sheet.macroEnabled.main+xml"); default none stated. */
  workbookContentType?: string;
  /** More <Relationship> elements of the workbook (a VBA project). */
  workbookRels?: string;
  /** More parts, by name, written as given. */
  parts?: Record<string, string>;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;

/** The resolved part name of a sheet's target. */
function partOf(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export async function handBuilt(book: HandBook): Promise<Uint8Array> {
  const zip = new JSZip();
  const sheets = book.sheets.map((s, i) => ({ ...s, target: s.target ?? `worksheets/sheet${i + 1}.xml`, rId: `rId${i + 10}` }));
  const workbookType = book.workbookContentType ? `<Override PartName="/xl/workbook.xml" ContentType="${book.workbookContentType}"/>` : "";
  zip.file("[Content_Types].xml", xml(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>${workbookType}</Types>`));
  zip.file("_rels/.rels", xml(`<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  const sheetList = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="${s.rId}"/>`).join("");
  zip.file("xl/workbook.xml", xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${book.workbookPr ?? ""}/><sheets>${sheetList}</sheets></workbook>`));
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    ...sheets.map((s) => `<Relationship Id="${s.rId}" Type="${REL}/${s.root ?? "worksheet"}" Target="${s.target}"/>`),
    book.workbookRels ?? "",
  ];
  zip.file("xl/_rels/workbook.xml.rels", xml(`<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`));
  const xfs = (book.styles ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("");
  zip.file(
    "xl/styles.xml",
    xml(
      `<styleSheet xmlns="${MAIN}"><numFmts>${book.numFmts ?? ""}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`,
    ),
  );
  const strings = book.sharedStrings ?? [];
  zip.file("xl/sharedStrings.xml", xml(`<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si>${s}</si>`).join("")}</sst>`));
  for (const s of sheets) {
    const part = partOf(s.target);
    const root = s.root ?? "worksheet";
    zip.file(part, xml(`<${root} xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</${root}>`));
    if (s.rels) {
      const slash = part.lastIndexOf("/");
      zip.file(`${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`, xml(`<Relationships xmlns="${PKG_REL}">${s.rels}</Relationships>`));
    }
  }
  for (const [name, text] of Object.entries(book.parts ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: book.compression ?? "DEFLATE" });
}

/** A workbook package whose every part is given as it is (for namespace-prefixed XML). */
export async function zipOfParts(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, xml(text));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export { MAIN, REL, PKG_REL };
