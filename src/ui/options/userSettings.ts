import { browser } from 'wxt/browser';
import { readUserSettings, saveUserSettings, USER_SETTINGS_KEY } from '../../settings/storage';

// The teacher's own customPack in storage.local `userSettings`.

export async function saveCustomPack(text: string): Promise<void> {
  await saveUserSettings({ customPack: text });
}

export async function removeCustomPack(): Promise<void> {
  const current = await readUserSettings();
  delete current.customPack;
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: current });
}
