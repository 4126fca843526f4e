import { getToken } from "@/lib/api/v1/operations/token";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(getToken);
