/**
 * Whether the browser keeps this site's data (persistent storage) and how much it uses: the
 * screens' door to storage/persistence.ts, kept apart from the data actions so the settings
 * screen does not load the backup code.
 */
export { askForPersistence, storageReport, type StorageReport } from '../storage/persistence';
