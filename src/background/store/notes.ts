/**
 * The reader's notes. Each write is one transaction that also keeps the entity's note counter, so a note is
 * either fully there or not there at all.
 */
import type { Note } from '../model';
import type { NoteTarget } from '../protocol';
import { bound, type BackstoryDB, type Tables, type NoteRow } from './schema';
import { guarded, must, StoreError } from './errors';
import { toNote } from './cards';
import { noteWords } from './text';
import { flushInto } from './deferred';

/** Longest note body, in characters. */
export const NOTE_MAX = 100_000;

function checkBody(body: string): string {
  if (typeof body !== 'string' || !body.trim()) throw new StoreError('invalid', 'A note cannot be empty.');
  if (body.length > NOTE_MAX) throw new StoreError('invalid', `A note is limited to ${NOTE_MAX.toLocaleString('en')} characters.`);
  return body;
}

const targetOf = (t: NoteTarget) => (t.kind === 'entity' ? { targetKind: 'entity' as const, targetId: t.entityId } : { targetKind: 'article' as const, targetId: t.articleId });

/** Changes an entity's note counter by `delta` (inside the caller's transaction). */
async function countNote(db: Tables, row: NoteRow, delta: number): Promise<void> {
  if (row.targetKind !== 'entity') return;
  await db.stats.where('id').equals(row.targetId).modify((e) => {
    e.notes = Math.max(0, e.notes + delta);
  });
}

/** Adds a note to an entity or an article. */
export async function addNote(database: BackstoryDB, target: NoteTarget, body: string, now = new Date()): Promise<Note> {
  checkBody(body);
  return guarded(() =>
    database.transaction('rw', ['notes', 'entities', 'stats', 'articles'], async (tx) => {
      const db = bound(database, tx);
      const { targetKind, targetId } = targetOf(target);
      // The note counter lives with the summaries: those still waiting are written first.
      if (targetKind === 'entity') await flushInto(db, tx.idbtrans as IDBTransaction);
      if (targetKind === 'entity') must(await db.entities.get(targetId), `Entity ${targetId}`);
      else must(await db.articles.get(targetId), `Article ${targetId}`);
      const at = now.toISOString();
      const row: NoteRow = { targetKind, targetId, body, created: at, updated: at, words: noteWords(body) };
      row.id = await db.notes.add(row);
      await countNote(db, row, 1);
      return toNote(row);
    }),
  );
}

/** Replaces a note's body. */
export async function updateNote(database: BackstoryDB, id: number, body: string, now = new Date()): Promise<Note> {
  checkBody(body);
  return guarded(() =>
    database.transaction('rw', ['notes'], async (tx) => {
      const db = bound(database, tx);
      const row = must(await db.notes.get(id), `Note ${id}`);
      row.body = body;
      row.words = noteWords(body);
      row.updated = now.toISOString();
      await db.notes.put(row);
      return toNote(row);
    }),
  );
}

/** Deletes a note. */
export async function deleteNote(database: BackstoryDB, id: number): Promise<null> {
  return guarded(() =>
    database.transaction('rw', ['notes', 'stats'], async (tx) => {
      const db = bound(database, tx);
      const row = must(await db.notes.get(id), `Note ${id}`);
      if (row.targetKind === 'entity') await flushInto(db, tx.idbtrans as IDBTransaction);
      await db.notes.delete(id);
      await countNote(db, row, -1);
      return null;
    }),
  );
}

/** The notes of one target, newest first. */
export async function listNotes(db: Tables, target: NoteTarget): Promise<Note[]> {
  const { targetKind, targetId } = targetOf(target);
  const rows = await db.notes.where('[targetKind+targetId]').equals([targetKind, targetId]).toArray();
  return rows.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : b.id! - a.id!)).map(toNote);
}
