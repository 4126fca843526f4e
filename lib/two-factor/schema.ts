import { z } from "zod";

import { ZUserId } from "@/lib/accounts/schema";

/** An authenticator code (6 digits) or a recovery code ("xxxxx-xxxxx"), as typed. */
export const ZTwoFactorCode = z.object({ code: z.string().trim().min(1, "required").max(40, "codeInvalid") });
export type TTwoFactorCode = z.infer<typeof ZTwoFactorCode>;

export const ZResetTwoFactor = ZUserId;

/** Starting enrolment: replacing an enrolled factor needs a current code from it. */
export const ZStartEnrolment = z.object({ code: z.string().trim().max(40, "codeInvalid").optional() });
export type TStartEnrolment = z.infer<typeof ZStartEnrolment>;
