// Validation: the rules of DOMAIN §9 over a model, and the "SAKIP Validasi" sheet.
export { runChecks } from "./run";
export { planValidasi, TINGKAT_LABEL } from "./plan";
export { SEVERITY } from "./severity";
