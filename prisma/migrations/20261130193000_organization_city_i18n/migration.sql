-- An organization's city in the three languages, like its name: Chinese and Russian readers saw
-- the one untranslated string. Existing cities are copied into all three, so nothing is lost and
-- an administrator translates them when editing the organization.

-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "city_en" TEXT,
ADD COLUMN     "city_ru" TEXT,
ADD COLUMN     "city_zh" TEXT;

UPDATE "organizations" SET "city_en" = "city", "city_zh" = "city", "city_ru" = "city";

ALTER TABLE "organizations" DROP COLUMN "city",
ALTER COLUMN "city_en" SET NOT NULL,
ALTER COLUMN "city_ru" SET NOT NULL,
ALTER COLUMN "city_zh" SET NOT NULL;
