export const whyEn = {} as const;

export const whyPt: Record<keyof typeof whyEn, string> = {};
