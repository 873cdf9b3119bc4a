/**
 * A labelled textarea to write or edit a note (Markdown), with Save and Cancel. Ctrl/Cmd+Enter saves,
 * Escape cancels. Failures are shown in the editor and the text is kept, so nothing the reader typed is lost.
 */
import { useId, useRef, useState, useEffect } from 'preact/hooks';
import { t } from '../i18n';

/** Props of {@link NoteEditor}. */
export interface NoteEditorProps {
  /** Text to start from (editing); empty for a new note. */
  initial?: string;
  /** Label of the textarea ("Add a note about Hwang Joon-kook"). */
  label: string;
  /** Saves the text; a rejection keeps the editor open with the error shown. */
  onSave: (body: string) => Promise<void> | void;
  /** Called when the reader cancels; without it there is no Cancel button. */
  onCancel?: () => void;
  /** Focus the textarea when it appears. */
  autoFocus?: boolean;
  /** Text of the save button (default "Save note"). */
  saveLabel?: string;
}

/** The note editor. */
export function NoteEditor({ initial = '', label, onSave, onCancel, autoFocus, saveLabel }: NoteEditorProps) {
  const id = useId();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);

  const save = async () => {
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(body);
      setBody('');
    } catch (e) {
      setError(t('noteSaveFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="bs-note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={area}
        rows={3}
        value={body}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <p id={`${id}-hint`} class="bs-hint">
        {t('noteHint')}
      </p>
      {error && (
        <p class="bs-error" role="alert">
          {error}
        </p>
      )}
      <div class="bs-actions">
        <button type="submit" class="bs-button bs-primary" disabled={busy || !body.trim()}>
          {busy ? t('saving') : (saveLabel ?? t('saveNote'))}
        </button>
        {onCancel && (
          <button type="button" class="bs-button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
