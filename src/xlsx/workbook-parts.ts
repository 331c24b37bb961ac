// xl/workbook.xml and its relationships → the sheets in tab order (name, hidden or not, the part
// holding each), the date system, and where the shared strings and styles are.
import { Parts, readRelationships, type Relationship } from "./parts";
import { readAttributes } from "./xml-scanner";
import { exceljsDecode } from "./xml-text";
import type { ZipEntry } from "./zip-directory";

export const WORKBOOK_PART = "xl/workbook.xml";
/** Excel refuses longer names; ExcelJS cuts a longer one (LibreOffice may write it) to this. */
const MAX_SHEET_NAME = 31;

export interface SheetEntry {
  name: string;
  hidden: boolean;
  /** The worksheet's part name, resolved from its relationship. */
  part: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  /**
   * `<workbookPr date1904="1">`. Only "1" counts, as in ExcelJS: the grids hold serial numbers,
   * which do not depend on the date system, so the flag only steers the same millisecond
   * rounding ExcelJS applies.
   */
  date1904: boolean;
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
}

export async function readWorkbookParts(parts: Parts, workbook: ZipEntry): Promise<WorkbookParts> {
  const sheets: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  await parts.parse(workbook, {
    open(name, attributes) {
      if (name === "sheet") {
        const a = readAttributes(attributes);
        // ExcelJS decodes the name's entities once more (utils.xmlDecode); both readers agree.
        sheets.push({ name: exceljsDecode(a.name ?? ""), state: a.state ?? "visible", id: a.id ?? "" });
      } else if (name === "workbookPr") {
        date1904 = readAttributes(attributes).date1904 === "1";
      }
    },
    close() {},
    text() {},
  });
  const rels = await readRelationships(parts, WORKBOOK_PART);
  return {
    sheets: sheets.flatMap((s) => {
      const rel = rels.get(s.id);
      if (!rel || s.name === "") return [];
      return [{ name: s.name.slice(0, MAX_SHEET_NAME), hidden: s.state === "hidden" || s.state === "veryHidden", part: rel.part }];
    }),
    date1904,
    sharedStrings: partOfType(parts, rels, "/sharedStrings", "xl/sharedStrings.xml"),
    styles: partOfType(parts, rels, "/styles", "xl/styles.xml"),
  };
}

/** The part the workbook's relationship of this type points to, else the usual name. */
function partOfType(parts: Parts, rels: Map<string, Relationship>, typeEnd: string, usual: string): ZipEntry | null {
  for (const rel of rels.values()) {
    if (rel.type.endsWith(typeEnd)) {
      const found = parts.find(rel.part);
      if (found) return found;
    }
  }
  return parts.find(usual);
}
