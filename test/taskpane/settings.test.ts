// Settings kept with the document: stored through Office.context.document.settings (here the
// fake's), read back field by field, and turned into the Settings the pipeline takes.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { DEFAULT_PITA } from "../../src/core/predikat";
import {
  DEFAULT_PANE_SETTINGS,
  SETTINGS_KEY,
  loadSettings,
  parseStored,
  saveSettings,
  toSettings,
  type PaneSettings,
  type SettingsBag,
} from "../../src/taskpane/settings-store";
import { fromDraft, parsePercent, toDraft } from "../../src/taskpane/settings-form";
import { percentText, settingsSummary } from "../../src/taskpane/settings-summary";
import { installFakeOffice } from "../fake-excel";

function fakeBag(): { bag: SettingsBag; saved: () => Record<string, unknown> } {
  const globals: Record<string, unknown> = {};
  const office = installFakeOffice(globals, []);
  const bag = (globals.Office as { context: { document: { settings: SettingsBag } } }).context.document.settings;
  return { bag, saved: office.savedSettings };
}

const CUSTOM: PaneSettings = {
  batasAktif: false,
  batas: 1.5,
  polaritasNegatif: "negatif-rasio",
  periode: "TW2",
  tahun: 2024,
  pita: {
    nama: "kustom",
    bands: [
      { min: 0.9, label: "Baik" },
      { min: 0, label: "Kurang" },
    ],
  },
};

describe("settings with the document", () => {
  it("the defaults are the pipeline's defaults", () => {
    expect(toSettings(DEFAULT_PANE_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it("are saved into the document and read back the same", async () => {
    const { bag, saved } = fakeBag();
    expect(loadSettings(bag)).toEqual(DEFAULT_PANE_SETTINGS);
    await saveSettings(bag, CUSTOM);
    expect(saved()[SETTINGS_KEY]).toMatchObject({ versi: 1, periode: "TW2" });
    expect(loadSettings(bag)).toEqual(CUSTOM);
  });

  it("a switched-off cap is batas 0 for the pipeline and custom bands replace the default", () => {
    expect(toSettings(CUSTOM)).toEqual({
      batas: 0,
      polaritasNegatif: "negatif-rasio",
      periode: "TW2",
      tahun: 2024,
      pita: CUSTOM.pita.nama === "kustom" ? CUSTOM.pita.bands : [],
    });
  });

  it("rejects with Office's message when the document cannot save", async () => {
    const bag: SettingsBag = {
      get: () => null,
      set: () => undefined,
      saveAsync: ((cb: (r: unknown) => void) =>
        cb({ status: "failed", error: { message: "Dokumen hanya-baca" } })) as SettingsBag["saveAsync"],
    };
    await expect(saveSettings(bag, CUSTOM)).rejects.toThrow("Pengaturan tidak tersimpan di dokumen: Dokumen hanya-baca");
  });

  it.each<[string, unknown, Partial<PaneSettings>]>([
    ["nothing stored", null, {}],
    ["not JSON", "{rusak", {}],
    ["a cap below 100%", { batas: 0.5 }, {}],
    ["a cap as text", { batas: "1.3" }, {}],
    ["an unknown period", { periode: "TW5" }, {}],
    ["a year out of range", { tahun: 1900 }, {}],
    ["an unknown formula", { polaritasNegatif: "kuadrat" }, {}],
    [
      "custom bands with an empty label",
      {
        pita: {
          nama: "kustom",
          bands: [
            { min: 1, label: "" },
            { min: 0, label: "x" },
          ],
        },
      },
      {},
    ],
    ["a valid year and period among bad fields", { tahun: 2025, periode: "S1", batas: -1 }, { tahun: 2025, periode: "S1" }],
    ["JSON text", JSON.stringify({ batasAktif: false }), { batasAktif: false }],
  ])("falls back field by field: %s", (_what, raw, kept) => {
    expect(parseStored(raw)).toEqual({ ...DEFAULT_PANE_SETTINGS, ...kept });
  });
});

describe("the settings form", () => {
  it.each([
    ["120", 120],
    ["87,5", 87.5],
    ["87.5", 87.5],
    [" 120 % ", 120],
    ["0", 0],
    ["", null],
    ["12O", null],
    ["1.000", 1],
    ["-5", null],
  ])("parsePercent(%p) = %p", (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });

  it("round-trips settings through the draft", () => {
    expect(fromDraft(toDraft(CUSTOM))).toEqual({ settings: CUSTOM, errors: {} });
    expect(fromDraft(toDraft(DEFAULT_PANE_SETTINGS))).toEqual({ settings: DEFAULT_PANE_SETTINGS, errors: {} });
  });

  it("shows the default bands as percentages", () => {
    expect(toDraft(DEFAULT_PANE_SETTINGS).bands).toEqual(DEFAULT_PITA.map((b) => ({ min: percentText(b.min), label: b.label })));
    expect(toDraft(DEFAULT_PANE_SETTINGS).bands[1]).toEqual({ min: "80", label: "Memuaskan" });
  });

  it.each<[string, Partial<ReturnType<typeof toDraft>>, string]>([
    ["batas", { batas: "90" }, "Batas capaian harus antara 100% dan 1000%."],
    ["batas", { batas: "seratus" }, "Batas capaian harus antara 100% dan 1000%."],
    ["tahun", { tahun: "25" }, "Tahun harus antara 2000 dan 2100, atau kosong."],
    ["pita", { pitaNama: "kustom", bands: [{ min: "50", label: "A" }] }, "Pita kustom memerlukan sedikitnya dua baris."],
    [
      "pita",
      {
        pitaNama: "kustom",
        bands: [
          { min: "50", label: "A" },
          { min: "50", label: "B" },
        ],
      },
      "Batas bawah pita tidak boleh sama.",
    ],
  ])("refuses a bad %s with a message", (field, patch, message) => {
    const { settings, errors } = fromDraft({ ...toDraft(DEFAULT_PANE_SETTINGS), ...patch });
    expect(settings).toBeNull();
    expect(errors).toEqual({ [field]: message });
  });

  it("keeps a cap value it does not use when the cap is off", () => {
    const { settings } = fromDraft({ ...toDraft(DEFAULT_PANE_SETTINGS), batasAktif: false, batas: "x" });
    expect(settings).toMatchObject({ batasAktif: false, batas: 1.2 });
  });

  it("sorts custom bands from the highest bound down", () => {
    const { settings } = fromDraft({
      ...toDraft(DEFAULT_PANE_SETTINGS),
      pitaNama: "kustom",
      bands: [
        { min: "0", label: "Kurang" },
        { min: "95,5", label: "Baik" },
      ],
    });
    expect(settings?.pita).toEqual({
      nama: "kustom",
      bands: [
        { min: 0.955, label: "Baik" },
        { min: 0, label: "Kurang" },
      ],
    });
  });

  it.each([
    [DEFAULT_PANE_SETTINGS, "Periode Tahunan · tahun dari buku kerja · batas capaian 120% · pita Ditjenpas"],
    [CUSTOM, "Periode Triwulan II · tahun 2024 · tanpa batas capaian · pita predikat kustom"],
    [{ ...DEFAULT_PANE_SETTINGS, batas: 1.255 }, "Periode Tahunan · tahun dari buku kerja · batas capaian 125,5% · pita Ditjenpas"],
  ])("summarises the settings in force in one line", (p, line) => {
    expect(settingsSummary(p)).toBe(line);
  });
});
