// Chapter III of the LKjIP: summary tables and narrative (DESIGN module G).
export { buildReport } from "./build";
export { planRingkasan } from "./plan-ringkasan";
export { planNarasi } from "./plan-narasi";
export { renderDocx } from "./docx";
export { leakIn } from "./guard";
export type * from "./types";
