// The pure helpers behind the pane's views: findings grouped by sheet, progress, theme, and
// the chunk loader that retries after a failed fetch.
import type { Finding } from "../../src/core/model";
import { groupBySheet, hasCell } from "../../src/taskpane/findings";
import { RUN_STEPS, progressValue } from "../../src/taskpane/steps";
import { isDarkOffice, luminance } from "../../src/taskpane/theme";
import { loadOnce } from "../../src/taskpane/lazy";

function finding(sheet: string, cell: string, severity: Finding["severity"]): Finding {
  return { rule: "capaian-mismatch", severity, sheet, cell, message: `${sheet}!${cell}` };
}

describe("groupBySheet", () => {
  const findings = [
    finding("Capaian 2023", "K5", "error"),
    finding("Anggaran", "G10", "error"),
    finding("Capaian 2023", "J12", "warning"),
    finding("Capaian 2023", "H5", "error"),
    finding("Anggaran", "H6", "info"),
    finding("Lain", "A1", "info"),
  ];
  const groups = groupBySheet(findings, ["Capaian 2023", "Anggaran"]);

  it("orders sheets as the workbook does, unknown ones last", () => {
    expect(groups.map((g) => g.sheet)).toEqual(["Capaian 2023", "Anggaran", "Lain"]);
  });

  it("orders findings by severity, then row, then column", () => {
    expect(groups[0].findings.map((f) => f.cell)).toEqual(["H5", "K5", "J12"]);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(["G10", "H6"]);
  });

  it("counts each sheet's findings by severity, losing none", () => {
    expect(groups[0].counts).toEqual({ error: 2, warning: 1, info: 0 });
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
  });

  it.each([
    [finding("Capaian", "D4", "error"), true],
    [finding("Capaian", "", "info"), false],
    [finding("", "A1", "info"), false],
    [finding("Capaian", "D4:E5", "error"), false],
  ])("hasCell(%p) = %p", (f, selectable) => {
    expect(hasCell(f)).toBe(selectable);
  });
});

describe("progressValue", () => {
  it.each([
    [null, 0],
    ["read", 0.125],
    ["check", 0.375],
    ["summarize", 0.625],
    ["write", 0.875],
  ] as const)("step %p → %p", (step, value) => {
    expect(progressValue(RUN_STEPS, step)).toBe(value);
  });

  it("names the steps of a run in Indonesian", () => {
    expect(RUN_STEPS.map((s) => s.label)).toEqual(["Membaca buku kerja", "Memeriksa", "Menyusun ringkasan", "Menulis lembar SAKIP"]);
  });
});

describe("theme", () => {
  it.each([
    [{ isDarkTheme: true, bodyBackgroundColor: "#ffffff" }, true],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false],
    [{ bodyBackgroundColor: "#262626" }, true],
    [{ bodyBackgroundColor: "#FFFFFF" }, false],
    [{ bodyBackgroundColor: "#E6E6E6" }, false],
    [{ bodyBackgroundColor: "tidak" }, false],
    [undefined, false],
  ])("isDarkOffice(%p) = %p", (theme, dark) => {
    expect(isDarkOffice(theme)).toBe(dark);
  });

  it.each([
    ["#000", 0],
    ["#ffffff", 1],
    ["#808080", 0.2158605001138992],
    ["merah", null],
  ])("luminance(%p) = %p", (hex, l) => {
    expect(luminance(hex)).toBe(l);
  });
});

describe("loadOnce", () => {
  it("fetches once and shares the result", async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
    expect(await load()).toBe(1);
  });

  it("tries again after a failed fetch", async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      if (++calls === 1) throw new Error("ChunkLoadError");
      return calls;
    });
    await expect(load()).rejects.toThrow("ChunkLoadError");
    expect(await load()).toBe(2);
  });
});
