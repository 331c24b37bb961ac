// ExcelJS 4.4 stamps every file with calcId 171027 (Excel 2016's calculation engine). A newer
// Excel recalculates such a file in full on open, which would replace the cached values of our
// SAKIP.* formulas with #NAME? wherever the add-in is not installed (DESIGN §4 wants them to
// read right there). Stamping the current engine's id (191029, Excel 2019/365) keeps the
// cached values until the user edits a precedent. ExcelJS has no option for it, so the one
// render method is replaced; test/xlsx/calc-id.test.ts fails if an ExcelJS update moves it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CalcPropertiesXform = require("exceljs/lib/xlsx/xform/book/workbook-calc-properties-xform");

export const CALC_ID = 191029;

interface XmlStream {
  leafNode(name: string, attributes: Record<string, unknown>): void;
}

CalcPropertiesXform.prototype.render = function render(xmlStream: XmlStream, model: { fullCalcOnLoad?: boolean } | undefined): void {
  xmlStream.leafNode("calcPr", { calcId: CALC_ID, fullCalcOnLoad: model?.fullCalcOnLoad ? 1 : undefined });
};
