// Every failure reaches the user as a message saying what to do; none is swallowed.
import { describeError, UNSUPPORTED_API, UserFacingError } from "../../src/taskpane/errors";
import { UnusableInputError } from "../../src/xlsx";
import { FakeOfficeError } from "../fake-excel";
import { createController } from "../../src/taskpane/run";
import * as engine from "../../src/taskpane/engine";
import * as rekapTools from "../../src/taskpane/rekap-files";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

/** Shaped like OfficeExtension.Error as Office.js throws it. */
function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

describe("describeError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "Buku kerja sedang dalam mode sunting sel.", "Tekan Enter atau Esc lalu coba lagi."],
    ["ApiNotFound", UNSUPPORTED_API.title, UNSUPPORTED_API.action],
    ["AccessDenied", "Excel menolak perubahan: buku kerja dilindungi atau hanya-baca.", expect.stringContaining("Proteksi")],
    ["RequestPayloadSizeLimitExceeded", "Data terlalu besar untuk dikirim ke Excel sekaligus.", expect.any(String)],
  ])("%s → a message with what to do", (code, title, action) => {
    const p = describeError(officeError(code, "The operation failed."));
    expect(p).toEqual({ title, action, detail: `${code}: The operation failed.` });
  });

  it("names the API set the gateway needs", () => {
    expect(UNSUPPORTED_API.title).toBe("Versi Excel ini belum mendukung API yang dibutuhkan (ExcelApi 1.13).");
  });

  it("does not repeat a code the message already starts with (the fake's and Office's style)", () => {
    const p = describeError(new FakeOfficeError("ItemAlreadyExists", "SAKIP PK"));
    expect(p.detail).toBe("ItemAlreadyExists: A resource with the same name or identifier already exists. SAKIP PK");
  });

  it.each([
    [new UnusableInputError("Berkas kosong (0 byte): berkas masukan")],
    [new UserFacingError("Pilih sedikitnya satu file .xlsx UPT.")],
  ])("shows the product's own Indonesian message as it is: %s", (e) => {
    expect(describeError(e)).toEqual({ title: e.message, action: "", detail: null });
  });

  it.each([[new Error('Lembar pengguna "SAKIP PK" bernama sama')], ["teks"], [{ message: "objek" }], [42]])(
    "keeps the text of an unknown failure (%p) in the message",
    (e) => {
      const p = describeError(e);
      expect(p.title).toBe("Terjadi galat saat bekerja dengan buku kerja.");
      expect(p.action).not.toBe("");
      expect(p.detail).toBe(typeof e === "object" && e !== null ? (e as { message: string }).message : String(e));
    },
  );
});

describe("an Excel failure during a run", () => {
  it("reaches the caller unchanged, so the pane can show it", async () => {
    const failing = officeError("InvalidOperationInCellEditMode", "Cell edit mode");
    const controller = createController({
      excelRun: async () => {
        throw failing;
      },
      loadEngine: async () => engine,
      loadRekapTools: async () => rekapTools,
    });
    await expect(controller.validasiRingkas(DEFAULT_SETTINGS, () => undefined)).rejects.toBe(failing);
    await expect(controller.pilihSel({ sheet: "A", cell: "A1" })).rejects.toBe(failing);
  });
});
