// "Buat lembar SAKIP" and "Sisipkan templat kosong": the structured input sheets are written
// at once when none exists, and only after the user says so when one already does.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Grid } from "../../src/workbook/grid";
import { INPUT_SHEETS, SHEET } from "../../src/workbook/sheets/layout";
import { createFakeExcel } from "../fake-excel";
import { content } from "../excel/workbooks";
import { EXAMPLE, controllerFor, fixturePath, gridsOf, userContent } from "./workbooks";

/** A filled-in SAKIP PK the user keeps, as it would be after an earlier conversion. */
function keptPk(): Grid {
  return {
    name: SHEET.pk,
    values: [
      ["No", "Indikator", "Target"],
      [1, "Persentase Litmas tepat waktu (diisi pengguna)", 0.9],
    ],
    merges: [],
  };
}

type Kind = "buatLembar" | "sisipkanTemplat";

describe.each<[Kind]>([["buatLembar"], ["sisipkanTemplat"]])("%s", (kind) => {
  it("writes the four input sheets without asking when none exists", async () => {
    const fake = createFakeExcel(await gridsOf(EXAMPLE));
    const before = userContent(fake.workbookGrids());
    const asked: string[][] = [];
    const outcome = await controllerFor((b) => fake.run(b))[kind](
      DEFAULT_SETTINGS,
      async (s) => (asked.push(s), true),
      () => undefined,
    );
    expect(asked).toEqual([]);
    expect(outcome).toEqual({ status: "written", written: [...INPUT_SHEETS], skipped: [] });
    const names = fake.workbookGrids().map((g) => g.name);
    for (const s of INPUT_SHEETS) expect(names).toContain(s);
    expect(userContent(fake.workbookGrids())).toEqual(before);
  });

  it("asks before replacing an existing input sheet and changes nothing when the user declines", async () => {
    const fake = createFakeExcel([...(await gridsOf(EXAMPLE)), keptPk()]);
    const before = fake.workbookGrids().map(content);
    const asked: string[][] = [];
    const outcome = await controllerFor((b) => fake.run(b))[kind](
      DEFAULT_SETTINGS,
      async (s) => (asked.push(s), false),
      () => undefined,
    );
    expect(asked).toEqual([[SHEET.pk]]);
    expect(outcome).toEqual({ status: "cancelled", existing: [SHEET.pk] });
    expect(fake.workbookGrids().map(content)).toEqual(before);
  });

  it("replaces the existing input sheet once the user confirms", async () => {
    const fake = createFakeExcel([...(await gridsOf(EXAMPLE)), keptPk()]);
    const before = userContent(fake.workbookGrids());
    const outcome = await controllerFor((b) => fake.run(b))[kind](
      DEFAULT_SETTINGS,
      async () => true,
      () => undefined,
    );
    expect(outcome.status).toBe("written");
    expect(outcome.status === "written" && [...outcome.written].sort()).toEqual([...INPUT_SHEETS].sort());
    const pk = fake.workbookGrids().find((g) => g.name === SHEET.pk) as Grid;
    expect(pk.values[0]).toContain("Polaritas"); // rewritten with the full header of DESIGN §4
    // Convert reads an existing SAKIP PK as the authority (its rows come back); the template
    // brings its example rows instead.
    expect(JSON.stringify(pk.values).includes("diisi pengguna")).toBe(kind === "buatLembar");
    expect(userContent(fake.workbookGrids())).toEqual(before);
  });
});

describe("buatLembar on a workbook without any table", () => {
  it("says what to do instead of writing empty sheets", async () => {
    const fake = createFakeExcel(await gridsOf(fixturePath("kosong-tanpa-tabel")));
    const before = fake.workbookGrids().map(content);
    await expect(
      controllerFor((b) => fake.run(b)).buatLembar(
        DEFAULT_SETTINGS,
        async () => true,
        () => undefined,
      ),
    ).rejects.toThrow(/Sisipkan templat kosong/);
    expect(fake.workbookGrids().map(content)).toEqual(before);
  });
});
