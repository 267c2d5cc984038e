// The only inline scripts of the site, kept here so that next.config.ts can allow exactly these in the
// Content-Security-Policy by their hash (no 'unsafe-inline' on pages without Next's runtime).
import {intlLocale} from '../_i18n/format';

/** Carries the #fragment across the language link (heading ids are the same in both languages). */
export const keepFragmentScript = `document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-language-link]');if(a&&location.hash&&a.href.indexOf('#')<0)a.href+=location.hash});`;

/** On a handout: shows the print button and today's date once JavaScript runs; without it the build date stays. */
export const handoutScript = `(function(){var b=document.querySelector('[data-print]');if(b){b.hidden=false;b.addEventListener('click',function(){window.print()})}var t=document.querySelector('[data-printed-on]');if(t){var d=new Date();t.setAttribute('datetime',d.toISOString().slice(0,10));t.textContent=new Intl.DateTimeFormat(${JSON.stringify(intlLocale)}[document.documentElement.lang],{dateStyle:'long'}).format(d)}})();`;
