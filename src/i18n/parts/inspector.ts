export const inspectorEn = {} as const;

export const inspectorPt: Record<keyof typeof inspectorEn, string> = {};
