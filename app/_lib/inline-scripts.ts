// The only inline scripts of the site, kept here so that next.config.ts can allow exactly these in the
// Content-Security-Policy by their hash (no 'unsafe-inline' on pages without Next's runtime).
import {intlLocale} from '../_i18n/format';

/** Carries the #fragment across the language link (heading ids are the same in both languages). */
export const keepFragmentScript = `document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[data-language-link]');if(a&&location.hash&&a.href.indexOf('#')<0)a.href+=location.hash});`;

/** On a handout: shows the print button and today's date once JavaScript runs; without it the build date stays. */
export const handoutScript = `(function(){var b=document.querySelector('[data-print]');if(b){b.hidden=false;b.addEventListener('click',function(){window.print()});var h=document.querySelector('[data-print-hint]');if(h)h.hidden=true}var t=document.querySelector('[data-printed-on]');if(t){var d=new Date();t.setAttribute('datetime',d.toISOString().slice(0,10));t.textContent=new Intl.DateTimeFormat(${JSON.stringify(intlLocale)}[document.documentElement.lang],{dateStyle:'long'}).format(d)}})();`;

/**
 * Copy buttons (clinics page): shows the buttons, which stay hidden without JavaScript (the text beside them
 * is selectable), copies the button's data-copy text, or the text of the element just before it, and says
 * so in the polite live region just after it. Falls back to a hidden text field when the Clipboard API is
 * missing or refused. Safe to include twice on a page.
 */
export const copyScript = `(function(){var b=document.querySelectorAll('button[data-done]');for(var i=0;i<b.length;i++)b[i].hidden=false;if(window.copyOn)return;window.copyOn=1;document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-done]');if(!b)return;var t=b.getAttribute('data-copy'),s=b.nextElementSibling;if(t==null)t=b.previousElementSibling.textContent;function ok(){s.textContent=b.getAttribute('data-done')}function old(){var a=document.createElement('textarea');a.value=t;a.setAttribute('readonly','');a.style.position='fixed';a.style.opacity='0';document.body.appendChild(a);a.select();var r=false;try{r=document.execCommand('copy')}catch(x){}a.remove();b.focus();if(r)ok()}s.textContent='';if(navigator.clipboard&&navigator.clipboard.writeText)navigator.clipboard.writeText(t).then(ok,old);else old()})})();`;
