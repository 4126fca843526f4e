import { recordLayout } from "@/lib/auth/guard";
import { loadRecommendation } from "@/lib/recommendations/load-page";

// 404 for an unknown id before the skeleton streams; the page reads the same record.
export default recordLayout("recommendation.read", loadRecommendation);
