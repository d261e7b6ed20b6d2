import type { Texts } from './index';

export const cliMessages: Record<string, Texts> = {
};
