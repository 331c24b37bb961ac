// The parts of a workbook package (OPC): found by name the way Excel resolves them (a leading
// "/" means the package root, relationship targets are relative to the part that names them,
// names compare without regard to case), and parsed as XML straight from the zip, chunk by chunk.
import type { ZipEntry } from "./zip-directory";
import { partChunks } from "./unzip";
import { XmlScanner, readAttributes, type XmlHandler } from "./xml-scanner";

export class Parts {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private readonly used = new Set<ZipEntry>();

  constructor(
    readonly zip: Uint8Array,
    readonly entries: ZipEntry[],
  ) {
    for (const e of entries) {
      if (e.name.endsWith("/")) continue; // a folder entry
      const name = e.name.replace(/^\/+/, "");
      this.byName.set(name, e);
      if (!this.byLowerName.has(name.toLowerCase())) this.byLowerName.set(name.toLowerCase(), e);
    }
  }

  find(name: string): ZipEntry | null {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase()) ?? null;
  }

  /** Parses a part with `handler` and remembers it was read (see unread). */
  async parse(entry: ZipEntry, handler: XmlHandler): Promise<void> {
    this.used.add(entry);
    const scanner = new XmlScanner(handler);
    const decoder = new TextDecoder();
    for await (const chunk of partChunks(this.zip, entry)) scanner.write(decoder.decode(chunk, { stream: true }));
    scanner.write(decoder.decode());
    scanner.end();
  }

  /** Entries no reader has parsed (their integrity is still worth checking). */
  unread(): ZipEntry[] {
    return this.entries.filter((e) => !this.used.has(e) && !e.name.endsWith("/"));
  }
}

export interface Relationship {
  /** The part it points to, resolved to a package name ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** The target as written; "" for a relationship without one. */
  target: string;
  type: string;
}

/** The relationships part of `partName` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"), by Id. */
export async function readRelationships(parts: Parts, partName: string): Promise<Map<string, Relationship>> {
  const slash = partName.lastIndexOf("/");
  const relsName = `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  const entry = parts.find(relsName);
  if (!entry) return rels;
  await parts.parse(entry, {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const a = readAttributes(attributes);
      const target = a.Target ?? "";
      if (a.Id !== undefined) rels.set(a.Id, { part: resolvePart(partName, target), target, type: a.Type ?? "" });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** A relationship target as a package part name: absolute ("/xl/…") or relative to `from`'s folder. */
export function resolvePart(from: string, target: string): string {
  const path = target.trim();
  const base = path.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const piece of path.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") base.pop();
    else base.push(piece);
  }
  return base.join("/");
}
