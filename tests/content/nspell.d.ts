// nspell ships no types; the part of its API the spelling check uses.
declare module 'nspell' {
  type Dictionary = {aff: Uint8Array | string; dic?: Uint8Array | string};
  export type NSpell = {correct(word: string): boolean; add(word: string): NSpell; personal(dic: string): NSpell};
  export default function nspell(dictionary: Dictionary | Dictionary[]): NSpell;
}
