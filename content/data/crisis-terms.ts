/**
 * Words and phrases that mean a reader may be in danger. A search whose text contains one of them opens
 * with the urgent-help numbers, before any result. Both lists are checked whatever the page's language
 * (people type in the language they think in). Matching ignores case, accents and punctuation, and
 * works on whole words: "suicide" matches "suicide?" but "15" is not here because "15 minutes" is not a
 * crisis. Keep each phrase short and in the words people type, not clinical terms only.
 */
export const crisisTerms: {fr: string[]; en: string[]; numbers: string[]} = {
  fr: [
    'suicide', 'suicides', 'suicidaire', 'suicidaires', 'sucide', 'suicider', 'me suicider', 'se suicider', 'suicidé',
    'je veux mourir', 'veux mourir', 'envie de mourir', 'envie de mourrir', 'plus envie de vivre', 'marre de vivre',
    'me tuer', 'se tuer', 'me foutre en l air', 'en finir', 'mettre fin a mes jours', 'mettre fin à ma vie',
    'je n en peux plus', 'j en peux plus', 'je ne peux plus continuer', 'idees noires', 'idées noires',
    'me faire du mal', 'me blesser', 'automutilation', 'scarification', 'me scarifier',
    'overdose', 'surdose', 'surdosage', 'intoxication',
  ],
  en: [
    'suicide', 'suicidal', 'sucide', 'suicde', 'kill myself', 'killing myself', 'want to die', 'wanna die', 'wish i was dead',
    'end my life', 'end it all', 'take my life', 'better off dead', 'no reason to live',
    'i can t go on', 'can t go on', 'cant go on', 'cannot go on', "can't take it anymore", 'cant take it anymore',
    'self harm', 'self-harm', 'selfharm', 'hurt myself', 'hurting myself', 'cutting myself',
    'overdose', 'overdosed', 'overdosing',
  ],
  /** Crisis line numbers a reader may type to find them again. */
  numbers: ['3114', '988', '9-8-8', '116 123', '116123', '0800 32 123', '1813', '143', '147'],
};
