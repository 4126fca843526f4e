import { listProjectsOperation } from "@/lib/api/v1/operations/projects";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(listProjectsOperation);
