import type { Texts } from './index';

export const paneMessages: Record<string, Texts> = {
};
