// Excel holds at most 32 767 characters in a cell: a longer text makes Office.js refuse the
// whole write and makes Excel "repair" a file. Such a text can only come from a workbook
// written by another program; the gateways cut it, marking the cut with "…".
export const MAX_CELL_CHARS = 32_767;

export function fitCell(text: string): string {
  return text.length <= MAX_CELL_CHARS ? text : `${text.slice(0, MAX_CELL_CHARS - 1)}…`;
}
