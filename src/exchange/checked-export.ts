// An export is only handed out when the importer accepts it: a file that cannot be imported again is
// no copy at all (SPEC §5: export → import gives the same assessment). The check reads the text back
// through the same pipeline as an import, so it catches whatever the importer would refuse, including
// data stored by an older version of the app that no longer passes the rules.
import { importAssessmentText } from './import';
import { readBackupText } from './backup-file';
import type { ImportError } from './envelope';

type CheckedExport = { ok: true; text: string } | { ok: false; message: string };

function refusal(errors: readonly ImportError[]): CheckedExport {
  const [first] = errors;
  const where = first.path ? `${first.path}: ` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return {
    ok: false,
    message: `Nothing was downloaded: the file would not import again (${where}${first.message}${more}). Correct that in the app, then export again.`,
  };
}

export function checkedAssessmentExport(text: string): CheckedExport {
  const read = importAssessmentText(text);
  return read.ok ? { ok: true, text } : refusal(read.errors);
}

export function checkedBackupExport(text: string): CheckedExport {
  const read = readBackupText(text);
  return read.ok ? { ok: true, text } : refusal(read.errors);
}
