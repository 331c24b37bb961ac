/**
 * A file the product cannot read as a workbook (missing, a folder, not an .xlsx, encrypted,
 * damaged, too large). The message is one Indonesian line meant for the user as it is; the
 * CLI prints it without a stack trace and exits with code 2.
 */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableInputError";
  }
}
