import { getRecommendation } from "@/lib/api/v1/operations/recommendations";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(getRecommendation);
