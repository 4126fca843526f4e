import { getIndicator } from "@/lib/api/v1/operations/indicators";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(getIndicator);
