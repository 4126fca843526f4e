import { permissionLayout } from "@/lib/auth/guard";

export default permissionLayout("initiative.manage");
