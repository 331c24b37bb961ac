// Size limits of the files the readers accept. ExcelJS (readXlsx: convert, summarize, the task
// pane) keeps a whole workbook in memory as objects: measured on this code base (ExcelJS 4.4,
// Node 20), a sheet of 1 000 000 rows × 5 columns is a 39 MB file whose parts unpack to 248 MB of
// XML and take 1.8 GB of heap once loaded (≈ 7 bytes of heap per byte of XML). Node's default
// heap is about 4 GB on a 64-bit machine, and reading, modelling and checking such a sheet on top
// of ExcelJS's objects ran out of it (500 000 rows, ~124 MB of XML, completes). So:
//  - MAX_UNPACKED_BYTES, 200 MB of unpacked XML for readXlsx (checked from the zip directory
//    before anything is parsed): such a workbook is refused at once with a clear message;
//  - MAX_FILE_BYTES, 150 MB on disk for both readers: a huge file is refused before it is read.
// The fast reader (readGrids: check, consolidate) streams the XML and keeps only the grids:
// 0.8 byte of heap per byte of XML (the benchmark's 1 000 000-row sheet, 302 MB of XML today:
// 234 MB of grids, 386 MB peak RSS while reading). What then fills the heap is the model and
// the checks built from the grids (the whole `check` of that sheet peaked at 2.0 GB of heap,
// 2.8 GB RSS), so MAX_GRID_UNPACKED_BYTES is 500 MB of XML: about 1.7 million such rows, what a
// 4 GB heap holds with room to spare. Raise it when the model gets leaner.
// Real SAKIP workbooks of a UPT or a Kanwil are well under 10 MB.
export const MAX_FILE_BYTES = 150 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_GRID_UNPACKED_BYTES = 500 * 1024 * 1024;

export interface ReadLimits {
  maxFileBytes?: number;
  maxUnpackedBytes?: number;
}

export function megabytes(bytes: number): string {
  return String(Math.round(bytes / (1024 * 1024)));
}
