export const simEn = {} as const;

export const simPt: Record<keyof typeof simEn, string> = {};
