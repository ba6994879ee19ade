export const exercisesEn = {} as const;

export const exercisesPt: Record<keyof typeof exercisesEn, string> = {};
