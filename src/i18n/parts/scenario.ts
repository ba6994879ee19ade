export const scenarioEn = {} as const;

export const scenarioPt: Record<keyof typeof scenarioEn, string> = {};
