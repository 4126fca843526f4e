/** Cache tags of the public portal's data (lib/publication/cached.ts). */
export const PUBLIC_TAGS = {
  projects: "public:projects",
  recommendations: "public:recommendations",
  forums: "public:forums",
} as const;
