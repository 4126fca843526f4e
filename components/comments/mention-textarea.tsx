"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";

import { mentionQueryAt, mentionToken } from "@/lib/comments/mentions";
import type { TTarget } from "@/lib/comments/schema";

import { commentKeys, fetchMentionable, type MentionCandidate } from "./thread";

type Props = {
  target: TTarget;
  value: string;
  onChange: (value: string) => void;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange">;

/**
 * A textarea that offers people to @mention (WAI-ARIA combobox with a listbox): typing "@" and
 * a few letters lists those who can see the target; arrows move, Enter or Tab inserts, Escape
 * closes.
 */
export function MentionTextarea({ target, value, onChange, className = "", ...props }: Props) {
  const t = useTranslations("comments.mentions");
  const locale = useLocale();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const { data: options = [], isFetching } = useQuery({
    queryKey: commentKeys.mentionable(target, mention?.query ?? ""),
    queryFn: () => fetchMentionable(target, mention?.query ?? "", locale),
    enabled: mention !== null,
    staleTime: 60_000,
  });
  const open = mention !== null;

  // After a mention is inserted the caret goes right behind it, in the same commit as the new
  // text: set later (it was a requestAnimationFrame), it could land after keys typed meanwhile
  // on a slow device and move them (seen as "прошу при" typed after the rest of the sentence).
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (pendingCaret.current === null || !el) return;
    el.focus();
    el.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  const track = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setMention(next);
    if (next?.query !== mention?.query) setActive(0);
  };

  const choose = (user: MentionCandidate) => {
    const el = ref.current;
    if (!mention || !el) return;
    const caret = el.selectionStart;
    const token = `${mentionToken(user)} `;
    const next = value.slice(0, mention.start) + token + value.slice(caret);
    onChange(next);
    setMention(null);
    pendingCaret.current = mention.start + token.length;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === "Escape") {
      event.preventDefault();
      setMention(null);
    } else if (options.length > 0 && event.key === "ArrowDown") {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (options.length > 0 && event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => (i - 1 + options.length) % options.length);
    } else if (options.length > 0 && (event.key === "Enter" || event.key === "Tab")) {
      event.preventDefault();
      choose(options[Math.min(active, options.length - 1)]);
    }
  };

  return (
    <div className="relative">
      <textarea
        ref={ref}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && options.length > 0 ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          track(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => setMention(null)}
        className={`block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600 ${className}`}
        {...props}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("label")}
        hidden={!open || (options.length === 0 && !isFetching)}
        className="absolute z-20 mt-1 max-h-60 w-full max-w-sm overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {options.length === 0 && isFetching && <li className="px-3 py-2 text-slate-500">{t("searching")}</li>}
        {options.map((user, index) => (
          <li
            key={user.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(e) => {
              e.preventDefault(); // keep the textarea's caret
              choose(user);
            }}
            className={`cursor-pointer px-3 py-2 ${index === active ? "bg-brand-100 text-brand-900" : "hover:bg-slate-50"}`}
          >
            <span className="font-medium">{user.name}</span>
            {user.organization && <span className="ml-2 text-xs text-slate-500">{user.organization}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
