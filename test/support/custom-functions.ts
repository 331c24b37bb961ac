// What Excel's shared runtime gives functions.js as the CustomFunctions global, minus
// associate (each test records registrations its own way). No Node APIs: the browser test's
// page bundles it too.

/** CustomFunctions.ErrorCode: the Excel error each code shows as. */
export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/**
 * CustomFunctions.Error: the code and the message a function throws with. A plain object, not
 * an Error subclass, so tests compare thrown errors field by field with toEqual.
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
