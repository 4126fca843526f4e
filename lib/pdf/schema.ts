import { z } from "zod";

import { PDF_LANGUAGES } from "./languages";

export const ZPdfLanguage = z.enum(PDF_LANGUAGES, "invalid");
