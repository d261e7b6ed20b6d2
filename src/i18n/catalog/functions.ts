import type { Texts } from './index';

export const functionMessages: Record<string, Texts> = {
};
