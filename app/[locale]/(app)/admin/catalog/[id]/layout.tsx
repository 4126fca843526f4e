import { recordLayout } from "@/lib/auth/guard";
import { loadIndicator } from "@/lib/catalog/load-page";

export default recordLayout("catalog.manage", loadIndicator);
