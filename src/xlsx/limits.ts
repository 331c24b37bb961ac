// Size limits of the files readXlsx accepts. ExcelJS keeps a whole workbook in memory as
// objects: measured on this code base (ExcelJS 4.4, Node 20), a sheet of 1 000 000 rows × 5
// columns is a 39 MB file whose parts unpack to 248 MB of XML and take 1.8 GB of heap once
// loaded (≈ 7 bytes of heap per byte of XML). Node's default heap is about 4 GB on a 64-bit
// machine, and reading, modelling and checking such a sheet on top of ExcelJS's objects ran
// out of it (the benchmark's 1 000 000-row sheet died of "heap out of memory" after minutes;
// 500 000 rows, ~124 MB of XML, completes). The limits are therefore:
//  - 200 MB of unpacked XML (checked from the zip directory before anything is parsed), so
//    such a workbook is refused at once with a clear message instead;
//  - 150 MB on disk, so a huge file is refused before it is even read into memory.
// Real SAKIP workbooks of a UPT or a Kanwil are well under 10 MB.
export const MAX_FILE_BYTES = 150 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

export interface ReadLimits {
  maxFileBytes?: number;
  maxUnpackedBytes?: number;
}

export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
