import { recordLayout } from "@/lib/auth/guard";
import { loadModelVersion } from "@/lib/scores/load-page";

// An unknown version answers 404 before the preview's skeleton streams (its loading.tsx).
export default recordLayout("scoringModel.manage", loadModelVersion);
