import { listProjectEvidence } from "@/lib/api/v1/operations/evidence";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(listProjectEvidence);
