import { listProjectScores } from "@/lib/api/v1/operations/scores";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(listProjectScores);
