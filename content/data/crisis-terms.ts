/**
 * Words and phrases that mean a reader may be in danger. A search whose text contains one of them opens
 * with the urgent-help numbers, then a short kind sentence and the sections that help (crisisSections),
 * then any other results; never a "try another spelling" hint. Both lists are checked whatever the page's
 * language (people type in the language they think in).
 *
 * How false alarms are limited, and why some are accepted:
 * - Matching ignores case, accents and punctuation, and works on whole words and whole phrases only: no
 *   stemming, prefix or typo tolerance here (the misspellings people make are listed as they are). So
 *   "diet", "mourning", "suitcase", "die-hard"… no: "die-hard" is two words, see below.
 * - Numbers are whole numbers only: "3114" but not "31145"; "15" is not here ("15 minutes").
 * - Single words are only those that, in a guide on ketamine, almost always speak of dying or self-harm:
 *   "mourir", "die", "suicidaire"… They do over-trigger on idioms ("mourir de rire", "die-cast", "dead
 *   tired"): accepted. A block of phone numbers that someone did not need costs a few lines; missing a
 *   person who wrote "mourir" costs far more. When in doubt, add the word.
 * Keep each phrase short and in the words people type, not clinical terms only.
 */
export const crisisTerms: {fr: string[]; en: string[]; numbers: string[]} = {
  fr: [
    // Single words.
    'mourir', 'mourrir', 'mort', 'morte', 'suicide', 'suicides', 'suicidaire', 'suicidaires', 'sucide', 'suicid', 'suicider', 'suicidé',
    'automutilation', 'scarification', 'overdose', 'surdose', 'surdosage', 'intoxication', 'desespoir', 'désespéré', 'désespérée',
    // Phrases.
    'me suicider', 'se suicider', 'tentative de suicide', 'je veux mourir', 'veux mourir', 'envie de mourir', 'envie de mourrir',
    'plus envie de vivre', 'pas envie de vivre', 'marre de vivre', 'marre de la vie', 'fatigué de vivre', 'fatiguée de vivre',
    'me tuer', 'se tuer', 'me foutre en l air', 'en finir', 'mettre fin a mes jours', 'mettre fin à ma vie', 'me pendre',
    'je n en peux plus', 'j en peux plus', 'je ne peux plus continuer', 'je veux disparaitre', 'envie de disparaitre',
    'ne plus me reveiller', 'plus me réveiller', 'aucune raison de vivre', 'plus de raison de vivre', 'pas de raison de vivre',
    'la vie n a plus de sens', 'je suis un fardeau', 'idees noires', 'idées noires', 'me faire du mal', 'me blesser', 'me scarifier',
    'prendre tous mes medicaments', 'avaler tous mes', 'avaler toutes mes',
  ],
  en: [
    // Single words.
    'die', 'dying', 'dead', 'suicide', 'suicidal', 'sucide', 'suicde', 'suiside', 'kms', 'unalive', 'hopeless',
    'selfharm', 'overdose', 'overdosed', 'overdosing',
    // Phrases.
    'kill myself', 'killing myself', 'want to die', 'wanna die', 'wish i was dead', 'wish i were dead',
    'end my life', 'end it all', 'ending it all', 'take my life', 'take my own life', 'better off dead', 'better off without me',
    'no reason to live', 'nothing to live for', "don't want to live", 'dont want to live', 'do not want to live',
    "don't want to be here", 'dont want to be here', 'tired of living', 'sick of living', 'give up on life',
    'i can t go on', 'can t go on', 'cant go on', 'cannot go on', "can't take it anymore", 'cant take it anymore',
    'never wake up', 'not wake up', 'hang myself', 'take all my pills', 'self harm', 'self-harm', 'hurt myself',
    'hurting myself', 'cutting myself', 'harm myself',
  ],
  /** Crisis line numbers a reader may type to find them again (the crisis lines of crisis-lines.ts are added). */
  numbers: ['3114', '988', '9-8-8', '116 123', '116123', '0800 32 123', '1813', '143', '147'],
};

/**
 * Crisis words of everyday speech that open the urgent-help block but are not searched in the guide's text
 * for "other results": they only match unrelated passages there (the German article in "Die Dargebotene
 * Hand", « mort » in a trial's figures). Clinical words (suicide, overdose, automutilation…) are searched.
 */
export const crisisWordsNotSearched: string[] = [
  'mourir', 'mourrir', 'mort', 'morte', 'desespoir', 'désespéré', 'désespérée',
  'die', 'dying', 'dead', 'kms', 'unalive', 'hopeless',
];

/**
 * The sections that help a person in distress, in this order, shown under the urgent-help block for any
 * crisis query (page id # heading id, the same in both languages): the numbers to call, what to do with
 * thoughts of suicide, how to ask someone about suicide, and the lines that also answer relatives.
 */
export const crisisSections: string[] = [
  'urgent-help#if-you-are-in-danger',
  'risks-and-safety#suicidal-thoughts',
  'family-and-friends#asking-about-suicide',
  'family-and-friends#lines-for-relatives',
];
