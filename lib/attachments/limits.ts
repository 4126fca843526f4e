/**
 * Limits for uploaded attachments (evidence and initiative updates alike). Plain constants, no
 * server code, so forms can check early and the server checks again.
 */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The `accept` list for file inputs: a hint for the picker, never a check. */
export const ATTACHMENT_ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.csv,application/pdf,image/png,image/jpeg,image/webp,text/csv";
