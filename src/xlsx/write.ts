// ExcelJS gateway, saving. The CLI writes to a temporary name and renames (src/cli/io.ts).
import type { XlsxBook } from "./read";
import "./calc-id";

export async function writeXlsx(book: XlsxBook, path: string): Promise<void> {
  await book.workbook.xlsx.writeFile(path);
}

export async function toBuffer(book: XlsxBook): Promise<Uint8Array> {
  const data: unknown = await book.workbook.xlsx.writeBuffer();
  return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
}
