/**
 * Test helper: the claims a release note's text makes, found the way `qspec notes check` finds
 * them (readNoteText, then findNoteClaims over the note's blocks).
 */
import { findNoteBlocks } from '../../../generator/notes/note-blocks.js';
import { findNoteClaims, type NoteClaim } from '../../../generator/notes/note-claims.js';
import { readNoteText } from '../../../generator/notes/note-text.js';

export function claimsOf(text: string): NoteClaim[] {
  const note = readNoteText(text);
  return findNoteClaims(note, findNoteBlocks(note));
}
