import { loadUser } from "@/lib/accounts/load-page";
import { recordLayout } from "@/lib/auth/guard";

export default recordLayout("user.manage", loadUser);
