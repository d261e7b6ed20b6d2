/** What the self-test found, step by step, and the Excel it ran in: the shape the adapter fills and the pane shows. */
import type { Message } from '../../core';

export type SelfTestStep = 'read' | 'formula' | 'rules' | 'settings' | 'chunk' | 'cleanup';

export interface StepResult {
  step: SelfTestStep;
  ok: boolean;
  /** Why it failed, or what Excel showed (a formula in the display language). */
  detail?: Message;
}

export interface SelfTestEnvironment {
  version: string;
  platform: string;
  displayLanguage: string;
  /** The list separator Excel wrote a formula with, learned from Excel (null: not learned). */
  listSeparator: string | null;
  decimalSeparator: string | null;
  /** Requirement sets Excel says it supports. */
  // eslint-disable-next-line no-restricted-syntax -- keyed by requirement sets, never by a workbook's names
  sets: Record<string, boolean>;
}

export interface SelfTestReport {
  environment: SelfTestEnvironment;
  steps: StepResult[];
}
