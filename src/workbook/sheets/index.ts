export { planInputSheets } from "./input-sheets";
export { planTemplate } from "./template";
