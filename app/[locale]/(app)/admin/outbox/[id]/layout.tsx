import { recordLayout } from "@/lib/auth/guard";
import { loadOutboxMail } from "@/lib/mail/load-page";

export default recordLayout("outbox.read", loadOutboxMail);
