import { getProject, updateProjectOperation } from "@/lib/api/v1/operations/projects";
import { apiRoute } from "@/lib/api/v1/route";

export const dynamic = "force-dynamic";
export const GET = apiRoute(getProject);
export const PUT = apiRoute(updateProjectOperation);
