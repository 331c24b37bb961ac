export const DEV_URL: "https://localhost:3000/";
export const DEV_ORIGIN: "https://localhost:3000";
export function resolveAddinUrl(value: string | undefined, mode: string): string;
export function substituteAddinUrl(text: string, baseUrl: string): string;
