"use client";

import { useTranslations } from "next-intl";

import type { AuditNode } from "@/lib/audit/nested";
import { Link } from "@/lib/i18n/navigation";

/**
 * A recorded value (lib/audit/nested.ts): a text, an object as a list of labelled fields, a list
 * of small objects as a table, any other list as a list. A worded code keeps its recorded
 * spelling as a tooltip, a key its recorded name, a named id its id.
 */
export function AuditValue({ node }: { node: AuditNode }) {
  const t = useTranslations("auditLog.diff");
  switch (node.kind) {
    case "empty":
      return <>{t("empty")}</>;
    case "text":
      if (node.ref?.href) {
        return (
          <Link href={node.ref.href} className="underline" title={node.title ?? undefined}>
            {node.text}
          </Link>
        );
      }
      return node.title === null ? <>{node.text}</> : <span title={node.title}>{node.text}</span>;
    case "fields":
      return (
        <dl className="space-y-0.5" data-testid="audit-nested">
          {node.fields.map((f) => (
            <div key={f.key}>
              <dt className="inline font-medium" title={f.key}>
                {f.label}:
              </dt>{" "}
              <dd className="inline">
                <AuditValue node={f.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case "list":
      return (
        <ul className="list-disc space-y-0.5 pl-4" data-testid="audit-nested">
          {node.items.map((item, i) => (
            <li key={i}>
              <AuditValue node={item} />
            </li>
          ))}
        </ul>
      );
    case "table":
      return (
        <table className="my-0.5 text-xs" data-testid="audit-nested">
          <thead className="text-left">
            <tr>
              {node.columns.map((c) => (
                <th key={c.key} scope="col" className="pr-2 font-medium" title={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="align-top">
            {node.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={node.columns[j].key} className="pr-2">
                    <AuditValue node={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
