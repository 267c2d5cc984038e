import {chromium} from '@playwright/test';
import {patientPages, handoutPathFor, locales} from './app/_i18n/pages.ts';
