// Turns whatever a run threw into a message the user can act on: what happened and what to do.
// Office.js errors carry a code (OfficeExtension.Error.code); the product's own errors already
// speak Indonesian (UnusableInputError, a user sheet named like a SAKIP sheet). Nothing is
// swallowed: an unknown error is shown with its own text.

export interface ProblemMessage {
  title: string;
  /** What the user should do, one or two short sentences. */
  action: string;
  /** The error's own code or text, for a support request. */
  detail: string | null;
}

/** The Excel API set the gateway needs (getMergedAreasOrNullObject came with 1.13). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.13" } as const;

export const UNSUPPORTED_API: ProblemMessage = {
  title: `Versi Excel ini belum mendukung API yang dibutuhkan (${REQUIRED_API.name} ${REQUIRED_API.version}).`,
  action: "Perbarui Microsoft 365 ke versi terbaru, atau buka buku kerja di Excel untuk web.",
  detail: null,
};

const BY_CODE: Record<string, Omit<ProblemMessage, "detail">> = {
  InvalidOperationInCellEditMode: {
    title: "Buku kerja sedang dalam mode sunting sel.",
    action: "Tekan Enter atau Esc lalu coba lagi.",
  },
  ApiNotFound: { title: UNSUPPORTED_API.title, action: UNSUPPORTED_API.action },
  AccessDenied: {
    title: "Excel menolak perubahan: buku kerja dilindungi atau hanya-baca.",
    action: "Buka proteksi buku kerja (Tinjau > Proteksi Buku Kerja) atau simpan salinannya, lalu coba lagi.",
  },
  RequestPayloadSizeLimitExceeded: {
    title: "Data terlalu besar untuk dikirim ke Excel sekaligus.",
    action: "Tutup lembar yang tidak perlu atau pisahkan buku kerja, lalu coba lagi.",
  },
  ResponsePayloadSizeLimitExceeded: {
    title: "Buku kerja terlalu besar untuk dibaca sekaligus.",
    action: "Pisahkan buku kerja menjadi beberapa berkas, lalu coba lagi.",
  },
  ItemAlreadyExists: {
    title: "Lembar dengan nama yang sama sudah ada.",
    action: 'Ganti nama lembar Anda yang berawalan "SAKIP ", lalu coba lagi.',
  },
  ActivityLimitReached: {
    title: "Excel sedang sibuk atau batas aktivitas tercapai.",
    action: "Tunggu sebentar lalu coba lagi.",
  },
  Conflict: {
    title: "Buku kerja sedang diubah oleh pengguna lain.",
    action: "Tunggu sampai perubahan tersimpan, lalu coba lagi.",
  },
};

const GENERIC_ACTION = "Coba lagi. Bila galat berulang, simpan buku kerja, tutup, buka kembali, lalu ulangi.";

function codeOf(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e) {
    const code = (e as { code: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return null;
}

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "object" && e !== null && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

export function describeError(e: unknown): ProblemMessage {
  const code = codeOf(e);
  const message = messageOf(e);
  const known = code === null ? undefined : BY_CODE[code];
  // Office.js messages often start with their code already ("ItemNotFound: …").
  const detail = code === null || message.startsWith(code) ? message : `${code}: ${message}`;
  if (known) return { ...known, detail };
  // The product's own errors (unreadable file, a user sheet in the way) are already Indonesian
  // sentences meant for the user.
  if (e instanceof Error && (e.name === "UnusableInputError" || e.name === "UserFacingError")) {
    return { title: message, action: "", detail: null };
  }
  return {
    title: "Terjadi galat saat bekerja dengan buku kerja.",
    action: GENERIC_ACTION,
    detail,
  };
}

/** An error whose message is already a sentence for the user (raised by the controller). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
