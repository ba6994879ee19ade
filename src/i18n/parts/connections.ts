export const connectionsEn = {} as const;

export const connectionsPt: Record<keyof typeof connectionsEn, string> = {};
