// The task pane in Chromium against the production build (dist/), with the strict fake Excel
// in place of office.js: "Validasi & Ringkas" shows the findings and writes the SAKIP sheets,
// a finding selects its cell, the input sheets are created and replaced only after asking,
// "Gabungkan file UPT" reads two unit workbooks in the browser and writes SAKIP Rekap, and
// nothing leaves the machine. Screenshots (350 px wide, like a task pane) go to screenshots/.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { readXlsx } from "../../src/xlsx";
import { analyse, countBySeverity } from "../../src/app/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellRef } from "../../src/core/model";
import type { Grid } from "../../src/workbook/grid";
import { SHEET } from "../../src/workbook/sheets/layout";
import { content } from "../excel/workbooks";
import { DIST, ROOT, SCREENSHOTS, buildFakeOffice, launch, serveDist, type Browser, type Served } from "./harness";

jest.setTimeout(180_000);

const EXAMPLE = path.join(ROOT, "examples", "contoh-bapas-magelang.xlsx");
const UNIT_FILES = [EXAMPLE, path.join(ROOT, "test", "fixtures", "xlsx", "slips.xlsx")];
const OUTPUTS = [SHEET.validasi, SHEET.ringkasan, SHEET.narasi];

let grids: Grid[];
let served: Served;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  grids = (await readXlsx(EXAMPLE)).grids;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "sakip-fake-office-"));
  const officeJs = await buildFakeOffice(grids, out);
  fs.rmSync(out, { recursive: true, force: true });
  served = await serveDist();
  browser = await launch(served.base, officeJs);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openPane(theme: "light" | "dark" = "light"): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  // A CSP violation or a failed chunk shows up as a console error.
  page.on("console", (m) => void (m.type() === "error" && pageErrors.push(m.text())));
  if (theme === "dark") await page.addInitScript(() => ((window as unknown as { __SAKIP_THEME__: string }).__SAKIP_THEME__ = "dark"));
  await page.goto(`${served.base}taskpane.html`);
  await page.getByRole("button", { name: "Validasi & Ringkas" }).waitFor();
  return page;
}

const sheetNames = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __sakipFake: { workbookGrids(): { name: string }[] } }).__sakipFake.workbookGrids().map((g) => g.name),
  );
const workbook = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sakipFake: { workbookGrids(): Grid[] } }).__sakipFake.workbookGrids());
const selected = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sakipFake: { selected(): CellRef | null } }).__sakipFake.selected());
const userSheets = (g: Grid[]) => g.filter((s) => !s.name.startsWith("SAKIP ")).map(content);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Reads `read()` until `done` holds (the click's Excel.run is asynchronous) or 10 s pass; returns the last value. */
async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const end = Date.now() + 10_000;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** The count tiles, as { Galat: n, Peringatan: n, Info: n }. */
async function shownCounts(page: Page): Promise<Record<string, number>> {
  const tiles = await page.locator('ul[aria-label="Jumlah temuan"] > li').allTextContents();
  return Object.fromEntries(
    tiles.map((t) => {
      const m = /^(\d+)\s*(\S+)$/.exec(t.trim());
      if (!m) throw new Error(`unexpected count tile: ${t}`);
      return [m[2], Number(m[1])];
    }),
  );
}

describe("Validasi & Ringkas", () => {
  let page: Page;
  let before: Grid[];

  beforeAll(async () => {
    page = await openPane();
    before = await workbook(page);
  });
  afterAll(() => page.close());

  it("first shows what to do", async () => {
    await page.getByRole("heading", { name: "Belum ada hasil" }).waitFor();
    await shot(page, "1-kosong");
  });

  it("shares its page with the custom functions (the shared runtime)", async () => {
    const ids = await page.evaluate(() => (window as unknown as { __sakipFunctions: string[] }).__sakipFunctions);
    expect(ids).toEqual(expect.arrayContaining(["CAPAIAN", "PREDIKAT", "TERCAPAI", "SERAPAN", "AGREGAT", "ANGKA", "TERBILANG"]));
  });

  it("shows the findings counted by severity, as the pipeline finds them", async () => {
    await page.getByRole("button", { name: "Validasi & Ringkas" }).click();
    await page.getByRole("heading", { name: "Hasil pemeriksaan" }).waitFor({ timeout: 60_000 });
    const expected = countBySeverity(analyse(grids, DEFAULT_SETTINGS).findings);
    expect(await shownCounts(page)).toEqual({ Galat: expected.error, Peringatan: expected.warning, Info: expected.info });
    expect(expected.error).toBeGreaterThan(0);
    // Keyboard and screen-reader users land on the results.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("sakip-hasil");
    await shot(page, "2-hasil");
  });

  it("wrote SAKIP Validasi, Ringkasan and Narasi and left the user's sheets as they were", async () => {
    const names = await sheetNames(page);
    for (const s of OUTPUTS) expect(names).toContain(s);
    expect(userSheets(await workbook(page))).toEqual(userSheets(before));
  });

  it("selects a finding's cell in Excel when the finding is clicked", async () => {
    const list = page.getByRole("list", { name: "Temuan di Capaian 2025" });
    await list.getByRole("button").filter({ hasText: "H5" }).first().click();
    expect(
      await settled(
        () => selected(page),
        (r) => r?.cell === "H5",
      ),
    ).toEqual({ sheet: "Capaian 2025", cell: "H5" });
  });

  it("selects a finding's cell from the keyboard too", async () => {
    const button = page.getByRole("list", { name: "Temuan di Anggaran 2025" }).getByRole("button").filter({ hasText: "G10" }).first();
    await button.focus();
    await page.keyboard.press("Enter");
    expect(
      await settled(
        () => selected(page),
        (r) => r?.cell === "G10",
      ),
    ).toEqual({ sheet: "Anggaran 2025", cell: "G10" });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});

describe("Lembar", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane();
    await page.getByRole("tab", { name: "Lembar" }).click();
  });
  afterAll(() => page.close());

  it("creates the SAKIP input sheets without asking when there are none", async () => {
    await page.getByRole("button", { name: "Buat lembar SAKIP" }).click();
    await page.getByText(/Ditulis: SAKIP PK/).waitFor({ timeout: 60_000 });
    const names = await sheetNames(page);
    for (const s of [SHEET.pk, SHEET.realisasi, SHEET.anggaran, SHEET.rencanaAksi]) expect(names).toContain(s);
    await shot(page, "4-lembar");
  });

  it("asks before replacing them, and changes nothing on Batal", async () => {
    const before = await workbook(page);
    await page.getByRole("button", { name: "Sisipkan templat kosong" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Ganti lembar yang sudah ada?" });
    await dialog.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500); // the dialog's entrance animation
    await shot(page, "5-tanya-ganti");
    await dialog.getByRole("button", { name: "Batal" }).click();
    await page.getByText("Tidak ada lembar yang diubah.").waitFor();
    expect((await workbook(page)).map(content)).toEqual(before.map(content));
  });

  it("replaces them after Ganti lembar", async () => {
    await page.getByRole("button", { name: "Sisipkan templat kosong" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ganti lembar" }).click();
    await page.getByText(/Ditulis: SAKIP PK/).waitFor({ timeout: 60_000 });
    const pk = (await workbook(page)).find((g) => g.name === SHEET.pk);
    expect(JSON.stringify(pk?.values)).toMatch(/contoh/i);
  });
});

describe("Gabungkan file UPT", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane();
  });
  afterAll(() => page.close());

  it("loads ExcelJS only when files are picked, reads them in the browser and writes SAKIP Rekap", async () => {
    const loadedBefore = new Set(served.requested);
    await page.getByRole("tab", { name: "Rekap" }).click();
    await page.locator('input[type="file"]').setInputFiles(UNIT_FILES);
    await page.getByText(/Ditulis: SAKIP Rekap/).waitFor({ timeout: 90_000 });
    expect(await sheetNames(page)).toContain(SHEET.rekap);
    const units = await page.getByRole("list", { name: "Satuan kerja dalam rekap" }).getByRole("listitem").allTextContents();
    expect(units).toHaveLength(2);
    await shot(page, "6-rekap");

    const hasExcelJs = (p: string) => p.endsWith(".js") && fs.readFileSync(path.join(DIST, p), "utf8").includes("exceljs");
    expect([...loadedBefore].filter(hasExcelJs)).toEqual([]);
    expect(served.requested.filter((p) => !loadedBefore.has(p)).filter(hasExcelJs)).toHaveLength(1);
  });
});

describe("Pengaturan", () => {
  it("are stored with the document", async () => {
    const page = await openPane();
    await page.getByRole("tab", { name: "Pengaturan" }).click();
    await page.getByRole("combobox", { name: "Periode laporan" }).click();
    await page.getByRole("option", { name: "Triwulan II", exact: true }).click();
    await page.getByRole("textbox", { name: "Tahun laporan" }).fill("2025");
    await shot(page, "3-pengaturan");
    await page.getByRole("button", { name: "Simpan pengaturan" }).click();
    await page.getByText("Pengaturan disimpan di buku kerja ini.").waitFor();
    const saved = await page.evaluate(() =>
      (window as unknown as { __sakipFake: { savedSettings(): Record<string, unknown> } }).__sakipFake.savedSettings(),
    );
    expect(saved["sakip.pengaturan"]).toMatchObject({ periode: "TW2", tahun: 2025, batas: 1.2, batasAktif: true });
    await page.getByRole("tab", { name: "Validasi" }).click();
    await page.getByText("Periode Triwulan II · tahun 2025 · batas capaian 120% · pita Ditjenpas").waitFor();
    await page.close();
  });
});

describe("Office's dark theme", () => {
  it("turns the pane dark", async () => {
    const page = await openPane("dark");
    await page.getByRole("button", { name: "Validasi & Ringkas" }).click();
    await page.getByRole("heading", { name: "Hasil pemeriksaan" }).waitFor({ timeout: 60_000 });
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
    );
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await shot(page, "7-gelap");
    await page.close();
  });
});

describe("an Excel error", () => {
  it("is shown with what to do, and can be dismissed", async () => {
    const page = await openPane();
    // Excel refuses every request while a cell is being edited.
    await page.evaluate(() => {
      (window as unknown as { Excel: { run: () => Promise<never> } }).Excel.run = async () => {
        throw Object.assign(new Error("InvalidOperationInCellEditMode: The operation is not allowed in cell edit mode."), {
          code: "InvalidOperationInCellEditMode",
        });
      };
    });
    await page.getByRole("button", { name: "Validasi & Ringkas" }).click();
    const bar = page.getByText("Buku kerja sedang dalam mode sunting sel.");
    await bar.waitFor({ timeout: 60_000 });
    await page.getByText("Tekan Enter atau Esc lalu coba lagi.").waitFor();
    await shot(page, "8-galat");
    // The button is usable again for the retry.
    expect(await page.getByRole("button", { name: "Validasi & Ringkas" }).isEnabled()).toBe(true);
    await page.getByRole("button", { name: "Tutup pesan" }).click();
    await bar.waitFor({ state: "detached" });
    await page.close();
  });
});

describe("no network", () => {
  it("asked for nothing but the add-in's own files and Office.js, and raised no error", () => {
    expect(browser.refused).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
