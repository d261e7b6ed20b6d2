import type { Texts } from './index';

export const numbersMessages: Record<string, Texts> = {
};
