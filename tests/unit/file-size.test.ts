import { createFormatter, NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { AttachmentPicker } from "@/components/evidence/attachment-picker";
import { formatFileSize } from "@/lib/format/file-size";
import { messagesByLocale } from "@/lib/i18n/messages";

type Locale = "en" | "zh" | "ru";
const format = (locale: Locale) => createFormatter({ locale, timeZone: "UTC" });
// Intl separates number and unit with a no-break space in some locales; compare with plain spaces.
const size = (locale: Locale, bytes: number) => formatFileSize(format(locale), bytes).replace(/\s/g, " ");

describe("formatFileSize", () => {
  it("shows files under 1 KB in bytes, not as 0 KB", () => {
    expect(size("en", 300)).toBe("300 bytes");
    expect(size("zh", 300)).toBe("300字节");
    expect(size("ru", 300)).toBe("300 байт");
    expect(size("en", 1)).toBe("1 byte");
  });

  it("shows whole kilobytes below 1 MB", () => {
    expect(size("en", 1024)).toBe("1 kB");
    expect(size("en", 12_800)).toBe("13 kB");
    expect(size("zh", 500 * 1024)).toBe("500 kB");
    expect(size("ru", 500 * 1024)).toBe("500 кБ");
  });

  it("shows megabytes with one decimal from 1 MB, in the reader's number format", () => {
    expect(size("en", 1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(size("zh", 10 * 1024 * 1024)).toBe("10 MB");
    expect(size("ru", 1.5 * 1024 * 1024)).toBe("1,5 МБ");
    // Just under 1 MB would round to 1,024 kB: it reads as 1 MB instead.
    expect(size("en", 1024 * 1024 - 100)).toBe("1 MB");
  });
});

describe("attachment picker", () => {
  it("lists a small existing attachment with its size in bytes", () => {
    const picker = createElement(AttachmentPicker, {
      existing: [{ id: "a1", fileName: "note.txt", size: 300 }],
      removed: [],
      onToggleRemove: () => {},
      files: [],
      onFiles: () => {},
    });
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, { locale: "ru", timeZone: "UTC", messages: messagesByLocale.ru, children: picker }),
    ).replace(/\s/g, " ");
    expect(html).toContain("note.txt");
    expect(html).toContain("300 байт");
    expect(html).not.toContain("0 KB");
  });
});
