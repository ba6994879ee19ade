export const presetsEn = {} as const;

export const presetsPt: Record<keyof typeof presetsEn, string> = {};
