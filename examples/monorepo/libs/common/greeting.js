export const greeting = (who) => `hello from ${who}`
