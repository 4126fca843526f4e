import { listInitiatives } from "@/lib/api/v1/operations/initiatives";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(listInitiatives);
