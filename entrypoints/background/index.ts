import { defineBackground } from 'wxt/utils/define-background';
import { registerReadingService } from '../../utils/reading/service';
import { registerBadge } from './badge';
import { registerEnglishService } from './english-service';
import { registerGlossaryService } from './glossary-service';
import { registerReaderLoader } from './reader-loader';
import { registerUserDataService } from './user-data-service';

export default defineBackground(() => {
  registerBadge();
  registerReaderLoader();
  registerReadingService();
  registerEnglishService();
  registerUserDataService();
  registerGlossaryService();
});
