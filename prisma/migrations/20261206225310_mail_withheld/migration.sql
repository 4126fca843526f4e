-- A notification mail whose recipient may no longer read what it is about (moved to another
-- organization, deactivated) is not sent; the row stays for administrators as WITHHELD (issue 12,
-- item 3).

-- AlterEnum
ALTER TYPE "EmailStatus" ADD VALUE 'WITHHELD';
