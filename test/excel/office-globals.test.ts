// installFakeOffice: the globals a task pane page uses, backed by the fake workbook.
import { readGrids, applyPlans } from "../../src/excel";
import { installFakeOffice } from "../fake-excel";
import { capaianGrid } from "./workbooks";

interface Globals {
  Office: {
    onReady(): Promise<{ host: string }>;
    HostType: { Excel: string };
    AsyncResultStatus: { Succeeded: string };
    context: {
      requirements: { isSetSupported(name: string, version: string): boolean };
      document: { settings: { get(n: string): unknown; set(n: string, v: unknown): void; saveAsync(cb: (r: { status: string }) => void): void } };
    };
  };
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  OfficeExtension: { Error: new (...args: never[]) => Error };
}

test("Office.onReady, document settings and Excel.run work against the fake", async () => {
  const target: Record<string, unknown> = {};
  const fake = installFakeOffice(target, [capaianGrid()]);
  const g = target as unknown as Globals;

  expect(await g.Office.onReady()).toMatchObject({ host: g.Office.HostType.Excel });
  expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
  expect(g.Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);

  const settings = g.Office.context.document.settings;
  settings.set("sakip.batas", 1.2);
  expect(settings.get("sakip.batas")).toBe(1.2);
  expect(fake.savedSettings()).toEqual({});
  const status = await new Promise<string>((resolve) => settings.saveAsync((r) => resolve(r.status)));
  expect(status).toBe(g.Office.AsyncResultStatus.Succeeded);
  expect(fake.savedSettings()).toEqual({ "sakip.batas": 1.2 });

  const names = await g.Excel.run(async (context) => (await readGrids(context)).map((x) => x.name));
  expect(names).toEqual(["Capaian 2023"]);
  await g.Excel.run((context) =>
    applyPlans(context, [{ name: "SAKIP Narasi", kind: "output", rows: [[{ v: "Capaian kinerja tercapai." }]] }], { replaceInputs: false, existing: names }),
  );
  expect(fake.workbookGrids().map((x) => x.name)).toEqual(["Capaian 2023", "SAKIP Narasi"]);
  expect(fake.syncCount()).toBe(3);

  const failure = await g.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Tidak Ada").activate();
    await context.sync();
  }).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(g.OfficeExtension.Error);
});
