import { z } from "zod";

/**
 * A checkbox group's value as a list, whatever react-hook-form made of it. It gives a list only
 * for a group of two boxes or more: a lone box gives its value when ticked and false when not. A
 * group whose boxes come from data (the organizations or projects to choose from) has a single
 * box in a young deployment, and its form would otherwise send a string where a list is expected.
 */
export const checkboxGroup = <T extends z.ZodType>(list: T) =>
  z.preprocess((v) => (v === false || v == null ? [] : typeof v === "string" ? [v] : v), list);
