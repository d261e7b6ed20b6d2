/**
 * The workbook's own judging settings (the tolerance for partly met), kept in the workbook's settings so that
 * the file carries them to the next controller. Read with the other records when a check reads the cells.
 */
import { excelFailure, succeeded, type Outcome } from './outcome';
import { SETTINGS_KEY, storeRecord, type JudgingSettings } from './records';

/**
 * Saves the settings, in one context.sync.
 *
 * @example
 * await saveSettings({ tolerance: 0.1 }); // → { ok: true, value: { tolerance: 0.1 } }
 * await saveSettings({});                 // partly met off again
 */
export async function saveSettings(settings: JudgingSettings): Promise<Outcome<JudgingSettings>> {
  try {
    await Excel.run(async (context) => {
      context.workbook.settings.add(SETTINGS_KEY, storeRecord(settings));
      await context.sync();
    });
    return succeeded(settings);
  } catch (error) {
    return excelFailure(error);
  }
}
