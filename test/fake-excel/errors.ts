// Errors shaped like Office.js's OfficeExtension.Error (name "RichApi.Error", a `code`, and
// `debugInfo`), with the codes and messages real Excel uses.
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const MESSAGES: Record<FakeErrorCode, string> = {
  PropertyNotLoaded:
    "The property '%s' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ItemNotFound: "The requested resource doesn't exist. %s",
  ItemAlreadyExists: "A resource with the same name or identifier already exists. %s",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format. %s",
  InvalidOperation: "The operation is invalid for the object. %s",
  InvalidReference: "This reference is not valid for the current operation. %s",
  GeneralException: "An internal error has occurred. %s",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit. %s",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit. %s",
};

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string };

  constructor(code: FakeErrorCode, detail = "") {
    const message = MESSAGES[code].replace("%s", detail).trim();
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError("PropertyNotLoaded", property);
}
