// Takes the user to a cell (a finding's address, a narrative's source): one sync.
import type { CellRef } from "../core/model";

export async function selectCell(context: Excel.RequestContext, ref: CellRef): Promise<void> {
  const ws = context.workbook.worksheets.getItem(ref.sheet);
  ws.activate();
  ws.getRange(ref.cell).select();
  await context.sync();
}
