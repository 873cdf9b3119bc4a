/** The reader's notes on a card: each rendered from Markdown with Edit (and Delete when allowed), plus an add box. */
import { useState } from 'preact/hooks';
import type { Note } from '../../background/model';
import { formatDate, t } from '../i18n';
import { Markdown } from '../markdown';
import { Heading, type Level } from './card-sections';
import { NoteEditor } from './note-editor';

/** Props of {@link NotesSection}. */
export interface NotesSectionProps {
  notes: Note[];
  /** Whose notes these are, for labels ("Hwang Joon-kook"). */
  subject: string;
  level: Level;
  onAddNote?: (body: string) => Promise<void> | void;
  onEditNote?: (id: number, body: string) => Promise<void> | void;
  onDeleteNote?: (id: number) => Promise<void> | void;
  /** Open the add box at once and focus it (keyboard shortcut "add note"). */
  startAdding?: boolean;
}

/** Notes list and editor. */
export function NotesSection({ notes, subject, level, onAddNote, onEditNote, onDeleteNote, startAdding }: NotesSectionProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(!!startAdding);
  const [status, setStatus] = useState('');
  if (!notes.length && !onAddNote) return null;

  return (
    <section class="bs-section bs-notes">
      <Heading level={level}>{t('sectionNotes')}</Heading>
      {notes.length === 0 && <p class="bs-muted">{t('noNotes')}</p>}
      <ul class="bs-list bs-note-list">
        {notes.map((n) => (
          <li key={n.id} class="bs-note">
            {editing === n.id && onEditNote ? (
              <NoteEditor
                initial={n.body}
                label={t('editNoteLabel', [subject])}
                autoFocus
                onSave={async (body) => {
                  await onEditNote(n.id, body);
                  setEditing(null);
                  setStatus(t('noteSaved'));
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <Markdown source={n.body} />
                <p class="bs-note-meta bs-muted">
                  <time dateTime={n.updated}>{formatDate(n.updated)}</time>
                  {onEditNote && (
                    <button
                      type="button"
                      class="bs-link-button"
                      aria-label={t('editNoteAria', [formatDate(n.updated)])}
                      onClick={() => setEditing(n.id)}
                    >
                      {t('edit')}
                    </button>
                  )}
                  {onDeleteNote && (
                    <button
                      type="button"
                      class="bs-link-button"
                      aria-label={t('deleteNoteAria', [formatDate(n.updated)])}
                      onClick={async () => {
                        if (!globalThis.confirm || globalThis.confirm(t('deleteNoteConfirm'))) {
                          try {
                            await onDeleteNote(n.id);
                            setStatus(t('noteDeleted'));
                          } catch (e) {
                            setStatus(t('noteSaveFailed', [e instanceof Error ? e.message : String(e)]));
                          }
                        }
                      }}
                    >
                      {t('delete')}
                    </button>
                  )}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {onAddNote &&
        (adding ? (
          <NoteEditor
            label={t('addNoteLabel', [subject])}
            autoFocus
            onSave={async (body) => {
              await onAddNote(body);
              setAdding(false);
              setStatus(t('noteSaved'));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" class="bs-button" onClick={() => setAdding(true)}>
            {t('addNote')}
          </button>
        ))}
      <p class="bs-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
