import { AppError } from "@/lib/errors";

/** An update without If-Match: the API never overwrites a version the client did not name. */
export class PreconditionRequiredError extends AppError {
  constructor() {
    super("ifMatchRequired");
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super("unsupportedMediaType");
  }
}

export class PayloadTooLargeError extends AppError {
  constructor() {
    super("bodyTooLarge");
  }
}
