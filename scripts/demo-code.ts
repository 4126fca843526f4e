/**
 * `npm run demo:code` — the current two-factor code of the demo administrators and organizers
 * (their published demo key, lib/seed/demo-data.ts), for trying the demo without an authenticator app.
 */
import { TOTP } from "otpauth";

import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-data";

const totp = new TOTP({ secret: DEMO_TOTP_SECRET, algorithm: "SHA1", digits: 6, period: 30 });
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totp.generate()}  (the next code comes in ${left} s; a code is accepted 30 s either side, and signs in once per account)`);
