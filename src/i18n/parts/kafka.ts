export const kafkaEn = {} as const;

export const kafkaPt: Record<keyof typeof kafkaEn, string> = {};
