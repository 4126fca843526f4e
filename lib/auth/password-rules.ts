/** Shared by the browser (form validation) and the server; no hashing code here. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
