import { recordLayout } from "@/lib/auth/guard";
import { loadOrganization } from "@/lib/organizations/load-page";

export default recordLayout("organization.manage", loadOrganization);
