export const shareEn = {} as const;

export const sharePt: Record<keyof typeof shareEn, string> = {};
