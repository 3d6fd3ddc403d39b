import './startup-mark';
import { defineBackground } from 'wxt/utils/define-background';
import { followInterfaceLanguage } from '../../utils/i18n/follow';
import { hasReadingHost, registerReadingHost } from '../../utils/reading/host';
import { mark, registerReadingService } from '../../utils/reading/service';
import { moveSettingsToSync } from '../../utils/storage';
import { registerAlignService, registerSideBySideCommand } from './align-service';
import { registerBadge } from './badge';
import { registerEnglishService } from './english-service';
import { registerGlossaryService } from './glossary-service';
import { registerKnownStyleService } from './known-style';
import { registerReaderLoader } from './reader-loader';
import { registerUserDataService } from './user-data-service';

export default defineBackground(() => {
  // Menu titles and the errors the worker answers with, in the interface language.
  followInterfaceLanguage().catch((error: unknown) =>
    console.warn('[Duizhao] interface language not read', error),
  );
  registerBadge();
  registerReaderLoader();
  // The pages' reading requests: Chromium's reading host answers them (it outlives this worker);
  // Firefox's background page does itself.
  if (hasReadingHost()) registerReadingHost(registerReadingService);
  else registerReadingService();
  registerKnownStyleService();
  registerEnglishService();
  registerUserDataService();
  registerGlossaryService();
  // Settings of Duizhao 0.1 move from storage.local to storage.sync (once; kept on failure).
  moveSettingsToSync().catch((error: unknown) =>
    console.warn('[Duizhao] settings not moved', error),
  );
  registerAlignService();
  registerSideBySideCommand();
  mark('dz:worker-ready');
});
