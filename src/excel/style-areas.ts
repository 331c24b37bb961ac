// A sheet plan's styles (and its link cells' font) as few Office.js calls as possible: what
// every cell ends up with is worked out first, property by property, then each property
// value is set once on the rectangles that carry it (Worksheet.getRanges takes many at once).
// Properties are independent, and within one property each cell has one final value, so
// the order of the calls cannot matter: the result is the plan's, applied range by range in
// plan order, "later overrides earlier". Borders only ever add (border: true), as before.
import type { CellStyle, MergeRange } from "../workbook/grid";
import { parseRange } from "./ranges";

/** Excel's hyperlink colour (theme "Hyperlink"), as the xlsx gateway uses. */
export const LINK_COLOR = "#0563C1";

export type StyleProp = "bold" | "italic" | "size" | "color" | "underline" | "fill" | "wrap" | "align" | "valign" | "border";
export type StyleValue = string | number | boolean;

export interface PropertyAreas {
  prop: StyleProp;
  value: StyleValue;
  /** Disjoint rectangles, 0-based, top to bottom. */
  areas: MergeRange[];
}

/** A rectangle the plan styles; `props` are set on every cell of it. */
interface Layer {
  box: MergeRange;
  props: [StyleProp, StyleValue][];
}

const PROPS: readonly StyleProp[] = ["bold", "italic", "size", "color", "underline", "fill", "wrap", "align", "valign", "border"];
/** What a new sheet's cells already have (the Normal style), not worth a call there. */
const FRESH_DEFAULTS: Partial<Record<StyleProp, StyleValue>> = { bold: false, italic: false, wrap: false };

/**
 * The final value of each property on each cell, as rectangles per property value.
 * `links`: cells that are links (column runs), underlined in the hyperlink colour before the
 * plan's styles (a style's colour wins). `fresh`: the sheet was just created.
 */
export function styleAreas(styles: readonly { range: string; style: CellStyle }[], links: readonly MergeRange[], fresh: boolean): PropertyAreas[] {
  const layers: Layer[] = [
    ...links.map((box): Layer => ({ box, props: [["color", LINK_COLOR], ["underline", "Single"]] })),
    ...styles.map(({ range, style }): Layer => ({ box: parseRange(range), props: styleProps(style) })),
  ].filter((l) => l.props.length > 0);
  if (layers.length === 0) return [];
  const rows = breakpoints(layers.map((l) => [l.box.top, l.box.bottom + 1]));
  const cols = breakpoints(layers.map((l) => [l.box.left, l.box.right + 1]));
  const values = new Interner();
  const painted = layers.map((l) => ({
    top: indexOf(rows, l.box.top),
    bottom: indexOf(rows, l.box.bottom + 1) - 1,
    left: indexOf(cols, l.box.left),
    right: indexOf(cols, l.box.right + 1) - 1,
    props: l.props.map(([p, v]) => [PROPS.indexOf(p), values.id(v)] as const),
  }));
  const out = new AreaCollector(rows, cols, values);
  // Sweep the rows of the compressed grid (one per band between breakpoints): each band's
  // cells are painted by the layers covering it, in plan order, then read off as runs.
  const starts = painted.map((_, i) => i).sort((a, b) => painted[a].top - painted[b].top || a - b);
  let next = 0;
  let active: number[] = [];
  const cells = PROPS.map(() => new Int32Array(cols.length - 1));
  for (let r = 0; r < rows.length - 1; r++) {
    active = active.filter((i) => painted[i].bottom >= r);
    while (next < starts.length && painted[starts[next]].top === r) insertSorted(active, starts[next++]);
    for (const a of cells) a.fill(0);
    for (const i of active) {
      const l = painted[i];
      for (const [p, v] of l.props) cells[p].fill(v, l.left, l.right + 1);
    }
    out.addRow(r, cells);
  }
  return out.finish().filter((a) => !(fresh && FRESH_DEFAULTS[a.prop] === a.value));
}

function styleProps(style: CellStyle): [StyleProp, StyleValue][] {
  const props: [StyleProp, StyleValue][] = [];
  if (style.bold !== undefined) props.push(["bold", style.bold]);
  if (style.italic !== undefined) props.push(["italic", style.italic]);
  if (style.size !== undefined) props.push(["size", style.size]);
  if (style.color !== undefined) props.push(["color", style.color]);
  if (style.fill !== undefined) props.push(["fill", style.fill]);
  if (style.wrap !== undefined) props.push(["wrap", style.wrap]);
  if (style.align) props.push(["align", style.align]);
  if (style.valign) props.push(["valign", style.valign]);
  if (style.border) props.push(["border", true]);
  return props;
}

/** Sorted distinct edges (first row/column of a layer, and the one after its last). */
function breakpoints(pairs: number[][]): number[] {
  return [...new Set(pairs.flat())].sort((a, b) => a - b);
}

function indexOf(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps `active` in plan order (a layer's index), so later layers paint over earlier ones. */
function insertSorted(active: number[], i: number): void {
  let at = active.length;
  while (at > 0 && active[at - 1] > i) at--;
  active.splice(at, 0, i);
}

/** Property values as small numbers; 0 means "not set". */
class Interner {
  private readonly ids = new Map<StyleValue, number>();
  readonly values: StyleValue[] = [false];

  id(v: StyleValue): number {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(v);
      this.ids.set(v, id);
    }
    return id;
  }
}

/**
 * Turns painted bands into rectangles: runs of one value along a band, joined downwards
 * while the next band has exactly the same run.
 */
class AreaCollector {
  /** Open rectangles by "prop:value:left:right" (compressed columns), with the band they reached. */
  private open = new Map<string, { area: MergeRange; band: number }>();
  private readonly done = new Map<string, PropertyAreas>();

  constructor(
    private readonly rows: number[],
    private readonly cols: number[],
    private readonly values: Interner,
  ) {}

  addRow(band: number, cells: Int32Array[]): void {
    cells.forEach((a, p) => {
      for (let c = 0; c < a.length; ) {
        const v = a[c];
        let end = c;
        while (end + 1 < a.length && a[end + 1] === v) end++;
        if (v !== 0) this.extend(p, v, c, end, band);
        c = end + 1;
      }
    });
    // Rectangles that did not continue into this band are finished.
    for (const [key, o] of this.open) {
      if (o.band !== band) {
        this.close(key, o.area);
        this.open.delete(key);
      }
    }
  }

  private extend(p: number, v: number, left: number, right: number, band: number): void {
    const key = `${p}:${v}:${left}:${right}`;
    const o = this.open.get(key);
    if (o && o.band === band - 1) {
      o.area.bottom = this.rows[band + 1] - 1;
      o.band = band;
      return;
    }
    if (o) this.close(key, o.area);
    const area = { top: this.rows[band], bottom: this.rows[band + 1] - 1, left: this.cols[left], right: this.cols[right + 1] - 1 };
    this.open.set(key, { area, band });
  }

  private close(key: string, area: MergeRange): void {
    const [p, v] = key.split(":").map(Number);
    const id = `${p}:${v}`;
    let group = this.done.get(id);
    if (!group) this.done.set(id, (group = { prop: PROPS[p], value: this.values.values[v], areas: [] }));
    group.areas.push(area);
  }

  finish(): PropertyAreas[] {
    for (const [key, o] of this.open) this.close(key, o.area);
    this.open.clear();
    for (const g of this.done.values()) g.areas.sort((a, b) => a.top - b.top || a.left - b.left);
    return [...this.done.values()];
  }
}
