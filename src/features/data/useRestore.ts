import { useRef, useState } from 'react';
import type { ParsedBackup } from '../../schema/backup';
import {
  describeStorageError,
  readBackupFile,
  restoreProgress,
  type ImportMode,
} from '../../stores/dataActions';
import { restoredText, type Message } from './dataText';

/**
 * The restore flow: the chosen file (read and checked), how to restore it, the question asked
 * before a replace deletes progress, and the result, which takes focus through `resultRef`.
 * `empty`: nothing here to lose, so a replace needs no question.
 */
export function useRestore(empty: boolean, onDone: () => void) {
  const [parsed, setParsed] = useState<ParsedBackup | null>(null);
  const [fileName, setFileName] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);

  const chooseFile = async (file: File | undefined) => {
    setMessage(null);
    setConfirming(false);
    if (!file) return setParsed(null);
    setFileName(file.name);
    setParsed(await readBackupFile(file));
  };

  const restore = async () => {
    if (!parsed?.ok) return;
    if (mode === 'replace' && !empty && !confirming) return setConfirming(true);
    setBusy(true);
    try {
      const result = await restoreProgress(parsed, mode);
      setMessage({ kind: 'ok', text: restoredText(mode, result, fileName) });
      setParsed(null);
      setConfirming(false);
      onDone();
    } catch (error) {
      setMessage({ kind: 'error', text: describeStorageError(error) });
    } finally {
      setBusy(false);
      resultRef.current?.focus();
    }
  };

  return {
    parsed,
    fileName,
    mode,
    setMode,
    confirming,
    cancel: () => setConfirming(false),
    busy,
    message,
    resultRef,
    chooseFile,
    restore,
  };
}
