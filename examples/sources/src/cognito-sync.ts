// The Sync Trigger of a game's `game-progress` dataset: a level may only go up, so a lower one is put
// back; a higher one also updates `bestLevel`. Records left out are stored as the player sent them.
import { router } from '@switchboard/core';
import { cognitoSync, toCognitoSyncRecords } from '@switchboard/sources/cognito-sync';

export const handler = router().on(cognitoSync, async (event) => {
  const level = event.datasetRecords.level;
  if (level?.op !== 'replace' || typeof level.newValue !== 'string') return undefined;
  if (Number(level.newValue) < Number(level.oldValue ?? 0)) {
    return toCognitoSyncRecords({ level: level.oldValue ?? null });
  }
  return toCognitoSyncRecords({ bestLevel: level.newValue });
}).handler;
