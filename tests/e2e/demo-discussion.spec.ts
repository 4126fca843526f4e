import { expect, test } from "@playwright/test";

import type enComments from "../../lib/i18n/messages/en.comments.json";
import { demo, HARBIN_PROJECT_ZH, messages, openHarbinProject, signedInPage } from "./support";

const zh = (messages.zh as unknown as typeof enComments).comments;

// Read-only: what someone trying the demo finds before doing anything (lib/seed/discussion.ts).
test("the demo greets both partners with unread notifications, a revision request and a bilingual discussion", async ({ browser }) => {
  const li = await signedInPage(browser, demo.partnerCn, "zh");
  await expect(li.getByTestId("notification-count")).toHaveText(/^[1-9]/);

  // Ivan Petrov's request on HIT's co-filed patents waits on Li Wei's start page and in his inbox.
  const request = li.getByTestId("revision-requests").getByRole("link", { name: /T3/ });
  await expect(request).toBeVisible();
  await li.goto("/zh/notifications");
  const asked = li.getByTestId("notification-item").filter({ hasText: "Ivan Petrov 要求修订您的佐证“联合申请专利”" });
  await expect(asked).toHaveAttribute("data-unread", "true");
  await expect(
    li.getByTestId("notification-item").filter({ hasText: `Ivan Petrov 在“${HARBIN_PROJECT_ZH}”的评论中提到了您` }),
  ).toBeVisible();
  await li.goto("/zh");
  await request.click();
  const open = li.getByTestId("comment").filter({ hasText: "CNIPA" }).first();
  await expect(open.getByText(zh.revision.badge)).toBeVisible();
  await expect(open.getByRole("button", { name: zh.revision.resolve })).toBeVisible();

  // On the project: the park's Chinese announcement with Li Wei's Russian translation, and Ivan's
  // Russian reply mentioning him, answered in Chinese one level further down.
  await openHarbinProject(li);
  // The discussion loads when the reader scrolls to it (the end of a long page).
  await li.locator("#discussion").scrollIntoViewIfNeeded();
  const meeting = li.getByTestId("comment").filter({ hasText: "联合协调委员会第四次会议" }).first();
  await expect(meeting.getByTestId("comment-translation-ru").first()).toContainText("координационного комитета");
  const reply = meeting.getByTestId("comment").filter({ hasText: "ДВФУ подтверждает участие" }).first();
  await expect(reply.locator("[data-mention]").first()).toHaveText("@Li Wei");
  await expect(reply.getByTestId("comment").filter({ hasText: "受理通知书" })).toBeVisible();

  // Ivan has unread answers too, in Russian.
  const ivan = await signedInPage(browser, demo.partnerRu, "ru");
  await expect(ivan.getByTestId("notification-count")).toHaveText(/^[1-9]/);
  await ivan.goto("/ru/notifications");
  await expect(
    ivan
      .getByTestId("notification-item")
      .filter({ hasText: "Sergey Kuznetsov ответил(а) на ваш комментарий к «Совместно поданные патентные заявки»" }),
  ).toHaveAttribute("data-unread", "true");
});
