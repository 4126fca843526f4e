import { revalidatePath } from "next/cache";

import { handle, InvalidInputError, parseWith } from "@/lib/api/http";
import { readMultipart } from "@/lib/api/multipart";
import { ZImportRequest } from "@/lib/imports/schema";
import { runImport } from "@/lib/imports/service";

export const dynamic = "force-dynamic";

/** A spreadsheet upload (multipart: `payload` JSON + one file): the dry run, or its confirmation. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handle(request, async (user) => {
    const { payload, files } = await readMultipart(request);
    const { locale, ...rest } = parseWith(ZImportRequest, payload);
    const [file] = files;
    if (!file || files.length !== 1) throw new InvalidInputError({ file: "fileRequired" });
    const result = await runImport(user, { ...rest, projectId: id }, file, locale);
    if (result.stored !== null) revalidatePath("/[locale]/projects/[id]", "page");
    return result;
  });
}
