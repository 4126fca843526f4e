import { recordLayout } from "@/lib/auth/guard";
import { loadInitiative } from "@/lib/initiatives/load-page";

// 404 for an unknown id before the skeleton streams; the page reads the same record.
export default recordLayout("recommendation.read", loadInitiative);
