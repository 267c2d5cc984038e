// Build time only: the letter's item of every patient page in both languages (title, one-line summary from the
// frontmatter's description, address, QR code made as the handouts make theirs), for the builder's shell.
import QRCode from 'qrcode';
import {locales, pathFor, patientPages} from '../../_i18n/pages';
import {loadPage} from '../../../content/load';
import {siteUrl} from '../site';
import type {LetterItemData} from '../../../components/layout/ClinicEmailShell';

export async function letterItems(): Promise<LetterItemData[]> {
  return Promise.all(locales.flatMap((lang) => patientPages.map(async (id) => {
    const {frontmatter} = await loadPage(lang, id);
    const url = siteUrl + pathFor(lang, id);
    const qrSvg = await QRCode.toString(url, {type: 'svg', errorCorrectionLevel: 'M', margin: 2});
    return {lang, id, title: frontmatter.title, description: frontmatter.description, url, qrSvg};
  })));
}
