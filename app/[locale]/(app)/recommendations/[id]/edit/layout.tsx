import { permissionLayout } from "@/lib/auth/guard";

export default permissionLayout("recommendation.manage");
