/** Word classes ({@link wordClass}) of the shared word lists that rule passes test most tokens against. */
import { wordClass } from '../doc/word-classes';
import { CAPITALISED_FUNCTION_WORDS, FACILITY_HEADS, FAMILY_FIRST_SURNAMES, HONORIFICS, ORG_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from './words';

/** {@link TITLE_HEADS}. */
export const TITLE_HEAD = wordClass(TITLE_HEADS);
/** {@link TITLE_MODIFIERS}. */
export const TITLE_MODIFIER = wordClass(TITLE_MODIFIERS);
/** {@link HONORIFICS}. */
export const HONORIFIC = wordClass(HONORIFICS);
/** {@link ORG_HEADS}. */
export const ORG_HEAD = wordClass(ORG_HEADS);
/** {@link FACILITY_HEADS}. */
export const FACILITY_HEAD = wordClass(FACILITY_HEADS);
/** {@link SPEECH_VERBS}. */
export const SPEECH_VERB = wordClass(SPEECH_VERBS);
/** {@link CAPITALISED_FUNCTION_WORDS}. */
export const CAPITALISED_FUNCTION_WORD = wordClass(CAPITALISED_FUNCTION_WORDS);
/** {@link FAMILY_FIRST_SURNAMES}. */
export const FAMILY_FIRST_SURNAME = wordClass(FAMILY_FIRST_SURNAMES);
