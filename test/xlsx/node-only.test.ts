// The fast reader unzips with node:zlib, so it is for Node only: the task pane's bundle reaches
// src/xlsx through read.ts (ExcelJS) and errors.ts, and what those import must never lead to it.
import * as fs from "node:fs";
import * as path from "node:path";

const SRC = path.resolve(__dirname, "..", "..", "src");

/** Every module a source file reaches through relative imports, and the packages they name. */
function reach(file: string, seen = new Set<string>(), packages = new Set<string>()): { files: Set<string>; packages: Set<string> } {
  if (seen.has(file)) return { files: seen, packages };
  seen.add(file);
  const text = fs.readFileSync(file, "utf8");
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/g)) {
    const spec = m[1];
    if (!spec.startsWith(".")) {
      packages.add(spec);
      continue;
    }
    const base = path.resolve(path.dirname(file), spec.replace(/\.js$/, ""));
    const target = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (target) reach(target, seen, packages);
  }
  return { files: seen, packages };
}

describe("what the task pane imports from src/xlsx", () => {
  test("the import walk sees the fast reader's own imports (so the test below can fail)", () => {
    const { files, packages } = reach(path.join(SRC, "xlsx", "read-grids.ts"));
    expect([...files].map((f) => path.basename(f))).toContain("unzip.ts");
    expect(packages).toContain("node:zlib");
  });

  test.each(["read.ts", "errors.ts"])("%s does not lead to node:zlib or the fast reader", (name) => {
    const { files, packages } = reach(path.join(SRC, "xlsx", name));
    expect([...files].map((f) => path.relative(SRC, f))).not.toEqual(expect.arrayContaining([path.join("xlsx", "unzip.ts")]));
    expect([...files].map((f) => path.relative(SRC, f))).not.toEqual(expect.arrayContaining([path.join("xlsx", "read-grids.ts")]));
    expect([...packages].filter((p) => p === "node:zlib" || p === "zlib" || p === "node:stream")).toEqual([]);
  });

  test("the task pane imports src/xlsx only through read.ts or errors.ts", () => {
    const taskpane = fs.readdirSync(path.join(SRC, "taskpane"), { recursive: true }) as string[];
    const imports = taskpane
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...fs.readFileSync(path.join(SRC, "taskpane", f), "utf8").matchAll(/from\s+"([^"]*xlsx[^"]*)"/g)].map((m) => m[1]));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => i !== "../xlsx/read" && i !== "../xlsx/errors")).toEqual([]);
  });
});
